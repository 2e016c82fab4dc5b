#include "airbyte/connectionwizard.h"

#include "airbyte/catalogdiff.h"
#include "airbyte/connectordialog.h"
#include "airbyte/connectorspec.h"
#include "airbyte/cronschedule.h"
#include "airbyte/pipelinepreset.h"
#include "airbyte/streamsmodel.h"
#include "core/durationtext.h"
#include "forms/formstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Dsp {

namespace {

// The sync mode cell's editor: a combo of the modes this row allows, made only for the cell
// being edited (no widget per row).
class ModeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("modeEditor"));
        for (const QVariant &key : index.data(StreamsModel::ModeChoicesRole).toList()) {
            if (const auto modes = StreamsModel::modesFromKey(key.toString()))
                box->addItem(modes->displayName(), key);
        }
        // Commit as soon as a mode is picked, as a combo in a table is expected to.
        connect(box, &QComboBox::activated, box, [this, box] {
            auto *self = const_cast<ModeDelegate *>(this);
            emit self->commitData(box);
            emit self->closeEditor(box);
        });
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), Qt::EditRole);
    }
};

QVariant pathData(const FieldPath &path)
{
    return QVariant(path);
}

// The first stream to sync: the example the namespace preview and the review show.
const CatalogStream *firstSelected(const Catalog &catalog)
{
    for (const CatalogStream &stream : catalog.streams()) {
        if (stream.config.selected)
            return &stream;
    }
    return nullptr;
}

QWidget *page(QStackedWidget *pages, QLayout *layout)
{
    auto *w = new QWidget(pages);
    w->setLayout(layout);
    pages->addWidget(w);
    return w;
}

} // namespace

ConnectionWizard::ConnectionWizard(AirbyteClient *client, const QString &workspaceId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_elapsed(std::make_unique<QElapsedTimer>())
{
    setWindowTitle(tr("New connection"));
    resize(1180, 720);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_pages = new QStackedWidget(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDefault(true);
    m_create = new QPushButton(tr("Create connection"), this);
    m_create->setObjectName(QStringLiteral("create"));
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_back, &QPushButton::clicked, this, &ConnectionWizard::back);
    connect(m_next, &QPushButton::clicked, this, &ConnectionWizard::next);
    connect(m_create, &QPushButton::clicked, this, &ConnectionWizard::create);
    connect(m_close, &QPushButton::clicked, this, &ConnectionWizard::reject);

    buildEndsPage();
    buildDiscoverPage();
    buildStreamsPage();
    buildNamespacePage();
    buildSchedulePage();
    buildReviewPage();
    buildDonePage();
    buildPresetPage();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_create);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    showStep(Step::Ends);
}

ConnectionWizard::~ConnectionWizard()
{
    m_call.cancel();
    m_specCall.cancel();
}

void ConnectionWizard::setProfile(const Profile &profile)
{
    m_profile = profile;
}

void ConnectionWizard::setDrafts(ConnectorDrafts *drafts)
{
    m_drafts = drafts;
}

void ConnectionWizard::setIconSource(ConnectorIcons *icons)
{
    m_icons = icons;
}

void ConnectionWizard::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateSchedule();
}

// --- pages ---

void ConnectionWizard::buildEndsPage()
{
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("source"));
    m_destination = new QComboBox;
    m_destination->setObjectName(QStringLiteral("destination"));
    m_newSource = new QPushButton(tr("New source…"));
    m_newSource->setObjectName(QStringLiteral("newSource"));
    m_newDestination = new QPushButton(tr("New destination…"));
    m_newDestination->setObjectName(QStringLiteral("newDestination"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    connect(m_newSource, &QPushButton::clicked, this,
            [this] { newEnd(AirbyteClient::Kind::Source); });
    connect(m_newDestination, &QPushButton::clicked, this,
            [this] { newEnd(AirbyteClient::Kind::Destination); });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateDefaultName();
        updateButtons();
    });
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
        updateDefaultName();
        updateButtons();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        updateButtons();
    });

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_newSource);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_newDestination);
    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), sourceRow);
    form->addRow(tr("Destination:"), destinationRow);
    form->addRow(tr("Connection name:"), m_name);
    auto *help = new QLabel(tr("The connection reads the source's streams and writes them to "
                               "the destination. The next step asks the source which streams "
                               "it has."));
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout;
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addStretch();
    page(m_pages, layout);
}

void ConnectionWizard::buildDiscoverPage()
{
    m_discoverText = new QLabel;
    m_discoverText->setObjectName(QStringLiteral("discoverText"));
    m_discoverText->setWordWrap(true);
    m_discoverText->setTextFormat(Qt::PlainText);
    m_discoverBar = new QProgressBar;
    m_discoverBar->setRange(0, 0);
    m_discoverBar->setTextVisible(false);
    m_cancelDiscover = new QPushButton(tr("Cancel discovery"));
    m_cancelDiscover->setObjectName(QStringLiteral("cancelDiscover"));
    m_retryDiscover = new QPushButton(tr("Try again"));
    m_retryDiscover->setObjectName(QStringLiteral("retryDiscover"));
    connect(m_cancelDiscover, &QPushButton::clicked, this, [this] {
        ++m_generation;
        m_call.cancel();
        m_specCall.cancel();
        m_elapsedTimer->stop();
        m_discoverBar->hide();
        m_cancelDiscover->hide();
        m_retryDiscover->show();
        m_discoverText->setText(tr("Discovery cancelled. Try again, or go back to choose "
                                   "another source."));
        updateButtons();
    });
    connect(m_retryDiscover, &QPushButton::clicked, this, &ConnectionWizard::discover);
    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, [this] {
        setStatus(tr("Discovering for %1…")
                      .arg(durationText(std::chrono::milliseconds(m_elapsed->elapsed()))));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelDiscover);
    buttons->addWidget(m_retryDiscover);
    buttons->addStretch();
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_discoverText);
    layout->addWidget(m_discoverBar);
    layout->addLayout(buttons);
    layout->addStretch();
    page(m_pages, layout);
}

