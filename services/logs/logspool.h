#pragma once

// LogSpool: the temporary file a network source writes a log into, so the document reads it on
// demand like any file and no log is ever held in memory whole. Created in the system's temporary
// folder, readable by its user only, removed when the spool is destroyed. Not thread-safe: one
// thread writes at a time (a source may hand it to a worker, never to two).

#include <QByteArrayView>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTemporaryFile;
QT_END_NAMESPACE

namespace Dsp::Logs {

class LogSpool
{
public:
    LogSpool();
    ~LogSpool();
    LogSpool(const LogSpool &) = delete;
    LogSpool &operator=(const LogSpool &) = delete;

    // Whether the file could be created (false on a full or read-only temporary folder).
    bool isOpen() const;
    QString path() const;
    // Appends and flushes, so a reader sees the bytes at once. False when the disk refused.
    bool append(QByteArrayView bytes);
    // Empties the file (a source that starts over emits replaced()).
    bool clear();
    qint64 size() const;
    QString errorString() const;

private:
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

} // namespace Dsp::Logs
