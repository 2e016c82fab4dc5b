#include "logspage.h"

#include "logview.h"

#include "common/secondarytext.h"
#include "logs/folderlogstore.h"
#include "logs/linematcher.h"
#include "logs/localfilesource.h"
#include "logs/logdocument.h"
#include "logs/logexport.h"
#include "logs/logfilter.h"
#include "logs/logsearch.h"
#include "logs/storedlogsource.h"
#include "storedlogdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dsp {

using Logs::LineNumber;
using Logs::LogLevel;
using Logs::LogSourceKind;

namespace {

QToolButton *toggle(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

QString sizeText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

// abctl keeps job logs on the host here (API-NOTES §4.5).
QString abctlLogFolder()
{
    const QString path =
        QDir::homePath() + QStringLiteral("/.airbyte/abctl/data/airbyte-local-pv/job-logging");
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace

LogsPage::LogsPage(QWidget *parent)
    : QWidget(parent)
    , m_document(new Logs::LogDocument(this))
    , m_filter(new Logs::LogFilter(m_document, this))
    , m_search(new Logs::LogSearch(m_document, this))
    , m_export(new Logs::LogExport(this))
{
    setAcceptDrops(true);
    m_abctlFolder = abctlLogFolder();
    if (!m_abctlFolder.isEmpty())
        m_abctlStore = new Logs::FolderLogStore(m_abctlFolder, this);

    m_view = new LogView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setDocument(m_document);
    m_view->setFilter(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(makeToolbar());
    layout->addWidget(makeSearchBar());
    layout->addWidget(makeFilterBar());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("logMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(makeEmptyState());
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setTextFormat(Qt::PlainText);
    makeSecondaryText(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_sourceStatus = new QLabel(this);
    m_sourceStatus->setTextFormat(Qt::PlainText);
    makeSecondaryText(m_sourceStatus);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_progress);
    statusRow->addStretch(1);
    statusRow->addWidget(m_sourceStatus);
    layout->addLayout(statusRow);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &LogsPage::applyFilter);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &LogsPage::applySearch);
    // The status line is read at a calm pace, not on every signal of the workers.
    m_statusTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &LogsPage::updateStatus);

    connect(m_document, &Logs::LogDocument::statusChanged, this, &LogsPage::updateStatus);
    connect(m_document, &Logs::LogDocument::linesAdded, this, [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    });
    connect(m_filter, &Logs::LogFilter::progressChanged, this, [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    });
    connect(m_filter, &Logs::LogFilter::finished, this, &LogsPage::updateStatus);
    connect(m_search, &Logs::LogSearch::matchesChanged, this, &LogsPage::updateMatchCount);
    connect(m_search, &Logs::LogSearch::progressChanged, this, &LogsPage::updateMatchCount);
    connect(m_search, &Logs::LogSearch::finished, this, &LogsPage::updateMatchCount);
    connect(m_view, &LogView::currentLineChanged, this, &LogsPage::updateMatchCount);
    connect(m_view, &LogView::copyLinkRequested, this, &LogsPage::copyLink);
    connect(m_view, &LogView::copyRefused, this, [this](qint64 bytes) {
        showMessage(tr("%1 selected: too much for the clipboard. Save the shown lines instead.")
                        .arg(sizeText(quint64(bytes))),
                    true);
    });
    connect(m_export, &Logs::LogExport::progressChanged, this, [this](int percent) {
        m_progress->setValue(percent);
        m_progress->setVisible(percent < 100);
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this);
    connect(next, &QShortcut::activated, this, &LogsPage::findNext);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previous, &QShortcut::activated, this, &LogsPage::findPrevious);
    auto *goTo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    connect(goTo, &QShortcut::activated, this, [this] {
        m_goTo->setFocus();
        m_goTo->selectAll();
    });
    updateStatus();
}

LogsPage::~LogsPage()
{
    // The view goes with its document and filter (it watches them); the source first.
    closeSource();
}

QWidget *LogsPage::makeToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("No log open"), bar);
    m_title->setObjectName(QStringLiteral("logTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_title, 1);

    auto *open = new QToolButton(bar);
    open->setText(tr("Open"));
    open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    open->setPopupMode(QToolButton::MenuButtonPopup);
    open->setToolTip(tr("Open a log file (or drop one here)"));
    auto *openMenu = new QMenu(open);
    openMenu->addAction(tr("Open &File…"), this, &LogsPage::chooseFile);
    m_openBucket = openMenu->addAction(tr("From the Log &Bucket…"), this, [this] {
        if (m_bucketStore)
            openFromStore(m_bucketStore);
    });
    m_openBucket->setEnabled(false);
    m_openBucket->setToolTip(tr("Set MinIO's access key in Settings to read the log bucket."));
    QAction *abctl = openMenu->addAction(tr("From abctl's &Job Logs…"), this,
                                         [this] { openFromStore(m_abctlStore); });
    abctl->setEnabled(m_abctlStore != nullptr);
    if (!m_abctlStore)
        abctl->setToolTip(tr("abctl keeps job logs under ~/.airbyte/abctl; none on this "
                             "computer."));
    open->setMenu(openMenu);
    connect(open, &QToolButton::clicked, this, &LogsPage::chooseFile);
    row->addWidget(open);

    m_follow =
        toggle(tr("Follow"), tr("Keep reading the log as it grows and stay at its end"), bar);
    m_follow->setObjectName(QStringLiteral("followButton"));
    m_follow->setEnabled(false);
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (m_source)
            m_source->setFollowing(on);
        if (on)
            m_view->scrollToEnd();
    });
    row->addWidget(m_follow);