void ConnectionWizard::buildStreamsPage()
{
    m_streams = new StreamsModel(this);
    m_filter = new StreamsFilter(this);
    m_filter->setSourceModel(m_streams);
    m_streamFilter = new QLineEdit;
    m_streamFilter->setObjectName(QStringLiteral("streamFilter"));
    m_streamFilter->setPlaceholderText(tr("Filter streams by name"));
    m_streamFilter->setClearButtonEnabled(true);
    connect(m_streamFilter, &QLineEdit::textChanged, m_filter, &StreamsFilter::setText);
    m_selectedOnly = new QCheckBox(tr("Selected only"));
    m_selectedOnly->setObjectName(QStringLiteral("selectedOnly"));
    connect(m_selectedOnly, &QCheckBox::toggled, m_filter, &StreamsFilter::setSelectedOnly);
    auto *all = new QPushButton(tr("Select all"));
    all->setObjectName(QStringLiteral("selectAll"));
    auto *none = new QPushButton(tr("Select none"));
    none->setObjectName(QStringLiteral("selectNone"));
    auto *filtered = new QPushButton(tr("Select the filtered ones"));
    filtered->setObjectName(QStringLiteral("selectFiltered"));
    connect(all, &QPushButton::clicked, this, [this] { m_streams->setAllSelected(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_streams->setAllSelected(false); });
    connect(filtered, &QPushButton::clicked, this, &ConnectionWizard::selectFiltered);
    m_refreshSchema = new QPushButton(tr("Refresh source schema"));
    m_refreshSchema->setObjectName(QStringLiteral("refreshSchema"));
    m_refreshSchema->setToolTip(tr("Ask the source again which streams and fields it has, and "
                                   "review what changed since this connection was saved."));
    m_refreshSchema->hide();
    connect(m_refreshSchema, &QPushButton::clicked, this, &ConnectionWizard::refreshSchema);

    m_streamsView = new QTableView;
    m_streamsView->setObjectName(QStringLiteral("streams"));
    m_streamsView->setModel(m_filter);
    m_streamsView->setItemDelegateForColumn(StreamsModel::ModeColumn,
                                            new ModeDelegate(m_streamsView));
    m_streamsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_streamsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_streamsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_streamsView->verticalHeader()->hide();
    m_streamsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_streamsView->horizontalHeader()->setStretchLastSection(true);
    // Widths for the usual content; the user resizes them (a warehouse's names run long).
    const int em = m_streamsView->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {StreamsModel::SyncColumn, 6},  {StreamsModel::NamespaceColumn, 10},
        {StreamsModel::NameColumn, 18}, {StreamsModel::FieldsColumn, 7},
        {StreamsModel::ModeColumn, 27}, {StreamsModel::CursorColumn, 14},
        {StreamsModel::KeyColumn, 12}};
    for (const auto &[column, chars] : widths) {
        const QString header =
            m_streams->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int headerWidth = m_streamsView->fontMetrics().horizontalAdvance(header) + 3 * em;
        m_streamsView->setColumnWidth(column, std::max(chars * em, headerWidth));
    }
    m_streamsView->setWordWrap(false);
    connect(m_streamsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_current = current.isValid() ? m_filter->mapToSource(current).row() : -1;
                showCurrentStream();
            });
    m_streamCount = new QLabel;
    m_streamCount->setObjectName(QStringLiteral("streamCount"));
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    connect(m_streams, &StreamsModel::choicesChanged, this, &ConnectionWizard::updateProblems);

    // The current stream's cursor, key and fields.
    m_detailsTitle = new QLabel;
    m_detailsTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_cursor = new QComboBox;
    m_cursor->setObjectName(QStringLiteral("cursor"));
    connect(m_cursor, &QComboBox::activated, this, &ConnectionWizard::cursorChosen);
    m_cursorNote = new QLabel;
    m_cursorNote->setWordWrap(true);
    m_cursorNote->setTextFormat(Qt::PlainText);
    m_key = new QListWidget;
    m_key->setObjectName(QStringLiteral("primaryKey"));
    connect(m_key, &QListWidget::itemChanged, this, &ConnectionWizard::keyChanged);
    m_keyNote = new QLabel;
    m_keyNote->setWordWrap(true);
    m_keyNote->setTextFormat(Qt::PlainText);
    m_allFields = new QCheckBox(tr("Sync every field"));
    m_allFields->setObjectName(QStringLiteral("allFields"));
    connect(m_allFields, &QCheckBox::toggled, this, &ConnectionWizard::fieldsChanged);
    m_fields = new QListWidget;
    m_fields->setObjectName(QStringLiteral("fields"));
    // Airbyte refuses a nested path in selectedFields: a nested field goes with its parent.
    m_fields->setToolTip(tr("Airbyte selects top-level fields only: a nested field is synced "
                            "with the field that holds it."));
    connect(m_fields, &QListWidget::itemChanged, this, &ConnectionWizard::fieldsChanged);

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(new QLabel(tr("Cursor field:")));
    detailsLayout->addWidget(m_cursor);
    detailsLayout->addWidget(m_cursorNote);
    detailsLayout->addWidget(new QLabel(tr("Primary key (tick several for a composite key):")));
    detailsLayout->addWidget(m_key, 1);
    detailsLayout->addWidget(m_keyNote);
    detailsLayout->addWidget(m_allFields);
    detailsLayout->addWidget(m_fields, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_streamsView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_streamFilter, 1);
    tools->addWidget(m_selectedOnly);
    tools->addWidget(all);
    tools->addWidget(none);
    tools->addWidget(filtered);
    tools->addWidget(m_refreshSchema);
    auto *layout = new QVBoxLayout;
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_streamCount);
    layout->addWidget(m_problems);
    page(m_pages, layout);
}

void ConnectionWizard::buildNamespacePage()
{
    m_namespaceGroup = new QButtonGroup(this);
    auto *source = new QRadioButton(tr("The source's namespace (for PostgreSQL, its schema)"));
    source->setObjectName(QStringLiteral("namespaceSource"));
    auto *destination = new QRadioButton(tr("The destination's default"));
    destination->setObjectName(QStringLiteral("namespaceDestination"));
    auto *custom = new QRadioButton(tr("A custom format:"));
    custom->setObjectName(QStringLiteral("namespaceCustom"));
    m_namespaceGroup->addButton(source, int(NamespaceDefinition::Source));
    m_namespaceGroup->addButton(destination, int(NamespaceDefinition::Destination));
    m_namespaceGroup->addButton(custom, int(NamespaceDefinition::CustomFormat));
    destination->setChecked(true);
    m_namespaceFormat = new QLineEdit(QStringLiteral("${SOURCE_NAMESPACE}"));
    m_namespaceFormat->setObjectName(QStringLiteral("namespaceFormat"));
    m_namespaceFormat->setToolTip(
        tr("${SOURCE_NAMESPACE} stands for the stream's namespace at the source."));
    m_prefix = new QLineEdit;
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_prefix->setPlaceholderText(tr("none"));
    m_namespacePreview = new QLabel;
    m_namespacePreview->setObjectName(QStringLiteral("namespacePreview"));
    m_namespacePreview->setTextFormat(Qt::PlainText);
    m_namespacePreview->setWordWrap(true);
    connect(m_namespaceGroup, &QButtonGroup::idToggled, this,
            &ConnectionWizard::updateNamespacePreview);
    connect(m_namespaceFormat, &QLineEdit::textChanged, this,
            &ConnectionWizard::updateNamespacePreview);
    connect(m_prefix, &QLineEdit::textChanged, this, &ConnectionWizard::updateNamespacePreview);

    auto *customRow = new QHBoxLayout;
    customRow->addWidget(custom);
    customRow->addWidget(m_namespaceFormat, 1);
    auto *box = new QGroupBox(tr("Where the destination writes each stream"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(source);
    boxLayout->addWidget(destination);
    boxLayout->addLayout(customRow);
    auto *form = new QFormLayout;
    form->addRow(tr("Stream name prefix:"), m_prefix);
    auto *layout = new QVBoxLayout;
    layout->addWidget(box);
    layout->addLayout(form);
    layout->addWidget(m_namespacePreview);
    layout->addStretch();
    page(m_pages, layout);
}

void ConnectionWizard::buildSchedulePage()
{
    m_scheduleGroup = new QButtonGroup(this);
    auto *manual = new QRadioButton(tr("Manual: only when someone clicks Sync now (or Airflow "
                                       "asks)"));
    manual->setObjectName(QStringLiteral("scheduleManual"));
    auto *basic = new QRadioButton(tr("Every:"));
    basic->setObjectName(QStringLiteral("scheduleBasic"));
    auto *cron = new QRadioButton(tr("Cron:"));
    cron->setObjectName(QStringLiteral("scheduleCron"));
    m_scheduleGroup->addButton(manual, int(ConnectionSchedule::Type::Manual));
    m_scheduleGroup->addButton(basic, int(ConnectionSchedule::Type::Basic));
    m_scheduleGroup->addButton(cron, int(ConnectionSchedule::Type::Cron));
    manual->setChecked(true);
    m_basic = new QComboBox;
    m_basic->setObjectName(QStringLiteral("basicSchedule"));
    for (const BasicSchedule &b : BasicSchedule::webAppPresets())
        m_basic->addItem(b.describe(), QVariant::fromValue(b.units));
    m_cron = new QLineEdit;
    m_cron->setObjectName(QStringLiteral("cron"));
    m_cron->setPlaceholderText(tr("0 0 */6 * * ?  (Quartz)  or  0 */6 * * *  (crontab)"));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->addItem(tr("UTC"), QStringLiteral("UTC"));
    const QString local = CronSchedule::airbyteTimeZoneId(QTimeZone::systemTimeZone());
    if (!local.isEmpty() && local != QLatin1String("UTC"))
        m_timeZone->addItem(tr("This computer's time zone (%1)").arg(local), local);
    m_cronWords = new QLabel;
    m_cronWords->setObjectName(QStringLiteral("cronWords"));
    m_cronWords->setTextFormat(Qt::PlainText);
    m_cronWords->setWordWrap(true);
    m_nextRuns = new QLabel;
    m_nextRuns->setObjectName(QStringLiteral("nextRuns"));
    m_nextRuns->setTextFormat(Qt::PlainText);
    m_nextRuns->setWordWrap(true);
    connect(m_scheduleGroup, &QButtonGroup::idToggled, this, &ConnectionWizard::updateSchedule);
    connect(m_basic, &QComboBox::currentIndexChanged, this, &ConnectionWizard::updateSchedule);
    connect(m_cron, &QLineEdit::textChanged, this, &ConnectionWizard::updateSchedule);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &ConnectionWizard::updateSchedule);

    auto *basicRow = new QHBoxLayout;
    basicRow->addWidget(basic);
    basicRow->addWidget(m_basic);
    basicRow->addStretch();
    auto *cronRow = new QHBoxLayout;
    cronRow->addWidget(cron);
    cronRow->addWidget(m_cron, 1);
    cronRow->addWidget(m_timeZone);
    auto *layout = new QVBoxLayout;
    layout->addWidget(manual);
    layout->addLayout(basicRow);
    layout->addLayout(cronRow);
    layout->addWidget(m_cronWords);
    layout->addWidget(m_nextRuns);
    layout->addStretch();
    page(m_pages, layout);
}

void ConnectionWizard::buildReviewPage()
{
    m_review = new QLabel;
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setTextFormat(Qt::PlainText);
    m_review->setWordWrap(true);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_review, 1);
    page(m_pages, layout);
}

