#include "connectorspage.h"

#include "connectordialog.h"
#include "connectorsmodel.h"
#include "workspacechoice.h"

#include "airbyte/connectordrafts.h"
#include "airbyte/connectoricons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace Dsp {

ConnectorsPage::ConnectorsPage(AirbyteClient::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ConnectorsModel(kind, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto title =
        new QLabel(kind == AirbyteClient::Kind::Source ? tr("Sources") : tr("Destinations"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name or connector"));
    m_search->setClearButtonEnabled(true);
    m_workspaces = new QComboBox(this);
    m_workspaces->setObjectName(QStringLiteral("workspace"));
    m_workspaces->setToolTip(tr("Airbyte workspace"));
    m_workspaces->hide();
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_new = new QPushButton(
        kind == AirbyteClient::Kind::Source ? tr("New source…") : tr("New destination…"), this);
    m_new->setObjectName(QStringLiteral("new"));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setEnabled(false);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setEnabled(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // Airbyte's words
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectorsModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectorsModel::Name, QHeaderView::Stretch);
    m_view->setIconSize(QSize(20, 20));
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_workspaces);
    header->addWidget(m_refresh);
    auto tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_new);
    tools->addWidget(m_open);
    tools->addWidget(m_delete);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    // Sort by name, connector and "used by" as text or count; Created by time.
    m_proxy->setSortRole(Qt::DisplayRole);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                m_proxy->setSortRole(column == ConnectorsModel::Created ||
                                             column == ConnectorsModel::UsedBy
                                         ? Qt::UserRole
                                         : Qt::DisplayRole);
            });
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectorsPage::refresh);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_delete->setEnabled(m_view->selectionModel()->hasSelection());
        m_open->setEnabled(m_view->selectionModel()->hasSelection() && !m_workspaceId.isEmpty());
    });
    connect(m_new, &QPushButton::clicked, this, [this] { openNew(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_view, &QTableView::activated, this, [this] { openSelected(); });
    connect(m_workspaces, &QComboBox::activated, this, [this](int index) {
        m_workspaceId = m_workspaces->itemData(index).toString();
        m_new->setEnabled(!m_workspaceId.isEmpty());
        load(m_workspaceId);
    });
    setClient(nullptr);
}

ConnectorsPage::~ConnectorsPage() = default;

void ConnectorsPage::setEnvironment(const Profile &profile, const QString &draftsDirectory)
{
    m_profile = profile;
    m_drafts =
        draftsDirectory.isEmpty() ? nullptr : std::make_unique<ConnectorDrafts>(draftsDirectory);
}

void ConnectorsPage::setIconSource(ConnectorIcons *icons)
{
    m_icons = icons;
    m_model->setIconSource(icons);
}

ConnectorDialog *ConnectorsPage::openNew()
{
    if (!m_client || m_workspaceId.isEmpty())
        return nullptr;
    auto *dialog = new ConnectorDialog(m_client, m_kind, m_workspaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_profile)
        dialog->setProfile(*m_profile);
    dialog->setIconSource(m_icons);
    dialog->setDrafts(m_drafts.get());
    connect(dialog, &ConnectorDialog::saved, this, [this] { load(m_workspaceId); });
    dialog->open();
    dialog->startNew();
    return dialog;
}

ConnectorDialog *ConnectorsPage::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_client || m_workspaceId.isEmpty())
        return nullptr;
    const ConnectorInstance *instance =
        m_model->instanceAt(m_proxy->mapToSource(rows.first()).row());
    if (!instance)
        return nullptr;
    auto *dialog = new ConnectorDialog(m_client, m_kind, m_workspaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDrafts(m_drafts.get());
    connect(dialog, &ConnectorDialog::saved, this, [this] { load(m_workspaceId); });
    dialog->open();
    dialog->startEdit(*instance);
    return dialog;
}

QString ConnectorsPage::noun() const
{
    return m_kind == AirbyteClient::Kind::Source ? tr("sources") : tr("destinations");
}