    m_wrap = toggle(tr("Wrap"), tr("Wrap long lines"), bar);
    m_wrap->setObjectName(QStringLiteral("wrapButton"));
    connect(m_wrap, &QToolButton::toggled, m_view, &LogView::setWrapping);
    row->addWidget(m_wrap);

    m_save = new QToolButton(bar);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save"));
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setEnabled(false);
    auto *saveMenu = new QMenu(m_save);
    saveMenu->addAction(tr("Save &Whole Log…"), this, [this] { chooseSaveTarget(false); });
    saveMenu->addAction(tr("Save &Shown Lines…"), this, [this] { chooseSaveTarget(true); });
    m_save->setMenu(saveMenu);
    row->addWidget(m_save);
    return bar;
}

QWidget *LogsPage::makeSearchBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(
        tr("Search (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay.isActive()) {
            m_searchDelay.stop();
            applySearch();
        }
        (QApplication::keyboardModifiers() & Qt::ShiftModifier) ? findPrevious() : findNext();
    });
    row->addWidget(m_searchEdit, 2);

    m_regex = toggle(QStringLiteral(".*"), tr("Regular expression"), bar);
    m_regex->setObjectName(QStringLiteral("regexButton"));
    m_case = toggle(QStringLiteral("Aa"), tr("Match case"), bar);
    m_case->setObjectName(QStringLiteral("caseButton"));
    m_word = toggle(QStringLiteral("W"), tr("Whole words"), bar);
    m_word->setObjectName(QStringLiteral("wordButton"));
    for (QToolButton *option : {m_regex, m_case, m_word}) {
        connect(option, &QToolButton::toggled, this, [this] {
            applySearch();
            m_filterDelay.start(); // the show-only and hide texts use the same options
        });
        row->addWidget(option);
    }
    auto *previous = new QToolButton(bar);
    previous->setArrowType(Qt::UpArrow);
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    connect(previous, &QToolButton::clicked, this, &LogsPage::findPrevious);
    auto *next = new QToolButton(bar);
    next->setArrowType(Qt::DownArrow);
    next->setAutoRaise(true);
    next->setToolTip(tr("Next match (Enter)"));
    connect(next, &QToolButton::clicked, this, &LogsPage::findNext);
    row->addWidget(previous);
    row->addWidget(next);
    m_matches = new QLabel(bar);
    m_matches->setObjectName(QStringLiteral("matchCount"));
    m_matches->setTextFormat(Qt::PlainText);
    m_matches->setMinimumWidth(
        m_matches->fontMetrics().horizontalAdvance(QStringLiteral("1,234,567 of 1,234,567 (99%)")));
    makeSecondaryText(m_matches);
    row->addWidget(m_matches);

    m_goTo = new QLineEdit(bar);
    m_goTo->setObjectName(QStringLiteral("goToEdit"));
    m_goTo->setPlaceholderText(tr("Go to line or time (Ctrl+G)"));
    m_goTo->setToolTip(tr("A line number, or a time: 14:03, 14:03:12, 2024-09-09 14:03"));
    m_goTo->setMaximumWidth(m_goTo->fontMetrics().horizontalAdvance(m_goTo->placeholderText()) +
                            24);
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] { goTo(m_goTo->text()); });
    row->addWidget(m_goTo, 1);
    return bar;
}

