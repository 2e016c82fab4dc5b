// bench_jobs: the Jobs page over 10,000 finished jobs of four connections, paged from the
// Airbyte fake as the user scrolls, while one sync runs and then when none does. The fake is a
// process of its own (tests/dsp-fakes --airbyte-jobs N): its work (it sorts the whole history
// for every page) is neither in this process's CPU nor on its GUI thread, and this process
// hosts only the panel side: the page, its watcher and client, their network thread. The page
// is a window of the application's size; the offscreen platform paints it into its backing
// store, and each step below waits for that paint. Printed as `name: value`:
//
//   jobs_first_screen_ms (goal < 100)    page shown (first time) to its first rows painted
//   jobs_refresh_screen_ms               Refresh to the first page painted again
//   jobs_*_screen_cpu_ms                 the GUI thread's CPU time in each: ours, the rest is
//                                        the server's answer and the machine's other load
//   jobs_first_page_request_ms           that list request alone, median of 3: the reference,
//                                        the server's round trip, which the page cannot beat
//   jobs_scroll_max_stall_ms (goal < 16) the longest GUI-thread stall (a 1 ms timer's
//                                        lateness) while stepping from the first row to the
//                                        last by the scroll bar's page step (Page Down, a click
//                                        in its groove), each step painted before the next,
//                                        pages fetched on the way by the view's own fetchMore
//   jobs_scroll_max_busy_ms              the most GUI-thread CPU time between two ticks: ours,
//                                        where the rest of a stall is the machine's other load
//   jobs_scroll_ms, _steps, _paints, jobs_rows_per_step, jobs_pages_fetched, jobs_page_wait_ms
//                                        (the mean wait for a page: mostly the fake's time)
//   reference_scroll_*                   the same steps over the same rows in a view set up
//                                        alike over a QStandardItemModel holding them all
//   jobs_cpu_running_percent (goal < 1)  this process's CPU (getrusage, all threads), % of one
//                                        core over --seconds while the sync runs, its row
//                                        selected and its details live: the watcher's progress
//                                        poll at its real 10 s interval (after its first
//                                        reading), durations ticking each second, one list poll
//                                        at the start (the real one comes every 60 s, so this
//                                        is an upper bound)
//   jobs_cpu_idle_percent                the same once the sync is cancelled: the list poll
//                                        alone, once in the window (an upper bound too)
//   reference_cpu_percent                bench_reference_window (a bare Qt window), meanwhile
//   fake_cpu_running_percent             the fake's process during the first, for scale
//
// Usage: bench_jobs [--jobs N] [--seconds S] (defaults 10000 and 20: about a minute in all).
#include "airbyte/jobsmodel.h"
#include "airbyte/jobspage.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/jobwatcher.h"
#include "core/httpclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.2f\n", name, value);
    std::fflush(stdout);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : fallback;
}

// CPU seconds of this process, every thread (the network thread too).
double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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

// The process's first output line starting with `prefix`, read as the pipe wakes the loop.
QByteArray waitForLine(QProcess &p, const QByteArray &prefix, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QByteArray found;
    auto check = [&] {
        while (found.isEmpty() && p.canReadLine()) {
            if (const QByteArray line = p.readLine().trimmed(); line.startsWith(prefix))
                found = line;
        }
        if (!found.isEmpty())
            loop.quit();
    };
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop, check);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    check();
    if (found.isEmpty())
        loop.exec();
    return found;
}

// Runs the event loop until `done` holds, checked whenever `signal` fires, or the timeout.
template<typename Sender, typename Signal>
bool waitUntil(Sender *sender, Signal signal, const std::function<bool()> &done,
               std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

void runFor(std::chrono::milliseconds time)
{
    QEventLoop loop;
    QTimer::singleShot(time, &loop, &QEventLoop::quit);
    loop.exec();
}

// Counts a widget's paints and calls `after` once each has been done.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++count;
            if (after)
                QMetaObject::invokeMethod(this, after, Qt::QueuedConnection);
        }
        return false;
    }
    int count = 0;
    std::function<void()> after;
};

// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// The GUI thread's longest lateness, watched by a 1 ms timer; and the most CPU time the
// thread itself spent between two of its ticks, which is ours, where the rest of a stall
// is the machine's other work (two cores, shared).
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1ms);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 cpu = threadCpuNs();
            m_maxGapNs = std::max(m_maxGapNs, m_tick.nsecsElapsed());
            m_maxBusyNs = std::max(m_maxBusyNs, cpu - m_cpu);
            m_cpu = cpu;
            m_tick.restart();
        });
        m_tick.start();
        m_cpu = threadCpuNs();
        m_timer.start();
    }
    double maxStallMs() const { return std::max(0.0, double(m_maxGapNs) / 1e6 - 1.0); }
    double maxBusyMs() const { return double(m_maxBusyNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    qint64 m_cpu = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxBusyNs = 0;
};

struct Scroll
{
    double ms = -1;
    double maxStallMs = -1;
    double maxBusyMs = -1;
    int steps = 0;
    int paints = 0;
};

// Steps `view` a page at a time to its last row, each step once the one before is painted;
// at the end of the rows so far, while `hasMore`, waits for the scroll bar to grow (the view
// itself asks for the next page).
Scroll scrollThrough(QTableView &view, const std::function<bool()> &hasMore)
{
    QScrollBar *bar = view.verticalScrollBar();
    view.scrollToTop();
    runFor(200ms);
    QEventLoop loop;
    PaintWatch paints(view.viewport());
    Scroll s;
    bool painting = false;
    bool waiting = false;
    QElapsedTimer progress; // nothing moved for 10 s: the view stopped fetching
    const auto step = [&] {
        progress.restart();
        if (bar->value() < bar->maximum()) {
            painting = true;
            ++s.steps;
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        } else if (hasMore()) {
            waiting = true;
        } else {
            loop.quit();
        }
    };
    paints.after = [&] {
        if (std::exchange(painting, false))
            step();
    };
    // Queued: the view finishes laying out the new rows first.
    QObject::connect(
        bar, &QScrollBar::rangeChanged, &loop,
        [&] {
            if (std::exchange(waiting, false))
                step();
        },
        Qt::QueuedConnection);
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (progress.elapsed() > 10000)
            loop.exit(1);
    });
    watchdog.start(1s);
    StallWatch stalls;
    QElapsedTimer clock;
    clock.start();
    step();
    if (loop.exec() != 0)
        return {};
    s.ms = double(clock.nsecsElapsed()) / 1e6;
    s.maxStallMs = stalls.maxStallMs();
    s.maxBusyMs = stalls.maxBusyMs();
    s.paints = paints.count;
    return s;
}

