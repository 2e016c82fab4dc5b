#pragma once

#include <QObject>

namespace Dsp {

class HealthMonitor;

// `--check [--json]`: runs every probe once, prints one line per service (or one JSON
// array) and reports the exit code: 0 only when every configured service is Up.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    CheckRunner(HealthMonitor *monitor, bool json, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode);

private:
    void report();

    HealthMonitor *m_monitor;
    bool m_json;
};

} // namespace Dsp
