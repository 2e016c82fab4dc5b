#pragma once

// The Logs page: one job log at a time, from wherever it lives (a local file or folder, the
// Airbyte API, the log bucket: a LogSource), in a LogView. Above the log: search (plain or
// regular expression, case, whole word, next/previous, the count of matches, in the background
// with progress), filters (levels, sources, lines to show only and lines to hide, all at once),
// follow, wrap, go to a line or a time, save the whole log or the shown lines. Files can be
// dropped on it. The line count, size and what is running are said below. GUI thread.

#include "logs/linetypes.h"
#include "logs/logsource.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace Dsp {

namespace Logs {
class LineMatcher;
class LogDocument;
class LogExport;
class LogFilter;
class LogSearch;
class LogStore;
} // namespace Logs

class LogView;

class LogsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPage(QWidget *parent = nullptr);
    ~LogsPage() override;

    // Shows a local log file (following off; the Follow button watches it).
    void openFile(const QString &path);
    // Shows `source` (the page owns it), following it from the start when `follow`.
    void openSource(std::unique_ptr<Logs::LogSource> source, bool follow);
    Logs::LogSource *source() const { return m_source.get(); }
    // The environment's log bucket (null: none); "Open" offers to browse it by job.
    void setLogStore(Logs::LogStore *store);
    // Asks for a job and attempt in `store`, then shows that attempt's log.
    void openFromStore(Logs::LogStore *store);
    LogView *view() const { return m_view; }
    Logs::LogDocument *document() const { return m_document; }
    Logs::LogFilter *filter() const { return m_filter; }
    Logs::LogSearch *search() const { return m_search; }

    // Saves the whole log, or only the lines shown, to `path` in the background.
    // False (and said) while the log or the filter is still being read.
    bool save(const QString &path, bool shownLinesOnly);
    // Goes to a line number (1-based) or a time ("14:03", "2024-09-09 14:03:12"); false and a
    // message when the text is neither or no line is that late.
    bool goTo(const QString &text);
    void findNext();
    void findPrevious();
    // What the status line says (tests).
    QString statusText() const;
    QString matchText() const;
    QString messageText() const;

signals:
    // A save ended (the page also says it); `error` empty on success.
    void saved(const QString &path, const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeToolbar();
    QWidget *makeSearchBar();
    QWidget *makeFilterBar();
    QWidget *makeEmptyState();
    void closeSource();
    void sourceChanged();
    void applyFilter();
    void applySearch();
    // Matches `text` with the search options; null (and a message) when the pattern is bad.
    std::shared_ptr<const Logs::LineMatcher> makeMatcher(const QString &text, QLineEdit *edit);
    void updateStatus();
    void updateMatchCount();
    void updateSourcesButton();
    void showMessage(const QString &text, bool error);
    void find(bool forward);
    void chooseFile();
    void chooseSaveTarget(bool shownLinesOnly);
    void copyLink(Logs::LineNumber line);

    std::unique_ptr<Logs::LogSource> m_source;
    Logs::LogDocument *m_document = nullptr;
    Logs::LogFilter *m_filter = nullptr;
    Logs::LogSearch *m_search = nullptr;
    Logs::LogExport *m_export = nullptr;
    std::shared_ptr<const Logs::LineMatcher> m_searchMatcher;

    QStackedWidget *m_stack = nullptr;
    LogView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_sourceStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_wrap = nullptr;
    QToolButton *m_save = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_word = nullptr;
    QLabel *m_matches = nullptr;
    QLineEdit *m_goTo = nullptr;
    QList<QToolButton *> m_levelButtons;
    QToolButton *m_sources = nullptr;
    QList<QAction *> m_sourceActions;
    QLineEdit *m_showOnly = nullptr;
    QLineEdit *m_hide = nullptr;
    QTimer m_filterDelay;
    QTimer m_searchDelay;
    QTimer m_statusTimer;
    QString m_abctlFolder;
    Logs::LogStore *m_abctlStore = nullptr; // abctl's airbyte-local-pv, when on this computer
    QPointer<Logs::LogStore> m_bucketStore;
    QAction *m_openBucket = nullptr;
};

} // namespace Dsp
