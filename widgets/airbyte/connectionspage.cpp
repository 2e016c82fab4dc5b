#include "connectionspage.h"

#include "connectionsmodel.h"
#include "workspacechoice.h"

#include "airbyte/airbyteclient.h"

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

namespace Dsp {

namespace {

const QString Active = QStringLiteral("active");
const QString Inactive = QStringLiteral("inactive");

} // namespace

ConnectionsPage::ConnectionsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto title = new QLabel(tr("Connections"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, source or destination"));
    m_search->setClearButtonEnabled(true);
    m_workspaces = new QComboBox(this);
    m_workspaces->setObjectName(QStringLiteral("workspace"));
    m_workspaces->setToolTip(tr("Airbyte workspace"));
    m_workspaces->hide();
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_new = new QPushButton(tr("New connection…"), this);
    m_new->setObjectName(QStringLiteral("new"));
    m_pipeline = new QPushButton(tr("The guide's pipeline…"), this);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_pipeline->setToolTip(tr("business_db to MinIO as Parquet, customers and orders, "
                              "incremental, every 6 hours: the stack guide's connection, with "
                              "its source and destination made or reused."));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_toggleActive = new QPushButton(tr("Disable"), this);
    m_toggleActive->setObjectName(QStringLiteral("toggleActive"));
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_jobs = new QPushButton(tr("Jobs"), this);
    m_jobs->setObjectName(QStringLiteral("jobs"));
    m_jobs->setToolTip(tr("The connection's syncs, running and past, on the Jobs page"));
    m_airflow = new QPushButton(tr("Use in Airflow…"), this);
    m_airflow->setObjectName(QStringLiteral("airflow"));
    m_airflow->setToolTip(tr("A DAG file that syncs this connection from Airflow, and the "
                             "Airflow connection it needs"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("delete"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // Airbyte's words
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(ConnectionsModel::FilterRole); // the same on every column
    m_proxy->setFilterKeyColumn(ConnectionsModel::Name);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ConnectionsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("connections"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionsModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::Ends, QHeaderView::Stretch);
    // A schedule in words and a last sync with its time are read whole, on one line.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::Schedule,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::LastSync,
                                                     QHeaderView::ResizeToContents);
    m_view->setIconSize(ConnectionsModel::endsIconSize(20)); // both ends' icons side by side
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    // Up here, the search keeps its width beside the row of actions (longer in French).
    header->addWidget(m_search, 1);
    header->addWidget(m_workspaces);
    header->addWidget(m_refresh);
    auto tools = new QHBoxLayout;
    tools->addWidget(m_new);
    tools->addWidget(m_pipeline);
    tools->addWidget(m_open);
    tools->addWidget(m_toggleActive);
    tools->addWidget(m_syncNow);
    tools->addWidget(m_jobs);
    tools->addWidget(m_airflow);
    tools->addWidget(m_delete);
    tools->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionsPage::refresh);
    connect(m_new, &QPushButton::clicked, this, &ConnectionsPage::newRequested);
    connect(m_pipeline, &QPushButton::clicked, this, &ConnectionsPage::pipelineRequested);
    auto open = [this] {
        if (const ConnectionListItem *item = selectedItem(); item && m_client)
            emit openRequested(item->id);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_view, &QTableView::activated, this, open);
    connect(m_toggleActive, &QPushButton::clicked, this, &ConnectionsPage::toggleSelectedActive);
    connect(m_syncNow, &QPushButton::clicked, this, &ConnectionsPage::syncSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_jobs, &QPushButton::clicked, this, [this] {
        if (const ConnectionListItem *item = selectedItem())
            emit jobsRequested(item->id);
    });
    connect(m_airflow, &QPushButton::clicked, this, [this] {
        if (const ConnectionListItem *item = selectedItem())
            emit airflowRequested(item->id, item->name);
    });
    // The buttons follow the selected row, and that row's status.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ConnectionsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateActions);
    connect(m_workspaces, &QComboBox::activated, this, [this](int index) {
        m_workspaceId = m_workspaces->itemData(index).toString();
        m_new->setEnabled(!m_workspaceId.isEmpty());
        m_pipeline->setEnabled(!m_workspaceId.isEmpty());
        load(m_workspaceId);
    });
    setClient(nullptr);
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::setIconSource(ConnectorIcons *icons)
{
    m_model->setIconSource(icons);
}

void ConnectionsPage::setClient(AirbyteClient *client)
{
    m_client = client;
    m_workspaceId.clear();
    m_loadedOnce = false;
    m_loading = false;
    ++m_generation;
    ++m_session;
    m_busy.clear();
    m_model->clear();
    m_workspaces->clear();
    m_workspaces->hide();
    m_refresh->setEnabled(client != nullptr);
    m_new->setEnabled(false); // once the workspace is known
    m_pipeline->setEnabled(false);
    updateActions();
    if (!client) {
        setStatus(tr("Airbyte is not configured in this environment (Settings)."));
        return;
    }
    setStatus(QString());
    if (isVisible())
        refresh();
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client && !m_loadedOnce)
        refresh();
}

void ConnectionsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

bool ConnectionsPage::isCurrent(quint64 session) const
{
    return session == m_session && m_client;
}

void ConnectionsPage::refresh()
{
    if (!m_client)
        return;
    m_loadedOnce = true;
    m_loading = false; // a list on the way no longer counts
    const quint64 generation = ++m_generation;
    setStatus(tr("Loading connections…"));
    chooseWorkspace(
        m_client, m_workspaceId, m_workspaces, this,
        [this, generation] { return generation == m_generation; },
        [this](const QString &id) {
            m_workspaceId = id;
            m_new->setEnabled(true);
            m_pipeline->setEnabled(true);
            load(id);
        },
        [this](const QString &message, bool error) { setStatus(message, error); });
}

void ConnectionsPage::load(const QString &workspaceId)
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_client->listConnectionItems(
        workspaceId, this, [this, generation](const Result<QList<ConnectionListItem>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r) {
                setStatus(tr("Could not load the connections: %1").arg(r.error().message), true);
                return;
            }
            m_model->setItems(r.value());
            setStatus(r.value().isEmpty() ? tr("No connections in this workspace yet.")
                                          : QString());
            applyPendingSelection();
            m_pendingSelection.clear(); // not in this workspace
            updateActions();
            emit loaded();
        });
}

void ConnectionsPage::reloadIfStale()
{
    // A list asked before the change may answer without it: ask again.
    if (m_loading)
        load(m_workspaceId);
}

const ConnectionListItem *ConnectionsPage::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
}

