// bench_health: figures for the health dashboard, printed as `name: value` lines, each beside
// the reference it is judged against in the same run.
//
//   startup_ms / reference_startup_ms   process start to first painted main window (median of
//                                        5), panel vs. a bare Qt Widgets window (referencewindow)
//   rss_mb / reference_rss_mb           resident memory after the first round of checks
//   round_hung_ms / timeout_ms          a full round while one service accepts and never
//                                        answers: about the probe timeout, not more
//   max_stall_ms (goal < 16)            longest GUI-thread stall during that round (timer lag);
//   first_round_max_stall_ms             the same for the very first round (one-time setup)
//   idle_cpu_pct / reference_idle_cpu_pct  CPU while idle, polling every 10 s
//
// Usage: bench_health [--idle-seconds N] (default 60). Needs the npm test tools installed.
#include "application.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "settings/profile.h"

#include "localstack.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace Dsp::Testing;
using namespace std::chrono_literals;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.1f\n", name, value);
    std::fflush(stdout);
}

double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

struct ProcessFigures
{
    double startupMs = -1;
    double rssMb = -1;
    double idleCpuPct = -1;
};

bool waitForLine(QProcess &p, const QByteArray &line, int timeoutMs)
{
    // An event loop woken by the pipe, not QTest::qWaitFor's 10 ms polling: it would add up
    // to 10 ms to every startup figure.
    QEventLoop loop;
    bool found = false;
    auto check = [&] {
        while (p.canReadLine()) {
            if (p.readLine().trimmed() == line) {
                found = true;
                loop.quit();
                return;
            }
        }
    };
    const auto c1 = QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop, check);
    const auto c2 = QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check();
    if (!found)
        loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return found && p.state() == QProcess::Running;
}

// Starts `program` a few times for the startup median, then keeps the last one running to
// read its memory and idle CPU.
ProcessFigures measureProcess(const QString &program, const QStringList &args,
                              const QProcessEnvironment &env, int idleSeconds)
{
    ProcessFigures figures;
    QList<double> startups;
    for (int run = 0; run < 5; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(program, args);
        if (!waitForLine(p, "first_paint", 30000)) {
            std::fprintf(stderr, "%s did not paint (state %d, exit %d, %s): %s\n",
                         qPrintable(program), int(p.state()), p.exitCode(),
                         p.exitStatus() == QProcess::CrashExit ? "crashed" : "exited",
                         p.readAllStandardError().constData());
            return figures;
        }
        startups.append(clock.nsecsElapsed() / 1e6);
        const bool last = run == 4;
        if (last && waitForLine(p, "round_finished", 30000)) {
            figures.rssMb = rssMb(p.processId());
            const double before = cpuSeconds(p.processId());
            QTest::qWait(idleSeconds * 1000);
            const double after = cpuSeconds(p.processId());
            figures.idleCpuPct = (after - before) / idleSeconds * 100.0;
        }
        p.kill();
        p.waitForFinished(5000);
    }
    std::sort(startups.begin(), startups.end());
    figures.startupMs = startups.at(startups.size() / 2);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int idleSeconds = 60;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--idle-seconds")));
    if (at > 0 && at + 1 < args.size())
        idleSeconds = std::max(1, args.at(at + 1).toInt());

    LocalStack local;
    if (!local.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    FakeHttpServer hang;
    hang.setMode(FakeHttpServer::Mode::Hang);
    if (!hang.listen()) {
        std::fprintf(stderr, "bench_health: cannot listen on a loopback port\n");
        return 1;
    }
    Profile profile = local.profile();

    // 1. The real binary against the stack, and the reference window.
    QTemporaryDir dir;
    const QString profilePath = dir.filePath(QStringLiteral("bench.ini"));
    {
        QSettings s(profilePath, QSettings::IniFormat);
        profile.save(s);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DSP_REPORT_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("DSP_MINIO_SECRET_KEY"), profile.minio.secretKey);
    env.insert(QStringLiteral("DSP_POSTGRES_PASSWORD"), profile.postgres.password);
    env.insert(QStringLiteral("DSP_DREMIO_PASSWORD"), profile.dremio.password);
    const ProcessFigures panel =
        measureProcess(QStringLiteral(DSP_PANEL_BINARY), {QStringLiteral("--profile"), profilePath},
                       env, idleSeconds);
    const ProcessFigures reference =
        measureProcess(QStringLiteral(DSP_REFERENCE_BINARY), {}, env, idleSeconds);
    print("startup_ms", panel.startupMs);
    print("reference_startup_ms", reference.startupMs);
    print("rss_mb", panel.rssMb);
    print("reference_rss_mb", reference.rssMb);

    // 2. In process: one round with Dremio hanging, the dashboard on screen, the GUI thread
    //    watched by a 1 ms timer whose lateness is the stall.
    profile.dremio.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hang.port()));
    QTemporaryDir profileDir;
    Application services(profile, profileDir.filePath(QStringLiteral("profile.ini")));
    HealthMonitor &monitor = *services.healthMonitor();
    DashboardPage page(&monitor);
    page.resize(1100, 720);
    page.show();
    QTest::qWait(200);

    // The first round also pays one-time costs (network manager, TLS/proxy setup, worker
    // threads); the second is what every later poll costs. Both are printed.
    struct Round
    {
        double ms = -1;
        double maxStallMs = -1;
    };
    auto measureRound = [&]() -> Round {
        QElapsedTimer tick;
        qint64 maxGapNs = 0;
        QTimer lag;
        lag.setTimerType(Qt::PreciseTimer);
        lag.setInterval(1ms);
        QObject::connect(&lag, &QTimer::timeout, [&] {
            maxGapNs = std::max(maxGapNs, tick.nsecsElapsed());
            tick.restart();
        });
        // A real event loop, as the application runs: QTest::qWaitFor sleeps 10 ms between
        // passes, which would be measured as a stall of ours.
        QEventLoop loop;
        bool done = false;
        const auto c = QObject::connect(&monitor, &HealthMonitor::roundFinished, [&] {
            done = true;
            loop.quit();
        });
        QTimer::singleShot(30s, &loop, &QEventLoop::quit);
        QElapsedTimer round;
        tick.start();
        lag.start();
        round.start();
        monitor.checkNow();
        if (!done)
            loop.exec();
        Round r;
        r.ms = round.nsecsElapsed() / 1e6;
        lag.stop();
        QObject::disconnect(c);
        r.maxStallMs = done ? std::max(0.0, maxGapNs / 1e6 - 1.0) : -1;
        return r;
    };
    const Round first = measureRound();
    const Round steady = measureRound();
    const bool finished = first.maxStallMs >= 0 && steady.maxStallMs >= 0;
    print("round_hung_ms", steady.ms);
    print("timeout_ms", double(profile.probeTimeout.count()));
    print("max_stall_ms", steady.maxStallMs);
    print("first_round_max_stall_ms", first.maxStallMs);

    print("idle_cpu_pct", panel.idleCpuPct);
    print("reference_idle_cpu_pct", reference.idleCpuPct);
    print("idle_seconds", idleSeconds);
    if (panel.startupMs <= 0 || reference.startupMs <= 0 || !finished) {
        std::fprintf(stderr, "bench_health: a measurement failed (see above)\n");
        return 1;
    }
    return 0;
}
