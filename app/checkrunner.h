#pragma once

#include <QObject>

namespace Dsp {

class HealthMonitor;

// `--check [--json]`: runs every probe once, prints one line per service (or one JSON
// array) and reports the exit code (ExitCode). Server text arrives here already without
// control characters (HealthProbe::publish), so a hostile answer cannot drive the terminal.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        AllUp = 0,             // every configured service is Up
        NotAllUp = 1,          // at least one service is Degraded or Down
        UsageError = 2,        // bad command line, or the profile file does not exist
        NothingConfigured = 3, // the profile configures no service at all
    };

    CheckRunner(HealthMonitor *monitor, bool json, const QString &profilePath,
                QObject *parent = nullptr);
    // Starts the round; done() always comes later, from the event loop.
    void start();

    // The exit codes and JSON fields, for --help.
    static QString helpText();

signals:
    void done(int exitCode);

private:
    void report();

    HealthMonitor *m_monitor;
    bool m_json;
    QString m_profilePath;
};

} // namespace Dsp