QString ConnectionsPage::selectedConnectionId() const
{
    const ConnectionListItem *item = selectedItem();
    return item ? item->id : QString();
}

void ConnectionsPage::selectConnection(const QString &connectionId)
{
    m_pendingSelection = connectionId;
    applyPendingSelection();
}

void ConnectionsPage::applyPendingSelection()
{
    const int row = m_model->rowOf(m_pendingSelection);
    if (m_pendingSelection.isEmpty() || row < 0)
        return; // perhaps after the next load
    m_pendingSelection.clear();
    const QModelIndex source = m_model->index(row, ConnectionsModel::Name);
    if (!m_proxy->mapFromSource(source).isValid())
        m_search->clear(); // the search hides it
    const QModelIndex shown = m_proxy->mapFromSource(source);
    m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
}

void ConnectionsPage::updateActions()
{
    const ConnectionListItem *item = selectedItem();
    const bool usable = item && m_client && !m_busy.contains(item->id);
    const bool active = item && item->status == Active;
    m_open->setEnabled(item && m_client);
    m_toggleActive->setText(item && item->status == Inactive ? tr("Enable") : tr("Disable"));
    // Deprecated and locked connections are not Airbyte's to switch, nor ours.
    m_toggleActive->setEnabled(usable && (active || item->status == Inactive));
    m_syncNow->setEnabled(usable && active && !item->isSyncing);
    m_delete->setEnabled(usable);
    m_jobs->setEnabled(item != nullptr);
    m_airflow->setEnabled(item != nullptr);
}