QWidget *LogsPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        QString text;
        QString name;
        quint8 bits;
    } levels[] = {
        {tr("Errors"), QStringLiteral("levelError"), Logs::bit(LogLevel::Error)},
        {tr("Warnings"), QStringLiteral("levelWarn"), Logs::bit(LogLevel::Warn)},
        {tr("Info"), QStringLiteral("levelInfo"), Logs::bit(LogLevel::Info)},
        {tr("Debug"), QStringLiteral("levelDebug"),
         quint8(Logs::bit(LogLevel::Debug) | Logs::bit(LogLevel::Trace))},
        {tr("Other"), QStringLiteral("levelNone"), Logs::bit(LogLevel::None)},
    };
    for (const auto &level : levels) {
        QToolButton *button = toggle(level.text, tr("Show lines of this level"), bar);
        button->setObjectName(level.name);
        button->setChecked(true);
        button->setProperty("levelBits", int(level.bits));
        connect(button, &QToolButton::toggled, this, &LogsPage::applyFilter);
        m_levelButtons.append(button);
        row->addWidget(button);
    }
    m_levelButtons.back()->setToolTip(tr("Lines without a level (and the records they open)"));

    m_sources = new QToolButton(bar);
    m_sources->setObjectName(QStringLiteral("sourcesButton"));
    m_sources->setPopupMode(QToolButton::InstantPopup);
    m_sources->setAutoRaise(true);
    auto *menu = new QMenu(m_sources);
    const struct
    {
        QString text;
        LogSourceKind kind;
    } sources[] = {
        {tr("Source connector"), LogSourceKind::Source},
        {tr("Destination connector"), LogSourceKind::Destination},
        {tr("Platform"), LogSourceKind::Platform},
        {tr("Replication orchestrator"), LogSourceKind::ReplicationOrchestrator},
        {tr("Normalization"), LogSourceKind::Normalization},
        {tr("Other prefixes"), LogSourceKind::Other},
        {tr("No prefix"), LogSourceKind::None},
    };
    for (const auto &source : sources) {
        QAction *action = menu->addAction(source.text);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(Logs::bit(source.kind)));
        connect(action, &QAction::toggled, this, &LogsPage::applyFilter);
        m_sourceActions.append(action);
    }
    m_sources->setMenu(menu);
    row->addWidget(m_sources);
    updateSourcesButton();

    m_showOnly = new QLineEdit(bar);
    m_showOnly->setObjectName(QStringLiteral("showOnlyEdit"));
    m_showOnly->setPlaceholderText(tr("Show only lines with…"));
    m_showOnly->setToolTip(tr("Uses the search's options (regular expression, case, words)"));
    m_showOnly->setClearButtonEnabled(true);
    m_hide = new QLineEdit(bar);
    m_hide->setObjectName(QStringLiteral("hideEdit"));
    m_hide->setPlaceholderText(tr("Hide lines with…"));
    m_hide->setToolTip(m_showOnly->toolTip());
    m_hide->setClearButtonEnabled(true);
    for (QLineEdit *edit : {m_showOnly, m_hide}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_filterDelay.stop();
            applyFilter();
        });
        row->addWidget(edit, 1);
    }
    auto *clear = new QToolButton(bar);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    clear->setText(tr("Clear Filters"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, [this] {
        const QSignalBlocker a(m_showOnly), b(m_hide);
        m_showOnly->clear();
        m_hide->clear();
        for (QToolButton *button : std::as_const(m_levelButtons)) {
            const QSignalBlocker block(button);
            button->setChecked(true);
        }
        for (QAction *action : std::as_const(m_sourceActions)) {
            const QSignalBlocker block(action);
            action->setChecked(true);
        }
        applyFilter();
    });
    row->addWidget(clear);
    return bar;
}

