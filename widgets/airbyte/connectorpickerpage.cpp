#include "connectorpickerpage.h"

#include "definitionsmodel.h"
#include "forms/formstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Dsp {

ConnectorPickerPage::ConnectorPickerPage(AirbyteClient::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_model(new DefinitionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_presetBox = new QWidget(this);
    auto *presets = new QVBoxLayout(m_presetBox);
    presets->setContentsMargins(0, 0, 0, 0);
    presets->addWidget(new QLabel(tr("Ready-made for this stack:"), m_presetBox));
    m_presetLayout = new QHBoxLayout;
    presets->addLayout(m_presetLayout);
    m_presetBox->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(kind == AirbyteClient::Kind::Source
                                     ? tr("Search the source connectors")
                                     : tr("Search the destination connectors"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // Airbyte's words
    m_status->setWordWrap(true);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DefinitionsModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(DefinitionsModel::Name);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("definitions"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DefinitionsModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(DefinitionsModel::Name, QHeaderView::Stretch);
    m_view->setIconSize(QSize(24, 24));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDefault(true);
    m_next->setEnabled(false);

    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_retry);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presetBox);
    layout->addWidget(m_search);
    layout->addLayout(status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Enter in the search box takes the only match, or the first one.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        chooseCurrent();
    });
    connect(m_view, &QTableView::activated, this, &ConnectorPickerPage::chooseCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_next->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_next, &QPushButton::clicked, this, &ConnectorPickerPage::chooseCurrent);
    connect(m_retry, &QPushButton::clicked, this, &ConnectorPickerPage::retryRequested);
}

void ConnectorPickerPage::setDefinitions(const QList<ConnectorDefinition> &definitions)
{
    m_model->reset(definitions);
    m_next->setEnabled(false);
}

void ConnectorPickerPage::setPresets(const QList<ConnectorPreset> &presets)
{
    while (QLayoutItem *item = m_presetLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ConnectorPreset &preset : presets) {
        auto *button = new QPushButton(preset.title, m_presetBox);
        button->setObjectName(QStringLiteral("preset:") + preset.id);
        button->setToolTip(preset.description);
        m_presetLayout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, preset] { emit presetChosen(preset); });
    }
    m_presetLayout->addStretch();
    m_presetBox->setVisible(!presets.isEmpty());
}

void ConnectorPickerPage::setStatus(const QString &text, bool error, bool retry)
{
    setStatusText(m_status, text, error);
    m_retry->setVisible(retry);
}

const ConnectorDefinition *ConnectorPickerPage::definitionFor(const QString &dockerRepository) const
{
    return m_model->definitionAt(m_model->rowOfRepository(dockerRepository));
}

void ConnectorPickerPage::chooseCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (const ConnectorDefinition *d =
            m_model->definitionAt(m_proxy->mapToSource(rows.first()).row()))
        emit chosen(*d);
}

} // namespace Dsp