void ConnectionsPage::toggleSelectedActive()
{
    const ConnectionListItem *item = selectedItem();
    if (!item || !m_client || m_busy.contains(item->id) ||
        (item->status != Active && item->status != Inactive))
        return;
    const bool activate = item->status == Inactive;
    const QString id = item->id;
    const QString name = item->name;
    const quint64 session = m_session;
    m_busy.insert(id);
    updateActions();
    setStatus(activate ? tr("Enabling “%1”…").arg(name) : tr("Disabling “%1”…").arg(name));
    m_client->setConnectionActive(
        id, activate, this, [this, session, id, name, activate](const Result<bool> &r) {
            if (!isCurrent(session))
                return;
            m_busy.remove(id);
            if (!r) {
                setStatus(
                    (activate ? tr("“%1” was not enabled: %2") : tr("“%1” was not disabled: %2"))
                        .arg(name, r.error().message),
                    true);
                updateActions();
                return;
            }
            m_model->setStatus(id, activate ? Active : Inactive);
            setStatus(activate ? tr("“%1” is enabled: Airbyte syncs it on its schedule.").arg(name)
                               : tr("“%1” is disabled: Airbyte no longer syncs it.").arg(name));
            updateActions();
            reloadIfStale();
        });
}

void ConnectionsPage::syncSelected()
{
    const ConnectionListItem *item = selectedItem();
    if (!item || !m_client || m_busy.contains(item->id))
        return;
    const QString id = item->id;
    const QString name = item->name;
    const quint64 session = m_session;
    m_busy.insert(id);
    updateActions();
    setStatus(tr("Starting a sync of “%1”…").arg(name));
    m_client->syncConnection(id, this, [this, session, id, name](const Result<qint64> &r) {
        if (!isCurrent(session))
            return;
        m_busy.remove(id);
        if (!r) {
            setStatus(tr("The sync of “%1” did not start: %2").arg(name, r.error().message), true);
            updateActions();
            return;
        }
        m_model->setSyncing(id, true);
        setStatus(tr("Sync started (job %1).").arg(r.value()));
        updateActions();
        reloadIfStale();
    });
}

void ConnectionsPage::deleteSelected(bool confirmed)
{
    const ConnectionListItem *item = selectedItem();
    if (!item || !m_client || m_busy.contains(item->id))
        return;
    const QString id = item->id;
    const QString name = item->name;
    if (confirmed) {
        startDelete(id, name);
        return;
    }
    const QString question =
        tr("Delete the connection “%1”?").arg(name) + QStringLiteral("\n\n") +
        tr("Airbyte stops syncing it. The data already written at the destination “%1” "
           "stays there.")
            .arg(item->destinationName);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id, name, session = m_session](int answer) {
        if (answer == QMessageBox::Yes && isCurrent(session))
            startDelete(id, name);
    });
    box->open();
}

void ConnectionsPage::startDelete(const QString &id, const QString &name)
{
    if (!m_client || m_busy.contains(id))
        return;
    const quint64 session = m_session;
    m_busy.insert(id);
    updateActions();
    setStatus(tr("Deleting “%1”…").arg(name));
    m_client->deleteConnection(id, this, [this, session, id, name](const Result<bool> &r) {
        if (!isCurrent(session))
            return;
        m_busy.remove(id);
        if (!r) {
            setStatus(tr("“%1” was not deleted: %2").arg(name, r.error().message), true);
            updateActions();
            return;
        }
        m_model->removeConnection(id);
        setStatus(tr("“%1” was deleted.").arg(name));
        updateActions();
        reloadIfStale();
    });
}

void ConnectionsPage::setSyncProgress(const QString &connectionId, const QString &text)
{
    m_model->setProgressText(connectionId, text);
    updateActions();
}

void ConnectionsPage::syncEnded(const QString &connectionId)
{
    m_model->setSyncing(connectionId, false);
    updateActions();
    if (m_loadedOnce)
        load(m_workspaceId);
}

} // namespace Dsp