void ConnectorsPage::setClient(AirbyteClient *client)
{
    m_client = client;
    m_workspaceId.clear();
    m_loadedOnce = false;
    ++m_generation;
    m_model->clear();
    m_workspaces->clear();
    m_workspaces->hide();
    m_refresh->setEnabled(client != nullptr);
    m_new->setEnabled(false); // once the workspace is known
    if (!client) {
        setStatus(tr("Airbyte is not configured in this environment (Settings)."));
        return;
    }
    setStatus(QString());
    if (isVisible())
        refresh();
}

void ConnectorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client && !m_loadedOnce)
        refresh();
}

void ConnectorsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

void ConnectorsPage::refresh()
{
    if (!m_client)
        return;
    m_loadedOnce = true;
    const quint64 generation = ++m_generation;
    setStatus(tr("Loading %1…").arg(noun()));
    chooseWorkspace(
        m_client, m_workspaceId, m_workspaces, this,
        [this, generation] { return generation == m_generation; },
        [this](const QString &id) {
            m_workspaceId = id;
            m_new->setEnabled(true);
            load(id);
        },
        [this](const QString &message, bool error) { setStatus(message, error); });
}

void ConnectorsPage::load(const QString &workspaceId)
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    struct Gathered
    {
        int pending = 3;
        std::optional<Error> error;
        QList<ConnectorInstance> instances;
        QList<ConnectorDefinition> definitions;
        QList<ConnectionSummary> connections;
    };
    auto gathered = std::make_shared<Gathered>();
    auto finish = [this, generation, gathered] {
        if (--gathered->pending > 0 || generation != m_generation)
            return;
        if (gathered->error) {
            setStatus(tr("Could not load the %1: %2").arg(noun(), gathered->error->message), true);
            return;
        }
        m_model->reset(gathered->instances, gathered->definitions, gathered->connections);
        setStatus(gathered->instances.isEmpty() ? tr("No %1 in this workspace yet.").arg(noun())
                                                : QString());
        emit loaded();
    };
    m_client->listInstances(m_kind, workspaceId, this,
                            [gathered, finish](const Result<QList<ConnectorInstance>> &r) {
                                if (r)
                                    gathered->instances = r.value();
                                else if (!gathered->error)
                                    gathered->error = r.error();
                                finish();
                            });
    m_client->listDefinitions(m_kind, workspaceId, this,
                              [gathered, finish](const Result<QList<ConnectorDefinition>> &r) {
                                  // Without definitions the list still shows, without icons.
                                  if (r)
                                      gathered->definitions = r.value();
                                  finish();
                              });
    m_client->listConnections(workspaceId, this,
                              [gathered, finish](const Result<QList<ConnectionSummary>> &r) {
                                  if (r)
                                      gathered->connections = r.value();
                                  finish();
                              });
}

void ConnectorsPage::deleteSelected(bool confirmed)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_client)
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    const ConnectorInstance *instance = m_model->instanceAt(row);
    if (!instance)
        return;
    const QString id = instance->id;
    const QString name = instance->name;
    const QStringList usedBy = m_model->usedBy(row);
    if (!confirmed) {
        QString question = m_kind == AirbyteClient::Kind::Source
                               ? tr("Delete the source “%1” from Airbyte?").arg(name)
                               : tr("Delete the destination “%1” from Airbyte?").arg(name);
        if (!usedBy.isEmpty())
            question +=
                QLatin1Char('\n') + tr("These connections use it and will be deleted with it: %1.")
                                        .arg(QLocale().createSeparatedList(usedBy));
        QMessageBox box(QMessageBox::Question, tr("Delete"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    setStatus(tr("Deleting “%1”…").arg(name));
    m_client->remove(m_kind, id, this, [this, name](const Result<bool> &r) {
        if (!r) {
            setStatus(tr("“%1” was not deleted: %2").arg(name, r.error().message), true);
            return;
        }
        load(m_workspaceId);
    });
}

} // namespace Dsp
