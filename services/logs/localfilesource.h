#pragma once

// LocalFileSource: a log file on this computer (one a colleague sent, an abctl job log under
// ~/.airbyte/abctl/data/airbyte-local-pv): shown in place, never copied. Following, it looks at
// the file once a second and says when it grew, or when it was replaced or truncated (a rotated
// log: same name, another file or a shorter one). GUI thread.

#include "logsource.h"

#include <QDateTime>
#include <QTimer>

namespace Dsp::Logs {

class LocalFileSource : public LogSource
{
    Q_OBJECT
public:
    explicit LocalFileSource(const QString &path, QObject *parent = nullptr);

    QString title() const override;
    QString filePath() const override { return m_path; }
    void start() override;
    void stop() override;
    bool canFollow() const override { return true; }
    // path:line, which editors and terminals open.
    QString lineReference(quint64 line) const override;

    // How often a followed file is looked at (tests make it shorter).
    void setPollInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

protected:
    void followingChanged(bool following) override;

private:
    void poll();

    QString m_path;
    QTimer m_timer;
    qint64 m_size = -1;
    QDateTime m_modified;
    QByteArray m_fileId; // inode or file index: another file under the same name
};

} // namespace Dsp::Logs
