#include "logs/linematcher.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Dsp::Logs;

namespace {

using Spans = QList<std::pair<qsizetype, qsizetype>>;

MatchOptions options(const QString &pattern, bool regex, bool caseSensitive, bool wholeWord)
{
    return MatchOptions{pattern, regex, caseSensitive, wholeWord};
}

std::shared_ptr<const LineMatcher> compiled(const MatchOptions &options)
{
    QString error;
    auto matcher = LineMatcher::compile(options, &error);
    if (!matcher)
        qWarning("%s does not compile: %s", qPrintable(options.pattern), qPrintable(error));
    return matcher;
}

} // namespace

// What the search bar's toggles mean on the raw bytes of a log line.
class TestLineMatcher : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatTheTogglesSay_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("expected");

        const QByteArray line = "2024-09-09 10:11:12 source > ERROR main i.a.c.i.b."
                                "AirbyteExceptionHandler(uncaughtException):64 Records read: 5";
        QTest::newRow("plain") << "ERROR" << false << true << false << line << true;
        QTest::newRow("plain, other case") << "error" << false << true << false << line << false;
        QTest::newRow("plain, ignoring case") << "error" << false << false << false << line << true;
        QTest::newRow("plain dots are dots") << "i.a.c" << false << true << false << line << true;
        QTest::newRow("plain dots, not any character")
            << "i.a.c" << false << true << false << QByteArray("ixaxc") << false;
        QTest::newRow("plain brackets")
            << "(uncaughtException):6" << false << false << false << line << true;
        QTest::newRow("plain backslash") << "C:\\temp\\x" << false << false << false
                                         << QByteArray("path C:\\temp\\x.log") << true;
        QTest::newRow("regex alternation") << "WARN|ERROR" << true << true << false << line << true;
        QTest::newRow("regex, other case")
            << "warn|error" << true << true << false << line << false;
        QTest::newRow("regex, ignoring case")
            << "warn|error" << true << false << false << line << true;
        QTest::newRow("regex classes") << ":\\d+ Records" << true << true << false << line << true;
        QTest::newRow("regex anchors") << "^2024-\\d\\d" << true << true << false << line << true;
        QTest::newRow("regex end anchor") << "read: 5$" << true << true << false << line << true;
        QTest::newRow("whole word") << "read" << false << true << true << line << true;
        QTest::newRow("whole word, inside a word")
            << "Exception" << false << true << true << line << false;
        QTest::newRow("whole word, part of a word")
            << "thread" << false << true << true << QByteArray("pool-10-threads") << false;
        QTest::newRow("whole word starting with punctuation")
            << "--verbose" << false << true << true << QByteArray("run --verbose now") << true;
        QTest::newRow("whole word regex") << "Rec\\w+" << true << true << true << line << true;
        QTest::newRow("whole word, ignoring case")
            << "RECORDS" << false << false << true << line << true;
        QTest::newRow("whole word, a Unicode letter after it")
            << "caf" << false << false << true << QByteArray("un café noir") << false;
        QTest::newRow("whole word, Unicode")
            << "café" << false << false << true << QByteArray("un café noir") << true;
    }
    void findsWhatTheTogglesSay()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(QByteArray, line);
        QFETCH(bool, expected);
        const auto matcher = compiled(options(pattern, regex, caseSensitive, wholeWord));
        QVERIFY(matcher);
        QCOMPARE(matcher->matches(line), expected);
        QCOMPARE(matcher->spans(line).isEmpty(), !expected);
    }

    void foldsCaseBeyondAscii_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("French") << QStringLiteral("ÉCHEC DE LA TÂCHE")
                                << QByteArray("2024 platform > échec de la tâche");
        QTest::newRow("Cyrillic") << QStringLiteral("ошибка") << QByteArray("ОШИБКА: нет связи");
        QTest::newRow("Greek") << QStringLiteral("ΣΦΑΛΜΑ") << QByteArray("σφαλμα στη γραμμή");
    }
    void foldsCaseBeyondAscii()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, line);
        for (const bool regex : {false, true}) {
            const auto matcher = compiled(options(pattern, regex, false, false));
            QVERIFY(matcher);
            QVERIFY2(matcher->matches(line), regex ? "regex" : "plain");
            const auto sensitive = compiled(options(pattern, regex, true, false));
            QVERIFY(!sensitive->matches(line));
        }
    }

    // A log may hold any bytes: they never make matching fail, and text around them is found.
    void matchesLinesWithInvalidUtf8AndNulBytes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("invalid UTF-8 around") << QByteArray("\xff\xfe ERROR \xc3");
        QTest::newRow("a cut sequence before") << QByteArray("\xe2\x82 ERROR");
        QTest::newRow("NUL bytes around") << QByteArray("\0\0 ERROR \0x", 11);
        QTest::newRow("binary soup") << QByteArray("\x01\x80\x00\xbf ERROR\x00\xf5\xff", 13);
    }
    void matchesLinesWithInvalidUtf8AndNulBytes()
    {
        QFETCH(QByteArray, line);
        for (const bool regex : {false, true}) {
            for (const bool caseSensitive : {false, true}) {
                for (const bool word : {false, true}) {
                    const auto matcher =
                        compiled(options(QStringLiteral("error"), regex, caseSensitive, word));
                    QVERIFY(matcher);
                    QCOMPARE(matcher->matches(line), !caseSensitive);
                    QCOMPARE(matcher->failedLines(), quint64(0));
                }
            }
        }
        const auto spans =
            compiled(options(QStringLiteral("ERR\\w+"), true, true, false))->spans(line);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(line.mid(spans[0].first, spans[0].second), QByteArray("ERROR"));
    }

    void invalidBytesMatchNothing()
    {
        const auto dot = compiled(options(QStringLiteral("a.b"), true, true, false));
        QVERIFY(!dot->matches("a\xff"
                              "b"));
        QVERIFY(dot->matches("a\xc3\xa9"
                             "b"));
        QCOMPARE(dot->failedLines(), quint64(0));
    }

    void findsNulBytesWhenAskedFor()
    {
        const QByteArray line("key\0value", 9);
        QVERIFY(compiled(options(QStringLiteral("key\\x00v"), true, true, false))->matches(line));
        const QString withNul = QStringLiteral("y") + QChar(0) + QStringLiteral("VAL");
        QVERIFY(compiled(options(withNul, false, false, false))->matches(line));
        QVERIFY(!compiled(options(withNul, false, true, false))->matches(line));
        QVERIFY(compiled(options(withNul.toLower(), false, true, false))->matches(line));
    }

    void emptyPatternIsNoSearch()
    {
        QString error = QStringLiteral("stale");
        QVERIFY(!LineMatcher::compile(options(QString(), true, false, false), &error));
        QVERIFY(error.isEmpty());
    }

    void badRegexSaysWhatAndWhere_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("unclosed group") << "ERROR (main"
                                        << "character 12"
                                        << "parenthesis";
        QTest::newRow("unclosed class") << "a[bc"
                                        << "character 5"
                                        << "]";
        QTest::newRow("nothing to repeat") << "*ERROR"
                                           << "character 1"
                                           << "repeat";
        // Offsets are counted in characters, not in the bytes of UTF-8.
        QTest::newRow("after accents") << QStringLiteral("échec) ") << "character 6"
                                       << "parenthesis";
    }
    void badRegexSaysWhatAndWhere()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, where);
        QFETCH(QString, what);
        for (const bool word : {false, true}) {
            QString error;
            QVERIFY(!LineMatcher::compile(options(pattern, true, false, word), &error));
            QVERIFY2(error.contains(where), qPrintable(error));
            QVERIFY2(error.contains(what), qPrintable(error));
        }
        // As plain text the same characters are just text.
        QVERIFY(compiled(options(pattern, false, false, false)));
    }

    void spansAreByteRangesInOrder_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Spans>("expected");
        QTest::newRow("plain, twice")
            << "ERROR" << false << true << QByteArray("ERROR x ERROR") << Spans{{0, 5}, {8, 5}};
        QTest::newRow("plain, overlapping candidates")
            << "aa" << false << true << QByteArray("aaaaa") << Spans{{0, 2}, {2, 2}};
        QTest::newRow("ignoring case, accents in bytes")
            << "é" << false << false << QByteArray("xéÉ") << Spans{{1, 2}, {3, 2}};
        QTest::newRow("regex that can match nothing")
            << "x*" << true << true << QByteArray("axxbx") << Spans{{1, 2}, {4, 1}};
        QTest::newRow("regex, only empty matches")
            << "^|$|\\b" << true << true << QByteArray("abc def") << Spans{};
        QTest::newRow("lookbehind sees the line before the offset")
            << "(?<=a)b" << true << true << QByteArray("abab") << Spans{{1, 1}, {3, 1}};
        QTest::newRow("anchored: once")
            << "^a" << true << true << QByteArray("aaa") << Spans{{0, 1}};
        QTest::newRow("after invalid bytes") << "b+" << true << true
                                             << QByteArray("\xff"
                                                           "bb\xfe"
                                                           "b")
                                             << Spans{{1, 2}, {4, 1}};
    }
    void spansAreByteRangesInOrder()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(QByteArray, line);
        QFETCH(Spans, expected);
        QCOMPARE(compiled(options(pattern, regex, caseSensitive, false))->spans(line), expected);
    }

    void spansStopAtTheLimit()
    {
        const QByteArray line(5000, 'a');
        const auto plain = compiled(options(QStringLiteral("a"), false, true, false));
        const auto regex = compiled(options(QStringLiteral("a"), true, true, false));
        QCOMPARE(plain->spans(line).size(), 1000);
        QCOMPARE(regex->spans(line, 3), (Spans{{0, 1}, {1, 1}, {2, 1}}));
        QCOMPARE(plain->spans(line, 0).size(), 0);
    }

    // Catastrophic backtracking gives up on the line, answers "no match" and says so.
    void pathologicalRegexCountsAsNoMatch()
    {
        const auto matcher = compiled(options(QStringLiteral("(\\w+\\s?)+$"), true, true, false));
        QVERIFY(matcher);
        const QByteArray line = QByteArray(4000, 'a') + "!!!" + QByteArray(40, 'b') + " c!";
        QVERIFY(!matcher->matches(line));
        QVERIFY(matcher->failedLines() >= 1);
        QVERIFY(!matcher->warning().isEmpty());
        // Ordinary lines still match with the same matcher.
        QVERIFY(matcher->matches("ordinary words"));
        QVERIFY(matcher->spans(line).size() <= 1000);
    }

    void oneMatcherServesManyThreads()
    {
        const auto matcher =
            compiled(options(QStringLiteral("error|exception|échec"), true, false, true));
        QVERIFY(matcher);
        std::vector<QByteArray> lines;
        std::vector<bool> expected;
        for (int i = 0; i < 2000; ++i) {
            const int kind = i % 5;
            lines.push_back(kind == 0   ? QByteArray("x ERROR ") + QByteArray::number(i)
                            : kind == 1 ? QByteArray("Exceptional ") + QByteArray::number(i)
                            : kind == 2 ? QByteArray("\xff ÉCHEC ") + '\0'
                            : kind == 3 ? QByteArray("errors ") + QByteArray::number(i)
                                        : QByteArray("fine ") + QByteArray::number(i));
            expected.push_back(kind == 0 || kind == 2);
        }
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 20; ++round) {
                    for (size_t i = size_t(t); i < lines.size(); ++i) {
                        if (matcher->matches(lines[i]) != expected[i] ||
                            matcher->spans(lines[i]).isEmpty() == expected[i])
                            ++wrong;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(matcher->failedLines(), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLineMatcher)
#include "tst_linematcher.moc"
