#include "logs/linematcher.h"
#include "logs/logdocument.h"
#include "logs/logsearch.h"

#include "testfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Dsp::Logs;

using Dsp::Testing::writeFile;

namespace {

constexpr int WaitMs = 60000;

// Lines in the shapes of a job log, with a few hard ones: CRLF ends, invalid UTF-8, NUL bytes,
// a long line, empty lines.
QByteArray generatedLog(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out;
    out.reserve(size + 300000);
    for (quint64 n = 0; out.size() < size; ++n) {
        const int kind = int(rng.bounded(100));
        const QByteArray number = QByteArray::number(rng.bounded(100000));
        if (kind < 40)
            out += "2024-09-09 10:11:12 source > INFO main Records read: " + number + '\n';
        else if (kind < 60)
            out += "\x1b[46mplatform\x1b[0m > \x1b[32mINFO\x1b[m Using value " + number + '\n';
        else if (kind < 66)
            out += "2024-09-09 destination > ERROR main Something failed: " + number + '\n';
        else if (kind < 70)
            out += "java.lang.RuntimeException: Failed to write batch " + number + "\r\n";
        else if (kind < 74)
            out += "\tat io.airbyte.Destination.notify(Destination.java:" + number + ")\n";
        else if (kind < 77)
            out += "binary \xff\xfe\0 error \xc3 " + number + '\n';
        else if (kind < 78)
            out += "long " + QByteArray(int(rng.bounded(200000)), 'x') + " ERROR\n";
        else if (kind < 80)
            out += '\n';
        else
            out += "2024-09-09 destination > WARN pool-3-thread-1 Retrying " + number + '\n';
    }
    return out;
}

// The lines as a reader sees them (split at '\n', a '\r' before it dropped, a last line
// without '\n' counted).
QList<QByteArray> splitLines(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QList<QByteArray> lines = bytes.split('\n');
    const bool open = !bytes.endsWith('\n');
    if (!open)
        lines.removeLast(); // the nothing after the last '\n'
    for (qsizetype i = 0; i < lines.size() - (open ? 1 : 0); ++i)
        if (lines[i].endsWith('\r'))
            lines[i].chop(1);
    return lines;
}

// The matching line numbers by another engine: QRegularExpression on each line as text (the
// generated lines are ASCII where they can match).
std::vector<quint64> naiveMatches(const QByteArray &bytes, const QString &pattern,
                                  bool caseSensitive)
{
    const QRegularExpression re(pattern, caseSensitive ? QRegularExpression::NoPatternOption
                                                       : QRegularExpression::CaseInsensitiveOption);
    std::vector<quint64> out;
    const QList<QByteArray> lines = splitLines(bytes);
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (re.match(QString::fromLatin1(lines[i])).hasMatch())
            out.push_back(quint64(i));
    return out;
}

std::vector<quint64> toVector(const FilteredLines &lines)
{
    std::vector<quint64> out;
    for (quint64 row = 0; row < lines.rowCount(); ++row)
        out.push_back(lines.lineAt(row).value);
    return out;
}

std::shared_ptr<const LineMatcher> regex(const QString &pattern, bool caseSensitive = true)
{
    return LineMatcher::compile(MatchOptions{pattern, true, caseSensitive, false});
}

} // namespace

// What the search bar relies on: the count and the matches of a whole log, found in the
// background, kept up to date while the log grows.
class TestLogSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A document of `bytes`, indexed.
    std::unique_ptr<LogDocument> document(const char *name, const QByteArray &bytes)
    {
        if (!writeFile(path(name), bytes, QIODevice::WriteOnly))
            return nullptr;
        auto doc = std::make_unique<LogDocument>();
        doc->open(path(name));
        if (!QTest::qWaitFor([&] { return doc->status() == LogDocument::Status::Ready; }, WaitMs))
            return nullptr;
        return doc;
    }

    // Until the search has seen the document's announcement of `lines` lines and is done with
    // them (the search starts on the announcement, before this test's own slot runs).
    static bool waitUntilSearched(LogDocument &doc, LogSearch &search, quint64 lines)
    {
        quint64 announced = 0;
        QObject context;
        connect(&doc, &LogDocument::linesAdded, &context,
                [&](LineCount total) { announced = total.value; });
        return QTest::qWaitFor([&] { return announced == lines && !search.isRunning(); }, WaitMs);
    }

    static bool searchAndWait(LogSearch &search, std::shared_ptr<const LineMatcher> matcher)
    {
        QSignalSpy finished(&search, &LogSearch::finished);
        search.setMatcher(std::move(matcher));
        return finished.count() > 0 || finished.wait(WaitMs);
    }