void ConnectionWizard::buildDonePage()
{
    m_doneText = new QLabel;
    m_doneText->setObjectName(QStringLiteral("doneText"));
    m_doneText->setTextFormat(Qt::PlainText);
    m_doneText->setWordWrap(true);
    m_syncNow = new QPushButton(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(m_syncNow, &QPushButton::clicked, this, &ConnectionWizard::syncNow);
    auto *row = new QHBoxLayout;
    row->addWidget(m_syncNow);
    row->addStretch();
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_doneText);
    layout->addLayout(row);
    layout->addStretch();
    page(m_pages, layout);
}

// --- navigation ---

void ConnectionWizard::showStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    const bool editing = !m_editId.isEmpty();
    switch (step) {
    case Step::Ends:
        m_title->setText(tr("Source and destination"));
        break;
    case Step::Discover:
        m_title->setText(tr("Reading the source's streams"));
        break;
    case Step::Streams:
        m_title->setText(tr("Streams to sync"));
        break;
    case Step::Namespace:
        m_title->setText(tr("Where the data lands"));
        break;
    case Step::Schedule:
        m_title->setText(tr("When it syncs"));
        break;
    case Step::Review:
        m_title->setText(editing ? tr("Review and save") : tr("Review and create"));
        fillReview();
        break;
    case Step::Done:
        m_title->setText(editing ? tr("Connection saved") : tr("Connection created"));
        break;
    case Step::Preset:
        m_title->setText(tr("The stack guide's pipeline"));
        break;
    }
    updateButtons();
}

void ConnectionWizard::updateButtons()
{
    const bool busy = m_call.isRunning();
    const bool editing = !m_editId.isEmpty();
    m_back->setVisible(m_step != Step::Done);
    m_back->setEnabled(!busy && m_step != Step::Preset && (m_step != Step::Ends || m_presetMode) &&
                       !(editing && m_step == Step::Streams));
    m_next->setVisible(m_step != Step::Review && m_step != Step::Done);
    m_create->setVisible(m_step == Step::Review);
    m_create->setText(editing ? tr("Save") : tr("Create connection"));
    m_create->setEnabled(!busy);
    m_close->setText(m_step == Step::Done ? tr("Close") : tr("Cancel"));
    bool canGoOn = !busy;
    switch (m_step) {
    case Step::Ends:
        canGoOn = canGoOn && m_source->currentIndex() >= 0 && m_destination->currentIndex() >= 0 &&
                  !m_name->text().trimmed().isEmpty();
        break;
    case Step::Discover:
        canGoOn = false; // it moves on by itself
        break;
    case Step::Preset:
        canGoOn = canGoOn && m_presetLoads == 0 && !m_presetSourceDefinition.isEmpty() &&
                  !m_presetDestinationDefinition.isEmpty() && m_profile.has_value();
        break;
    case Step::Streams:
        canGoOn = canGoOn && m_streams->selectedCount() > 0 && m_problemCount == 0;
        break;
    case Step::Schedule: {
        QString error;
        canGoOn = canGoOn && schedule(&error).has_value();
        break;
    }
    default:
        break;
    }
    m_next->setEnabled(canGoOn);
}

void ConnectionWizard::next()
{
    switch (m_step) {
    case Step::Preset:
        runPreset();
        return;
    case Step::Ends: {
        const QString sourceId = m_source->currentData().toString();
        if (m_discoveredCatalog && m_discoveredFor == sourceId && m_destinationModes) {
            showStep(Step::Streams); // the same source: its streams as the user left them
            return;
        }
        discover();
        return;
    }
    case Step::Streams:
        showStep(Step::Namespace);
        updateNamespacePreview();
        return;
    case Step::Namespace:
        showStep(Step::Schedule);
        updateSchedule();
        return;
    case Step::Schedule:
        showStep(Step::Review);
        return;
    default:
        return;
    }
}

void ConnectionWizard::back()
{
    switch (m_step) {
    case Step::Ends:
        if (m_presetMode)
            showStep(Step::Preset);
        return;
    case Step::Discover:
    case Step::Streams:
        ++m_generation;
        m_call.cancel();
        m_specCall.cancel();
        m_elapsedTimer->stop();
        setStatus(QString());
        showStep(Step::Ends);
        return;
    case Step::Namespace:
        showStep(Step::Streams);
        return;
    case Step::Schedule:
        showStep(Step::Namespace);
        return;
    case Step::Review:
        showStep(Step::Schedule);
        return;
    default:
        return;
    }
}

void ConnectionWizard::setStatus(const QString &text, bool error)
{
    setStatusText(m_status, text, error);
}

void ConnectionWizard::reject()
{
    ++m_generation;
    m_call.cancel();
    m_specCall.cancel();
    QDialog::reject();
}

// --- ends ---

void ConnectionWizard::startNew()
{
    m_editId.clear();
    m_presetMode = false;
    setWindowTitle(tr("New connection"));
    m_source->setEnabled(true);
    m_destination->setEnabled(true);
    m_newSource->setEnabled(true);
    m_newDestination->setEnabled(true);
    showStep(Step::Ends);
    loadEnds();
}

void ConnectionWizard::loadEnds()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_endsPending = 2;
    setStatus(tr("Loading sources and destinations…"));
    const auto done = [this, generation](AirbyteClient::Kind kind,
                                         const Result<QList<ConnectorInstance>> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setStatus(
                tr("Could not list the %1: %2")
                    .arg(kind == AirbyteClient::Kind::Source ? tr("sources") : tr("destinations"),
                         r.error().message),
                true);
        } else if (kind == AirbyteClient::Kind::Source) {
            m_sources = r.value();
        } else {
            m_destinations = r.value();
        }
        if (--m_endsPending == 0) {
            fillEnds();
            if (r)
                setStatus(QString());
        }
    };
    m_client->listInstances(AirbyteClient::Kind::Source, m_workspaceId, this,
                            [done](const Result<QList<ConnectorInstance>> &r) {
                                done(AirbyteClient::Kind::Source, r);
                            });
    m_client->listInstances(AirbyteClient::Kind::Destination, m_workspaceId, this,
                            [done](const Result<QList<ConnectorInstance>> &r) {
                                done(AirbyteClient::Kind::Destination, r);
                            });
}

