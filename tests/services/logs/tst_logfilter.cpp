// LogFilter as the viewer relies on it: by level a record keeps its stack trace, by source,
// lines matching and lines not matching, several conditions at once, pinned separators kept,
// partial results while it runs, and in follow mode only the new lines filtered.
#include "logs/logdocument.h"
#include "logs/logfilter.h"

#include "testfiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp::Logs;

using Dsp::Testing::writeFile;

namespace {

const QByteArray Sample = "2024-09-09 10:00:00 platform > Starting replication\n"          // 0
                          "2024-09-09 10:00:01 source > INFO main Reading stream users\n"  // 1
                          "2024-09-09 10:00:02 source > ERROR main Failed to read\n"       // 2
                          "java.lang.RuntimeException: connection reset\n"                 // 3
                          "\tat io.airbyte.Source.read(Source.java:42)\n"                  // 4
                          "2024-09-09 10:00:03 destination > WARN main Slow insert\n"      // 5
                          "2024-09-09 10:00:04 destination > INFO main Wrote 10 records\n" // 6
                          "2024-09-09 10:00:05 platform > ERROR Sync failed\n";            // 7

std::vector<quint64> rows(const LogFilter &filter)
{
    std::vector<quint64> out;
    const FilteredLines lines = filter.lines();
    for (quint64 r = 0; r < lines.rowCount(); ++r)
        out.push_back(lines.lineAt(r).value);
    return out;
}

std::function<bool(QByteArrayView)> contains(const char *text)
{
    return [needle = QByteArray(text)](QByteArrayView line) { return line.contains(needle); };
}

} // namespace

class TestLogFilter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void errorsKeepTheirStackTrace();
    void bySource();
    void showOnlyAndHide();
    void pinnedLinesStay();
    void noFilterIsInactive();
    void partialResultsOnABigLog();
    void followFiltersOnlyNewLines();

private:
    bool openDocument(const QByteArray &bytes);
    bool runFilter(LogFilter &filter, const LogFilterSpec &spec);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LogDocument> m_doc;
};

void TestLogFilter::init()
{
    m_path = m_dir.filePath("job.log");
    m_doc = std::make_unique<LogDocument>();
}

bool TestLogFilter::openDocument(const QByteArray &bytes)
{
    if (!writeFile(m_path, bytes))
        return false;
    m_doc->open(m_path);
    return QTest::qWaitFor([&] { return m_doc->status() == LogDocument::Status::Ready; }, 60000);
}

bool TestLogFilter::runFilter(LogFilter &filter, const LogFilterSpec &spec)
{
    QSignalSpy finished(&filter, &LogFilter::finished);
    filter.setSpec(spec);
    return finished.size() > 0 || finished.wait(90000);
}

void TestLogFilter::errorsKeepTheirStackTrace()
{
    QVERIFY(openDocument(Sample));
    LogFilter filter(m_doc.get());
    LogFilterSpec spec;
    spec.levels = bit(LogLevel::Error);
    QVERIFY(runFilter(filter, spec));
    QVERIFY(filter.isActive());
    QCOMPARE(rows(filter), (std::vector<quint64>{2, 3, 4, 7}));

    spec.levels = bit(LogLevel::Error) | bit(LogLevel::Warn);
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{2, 3, 4, 5, 7}));
}

void TestLogFilter::bySource()
{
    QVERIFY(openDocument(Sample));
    LogFilter filter(m_doc.get());
    LogFilterSpec spec;
    spec.sources = bit(LogSourceKind::Destination);
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{5, 6}));
    spec.sources = bit(LogSourceKind::Source);
    spec.levels = bit(LogLevel::Error);
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{2, 3, 4}));
}

void TestLogFilter::showOnlyAndHide()
{
    QVERIFY(openDocument(Sample));
    LogFilter filter(m_doc.get());
    LogFilterSpec spec;
    spec.include = contains("main");
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{1, 2, 5, 6}));
    spec.exclude = contains("INFO");
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{2, 5}));
    spec.include = {};
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{0, 2, 3, 4, 5, 7}));
}

void TestLogFilter::pinnedLinesStay()
{
    QVERIFY(openDocument(Sample));
    LogFilter filter(m_doc.get());
    filter.setPinnedLines({0, 6});
    LogFilterSpec spec;
    spec.levels = bit(LogLevel::Warn);
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{0, 5, 6}));
}

void TestLogFilter::noFilterIsInactive()
{
    QVERIFY(openDocument(Sample));
    LogFilter filter(m_doc.get());
    QVERIFY(!filter.isActive());
    LogFilterSpec spec;
    spec.levels = bit(LogLevel::Error);
    QVERIFY(runFilter(filter, spec));
    QSignalSpy changed(&filter, &LogFilter::linesChanged);
    QVERIFY(runFilter(filter, LogFilterSpec{}));
    QVERIFY(!filter.isActive());
    QCOMPARE(filter.lines().rowCount(), 0u);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toBool(), true);
}

void TestLogFilter::partialResultsOnABigLog()
{
    QByteArray big;
    big.reserve(16 << 20);
    quint64 expected = 0;
    for (int i = 0; big.size() < (16 << 20); ++i) {
        big += Sample;
        expected += 4;
    }
    QVERIFY(openDocument(big));
    LogFilter filter(m_doc.get());
    QSignalSpy progress(&filter, &LogFilter::progressChanged);
    QSignalSpy changed(&filter, &LogFilter::linesChanged);
    LogFilterSpec spec;
    spec.levels = bit(LogLevel::Error);
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(filter.lines().rowCount(), expected);
    QCOMPARE(filter.progress(), 100);
    QCOMPARE(progress.last().at(0).toInt(), 100);
    // The first signal of a new filter says the rows are a new set, the later ones add rows.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toBool(), true);
}

void TestLogFilter::followFiltersOnlyNewLines()
{
    QVERIFY(openDocument(Sample + "2024-09-09 10:00:06 source > ERROR open li"));
    LogFilter filter(m_doc.get());
    LogFilterSpec spec;
    spec.levels = bit(LogLevel::Error);
    QVERIFY(runFilter(filter, spec));
    QCOMPARE(rows(filter), (std::vector<quint64>{2, 3, 4, 7, 8}));

    QSignalSpy changed(&filter, &LogFilter::linesChanged);
    QVERIFY(writeFile(m_path,
                      "ne\n\tat frame\n2024-09-09 10:00:07 source > INFO fine\n"
                      "2024-09-09 10:00:08 platform > ERROR again\n",
                      QIODevice::Append));
    m_doc->refresh();
    QTRY_COMPARE(rows(filter), (std::vector<quint64>{2, 3, 4, 7, 8, 9, 11}));
    for (const QList<QVariant> &signal : changed)
        QCOMPARE(signal.at(0).toBool(), false); // appended, never a new set
}

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
