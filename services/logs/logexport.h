#pragma once

// LogExport: writes a log, whole or only the lines a filter kept, to a file the user chose, on
// a worker thread (a gigabyte takes seconds; the window stays live). The text is written as it
// is in the log (colour codes included, so another viewer shows the same), one line per line,
// "\n"-terminated, into a temporary file renamed over the target only when all went well:
// a failure or a cancel leaves the target as it was. GUI thread; destroying it cancels.

#include "filteredlines.h"
#include "lineindex.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace Dsp::Logs {

class LogExport : public QObject
{
    Q_OBJECT
public:
    explicit LogExport(QObject *parent = nullptr);
    ~LogExport() override;

    // Starts writing `source`'s lines (all of them, or `rows`) to `target`. One at a time.
    void start(std::shared_ptr<const LineIndex> index, const QString &source,
               std::optional<FilteredLines> rows, const QString &target);
    void cancel();
    bool isRunning() const { return m_worker.joinable(); }

signals:
    void progressChanged(int percent);
    // `error` is empty on success; `lines` written.
    void finished(const QString &error, quint64 lines);

private:
    void join();

    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_progress{0};
    quint64 m_generation = 0;
};

} // namespace Dsp::Logs
