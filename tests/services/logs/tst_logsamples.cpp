#include "logs/lineindex.h"
#include "logs/logline.h"

#include "sharedref.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Dsp::Logs;
using namespace Dsp::Testing;

namespace {

const QString SamplesRelative = QStringLiteral("ref/airbyte/logs");

// Every sample file: the shared ones, or those of the folder named by DSP_LOG_SAMPLES.
QString samplesDir()
{
    const QString own = qEnvironmentVariable("DSP_LOG_SAMPLES");
    return own.isEmpty() ? sharedPath(SamplesRelative) : own;
}

// The lines of a file as the engine reads them: offsets from the index, bytes from the file.
QList<QByteArray> engineLines(const QString &path, LineIndex &index)
{
    QList<QByteArray> lines;
    if (index.build(path) != LineIndex::Outcome::Complete)
        return lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (quint64 i = 0; i < index.lineCount().value; ++i) {
        const FileOffset start = index.lineStart(LineNumber(i));
        file.seek(qint64(start.value));
        lines.append(file.read(qint64(index.lineEnd(LineNumber(i)).value - start.value)));
    }
    return lines;
}

// What is left of an SGR sequence in visible text: ESC, or a bracketed code such as "[32m" or
// "[m" (not "[main]": a bare "[m" before a lowercase letter is ordinary text).
const QRegularExpression AnsiLeftover(QStringLiteral("\\x1b|\\[(\\d{1,3}(;\\d{1,3})*)?m(?![a-z])"));

} // namespace