QWidget *LogsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    auto *column = new QVBoxLayout(empty);
    column->addStretch(1);
    auto *heading = new QLabel(tr("Open a job log"), empty);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    auto *explain = new QLabel(
        tr("A log file a colleague sent, or one abctl keeps under ~/.airbyte/abctl: choose it "
           "or drop it here. Logs of any size open at once."),
        empty);
    explain->setWordWrap(true);
    explain->setAlignment(Qt::AlignCenter);
    makeSecondaryText(explain);
    auto *open = new QPushButton(tr("Open a Log File…"), empty);
    open->setObjectName(QStringLiteral("openFileButton"));
    connect(open, &QPushButton::clicked, this, &LogsPage::chooseFile);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    if (m_abctlStore) {
        auto *abctl = new QPushButton(tr("Open from abctl's Job Logs…"), empty);
        connect(abctl, &QPushButton::clicked, this, [this] { openFromStore(m_abctlStore); });
        buttons->addWidget(abctl);
    }
    buttons->addStretch(1);
    column->addWidget(heading);
    column->addWidget(explain);
    column->addLayout(buttons);
    column->addStretch(2);
    return empty;
}

void LogsPage::openFile(const QString &path)
{
    openSource(std::make_unique<Logs::LocalFileSource>(path), false);
}

void LogsPage::setLogStore(Logs::LogStore *store)
{
    m_bucketStore = store;
    m_openBucket->setEnabled(store != nullptr);
    m_openBucket->setToolTip(store ? store->description()
                                   : tr("Set MinIO's access key in Settings to read the log "
                                        "bucket."));
}

void LogsPage::openFromStore(Logs::LogStore *store)
{
    if (!store)
        return;
    const QPointer<Logs::LogStore> guard(store); // the environment may be replaced meanwhile
    StoredLogDialog dialog(store, this);
    if (dialog.exec() != QDialog::Accepted || !guard || dialog.jobId() < 0 || dialog.attempt() < 0)
        return;
    openSource(
        std::make_unique<Logs::StoredAttemptLogSource>(guard, dialog.jobId(), dialog.attempt()),
        false);
}

void LogsPage::closeSource()
{
    if (!m_source)
        return;
    m_source->disconnect(this);
    m_source->stop();
    m_source.reset();
}