private slots:
    void countsWhatANaiveScanCounts_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<int>("threads");
        QTest::newRow("alternation") << "ERROR|Exception|failed" << true << 2;
        QTest::newRow("alternation, one thread") << "ERROR|Exception|failed" << true << 1;
        QTest::newRow("ignoring case") << "error|exception" << false << 3;
        QTest::newRow("end anchor before CRLF") << "batch \\d+$" << true << 2;
        QTest::newRow("start anchor") << "^\\tat " << true << 2;
        QTest::newRow("empty lines") << "^$" << true << 2;
    }
    void countsWhatANaiveScanCounts()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(int, threads);
        const QByteArray bytes = generatedLog(6 << 20, 7);
        auto doc = document("naive.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        search.setThreadCount(threads);
        QVERIFY(searchAndWait(search, regex(pattern, caseSensitive)));
        QVERIFY(!search.isRunning());
        QCOMPARE(search.progress(), 100);
        const std::vector<quint64> expected = naiveMatches(bytes, pattern, caseSensitive);
        QVERIFY(!expected.empty());
        QCOMPARE(search.matchCount(), quint64(expected.size()));
        QCOMPARE(toVector(search.matches()), expected);
    }

    void findsPlainTextToo()
    {
        const QByteArray bytes = generatedLog(2 << 20, 11);
        auto doc = document("plain.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        QVERIFY(searchAndWait(
            search, LineMatcher::compile(MatchOptions{"(Destination.java:", false, true, false})));
        QCOMPARE(toVector(search.matches()),
                 naiveMatches(bytes, QStringLiteral("\\(Destination\\.java:"), true));
    }

    // Partial results while a big log is searched are always a correct beginning of the
    // whole answer.
    void partialResultsAreAPrefixOfTheAnswer()
    {
        const QByteArray bytes = generatedLog(48 << 20, 3);
        auto doc = document("big.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        search.setThreadCount(1);
        std::vector<std::vector<quint64>> partial;
        std::vector<int> progress;
        connect(&search, &LogSearch::matchesChanged, this, [&] {
            if (search.isRunning())
                partial.push_back(toVector(search.matches()));
        });
        connect(&search, &LogSearch::progressChanged, this,
                [&](int percent) { progress.push_back(percent); });
        // A slow expression (\w+ tried and given back at every word character), so that the
        // search outlasts several publications (half a second on one thread here).
        const QString pattern = QStringLiteral("\\w+\\d{6}|\\w+Exception: \\w+ to");
        QVERIFY(searchAndWait(search, regex(pattern)));
        const std::vector<quint64> all = toVector(search.matches());
        QCOMPARE(all, naiveMatches(bytes, pattern, true));
        for (const std::vector<quint64> &some : partial) {
            QVERIFY(some.size() <= all.size());
            QVERIFY(std::equal(some.begin(), some.end(), all.begin()));
        }
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(!progress.empty());
        QCOMPARE(progress.front(), 0);
        QCOMPARE(progress.back(), 100);
        if (partial.empty())
            QSKIP("the search ended before its first publication: no partial result to check");
    }

    void nextAndPreviousWrapAround()
    {
        QByteArray bytes;
        for (int i = 0; i < 100; ++i)
            bytes += i % 10 == 3 ? "hit\n" : "miss\n";
        auto doc = document("wrap.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        QCOMPARE(search.next(LineNumber(0)), std::nullopt);
        QVERIFY(searchAndWait(search, regex(QStringLiteral("^hit"))));
        QCOMPARE(search.matchCount(), quint64(10));
        QCOMPARE(search.next(LineNumber(0)), LineNumber(3));
        QCOMPARE(search.next(LineNumber(3)), LineNumber(13));
        QCOMPARE(search.next(LineNumber(5)), LineNumber(13));
        QCOMPARE(search.next(LineNumber(93)), LineNumber(3));
        QCOMPARE(search.next(LineNumber(99)), LineNumber(3));
        QCOMPARE(search.previous(LineNumber(13)), LineNumber(3));
        QCOMPARE(search.previous(LineNumber(14)), LineNumber(13));
        QCOMPARE(search.previous(LineNumber(3)), LineNumber(93));
        QCOMPARE(search.previous(LineNumber(0)), LineNumber(93));
        QVERIFY(searchAndWait(search, nullptr));
        QCOMPARE(search.matchCount(), quint64(0));
        QCOMPARE(search.previous(LineNumber(50)), std::nullopt);
    }

    // Follow mode: appended lines are searched, the earlier matches stay as they were (the
    // search does not start over), and a last line completed later is searched again.
    void followSearchesOnlyAppendedLines()
    {
        QByteArray bytes = generatedLog(1 << 20, 5) + "open line with ERR";
        auto doc = document("follow.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        const QString pattern = QStringLiteral("ERROR|Exception");
        QVERIFY(searchAndWait(search, regex(pattern)));
        const std::vector<quint64> before = toVector(search.matches());
        QCOMPARE(before, naiveMatches(bytes, pattern, true));
        const quint64 openLine = doc->lineCount().value - 1;
        QVERIFY(before.empty() || before.back() < openLine);

        quint64 lowest = search.matchCount();
        connect(&search, &LogSearch::matchesChanged, this,
                [&] { lowest = std::min(lowest, search.matchCount()); });
        for (int round = 0; round < 3; ++round) {
            const QByteArray more = round == 0 ? QByteArray("OR completes it\nquiet\n") +
                                                     generatedLog(200000, 20 + round)
                                               : generatedLog(200000, 20 + round);
            QVERIFY(writeFile(path("follow.log"), more, QIODevice::Append));
            bytes += more;
            doc->refresh();
            QVERIFY(waitUntilSearched(*doc, search, quint64(splitLines(bytes).size())));
            const std::vector<quint64> now = toVector(search.matches());
            QCOMPARE(now, naiveMatches(bytes, pattern, true));
            QVERIFY(std::equal(before.begin(), before.end(), now.begin()));
            if (round == 0) // the completed line now matches, once
                QCOMPARE(now[before.size()], openLine);
        }
        QVERIFY(lowest >= before.size());
    }

    // What one line contributes is its first MiB: a 10 MB line does not stall the search.
    void matchesAVeryLongLineOnItsFirstMebibyte()
    {
        const QByteArray bytes = "ERROR first\n" + QByteArray(3 << 20, 'x') + " ERROR late\n" +
                                 "ERROR " + QByteArray(3 << 20, 'y') + "\nERROR last";
        auto doc = document("long.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        QVERIFY(searchAndWait(search, regex(QStringLiteral("ERROR"))));
        QCOMPARE(toVector(search.matches()), (std::vector<quint64>{0, 2, 3}));
    }

    void newMatcherStartsOver()
    {
        const QByteArray bytes = generatedLog(16 << 20, 9);
        auto doc = document("restart.log", bytes);
        QVERIFY(doc);
        LogSearch search(doc.get());
        QSignalSpy finished(&search, &LogSearch::finished);
        search.setMatcher(regex(QStringLiteral("\\w+Exception")));
        search.setMatcher(regex(QStringLiteral("Retrying \\d+7$")));
        const QString pattern = QStringLiteral("WARN.*9$");
        search.setMatcher(regex(pattern));
        QTRY_VERIFY_WITH_TIMEOUT(!search.isRunning() && finished.count() > 0, WaitMs);
        QCOMPARE(toVector(search.matches()), naiveMatches(bytes, pattern, true));
    }

    void documentReopenedStartsOver()
    {
        auto doc = document("first.log", "one ERROR\ntwo\nthree ERROR\n");
        QVERIFY(doc);
        LogSearch search(doc.get());
        QVERIFY(searchAndWait(search, regex(QStringLiteral("ERROR"))));
        QCOMPARE(search.matchCount(), quint64(2));
        QVERIFY(writeFile(path("second.log"), "ERROR\nERROR\nERROR\nnone\n", QIODevice::WriteOnly));
        QSignalSpy finished(&search, &LogSearch::finished);
        doc->open(path("second.log"));
        QTRY_VERIFY_WITH_TIMEOUT(doc->status() == LogDocument::Status::Ready &&
                                     !search.isRunning() && search.matchCount() == 3,
                                 WaitMs);
        QCOMPARE(toVector(search.matches()), (std::vector<quint64>{0, 1, 2}));
    }

    void destroyedWhileRunning()
    {
        const QByteArray bytes = generatedLog(24 << 20, 13);
        auto doc = document("destroy.log", bytes);
        QVERIFY(doc);
        const auto matcher = regex(QStringLiteral("\\w+Exception|\\d+7$"));
        for (int i = 0; i < 3; ++i) {
            auto search = std::make_unique<LogSearch>(doc.get());
            search->setMatcher(matcher);
            QVERIFY(search->isRunning());
            search.reset();
        }
        // The document first, its search after: that stops the search, which then answers
        // with what it had found.
        auto search = std::make_unique<LogSearch>(doc.get());
        search->setMatcher(matcher);
        doc.reset();
        QVERIFY(!search->isRunning());
        QCoreApplication::sendPostedEvents();
        QVERIFY(search->matchCount() < quint64(bytes.size()));
        search->setMatcher(regex(QStringLiteral("x")));
        QCOMPARE(search->matchCount(), quint64(0));
        search.reset();
    }
};

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"