// A view over `source`'s cells copied into a QStandardItemModel, set up as the page's.
std::unique_ptr<QTableView> referenceView(const QTableView &like, QStandardItemModel &model)
{
    const QAbstractItemModel &source = *like.model();
    model.setRowCount(source.rowCount());
    model.setColumnCount(source.columnCount());
    for (int c = 0; c < source.columnCount(); ++c)
        model.setHorizontalHeaderItem(
            c, new QStandardItem(source.headerData(c, Qt::Horizontal).toString()));
    for (int r = 0; r < source.rowCount(); ++r) {
        for (int c = 0; c < source.columnCount(); ++c) {
            const QModelIndex i = source.index(r, c);
            auto item = new QStandardItem(i.data().toString());
            item->setData(i.data(Qt::DecorationRole), Qt::DecorationRole);
            item->setData(i.data(Qt::TextAlignmentRole), Qt::TextAlignmentRole);
            model.setItem(r, c, item);
        }
    }
    auto view = std::make_unique<QTableView>();
    view->setModel(&model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(like.verticalHeader()->defaultSectionSize());
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    for (int c = 0; c < source.columnCount(); ++c)
        view->setColumnWidth(c, like.columnWidth(c));
    view->horizontalHeader()->setSectionResizeMode(JobsModel::Connection, QHeaderView::Stretch);
    view->resize(like.size());
    return view;
}

struct Cpu
{
    double ownPercent = -1;
    double referencePercent = -1;
    double fakePercent = -1;
    int progressPolls = 0;
    int listPolls = 0;
};

Cpu measureCpu(int seconds, JobWatcher &watcher, qint64 referencePid, qint64 fakePid)
{
    const double own = ownCpuSeconds();
    const double reference = cpuSeconds(referencePid);
    const double fake = cpuSeconds(fakePid);
    const int progressPolls = watcher.progressRequestCount();
    const int listPolls = watcher.listRequestCount();
    QElapsedTimer wall;
    wall.start();
    watcher.checkNow();
    runFor(std::chrono::seconds(seconds));
    const double s = double(wall.nsecsElapsed()) / 1e9;
    return {(ownCpuSeconds() - own) / s * 100.0, (cpuSeconds(referencePid) - reference) / s * 100.0,
            (cpuSeconds(fakePid) - fake) / s * 100.0,
            watcher.progressRequestCount() - progressPolls, watcher.listRequestCount() - listPolls};
}

struct Screen
{
    double ms = -1;
    double cpuMs = -1; // the GUI thread's share: the rest is the server and the machine
};

// From `start` (show() or Refresh) to the end of the first paint after the list came.
Screen firstScreen(JobsPage &page, const std::function<void()> &start)
{
    QEventLoop loop;
    QElapsedTimer clock;
    bool loaded = false;
    Screen s;
    PaintWatch paints(page.view()->viewport());
    qint64 cpu = 0;
    paints.after = [&] {
        if (loaded && s.ms < 0) {
            s.ms = double(clock.nsecsElapsed()) / 1e6;
            s.cpuMs = double(threadCpuNs() - cpu) / 1e6;
            loop.quit();
        }
    };
    QObject::connect(&page, &JobsPage::loaded, &loop, [&] { loaded = true; });
    QTimer::singleShot(30s, &loop, &QEventLoop::quit);
    cpu = threadCpuNs();
    clock.start();
    start();
    loop.exec();
    return page.model()->rowCount() > 0 ? s : Screen();
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_jobs: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int jobCount = option(app.arguments(), QStringLiteral("--jobs"), 10000);
    const int seconds = option(app.arguments(), QStringLiteral("--seconds"), 20);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DSP_DREMIO_PASSWORD"), QStringLiteral("bench-only"));
    QProcess fake;
    fake.setProcessEnvironment(env);
    fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Niced: it stands for a server, and its sort of the whole history for each page would
    // otherwise take the GUI thread's core from it on a two-core machine.
    fake.setChildProcessModifier([] { (void)::nice(10); });
    fake.start(QStringLiteral(DSP_FAKES_BINARY),
               {QStringLiteral("--airbyte-jobs"), QString::number(jobCount)});
    const QByteArray ready = waitForLine(fake, "READY ", 60s);
    const int port =
        QJsonDocument::fromJson(ready.mid(6)).object().value(QLatin1String("airbyte")).toInt();
    if (port <= 0)
        return fail("the fake did not start");
    QProcess reference;
    reference.start(QStringLiteral(DSP_REFERENCE_BINARY), {});
    if (waitForLine(reference, "first_paint", 30s).isEmpty())
        return fail("the reference window did not paint");

    // The panel side, as the application builds it: the watcher runs before the page shows.
    QNetworkAccessManager network;
    HttpClient http(&network);
    AirbyteClient::Config config;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    AirbyteClient client(&http, config);
    client.setServerVersion(QStringLiteral("1.8.0"));
    JobWatcher watcher(&client);
    watcher.start();
    if (!waitUntil(
            &watcher, &JobWatcher::runningChanged, [&] { return !watcher.runningJobs().isEmpty(); },
            30s))
        return fail("the watcher did not see the running sync");
    const qint64 runningId = watcher.runningJobs().first().id;
    const QString runningConnection = watcher.runningJobs().first().connectionId;

    JobsPage page;
    page.setWebApp(QUrl(QStringLiteral("http://localhost:8000")));
    page.setClient(&client, &watcher);
    page.resize(1100, 760); // the main window's size: more rows than the page has there
    QTableView &view = *page.view();
    JobsModel &model = *page.model();

    const Screen shown = firstScreen(page, [&] { page.show(); });
    runFor(500ms);
    const Screen refreshed = firstScreen(page, [&] { page.refresh(); });
    QList<double> requests;
    for (int i = 0; i < 3; ++i) {
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        client.listJobs(page.query(), &page, [&](const Result<JobPage> &) { loop.quit(); });
        loop.exec();
        requests.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(requests.begin(), requests.end());
    if (shown.ms < 0 || refreshed.ms < 0)
        return fail("the first page was not painted");
    print("jobs_first_screen_ms", shown.ms);
    print("jobs_first_screen_cpu_ms", shown.cpuMs);
    print("jobs_refresh_screen_ms", refreshed.ms);
    print("jobs_refresh_screen_cpu_ms", refreshed.cpuMs);
    print("jobs_first_page_request_ms", requests.at(1));

    // Every row, a page step at a time, pages fetched on the way.
    int pagesFetched = 0;
    double pageWaitMs = 0;
    QElapsedTimer pageWait;
    QObject::connect(&model, &JobsModel::fetchRequested, [&] {
        ++pagesFetched;
        pageWait.start();
    });
    const auto pageCame = QObject::connect(&page, &JobsPage::loaded,
                                           [&] { pageWaitMs += pageWait.nsecsElapsed() / 1e6; });
    const Scroll jobs = scrollThrough(view, [&] { return model.hasMore() || model.isFetching(); });
    QObject::disconnect(pageCame);
    if (jobs.ms < 0 || model.rowCount() != jobCount + 1)
        return fail("the scroll did not reach every job");
    print("jobs_scroll_max_stall_ms", jobs.maxStallMs);
    print("jobs_scroll_max_busy_ms", jobs.maxBusyMs);
    print("jobs_scroll_ms", jobs.ms);
    print("jobs_scroll_steps", jobs.steps);
    print("jobs_scroll_paints", jobs.paints);
    print("jobs_rows_per_step", view.verticalScrollBar()->pageStep());
    print("jobs_pages_fetched", pagesFetched);
    print("jobs_page_wait_ms", pagesFetched ? pageWaitMs / pagesFetched : 0);
    {
        QStandardItemModel items;
        const std::unique_ptr<QTableView> plain = referenceView(view, items);
        plain->show();
        const Scroll r = scrollThrough(*plain, [] { return false; });
        if (r.ms < 0)
            return fail("the reference scroll did not end");
        print("reference_scroll_max_stall_ms", r.maxStallMs);
        print("reference_scroll_max_busy_ms", r.maxBusyMs);
        print("reference_scroll_ms", r.ms);
    }

    // The sync's row selected at the top, its details live, then nothing running.
    view.scrollToTop();
    page.selectJob(runningId);
    // Its first progress reading in, as for most of a sync's life (the first comes 10 s after
    // the watcher saw it).
    if (!waitUntil(
            &watcher, &JobWatcher::progressChanged,
            [&] {
                const SyncProgressTracker *p = watcher.progress(runningConnection);
                return p && p->jobId() == runningId;
            },
            30s))
        return fail("no progress of the running sync");
    runFor(1s);
    const Cpu running = measureCpu(seconds, watcher, reference.processId(), fake.processId());
    // As the page's Cancel does: the watcher looks again once Airbyte has answered.
    client.cancelJob(runningId, &page, [&](const Result<Job> &) { watcher.checkNow(); });
    if (!waitUntil(
            &watcher, &JobWatcher::runningChanged, [&] { return watcher.runningJobs().isEmpty(); },
            30s))
        return fail("the sync was not seen cancelled");
    runFor(1s);
    const Cpu idle = measureCpu(seconds, watcher, reference.processId(), fake.processId());
    print("jobs_cpu_running_percent", running.ownPercent);
    print("jobs_cpu_idle_percent", idle.ownPercent);
    print("reference_cpu_percent", (running.referencePercent + idle.referencePercent) / 2);
    print("fake_cpu_running_percent", running.fakePercent);
    print("jobs_running_progress_polls", running.progressPolls);
    print("jobs_running_list_polls", running.listPolls);
    print("jobs_idle_progress_polls", idle.progressPolls);
    print("jobs_idle_list_polls", idle.listPolls);
    print("cpu_window_s", seconds);

    reference.kill();
    reference.waitForFinished(5000);
    fake.closeWriteChannel();
    fake.waitForFinished(5000);
    return 0;
}