void LogsPage::openSource(std::unique_ptr<Logs::LogSource> source, bool follow)
{
    closeSource();
    m_export->cancel();
    showMessage(QString(), false);
    m_source = std::move(source);
    Logs::LogSource *s = m_source.get();
    m_title->setText(s->title());
    m_title->setToolTip(s->title());
    connect(s, &Logs::LogSource::appended, m_document, &Logs::LogDocument::refresh);
    connect(s, &Logs::LogSource::replaced, this, [this] {
        if (m_source)
            m_document->open(m_source->filePath());
    });
    connect(s, &Logs::LogSource::failed, this,
            [this](const Error &error) { showMessage(error.message, true); });
    connect(s, &Logs::LogSource::statusChanged, m_sourceStatus, &QLabel::setText);
    connect(s, &Logs::LogSource::stateChanged, this, &LogsPage::sourceChanged);
    connect(s, &Logs::LogSource::sectionsChanged, this, [this] {
        if (!m_source)
            return;
        const QList<quint64> sections = m_source->sectionLines();
        m_view->setSectionLines(sections);
        m_filter->setPinnedLines(std::vector<quint64>(sections.begin(), sections.end()));
    });
    m_view->setSectionLines(s->sectionLines());
    m_filter->setPinnedLines({});
    m_sourceStatus->clear();

    const QSignalBlocker block(m_follow);
    m_follow->setChecked(follow && s->canFollow());
    s->setFollowing(follow && s->canFollow());
    s->start();
    if (s->state() != Logs::LogSource::State::Failed) {
        m_document->open(s->filePath());
        m_view->scrollToEnd();
        m_view->setFocus();
    } else {
        m_document->close();
    }
    m_stack->setCurrentWidget(m_view);
    sourceChanged();
    updateStatus();
}

void LogsPage::sourceChanged()
{
    const bool open = m_source && m_source->state() != Logs::LogSource::State::Failed;
    m_follow->setEnabled(open && m_source->canFollow());
    m_save->setEnabled(m_source != nullptr);
    if (m_source && m_source->state() == Logs::LogSource::State::Finished &&
        m_follow->isChecked() && !m_source->isFollowing()) {
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(false); // the attempt ended: nothing more will come
    }
    updateStatus();
}

void LogsPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Log File"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Logs (*.log *.txt *.json *.out);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

std::shared_ptr<const Logs::LineMatcher> LogsPage::makeMatcher(const QString &text, QLineEdit *edit)
{
    if (text.isEmpty()) {
        edit->setStyleSheet(QString());
        edit->setToolTip(QString());
        return nullptr;
    }
    Logs::MatchOptions options;
    options.pattern = text;
    options.regex = m_regex->isChecked();
    options.caseSensitive = m_case->isChecked();
    options.wholeWord = m_word->isChecked();
    QString error;
    auto matcher = Logs::LineMatcher::compile(options, &error);
    if (!matcher) {
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c01c28; }"));
        edit->setToolTip(error);
        showMessage(error, true);
        return nullptr;
    }
    edit->setStyleSheet(QString());
    edit->setToolTip(QString());
    return matcher;
}

void LogsPage::applyFilter()
{
    Logs::LogFilterSpec spec;
    spec.levels = 0;
    for (QToolButton *button : std::as_const(m_levelButtons)) {
        if (button->isChecked())
            spec.levels |= quint8(button->property("levelBits").toInt());
    }
    spec.sources = 0;
    for (QAction *action : std::as_const(m_sourceActions)) {
        if (action->isChecked())
            spec.sources |= quint8(action->data().toInt());
    }
    if (auto show = makeMatcher(m_showOnly->text(), m_showOnly))
        spec.include = [show](QByteArrayView line) { return show->matches(line); };
    if (auto hide = makeMatcher(m_hide->text(), m_hide))
        spec.exclude = [hide](QByteArrayView line) { return hide->matches(line); };
    updateSourcesButton();
    m_filter->setSpec(spec);
    updateStatus();
}

void LogsPage::applySearch()
{
    m_searchMatcher = makeMatcher(m_searchEdit->text(), m_searchEdit);
    m_search->setMatcher(m_searchMatcher);
    if (m_searchMatcher) {
        const auto matcher = m_searchMatcher;
        m_view->setHighlighter([matcher](QByteArrayView visible) {
            MatchSpans spans;
            for (const auto &span : matcher->spans(visible, 200))
                spans.append(span);
            return spans;
        });
    } else {
        m_view->setHighlighter({});
        m_view->setCurrentMatch(std::nullopt);
    }
    updateMatchCount();
}

void LogsPage::findNext()
{
    find(true);
}

void LogsPage::findPrevious()
{
    find(false);
}

