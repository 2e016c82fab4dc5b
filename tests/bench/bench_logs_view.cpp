// The parts of bench_logs that measure the viewer itself (a LogDocument shown in a LogView):
//
//   first_screen_ms (goal < 100)     open() of the big log to the end of the first paint that
//                                    shows a full screen of its lines (median of 3)
//   first_screen_small_ms            the same on a 100-line log: the reference, what opening
//                                    costs whatever the size
//   tail_max_stall_ms (goal < 50)    100,000 lines a second appended for 10 s while the view
//                                    follows the end: the longest the GUI thread did not answer
//   tail_idle_max_stall_ms           the same probe with nothing appended: the reference
//   tail_lines                       lines the view showed at the end (all of them must be)
#include "bench_logs_view.h"

#include "logs/logdocument.h"
#include "logs/logview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Dsp;
using namespace Dsp::Logs;

namespace {

// Ends a measure at the end of the first paint that shows a screenful of lines.
class PaintWatch : public QObject
{
public:
    PaintWatch(LogView *view, QElapsedTimer *clock)
        : m_view(view)
        , m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }
    double doneMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || doneMs >= 0)
            return false;
        const bool full = m_view->rowCount() >= quint64(m_view->visibleRowCapacity());
        static_cast<QWidget *>(watched)->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event); // paint now, then stop the clock
        watched->installEventFilter(this);
        if (full)
            doneMs = double(m_clock->nsecsElapsed()) / 1e6;
        return true;
    }

private:
    LogView *m_view;
    QElapsedTimer *m_clock;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double openToFirstScreen(const QString &path)
{
    LogDocument document;
    LogView view;
    view.resize(1200, 800);
    view.setDocument(&document);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return -1;
    QElapsedTimer clock;
    PaintWatch watch(&view, &clock);
    clock.start();
    document.open(path);
    if (!QTest::qWaitFor([&] { return watch.doneMs >= 0; }, 30000))
        return -1;
    return watch.doneMs;
}

// The longest gap between the ticks of a 1 ms timer while `seconds` pass.
double maxStall(double seconds, const std::function<void()> &onTick = {})
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double worst = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, double(now - last) / 1e6 - 1.0);
        last = now;
        if (onTick)
            onTick();
    });
    tick.start();
    QTest::qWait(int(seconds * 1000));
    return worst;
}

} // namespace

bool measureFirstScreen(const QString &bigLog, const QString &scratchDir)
{
    const QString small = scratchDir + QStringLiteral("/small.log");
    {
        QFile f(small);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < 100; ++i)
            f.write("2024-09-09 10:00:00 platform > a short log line " + QByteArray::number(i) +
                    '\n');
    }
    std::vector<double> big;
    std::vector<double> reference;
    for (int run = 0; run < 3; ++run) {
        big.push_back(openToFirstScreen(bigLog));
        reference.push_back(openToFirstScreen(small));
        if (big.back() < 0 || reference.back() < 0)
            return false;
    }
    std::printf("first_screen_ms: %.2f\nfirst_screen_small_ms: %.2f\n", median(big),
                median(reference));
    std::fflush(stdout);
    return true;
}

bool measureTail(const QString &scratchDir, double seconds)
{
    const QString path = scratchDir + QStringLiteral("/tail.log");
    QFile::remove(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("2024-09-09 10:00:00 platform > start\n");
    }
    LogDocument document;
    LogView view;
    view.resize(1200, 800);
    view.setDocument(&document);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    document.open(path);
    if (!QTest::qWaitFor([&] { return document.status() == LogDocument::Status::Ready; }, 5000))
        return false;

    const double idle = maxStall(1.0);

    // A writer appends 1,000 lines every 10 ms (100,000 a second), as a busy sync logs; the
    // document is told ten times a second, as a followed source does.
    std::atomic_bool stop{false};
    std::atomic<quint64> written{1};
    std::thread writer([&] {
        QFile f(path);
        if (!f.open(QIODevice::Append))
            return;
        QElapsedTimer clock;
        clock.start();
        quint64 n = 0;
        while (!stop) {
            QByteArray block;
            for (int i = 0; i < 1000; ++i, ++n) {
                block += "2024-09-09 10:00:01 source > INFO main i.a.c.Reader(read):42 - Read " +
                         QByteArray::number(n) + " records of stream users\n";
            }
            f.write(block);
            f.flush();
            written += 1000;
            const qint64 due = qint64(n / 1000) * 10;
            const qint64 wait = due - clock.elapsed();
            if (wait > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(wait));
        }
    });
    QElapsedTimer sinceRefresh;
    sinceRefresh.start();
    const double busy = maxStall(seconds, [&] {
        if (sinceRefresh.elapsed() >= 100) {
            document.refresh();
            sinceRefresh.restart();
        }
    });
    stop = true;
    writer.join();
    document.refresh();
    (void)QTest::qWaitFor([&] { return view.rowCount() == written.load(); }, 10000);
    QTest::qWait(50);
    std::printf("tail_max_stall_ms: %.2f\ntail_idle_max_stall_ms: %.2f\ntail_lines: %llu\n"
                "tail_at_end: %d\n",
                busy, idle, static_cast<unsigned long long>(view.rowCount()),
                view.isAtEnd() ? 1 : 0);
    std::fflush(stdout);
    return view.rowCount() == written.load() && view.isAtEnd();
}