void ConnectionWizard::fillEnds()
{
    const auto fill = [](QComboBox *box, const QList<ConnectorInstance> &list) {
        const QString kept = box->currentData().toString();
        QSignalBlocker block(box);
        box->clear();
        for (const ConnectorInstance &i : list)
            box->addItem(QStringLiteral("%1 (%2)").arg(i.name, i.connectorName), i.id);
        const int at = box->findData(kept);
        box->setCurrentIndex(at >= 0 ? at : (list.isEmpty() ? -1 : 0));
    };
    fill(m_source, m_sources);
    fill(m_destination, m_destinations);
    updateDefaultName();
    updateButtons();
}

void ConnectionWizard::newEnd(AirbyteClient::Kind kind)
{
    if (!m_client)
        return;
    auto *dialog = new ConnectorDialog(m_client, kind, m_workspaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_profile)
        dialog->setProfile(*m_profile);
    dialog->setDrafts(m_drafts);
    dialog->setIconSource(m_icons);
    connect(dialog, &ConnectorDialog::saved, this, [this, kind](const ConnectorInstance &made) {
        QList<ConnectorInstance> &list =
            kind == AirbyteClient::Kind::Source ? m_sources : m_destinations;
        list.append(made);
        fillEnds();
        QComboBox *box = kind == AirbyteClient::Kind::Source ? m_source : m_destination;
        box->setCurrentIndex(box->findData(made.id));
    });
    dialog->startNew();
    dialog->open();
}

void ConnectionWizard::updateDefaultName()
{
    if (m_nameTouched || !m_editId.isEmpty())
        return;
    const auto nameOf = [](const QList<ConnectorInstance> &list, const QString &id) {
        for (const ConnectorInstance &i : list) {
            if (i.id == id)
                return i.name;
        }
        return QString();
    };
    const QString source = nameOf(m_sources, m_source->currentData().toString());
    const QString destination = nameOf(m_destinations, m_destination->currentData().toString());
    m_name->setText(source.isEmpty() || destination.isEmpty()
                        ? QString()
                        : tr("%1 → %2").arg(source, destination));
}

// --- discovery ---

void ConnectionWizard::discover()
{
    if (!m_client)
        return;
    const QString sourceId = m_source->currentData().toString();
    const QString destinationId = m_destination->currentData().toString();
    QString destinationDefinition;
    for (const ConnectorInstance &d : m_destinations) {
        if (d.id == destinationId)
            destinationDefinition = d.definitionId;
    }
    const quint64 generation = ++m_generation;
    m_discoveredCatalog.reset();
    m_destinationModes.reset();
    m_discoveryError.clear();
    m_discoverText->setText(tr("Airbyte is asking %1 which streams it has. On a big source "
                               "this takes minutes.")
                                .arg(m_source->currentText()));
    m_discoverBar->show();
    m_cancelDiscover->show();
    m_retryDiscover->hide();
    m_elapsed->start();
    m_elapsedTimer->start();
    setStatus(tr("Discovering…"));
    showStep(Step::Discover);

    m_call = m_client->discoverSchema(
        sourceId, false, this,
        [this, generation, sourceId](const Result<AirbyteClient::DiscoveredSchema> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_discoveryError = r.error().kind == ErrorKind::Timeout
                                       ? tr("Airbyte did not finish the discovery in time: %1")
                                             .arg(r.error().message)
                                       : r.error().message;
            } else {
                m_discoveredCatalog = r.value().catalog;
                m_sourceCatalogId = r.value().catalogId;
                m_discoveredFor = sourceId;
            }
            discovered();
        });
    m_specCall = AirbyteCall();
    m_client->getSpecification(
        AirbyteClient::Kind::Destination, destinationDefinition, m_workspaceId, this,
        [this, generation](const Result<ConnectorSpecification> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_discoveryError =
                    tr("Could not read what the destination can write: %1").arg(r.error().message);
                m_call.cancel();
            } else {
                m_destinationModes = destinationSyncModesFromApi(r.value().raw);
            }
            discovered();
        });
}

void ConnectionWizard::discovered()
{
    if (!m_discoveryError.isEmpty()) {
        ++m_generation; // the other answer no longer matters
        m_elapsedTimer->stop();
        m_discoverBar->hide();
        m_cancelDiscover->hide();
        m_retryDiscover->show();
        m_discoverText->setText(tr("The discovery failed. %1").arg(sentence(m_discoveryError)));
        setStatus(QString());
        updateButtons();
        return;
    }
    if (!m_discoveredCatalog || !m_destinationModes)
        return; // the other one is still on its way
    m_elapsedTimer->stop();
    setStatus(QString());
    m_streams->setCatalog(*m_discoveredCatalog, *m_destinationModes);
    if (m_presetPending)
        applyPreset();
    m_current = -1;
    showCurrentStream();
    showStep(Step::Streams);
    if (m_filter->rowCount() > 0)
        m_streamsView->setCurrentIndex(m_filter->index(0, StreamsModel::NameColumn));
}

// --- streams ---

void ConnectionWizard::showCatalog(const Catalog &catalog,
                                   const QList<DestinationSyncMode> &destinationModes)
{
    ++m_generation;
    m_discoveryError.clear();
    m_discoveredCatalog = catalog;
    m_destinationModes = destinationModes;
    discovered();
}

void ConnectionWizard::setCurrentStream(int row)
{
    const QModelIndex source = m_streams->index(row, StreamsModel::NameColumn);
    const QModelIndex shown = m_filter->mapFromSource(source);
    if (shown.isValid()) {
        m_streamsView->setCurrentIndex(shown);
    } else {
        m_current = row;
        showCurrentStream();
    }
}

void ConnectionWizard::selectFiltered()
{
    const QList<int> rows = m_filter->visibleSourceRows();
    m_streams->setAllSelected(false);
    m_streams->setSelected(rows, true);
}