void LogsPage::find(bool forward)
{
    if (!m_searchMatcher)
        return;
    const auto current = m_view->currentLine();
    LineNumber from = current                  ? *current
                      : m_view->rowCount() > 0 ? m_view->lineAtRow(m_view->topRow())
                                               : LineNumber(0);
    // Matches the filter hides are skipped.
    for (int tries = 0; tries < 100000; ++tries) {
        const auto found = forward ? m_search->next(from) : m_search->previous(from);
        if (!found) {
            updateMatchCount();
            return;
        }
        if (m_view->rowCount() > 0 && m_view->lineAtRow(m_view->rowOfLine(*found)) == *found) {
            m_view->setCurrentMatch(*found);
            m_view->goToLine(*found);
            updateMatchCount();
            return;
        }
        if (current && *found == *current)
            break; // went round
        from = *found;
    }
    updateMatchCount();
}

bool LogsPage::goTo(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return false;
    bool isNumber = false;
    const qulonglong number = QLocale().toULongLong(text, &isNumber);
    const qulonglong plain = isNumber ? number : text.toULongLong(&isNumber);
    if (isNumber) {
        if (plain == 0 || plain > m_document->lineCount().value) {
            showMessage(tr("This log has %1 lines.")
                            .arg(QLocale().toString(qulonglong(m_document->lineCount().value))),
                        true);
            return false;
        }
        showMessage(QString(), false);
        m_view->goToLine(LineNumber(plain - 1));
        return true;
    }
    // A time: with a date, or the time on the day of the log's first stamped line.
    static const QRegularExpression timePattern(QStringLiteral(
        R"(^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?$)"));
    const QRegularExpressionMatch m = timePattern.match(text);
    if (!m.hasMatch()) {
        showMessage(
            tr("“%1” is neither a line number nor a time (14:03, 2024-09-09 14:03:12).").arg(text),
            true);
        return false;
    }
    QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!date.isValid()) {
        const auto first =
            m_document->lineAtTime(QDateTime(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC));
        if (first) {
            const QByteArray visible = Logs::visibleText(m_document->line(*first, 256));
            date = Logs::classifyVisible(visible).timestamp(visible).date();
        }
    }
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                     m.captured(5).leftJustified(3, QLatin1Char('0')).toInt());
    if (!date.isValid() || !time.isValid()) {
        showMessage(tr("No line of this log has a time."), true);
        return false;
    }
    const auto line = m_document->lineAtTime(QDateTime(date, time, Qt::UTC));
    if (!line) {
        showMessage(tr("No line is as late as %1.").arg(text), true);
        return false;
    }
    showMessage(QString(), false);
    m_view->goToLine(*line);
    return true;
}

bool LogsPage::save(const QString &path, bool shownLinesOnly)
{
    if (m_document->status() == Logs::LogDocument::Status::Indexing ||
        (shownLinesOnly && m_filter->isRunning())) {
        showMessage(tr("The log is still being read; save it once the count below stops "
                       "growing."),
                    true);
        return false;
    }
    std::optional<Logs::FilteredLines> rows;
    if (shownLinesOnly && m_filter->isActive())
        rows = m_filter->lines();
    m_progress->setValue(0);
    m_progress->show();
    m_sourceStatus->setText(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    disconnect(m_export, &Logs::LogExport::finished, this, nullptr);
    connect(m_export, &Logs::LogExport::finished, this,
            [this, path](const QString &error, quint64 lines) {
                m_progress->hide();
                if (error.isEmpty()) {
                    m_sourceStatus->setText(tr("Saved %n line(s) to %1.", nullptr,
                                               int(std::min<quint64>(lines, INT_MAX)))
                                                .arg(QDir::toNativeSeparators(path)));
                } else {
                    m_sourceStatus->clear();
                    showMessage(error, true);
                }
                emit saved(path, error);
            });
    m_export->start(m_document->index(), m_document->path(), rows, path);
    return true;
}

void LogsPage::chooseSaveTarget(bool shownLinesOnly)
{
    QString suggested =
        m_source ? QFileInfo(m_source->filePath()).completeBaseName() : QStringLiteral("log");
    if (m_source && qobject_cast<Logs::LocalFileSource *>(m_source.get()) == nullptr)
        suggested = m_source->title();
    suggested.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|,]+)")), QStringLiteral("-"));
    if (shownLinesOnly)
        suggested += tr("-filtered");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, shownLinesOnly ? tr("Save the Shown Lines") : tr("Save the Log"),
        folder + QLatin1Char('/') + suggested + QStringLiteral(".log"),
        tr("Logs (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        save(path, shownLinesOnly);
}