// The Airbyte job-log samples through the engine: line counts, and what chosen lines say.
class TestLogSamples : public QObject
{
    Q_OBJECT

private slots:
    void everySampleOpens_data()
    {
        QTest::addColumn<QString>("path");
        if (qEnvironmentVariableIsEmpty("DSP_LOG_SAMPLES"))
            DSP_REQUIRE_SHARED(sharedPath(SamplesRelative));
        const QDir dir(samplesDir());
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (name != QLatin1String("MANIFEST.md"))
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
        QVERIFY2(!names.isEmpty(), qPrintable(samplesDir()));
    }
    void everySampleOpens()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // wc -l, plus one for a last line without a newline.
        const quint64 expected =
            quint64(bytes.count('\n')) + (!bytes.isEmpty() && !bytes.endsWith('\n') ? 1 : 0);
        LineIndex index;
        const QList<QByteArray> lines = engineLines(path, index);
        QCOMPARE(index.lineCount().value, expected);
        QCOMPARE(quint64(lines.size()), expected);
        for (const QByteArray &line : lines) {
            const QByteArray visible = visibleText(line);
            QVERIFY2(!QString::fromUtf8(visible).contains(AnsiLeftover), visible.constData());
            const LogLine parsed = classifyVisible(visible);
            QVERIFY(parsed.levelPos + parsed.levelLength <= visible.size());
            QVERIFY(parsed.sourcePos + parsed.sourceLength <= visible.size());
            if (parsed.timestampPos >= 0)
                QVERIFY(parsed.timestamp(visible).isValid());
        }
    }

    void chosenLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line"); // 1-based, as an editor shows it
        QTest::addColumn<LogLevel>("level");
        QTest::addColumn<LogSourceKind>("source");
        QTest::addColumn<bool>("continuation");
        DSP_REQUIRE_SHARED(sharedPath(SamplesRelative));
        const auto row = [](const char *file, int line, LogLevel level, LogSourceKind source,
                            bool continuation) {
            QTest::addRow("%s:%d", file, line)
                << QString::fromLatin1(file) << line << level << source << continuation;
        };
        using L = LogLevel;
        using S = LogSourceKind;
        row("050-discover-ansi-docker.log", 1, L::None, S::Platform, false);
        row("050-discover-ansi-docker.log", 14, L::Warn, S::Platform, false);
        row("050-discover-ansi-docker.log", 18, L::Info, S::Platform, false); // nested connector
        row("050-discover-ansi-docker.log", 23, L::Warn, S::Platform, false);
        row("057-sync-replication-normalization-failure.log", 1, L::None, S::Platform, false);
        row("057-sync-replication-normalization-failure.log", 2, L::None, S::Platform, false);
        row("057-sync-replication-normalization-failure.log", 21, L::None, S::Normalization, false);
        row("057-sync-replication-normalization-failure.log", 23, L::None, S::None, true);
        row("057-sync-replication-normalization-failure.log", 26, L::None, S::None, true);
        row("063-discover-ansi-docker.log", 3, L::None, S::Platform, false);
        row("063-discover-ansi-docker.log", 15, L::Info, S::Platform, false);
        row("063-discover-ansi-docker.log", 20, L::Warn, S::Platform, false);
        row("063-docker-replication-start-stacktrace.log", 10, L::None, S::Platform, false);
        row("063-docker-replication-start-stacktrace.log", 11, L::None, S::None, true);
        row("063-docker-replication-start-stacktrace.log", 19, L::None, S::None, true);
        row("06x-multi-prefix-source-destination-sql.log", 1, L::None, S::Platform, false);
        row("06x-multi-prefix-source-destination-sql.log", 2, L::Info, S::Source, false);
        row("06x-multi-prefix-source-destination-sql.log", 8, L::Info, S::Destination, false);
        row("06x-multi-prefix-source-destination-sql.log", 9, L::None, S::None, true);
        row("06x-multi-prefix-source-destination-sql.log", 42, L::None, S::None, true);
        row("1x-replication-orchestrator-sync-summary.log", 7, L::None, S::ReplicationOrchestrator,
            false);
        row("1x-replication-orchestrator-sync-summary.log", 8, L::None, S::None, true);
        row("1x-replication-orchestrator-sync-summary.log", 67, L::None, S::None, true);
        row("1x-replication-orchestrator-sync-summary.log", 69, L::None, S::ReplicationOrchestrator,
            false);
        row("1x-structured-json-bootloader-error.log", 1, L::None, S::None, false);
        row("1x-structured-json-bootloader-error.log", 4, L::None, S::None, true);
        row("1x-ui-lowercase-level-replication-start.log", 1, L::Info, S::None, false);
        row("1x-ui-lowercase-level-replication-start.log", 6, L::Info, S::None, false);
    }
    void chosenLines()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(LogLevel, level);
        QFETCH(LogSourceKind, source);
        QFETCH(bool, continuation);
        LineIndex index;
        const QList<QByteArray> lines =
            engineLines(sharedPath(SamplesRelative) + '/' + file, index);
        QVERIFY(line <= lines.size());
        const LogLine parsed = classifyLine(lines[line - 1]);
        QCOMPARE(parsed.level, level);
        QCOMPARE(parsed.source, source);
        QCOMPARE(parsed.continuation, continuation);
    }

    // A record is its opening line and the continuations after it: the stack trace of 063 and
    // the JSON of the sync summary hang from the line before them.
    void recordsOpenOnTheirFirstLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("opener");
        DSP_REQUIRE_SHARED(sharedPath(SamplesRelative));
        QTest::newRow("063 stack trace")
            << QStringLiteral("063-docker-replication-start-stacktrace.log") << 11 << 19 << 10;
        QTest::newRow("1x sync summary")
            << QStringLiteral("1x-replication-orchestrator-sync-summary.log") << 8 << 67 << 7;
        QTest::newRow("057 dbt error")
            << QStringLiteral("057-sync-replication-normalization-failure.log") << 23 << 27 << 22;
        QTest::newRow("structured JSON")
            << QStringLiteral("1x-structured-json-bootloader-error.log") << 2 << 37 << 1;
    }
    void recordsOpenOnTheirFirstLine()
    {
        QFETCH(QString, file);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, opener);
        LineIndex index;
        const QList<QByteArray> lines =
            engineLines(sharedPath(SamplesRelative) + '/' + file, index);
        QVERIFY(last <= lines.size());
        QVERIFY(!classifyLine(lines[opener - 1]).continuation);
        for (int i = first; i <= last; ++i)
            QVERIFY2(classifyLine(lines[i - 1]).continuation, qPrintable(QString::number(i)));
    }

    // Shapes the shared samples lack: pasted ANSI fragments, U+FFFD for ESC, docker-compose and
    // older prefixes, the launcher's tabbed stdout, the web UI's doubled level.
    void otherShapes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("visible");
        QTest::addColumn<LogLevel>("level");
        QTest::addColumn<LogSourceKind>("source");
        QTest::newRow("bare fragments")
            << QByteArray("[36mDEBUG [m i.a.w.Foo(bar):1 - x")
            << QByteArray("DEBUG  i.a.w.Foo(bar):1 - x") << LogLevel::Debug << LogSourceKind::None;
        QTest::newRow("bare after timestamp")
            << QByteArray("2022-01-01 00:00:00 [32mINFO[m i.a.Foo - x")
            << QByteArray("2022-01-01 00:00:00 INFO i.a.Foo - x") << LogLevel::Info
            << LogSourceKind::None;
        QTest::newRow("U+FFFD for ESC")
            << QByteArray("2022-01-01 00:00:00 \xef\xbf\xbd[33mWARN\xef\xbf\xbd[m x")
            << QByteArray("2022-01-01 00:00:00 WARN x") << LogLevel::Warn << LogSourceKind::None;
        QTest::newRow("brackets kept")
            << QByteArray("2022-01-01 00:00:00 platform > [main] [master] [ERROR in 0.06s] [1, 2]")
            << QByteArray("2022-01-01 00:00:00 platform > [main] [master] [ERROR in 0.06s] [1, 2]")
            << LogLevel::None << LogSourceKind::Platform;
        QTest::newRow("docker-compose")
            << QByteArray("airbyte-worker      | 2022-05-10 10:00:00 ERROR i.a.w.Foo - x")
            << QByteArray("airbyte-worker      | 2022-05-10 10:00:00 ERROR i.a.w.Foo - x")
            << LogLevel::Error << LogSourceKind::Other;
        QTest::newRow("older source -")
            << QByteArray("2021-10-05 09:24:36 source - 2021-10-05 09:24:36 TRACE x")
            << QByteArray("2021-10-05 09:24:36 source - 2021-10-05 09:24:36 TRACE x")
            << LogLevel::Trace << LogSourceKind::Source;
        QTest::newRow("launcher stdout")
            << QByteArray("1743567300000\t2025-04-02 04:15:00,123 [main]\tWARN\ti.a.Foo - x")
            << QByteArray("1743567300000\t2025-04-02 04:15:00,123 [main]\tWARN\ti.a.Foo - x")
            << LogLevel::Warn << LogSourceKind::None;
        QTest::newRow("doubled level")
            << QByteArray("2025-12-01 10:00:00 info ERROR DefaultDispatcher-worker-11 x")
            << QByteArray("2025-12-01 10:00:00 info ERROR DefaultDispatcher-worker-11 x")
            << LogLevel::Error << LogSourceKind::None;
        QTest::newRow("UI source column")
            << QByteArray("2026-08-30 12:00:00 destination warn retrying")
            << QByteArray("2026-08-30 12:00:00 destination warn retrying") << LogLevel::Warn
            << LogSourceKind::Destination;
    }
    void otherShapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, visible);
        QFETCH(LogLevel, level);
        QFETCH(LogSourceKind, source);
        QCOMPARE(visibleText(raw), visible);
        const LogLine parsed = classifyLine(raw);
        QCOMPARE(parsed.level, level);
        QCOMPARE(parsed.source, source);
        QVERIFY(!parsed.continuation);
    }

    void colourAndTimestamp()
    {
        const QByteArray raw("2024-01-19 02:00:56,250 \x1b[46mplatform\x1b[0m > \x1b[1;32mok");
        const QList<AnsiSpan> spans = ansiSpans(raw);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0].start, 24);
        QCOMPARE(spans[0].length, 5);
        QCOMPARE(spans[0].style.background, 6);
        QCOMPARE(spans[1].style.background, -1);
        QCOMPARE(spans[2].style.foreground, 2);
        QVERIFY(spans[2].style.bold);
        const QByteArray visible = visibleText(raw);
        const LogLine parsed = classifyVisible(visible);
        QCOMPARE(parsed.timestamp(visible),
                 QDateTime(QDate(2024, 1, 19), QTime(2, 0, 56, 250), Qt::UTC));
        QCOMPARE(visible.mid(parsed.sourcePos, parsed.sourceLength), QByteArray("platform > "));
    }
};

QTEST_GUILESS_MAIN(TestLogSamples)
#include "tst_logsamples.moc"