void ConnectionWizard::showCurrentStream()
{
    QSignalBlocker b1(m_cursor);
    QSignalBlocker b2(m_key);
    QSignalBlocker b3(m_fields);
    QSignalBlocker b4(m_allFields);
    m_updatingDetails = true;
    m_cursor->clear();
    m_key->clear();
    m_fields->clear();
    const bool valid = m_current >= 0 && m_current < m_streams->rowCount();
    for (QWidget *w : std::initializer_list<QWidget *>{m_cursor, m_key, m_allFields, m_fields})
        w->setEnabled(valid);
    if (!valid) {
        m_detailsTitle->setText(tr("Choose a stream in the table."));
        m_cursorNote->clear();
        m_keyNote->clear();
        m_updatingDetails = false;
        return;
    }
    const Catalog &catalog = m_streams->catalog();
    const CatalogStream &s = catalog.stream(m_current);
    const StreamConfig &c = s.config;
    m_detailsTitle->setText(s.nameSpace.isEmpty() ? s.name
                                                  : s.nameSpace + QLatin1Char('.') + s.name);
    const QList<CatalogField> fields = catalog.fields(m_current);

    // Cursor: the source's, or one of the fields.
    if (s.sourceDefinedCursor) {
        m_cursor->addItem(fieldPathText(s.defaultCursorField), pathData(s.defaultCursorField));
        m_cursor->setEnabled(false);
        m_cursorNote->setText(tr("The source decides the cursor of this stream."));
    } else if (!c.modes.needsCursor()) {
        m_cursor->setEnabled(false);
        m_cursorNote->setText(tr("Only incremental syncs use a cursor."));
    } else {
        m_cursor->addItem(tr("(choose a field)"), QVariant());
        for (const CatalogField &f : fields) {
            const QString label =
                f.format.isEmpty()
                    ? QStringLiteral("%1  (%2)").arg(fieldPathText(f.path), f.type)
                    : QStringLiteral("%1  (%2, %3)").arg(fieldPathText(f.path), f.type, f.format);
            m_cursor->addItem(label, pathData(f.path));
        }
        m_cursor->setCurrentIndex(std::max(0, m_cursor->findData(pathData(c.cursorField))));
        m_cursorNote->setText(tr("Incremental syncs read the records whose cursor is greater "
                                 "than the last one synced: a time of last update, or an "
                                 "ever-growing id."));
    }

    // Primary key: the source's, or the fields ticked.
    const bool sourceKey = !s.sourceDefinedPrimaryKey.isEmpty();
    for (const CatalogField &f : fields) {
        auto *item = new QListWidgetItem(fieldPathText(f.path), m_key);
        item->setData(Qt::UserRole, pathData(f.path));
        const QList<FieldPath> &key = sourceKey ? s.sourceDefinedPrimaryKey : c.primaryKey;
        item->setCheckState(key.contains(f.path) ? Qt::Checked : Qt::Unchecked);
        if (sourceKey)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_keyNote->setText(
        sourceKey
            ? tr("The source defines the key: %1.").arg(fieldPathsText(s.sourceDefinedPrimaryKey))
        : c.modes.needsPrimaryKey() ? tr("Deduplication keeps one record per key.")
                                    : tr("Only deduplicating modes use a key."));

    // Fields (top level), where the server can select them.
    const bool canSelect = catalog.supportsFieldSelection();
    m_allFields->setVisible(canSelect);
    m_fields->setVisible(canSelect);
    m_allFields->setChecked(!c.fieldSelectionEnabled);
    for (const CatalogField &f : fields) {
        if (f.path.size() != 1)
            continue;
        auto *item = new QListWidgetItem(f.path.first(), m_fields);
        item->setData(Qt::UserRole, pathData(f.path));
        item->setCheckState(!c.fieldSelectionEnabled || c.selectedFields.contains(f.path)
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_fields->setEnabled(c.fieldSelectionEnabled);
    m_updatingDetails = false;
}

void ConnectionWizard::cursorChosen(int index)
{
    if (m_current < 0 || m_updatingDetails)
        return;
    m_updatingDetails = true; // the details stay as they are while the model follows
    m_streams->setCursorField(m_current, m_cursor->itemData(index).toStringList());
    m_updatingDetails = false;
}

void ConnectionWizard::keyChanged()
{
    if (m_current < 0 || m_updatingDetails)
        return;
    QList<FieldPath> key;
    for (int i = 0; i < m_key->count(); ++i) {
        if (m_key->item(i)->checkState() == Qt::Checked)
            key.append(m_key->item(i)->data(Qt::UserRole).toStringList());
    }
    m_updatingDetails = true;
    m_streams->setPrimaryKey(m_current, key);
    m_updatingDetails = false;
}

void ConnectionWizard::fieldsChanged()
{
    if (m_current < 0 || m_updatingDetails)
        return;
    const bool all = m_allFields->isChecked();
    m_fields->setEnabled(!all);
    QList<FieldPath> chosen;
    for (int i = 0; i < m_fields->count(); ++i) {
        if (m_fields->item(i)->checkState() == Qt::Checked)
            chosen.append(m_fields->item(i)->data(Qt::UserRole).toStringList());
    }
    m_updatingDetails = true;
    m_streams->setFieldSelection(m_current, !all, chosen);
    m_updatingDetails = false;
}

void ConnectionWizard::updateProblems()
{
    const QList<int> rows = m_streams->problemRows();
    m_problemCount = int(rows.size()); // updateButtons() reads it: one scan per change
    m_streamCount->setText(tr("%n of %1 streams selected", nullptr, m_streams->selectedCount())
                               .arg(m_streams->rowCount()));
    if (rows.isEmpty()) {
        setStatusText(
            m_problems,
            m_streams->selectedCount() == 0 ? tr("Select at least one stream.") : QString(), false);
    } else {
        const Catalog &catalog = m_streams->catalog();
        QStringList named;
        for (int row : rows.mid(0, 3)) {
            named << tr("%1: %2").arg(
                catalog.stream(row).name,
                Catalog::problemText(catalog.problem(row, m_streams->destinationModes())));
        }
        QString text =
            tr("%n stream(s) need a choice before going on.", nullptr, int(rows.size())) +
            QLatin1Char('\n') + named.join(QLatin1Char('\n'));
        if (rows.size() > 3)
            text += QLatin1Char('\n') + tr("…and %n more.", nullptr, int(rows.size() - 3));
        setStatusText(m_problems, text, true);
    }
    // The details follow the current stream's modes (a cursor appears with incremental).
    if (m_current >= 0 && !m_updatingDetails)
        showCurrentStream();
    updateButtons();
}

// --- namespace, schedule ---

void ConnectionWizard::updateNamespacePreview()
{
    m_namespaceFormat->setEnabled(m_namespaceGroup->checkedId() ==
                                  int(NamespaceDefinition::CustomFormat));
    const ConnectionSettings s = settings();
    const CatalogStream *first = firstSelected(m_streams->catalog());
    const QString sample = first ? first->name : QStringLiteral("customers");
    const QString sampleNamespace = first ? first->nameSpace : QString();
    m_namespacePreview->setText(
        tr("For example, stream %1 lands as %2 in %3.")
            .arg(sample, s.prefix + sample, destinationNamespaceText(s, sampleNamespace)));
}

std::optional<ConnectionSchedule> ConnectionWizard::schedule(QString *error) const
{
    ConnectionSchedule s;
    s.type = ConnectionSchedule::Type(std::max(0, m_scheduleGroup->checkedId()));
    if (s.type == ConnectionSchedule::Type::Basic) {
        const QList<BasicSchedule> presets = BasicSchedule::webAppPresets();
        s.basic = presets.value(std::max(0, m_basic->currentIndex()));
    } else if (s.type == ConnectionSchedule::Type::Cron) {
        const Result<CronSchedule> cron = CronSchedule::parse(m_cron->text());
        if (!cron) {
            if (error)
                *error = cron.error().message;
            return std::nullopt;
        }
        s.cronExpression = cron.value().quartz();
        s.cronTimeZone = m_timeZone->currentData().toString();
    }
    return s;
}

void ConnectionWizard::updateSchedule()
{
    const bool cron = m_scheduleGroup->checkedId() == int(ConnectionSchedule::Type::Cron);
    m_basic->setEnabled(m_scheduleGroup->checkedId() == int(ConnectionSchedule::Type::Basic));
    m_cron->setEnabled(cron);
    m_timeZone->setEnabled(cron);
    m_cronWords->setVisible(cron);
    m_nextRuns->setVisible(cron);
    if (cron) {
        const Result<CronSchedule> parsed = CronSchedule::parse(m_cron->text());
        if (m_cron->text().trimmed().isEmpty()) {
            setStatusText(m_cronWords, tr("Type a cron line."), false);
            m_nextRuns->clear();
        } else if (!parsed) {
            setStatusText(m_cronWords, parsed.error().message, true);
            m_nextRuns->clear();
        } else {
            const CronSchedule &c = parsed.value();
            QString words = c.describe();
            if (c.wasUnix())
                words += QLatin1Char('\n') +
                         tr("A crontab line: Airbyte needs Quartz, so it is saved as %1.")
                             .arg(c.quartz());
            setStatusText(m_cronWords, words, false);
            const QTimeZone zone(m_timeZone->currentData().toString().toUtf8());
            QStringList runs;
            for (const QDateTime &t : c.nextRuns(m_now(), zone, 3))
                runs << QLocale().toString(t.toTimeZone(zone), QLocale::ShortFormat);
            m_nextRuns->setText(runs.isEmpty() ? tr("It never runs.")
                                               : tr("Next runs (%1): %2")
                                                     .arg(m_timeZone->currentData().toString(),
                                                          runs.join(QStringLiteral("; "))));
        }
    }
    updateButtons();
}

ConnectionSettings ConnectionWizard::settings() const
{
    ConnectionSettings s = m_editId.isEmpty() ? ConnectionSettings() : m_saved.settings;
    s.name = m_name->text().trimmed();
    s.namespaceDefinition = NamespaceDefinition(std::max(0, m_namespaceGroup->checkedId()));
    s.namespaceFormat = m_namespaceFormat->text();
    s.prefix = m_prefix->text();
    if (const auto sched = schedule(nullptr))
        s.schedule = *sched;
    if (m_editId.isEmpty())
        s.active = true;
    return s;
}

// --- review, create ---

void ConnectionWizard::fillReview()
{
    const ConnectionSettings s = settings();
    QStringList lines;
    lines << tr("%1 → %2").arg(m_source->currentText(), m_destination->currentText());
    lines << tr("Name: %1").arg(s.name);
    const Catalog &catalog = m_streams->catalog();
    QStringList streams;
    for (const CatalogStream &stream : catalog.streams()) {
        if (!stream.config.selected)
            continue;
        QString line =
            QStringLiteral("  • %1: %2").arg(stream.name, stream.config.modes.displayName());
        const FieldPath cursor =
            stream.sourceDefinedCursor ? stream.defaultCursorField : stream.config.cursorField;
        if (stream.config.modes.needsCursor() && !cursor.isEmpty())
            line += tr(", cursor %1").arg(fieldPathText(cursor));
        if (streams.size() < 20)
            streams << line;
        else if (streams.size() == 20)
            streams << tr("  • and more");
    }
    lines << tr("%n stream(s):", nullptr, m_streams->selectedCount());
    lines << streams;
    const CatalogStream *first = firstSelected(catalog);
    const QString sampleNamespace = first ? first->nameSpace : QString();
    lines << tr("Written to: %1, prefix %2")
                 .arg(destinationNamespaceText(s, sampleNamespace),
                      s.prefix.isEmpty() ? tr("none") : s.prefix);
    lines << tr("Schedule: %1").arg(s.schedule.describe());
    if (!m_streamsToRefresh.isEmpty())
        lines << QString()
              << tr("After saving, refresh %1: their data at the destination predates the new "
                    "schema.")
                     .arg(m_streamsToRefresh.join(QStringLiteral(", ")));
    m_review->setText(lines.join(QLatin1Char('\n')));
}

void ConnectionWizard::create()
{
    if (!m_client || m_call.isRunning())
        return;
    const quint64 generation = ++m_generation;
    const ConnectionSettings s = settings();
    const Catalog catalog = m_streams->catalog();
    const auto done = [this, generation](const Result<ConnectionDetails> &r) {
        if (generation != m_generation)
            return;
        m_create->setEnabled(true);
        if (!r) {
            if (m_editId.isEmpty() && createMayHaveArrived(r.error())) {
                m_createMayExist = true;
                setStatus(tr("Airbyte's answer was lost (%1). The connection may have been "
                             "made: Create again looks for it first, so nothing is made twice.")
                              .arg(r.error().message),
                          true);
            } else {
                setStatus(r.error().message, true);
            }
            updateButtons();
            return;
        }
        m_created = r.value();
        setStatus(QString());
        const bool editing = !m_editId.isEmpty();
        m_doneText->setText(editing ? tr("%1 is saved.").arg(r.value().settings.name)
                                    : tr("%1 is created. Its first sync runs on its schedule, "
                                         "or now if you ask.")
                                          .arg(r.value().settings.name));
        showStep(Step::Done);
        if (editing)
            emit saved(r.value());
        else
            emit created(r.value());
    };
    setStatus(m_editId.isEmpty() ? tr("Creating the connection…") : tr("Saving…"));
    m_create->setEnabled(false);
    if (!m_editId.isEmpty()) {
        m_call = m_client->updateConnection(m_editId, s, catalog, m_sourceCatalogId, this, done);
    } else if (m_createMayExist) {
        m_call = AirbyteCall();
        m_client->createConnectionOrReuse(m_workspaceId, m_source->currentData().toString(),
                                          m_destination->currentData().toString(), s, catalog,
                                          m_sourceCatalogId, this, done);
    } else {
        m_call = m_client->createConnection(m_workspaceId, m_source->currentData().toString(),
                                            m_destination->currentData().toString(), s, catalog,
                                            m_sourceCatalogId, this, done);
    }
    updateButtons();
}

void ConnectionWizard::syncNow()
{
    if (!m_client || !m_created)
        return;
    const QString id = m_created->id;
    m_syncNow->setEnabled(false);
    setStatus(tr("Starting a sync…"));
    m_client->syncConnection(id, this, [this, id](const Result<qint64> &r) {
        m_syncNow->setEnabled(true);
        if (!r) {
            setStatus(tr("The sync did not start: %1").arg(r.error().message), true);
            return;
        }
        setStatus(tr("Sync started (job %1).").arg(r.value()));
        emit syncStarted(id, r.value());
    });
}

// --- edit ---

void ConnectionWizard::startEdit(const QString &connectionId)
{
    if (!m_client)
        return;
    m_editId = connectionId;
    m_presetMode = false;
    m_refreshSchema->show();
    setWindowTitle(tr("Edit connection"));
    m_source->setEnabled(false);
    m_destination->setEnabled(false);
    m_newSource->setEnabled(false);
    m_newDestination->setEnabled(false);
    const quint64 generation = ++m_generation;
    m_discoverText->setText(tr("Loading the connection…"));
    m_discoverBar->show();
    m_cancelDiscover->hide();
    m_retryDiscover->hide();
    showStep(Step::Discover);
    m_call = m_client->getConnection(
        connectionId, false, this, [this, generation](const Result<ConnectionDetails> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_discoverBar->hide();
                m_discoverText->setText(
                    tr("Could not open the connection: %1").arg(r.error().message));
                updateButtons();
                return;
            }
            m_saved = r.value();
            const ConnectionDetails &d = m_saved;
            m_sourceCatalogId = d.sourceCatalogId;
            const QJsonObject source = d.rest.value(QStringLiteral("source")).toObject();
            const QJsonObject destination = d.rest.value(QStringLiteral("destination")).toObject();
            {
                QSignalBlocker b1(m_source);
                QSignalBlocker b2(m_destination);
                m_source->clear();
                m_destination->clear();
                m_source->addItem(source.value(QStringLiteral("name")).toString(), d.sourceId);
                m_destination->addItem(destination.value(QStringLiteral("name")).toString(),
                                       d.destinationId);
            }
            m_name->setText(d.settings.name);
            m_namespaceGroup->button(int(d.settings.namespaceDefinition))->setChecked(true);
            m_namespaceFormat->setText(d.settings.namespaceFormat);
            m_prefix->setText(d.settings.prefix);
            m_scheduleGroup->button(int(d.settings.schedule.type))->setChecked(true);
            if (d.settings.schedule.type == ConnectionSchedule::Type::Basic) {
                const int at = BasicSchedule::webAppPresets().indexOf(d.settings.schedule.basic);
                if (at >= 0)
                    m_basic->setCurrentIndex(at);
                else {
                    m_basic->addItem(d.settings.schedule.basic.describe());
                    m_basic->setCurrentIndex(m_basic->count() - 1);
                }
            }
            if (d.settings.schedule.type == ConnectionSchedule::Type::Cron) {
                m_cron->setText(d.settings.schedule.cronExpression);
                int zone = m_timeZone->findData(d.settings.schedule.cronTimeZone);
                if (zone < 0) {
                    m_timeZone->addItem(d.settings.schedule.cronTimeZone,
                                        d.settings.schedule.cronTimeZone);
                    zone = m_timeZone->count() - 1;
                }
                m_timeZone->setCurrentIndex(zone);
            }
            m_discoveredCatalog = d.catalog;
            m_discoveredFor = d.sourceId;
            m_client->getSpecification(
                AirbyteClient::Kind::Destination,
                destination.value(QStringLiteral("destinationDefinitionId")).toString(),
                m_workspaceId, this, [this, generation](const Result<ConnectorSpecification> &s) {
                    if (generation != m_generation)
                        return;
                    if (!s) {
                        m_discoveryError = tr("Could not read what the destination can write: %1")
                                               .arg(s.error().message);
                    } else {
                        m_destinationModes = destinationSyncModesFromApi(s.value().raw);
                    }
                    discovered();
                });
        });
}

// --- the stack guide's pipeline ---

void ConnectionWizard::buildPresetPage()
{
    auto *intro = new QLabel(
        tr("PostgreSQL business_db to MinIO as Parquet under postgres-sync/: the streams "
           "customers and orders, Incremental | Append on updated_at (id where a table has "
           "none), every 6 hours. A source or destination that exists already is reused."));
    intro->setWordWrap(true);
    m_presetPlan = new QLabel;
    m_presetPlan->setObjectName(QStringLiteral("presetPlan"));
    m_presetPlan->setTextFormat(Qt::PlainText);
    m_presetPlan->setWordWrap(true);
    m_presetPostgres = new QLineEdit;
    m_presetPostgres->setObjectName(QStringLiteral("presetPostgresEndpoint"));
    m_presetMinio = new QLineEdit;
    m_presetMinio->setObjectName(QStringLiteral("presetMinioEndpoint"));
    m_presetPostgresWarning = new QLabel;
    m_presetPostgresWarning->setWordWrap(true);
    m_presetPostgresWarning->setTextFormat(Qt::PlainText);
    m_presetMinioWarning = new QLabel;
    m_presetMinioWarning->setWordWrap(true);
    m_presetMinioWarning->setTextFormat(Qt::PlainText);
    m_presetNote = new QLabel;
    m_presetNote->setWordWrap(true);
    m_presetNote->setTextFormat(Qt::PlainText);
    connect(m_presetPostgres, &QLineEdit::textChanged, this, &ConnectionWizard::updatePresetPlan);
    connect(m_presetMinio, &QLineEdit::textChanged, this, &ConnectionWizard::updatePresetPlan);

    const QList<ConnectorPreset> sources = connectorPresets(AirbyteClient::Kind::Source);
    const QList<ConnectorPreset> destinations = connectorPresets(AirbyteClient::Kind::Destination);
    auto *form = new QFormLayout;
    form->addRow(sources.first().endpointQuestion + QLatin1Char(':'), m_presetPostgres);
    form->addRow(QString(), m_presetPostgresWarning);
    form->addRow(destinations.first().endpointQuestion + QLatin1Char(':'), m_presetMinio);
    form->addRow(QString(), m_presetMinioWarning);
    auto *layout = new QVBoxLayout;
    layout->addWidget(intro);
    layout->addWidget(m_presetPlan);
    layout->addLayout(form);
    layout->addWidget(m_presetNote);
    layout->addStretch();
    page(m_pages, layout);
}

void ConnectionWizard::startPipelinePreset()
{
    m_editId.clear();
    m_presetMode = true;
    m_presetPending = false;
    setWindowTitle(tr("New connection: the stack guide's pipeline"));
    showStep(Step::Preset);
    if (!m_profile) {
        setStatus(tr("Open an environment first: the pipeline is made from its PostgreSQL and "
                     "MinIO."),
                  true);
        return;
    }
    m_presetPostgres->setText(
        presetDefaultEndpoint(connectorPresets(AirbyteClient::Kind::Source).first(), *m_profile));
    m_presetMinio->setText(presetDefaultEndpoint(
        connectorPresets(AirbyteClient::Kind::Destination).first(), *m_profile));
    loadPreset();
}

void ConnectionWizard::loadPreset()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_presetLoads = 4;
    m_presetSourceDefinition.clear();
    m_presetDestinationDefinition.clear();
    setStatus(tr("Looking for the pipeline's source and destination…"));
    const auto finished = [this, generation](const Error *error) {
        if (generation != m_generation)
            return;
        if (error) {
            ++m_generation; // the others no longer matter
            m_presetLoads = 0;
            setStatus(error->message, true);
            updateButtons();
            return;
        }
        if (--m_presetLoads == 0) {
            setStatus(QString());
            fillEnds();
            updatePresetPlan();
        }
        updateButtons();
    };
    for (const AirbyteClient::Kind kind :
         {AirbyteClient::Kind::Source, AirbyteClient::Kind::Destination}) {
        const ConnectorPreset preset = connectorPresets(kind).first();
        m_client->listDefinitions(
            kind, m_workspaceId, this,
            [this, kind, preset, finished](const Result<QList<ConnectorDefinition>> &r) {
                if (!r) {
                    finished(&r.error());
                    return;
                }
                for (const ConnectorDefinition &d : r.value()) {
                    if (d.dockerRepository == preset.dockerRepository)
                        (kind == AirbyteClient::Kind::Source ? m_presetSourceDefinition
                                                             : m_presetDestinationDefinition) =
                            d.id;
                }
                finished(nullptr);
            });
        m_client->listInstances(
            kind, m_workspaceId, this,
            [this, kind, finished](const Result<QList<ConnectorInstance>> &r) {
                if (!r) {
                    finished(&r.error());
                    return;
                }
                (kind == AirbyteClient::Kind::Source ? m_sources : m_destinations) = r.value();
                finished(nullptr);
            });
    }
}

void ConnectionWizard::updatePresetPlan()
{
    if (m_presetLoads > 0 || !m_profile)
        return;
    const ConnectorPreset source = connectorPresets(AirbyteClient::Kind::Source).first();
    const ConnectorPreset lake = connectorPresets(AirbyteClient::Kind::Destination).first();
    QStringList plan;
    const auto foundSource = PipelinePreset::findEnd(source, m_presetSourceDefinition, m_sources);
    const auto foundLake =
        PipelinePreset::findEnd(lake, m_presetDestinationDefinition, m_destinations);
    if (m_presetSourceDefinition.isEmpty())
        plan << tr("This Airbyte offers no %1 connector.").arg(source.dockerRepository);
    else if (foundSource)
        plan << tr("Source: %1 exists; it is reused.").arg(foundSource->name);
    else
        plan << tr("Source: %1 is made from this environment's PostgreSQL (database "
                   "business_db, user %2).")
                    .arg(source.defaultName, m_profile->postgres.user);
    if (m_presetDestinationDefinition.isEmpty())
        plan << tr("This Airbyte offers no %1 connector.").arg(lake.dockerRepository);
    else if (foundLake)
        plan << tr("Destination: %1 exists; it is reused.").arg(foundLake->name);
    else
        plan << tr("Destination: %1 is made from this environment's MinIO (bucket "
                   "airbyte-staging, path postgres-sync, Parquet).")
                    .arg(lake.defaultName);
    plan << tr("Schedule: the guide's %1, which Airbyte needs in Quartz form: %2 (UTC).")
                .arg(PipelinePreset::guideCronLine(),
                     CronSchedule::parse(PipelinePreset::guideCronLine()).value().quartz());
    m_presetPlan->setText(plan.join(QLatin1Char('\n')));
    // The endpoint questions matter only for what is made.
    for (QWidget *w : {static_cast<QWidget *>(m_presetPostgres),
                       static_cast<QWidget *>(m_presetPostgresWarning)})
        w->setVisible(!foundSource);
    for (QWidget *w :
         {static_cast<QWidget *>(m_presetMinio), static_cast<QWidget *>(m_presetMinioWarning)})
        w->setVisible(!foundLake);
    m_presetPostgresWarning->setText(
        presetEndpointWarning(source, m_presetPostgres->text().trimmed()));
    m_presetMinioWarning->setText(presetEndpointWarning(lake, m_presetMinio->text().trimmed()));
    updateButtons();
}

void ConnectionWizard::ensurePresetEnd(AirbyteClient::Kind kind,
                                       std::function<void(const QString &)> then)
{
    const bool isSource = kind == AirbyteClient::Kind::Source;
    const ConnectorPreset preset = connectorPresets(kind).first();
    const QString definitionId =
        isSource ? m_presetSourceDefinition : m_presetDestinationDefinition;
    if (const auto found =
            PipelinePreset::findEnd(preset, definitionId, isSource ? m_sources : m_destinations)) {
        then(found->id);
        return;
    }
    const QString endpoint = (isSource ? m_presetPostgres : m_presetMinio)->text().trimmed();
    const quint64 generation = m_generation;
    setStatus(isSource ? tr("Making the source %1…").arg(preset.defaultName)
                       : tr("Making the destination %1…").arg(preset.defaultName));
    m_client->getSpecification(
        kind, definitionId, m_workspaceId, this,
        [this, kind, isSource, preset, definitionId, endpoint, generation,
         then](const Result<ConnectorSpecification> &r) {
            if (generation != m_generation)
                return;
            const auto fail = [this](const QString &text) {
                m_presetLoads = 0;
                setStatus(text, true);
                showStep(Step::Preset);
            };
            if (!r) {
                fail(r.error().message);
                return;
            }
            const Result<ConnectorSpec> spec =
                ConnectorSpec::parse(r.value().connectionSpecificationJson);
            if (!spec) {
                fail(spec.error().message);
                return;
            }
            const QJsonObject configuration =
                presetConfiguration(preset, *m_profile, endpoint, spec.value());
            const QList<FieldError> missing = presetMissingValues(preset, configuration);
            if (!missing.isEmpty()) {
                QStringList names;
                for (const FieldError &f : missing)
                    names << f.path.section(QLatin1Char('/'), -1);
                fail(tr("This environment lacks %1 for %2: type it in Settings, or make it with "
                        "New source… or New destination… in a new connection.")
                         .arg(names.join(QStringLiteral(", ")), preset.defaultName));
                return;
            }
            m_client->createOrReuse(
                kind, m_workspaceId, definitionId, preset.defaultName, configuration, this,
                [this, isSource, generation, then, fail](const Result<ConnectorInstance> &made) {
                    if (generation != m_generation)
                        return;
                    if (!made) {
                        fail(made.error().message);
                        return;
                    }
                    (isSource ? m_sources : m_destinations).append(made.value());
                    then(made.value().id);
                });
        });
}

void ConnectionWizard::runPreset()
{
    if (!m_client || !m_profile)
        return;
    m_presetLoads = 1; // Next waits while the ends are made
    updateButtons();
    ensurePresetEnd(AirbyteClient::Kind::Source, [this](const QString &sourceId) {
        ensurePresetEnd(AirbyteClient::Kind::Destination, [this, sourceId](const QString &lakeId) {
            m_presetLoads = 0;
            fillEnds();
            m_source->setCurrentIndex(m_source->findData(sourceId));
            m_destination->setCurrentIndex(m_destination->findData(lakeId));
            m_name->setText(PipelinePreset::connectionName());
            m_nameTouched = true;
            m_presetPending = true;
            m_discoveredCatalog.reset(); // the preset's choices on a fresh discovery
            discover();
        });
    });
}

void ConnectionWizard::applyPreset()
{
    m_presetPending = false;
    Catalog catalog = m_streams->catalog();
    QStringList problems;
    const QStringList missing =
        PipelinePreset::apply(catalog, m_streams->destinationModes(), &problems);
    m_streams->setCatalog(catalog, m_streams->destinationModes());
    m_namespaceGroup->button(int(NamespaceDefinition::Destination))->setChecked(true);
    m_prefix->clear();
    m_scheduleGroup->button(int(ConnectionSchedule::Type::Cron))->setChecked(true);
    m_cron->setText(PipelinePreset::guideCronLine());
    m_timeZone->setCurrentIndex(0); // UTC
    if (!missing.isEmpty())
        setStatus(tr("The source has no table %1: choose the streams to sync in the table.")
                      .arg(missing.join(QStringLiteral(", "))),
                  true);
    else if (!problems.isEmpty())
        setStatus(tr("Incremental | Append does not suit %1: the table says what to choose.")
                      .arg(problems.join(QStringLiteral(", "))),
                  true);
    else
        setStatus(tr("The guide's choices are made: check each step, then create."));
}

// --- schema refresh ---

void ConnectionWizard::refreshSchema()
{
    if (!m_client || m_editId.isEmpty() || m_call.isRunning())
        return;
    const quint64 generation = ++m_generation;
    setStatus(tr("Airbyte is asking the source again for its streams…"));
    m_refreshSchema->setEnabled(false);
    m_call = m_client->getConnection(
        m_editId, true, this, [this, generation](const Result<ConnectionDetails> &r) {
            if (generation != m_generation)
                return;
            m_refreshSchema->setEnabled(true);
            updateButtons();
            if (!r) {
                setStatus(tr("The schema was not refreshed: %1").arg(r.error().message), true);
                return;
            }
            reviewSchemaChange(r.value());
        });
    updateButtons();
}

void ConnectionWizard::reviewSchemaChange(const ConnectionDetails &refreshed)
{
    const CatalogDiff diff = CatalogDiff::fromApi(refreshed.catalogDiff);
    if (diff.isEmpty()) {
        setStatus(tr("The source's schema has not changed since the connection was saved."));
        return;
    }
    setStatus(QString());
    const Catalog saved = m_streams->catalog();
    const QStringList refresh = diff.streamsNeedingRefresh(saved);
    const QStringList reconfigure = diff.streamsToReconfigure(saved);

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("schemaChange"));
    dialog->setWindowTitle(tr("The source's schema changed"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *changes = new QListWidget(dialog);
    changes->setObjectName(QStringLiteral("changes"));
    for (const StreamChange &c : diff.streams) {
        for (const QString &line : c.describe())
            changes->addItem(line);
    }
    QStringList consequences;
    if (!refresh.isEmpty())
        consequences << tr("Needs a refresh after saving (its data at the destination predates "
                           "the change): %1.")
                            .arg(refresh.join(QStringLiteral(", ")));
    if (!reconfigure.isEmpty())
        consequences << tr("Must be set again before saving (removed, or its cursor or key "
                           "field is gone): %1.")
                            .arg(reconfigure.join(QStringLiteral(", ")));
    if (consequences.isEmpty())
        consequences << tr("No synced stream is affected.");
    // Airbyte turns a connection off on a breaking change until the new schema is saved.
    if (refreshed.schemaChange == QLatin1String("breaking") &&
        refreshed.status != QLatin1String("active") && m_saved.settings.active)
        consequences << tr("The change is breaking: Airbyte has turned the connection off. "
                           "Saving with the new schema turns it back on.");
    auto *consequence = new QLabel(consequences.join(QLatin1Char('\n')), dialog);
    consequence->setObjectName(QStringLiteral("consequences"));
    consequence->setTextFormat(Qt::PlainText);
    consequence->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(dialog);
    auto *accept = buttons->addButton(tr("Use the new schema"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptSchema"));
    auto *keep = buttons->addButton(tr("Keep the saved one"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepSchema"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Since the connection was saved:"), dialog));
    layout->addWidget(changes, 1);
    layout->addWidget(consequence);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, refreshed, refresh, diff] {
        Catalog catalog = refreshed.catalog;
        diff.forgetRemovedFields(catalog);
        m_streams->setCatalog(catalog, m_streams->destinationModes());
        m_discoveredCatalog = catalog;
        if (!refreshed.sourceCatalogId.isEmpty())
            m_sourceCatalogId = refreshed.sourceCatalogId;
        m_streamsToRefresh = refresh;
        m_current = -1;
        showCurrentStream();
        setStatus(tr("The new schema is in the table; save to keep it."));
    });
    dialog->resize(640, 420);
    dialog->open();
}

} // namespace Dsp
