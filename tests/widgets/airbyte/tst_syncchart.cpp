// The job details' small chart painted into an image at twice the pixel density, on a light
// and a dark palette: the running sync's area, the last syncs' bars (a failed one in the
// error colour) and the empty state all paint with the palette's colours, and the tooltip
// names the bar under the pointer.
#include "airbyte/syncchart.h"

#include "forms/formstyle.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QToolTip>

using namespace Dsp;

namespace {

const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1'714'557'600, Qt::UTC); // 2024-05-01 10:00

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The chart painted as a 2x screen would show it.
QImage paint(SyncChart &chart)
{
    QImage image(chart.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(chart.palette().color(QPalette::Window));
    chart.render(&image);
    return image;
}

int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 6)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

int pixelsOtherThan(const QImage &image, const QColor &background)
{
    return image.width() * image.height() - pixelsNear(image, background, 0);
}

SyncHistoryData someSyncs()
{
    QList<Job> jobs;
    for (int i = 0; i < 12; ++i) {
        Job j;
        j.id = 100 + i;
        j.type = JobType::Sync;
        j.status = i == 7 ? JobStatus::Failed : JobStatus::Succeeded;
        j.createdAt = T0.addSecs(i * 3600);
        j.startedAt = j.createdAt;
        j.updatedAt = j.createdAt.addSecs(60 + 10 * i);
        j.totals.recordsCommitted = i == 7 ? 0 : 1000 + 100 * i;
        j.totals.recordsEmitted = 1000 + 100 * i;
        j.hasTotals = true;
        jobs.append(j);
    }
    return syncHistoryData(jobs);
}

RunningChartData aRunningSync()
{
    QList<ProgressPoint> history;
    for (int i = 1; i <= 8; ++i)
        history.append({T0.addSecs(10 * i), 500 * i, 400 * (i - 1)});
    return runningChartData(history, T0);
}

} // namespace

class TestSyncChart : public QObject
{
    Q_OBJECT

private slots:
    void paintsEachModeOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void paintsEachModeOnLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        SyncChart chart;
        if (dark)
            chart.setPalette(darkPalette());
        chart.resize(480, chart.sizeHint().height());
        QVERIFY(chart.height() >= 120);
        const QPalette &pal = chart.palette();
        const QColor window = pal.color(QPalette::Window);

        // Empty: words, no bars.
        QCOMPARE(chart.mode(), SyncChart::Mode::Empty);
        QCOMPARE(chart.message(), SyncChart::tr("No syncs yet"));
        QImage image = paint(chart);
        QVERIFY(pixelsOtherThan(image, window) > 50); // the words and the baseline
        QCOMPARE(pixelsNear(image, pal.color(QPalette::Highlight)), 0);

        // The last syncs: bars in the highlight colour, the failed one in the error colour.
        chart.setHistory(someSyncs());
        QCOMPARE(chart.mode(), SyncChart::Mode::History);
        QCOMPARE(chart.history().bars.size(), 12);
        QVERIFY(chart.message().isEmpty());
        image = paint(chart);
        QVERIFY(pixelsNear(image, pal.color(QPalette::Highlight)) > 500);
        QVERIFY(pixelsNear(image, errorColor(pal)) > 20);

        // A running sync: its area.
        chart.setRunning(aRunningSync());
        QCOMPARE(chart.mode(), SyncChart::Mode::Running);
        QCOMPARE(chart.running().points.size(), 8);
        image = paint(chart);
        QVERIFY(pixelsNear(image, pal.color(QPalette::Highlight)) > 50);
        QCOMPARE(pixelsNear(image, errorColor(pal)), 0);

        // No readings yet, and an empty history, are empty states with their own words.
        chart.setRunning(RunningChartData());
        QCOMPARE(chart.mode(), SyncChart::Mode::Empty);
        QCOMPARE(chart.message(), SyncChart::tr("No progress reading yet"));
        chart.setHistory(SyncHistoryData());
        QCOMPARE(chart.message(), SyncChart::tr("No syncs yet"));
        chart.clear(QStringLiteral("Loading"));
        QCOMPARE(chart.message(), QStringLiteral("Loading"));
        QVERIFY(pixelsOtherThan(paint(chart), window) > 20);

        // Tiny sizes paint too, without dividing by zero.
        chart.setHistory(someSyncs());
        chart.resize(20, 10);
        paint(chart);
        chart.setRunning(aRunningSync());
        paint(chart);
    }

    void theTooltipNamesTheBarUnderThePointer()
    {
        SyncChart chart;
        chart.resize(600, chart.sizeHint().height());
        const SyncHistoryData data = someSyncs();
        chart.setHistory(data);
        chart.setHighlightedJob(data.bars.last().jobId);
        QCOMPARE(chart.highlightedJob(), data.bars.last().jobId);
        // The newest bar is at the right edge of the plot, the oldest 11 columns before it;
        // the columns left of those are empty (30 columns in all).
        int last = -1;
        int first = -1;
        for (int x = chart.width() - 1; x >= 0 && first < 0; --x) {
            const int bar = chart.barAt(QPoint(x, chart.height() / 2));
            if (bar == 11 && last < 0)
                last = x;
            if (bar == 0)
                first = x;
        }
        QVERIFY(last > 0);
        QVERIFY(first > 0 && first < last);
        QCOMPARE(chart.barAt(QPoint(2, chart.height() / 2)), -1);
        QCOMPARE(chart.toolTipAt(QPoint(last, chart.height() / 2)), syncBarText(data.bars.last()));
        QVERIFY(chart.toolTipAt(QPoint(last, chart.height() / 2)).contains(QStringLiteral("111")));
        QCOMPARE(chart.toolTipAt(QPoint(first, chart.height() / 2)),
                 syncBarText(data.bars.first()));
        QCOMPARE(chart.toolTipAt(QPoint(2, chart.height() / 2)), chart.toolTip());
        QVERIFY(!chart.toolTip().isEmpty());

        // As a tooltip event: Qt shows the bar's text.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QPoint at(last, chart.height() / 2);
        QHelpEvent help(QEvent::ToolTip, at, chart.mapToGlobal(at));
        QApplication::sendEvent(&chart, &help);
        QTRY_COMPARE(QToolTip::text(), syncBarText(data.bars.last()));
    }
};

QTEST_MAIN(TestSyncChart)
#include "tst_syncchart.moc"