void LogsPage::copyLink(LineNumber line)
{
    if (!m_source)
        return;
    const QString reference = m_source->lineReference(line.value);
    QApplication::clipboard()->setText(reference);
    m_sourceStatus->setText(tr("Copied “%1”.").arg(reference));
}

void LogsPage::updateSourcesButton()
{
    int checked = 0;
    for (QAction *action : std::as_const(m_sourceActions))
        checked += action->isChecked() ? 1 : 0;
    if (checked == m_sourceActions.size())
        m_sources->setText(tr("All sources"));
    else if (checked == 0)
        m_sources->setText(tr("No source"));
    else
        m_sources->setText(tr("%n source(s)", nullptr, checked));
}

void LogsPage::updateStatus()
{
    m_statusTimer.stop();
    const QLocale locale;
    QStringList parts;
    const quint64 lines = m_document->lineCount().value;
    switch (m_document->status()) {
    case Logs::LogDocument::Status::Empty:
        break;
    case Logs::LogDocument::Status::Indexing:
        parts << tr("%1 lines so far · indexing %2%")
                     .arg(locale.toString(qulonglong(lines)))
                     .arg(m_document->progress());
        break;
    case Logs::LogDocument::Status::Ready:
        parts << tr("%1 lines · %2")
                     .arg(locale.toString(qulonglong(lines)), sizeText(m_document->indexedBytes()));
        break;
    case Logs::LogDocument::Status::Failed:
        showMessage(m_document->errorString(), true);
        break;
    }
    if (m_filter->isActive()) {
        const quint64 shown = m_filter->lines().rowCount();
        QString filtered = tr("showing %1").arg(locale.toString(qulonglong(shown)));
        if (m_filter->isRunning())
            filtered += tr(" (filtering %1%)").arg(m_filter->progress());
        parts << filtered;
    }
    if (m_source && m_source->isFollowing())
        parts << tr("following");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void LogsPage::updateMatchCount()
{
    if (!m_searchMatcher) {
        m_matches->clear();
        return;
    }
    const QLocale locale;
    const quint64 count = m_search->matchCount();
    QString text;
    const auto current = m_view->currentLine();
    const Logs::FilteredLines matches = m_search->matches();
    quint64 position = 0;
    if (current && matches.rowCount() > 0) {
        const quint64 row = matches.rowAtOrAfter(*current);
        if (row < matches.rowCount() && matches.lineAt(row) == *current)
            position = row + 1;
    }
    if (count == 0 && !m_search->isRunning())
        text = tr("No match");
    else if (position > 0)
        text = tr("%1 of %2")
                   .arg(locale.toString(qulonglong(position)), locale.toString(qulonglong(count)));
    else
        text = tr("%n line(s)", nullptr, int(std::min<quint64>(count, INT_MAX)));
    if (m_search->isRunning())
        text += tr(" (%1%)").arg(m_search->progress());
    else if (const QString warning = m_searchMatcher->warning(); !warning.isEmpty())
        showMessage(warning, false); // lines a pathological expression gave up on
    m_matches->setText(text);
}

void LogsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c01c28; }") : QString());
}

QString LogsPage::statusText() const
{
    return m_status->text();
}

QString LogsPage::matchText() const
{
    return m_matches->text();
}

QString LogsPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LogsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void LogsPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

void LogsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_source)
        m_view->setFocus();
}

} // namespace Dsp
