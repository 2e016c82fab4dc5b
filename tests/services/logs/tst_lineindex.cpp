#include "logs/lineindex.h"

#include "testfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Dsp::Logs;

using Dsp::Testing::writeFile;

namespace {

struct Span
{
    quint64 start;
    quint64 end;
};

// The lines as a reader of the bytes sees them: "\n" ends a line, a "\r" before it is not part
// of the line, and a last line without "\n" counts.
std::vector<Span> naiveLines(const QByteArray &bytes)
{
    std::vector<Span> lines;
    quint64 start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        const quint64 end = i > 0 && bytes[i - 1] == '\r' ? quint64(i) - 1 : quint64(i);
        lines.push_back({start, std::max(start, end)});
        start = quint64(i) + 1;
    }
    if (start < quint64(bytes.size()))
        lines.push_back({start, quint64(bytes.size())});
    return lines;
}

// Lines of random length (mostly short, some of several KiB) with every byte value in them.
QByteArray generated(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes;
    bytes.reserve(size + 70000);
    while (bytes.size() < size) {
        const int length = rng.bounded(100) == 0 ? rng.bounded(70000) : rng.bounded(200);
        const qsizetype at = bytes.size();
        bytes.resize(at + length);
        for (int i = 0; i < length; ++i) {
            const char c = char(rng.bounded(256));
            bytes[at + i] = c == '\n' ? 'x' : c;
        }
        bytes.append(rng.bounded(4) == 0 ? "\r\n" : "\n");
    }
    return bytes;
}

} // namespace

// The index against a plain scan of the same bytes, on malformed and ordinary files.
class TestLineIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void compare(const LineIndex &index, const QByteArray &bytes)
    {
        const std::vector<Span> lines = naiveLines(bytes);
        QCOMPARE(index.lineCount().value, quint64(lines.size()));
        QCOMPARE(index.indexedBytes().value, quint64(bytes.size()));
        for (quint64 i = 0; i < lines.size(); ++i) {
            const quint64 start = index.lineStart(LineNumber(i)).value;
            const quint64 end = index.lineEnd(LineNumber(i)).value;
            if (start != lines[i].start || end != lines[i].end)
                QFAIL(qPrintable(QStringLiteral("line %1: %2-%3, expected %4-%5")
                                     .arg(i)
                                     .arg(start)
                                     .arg(end)
                                     .arg(lines[i].start)
                                     .arg(lines[i].end)));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one newline") << QByteArray("\n");
        QTest::newRow("no trailing newline") << QByteArray("first\nsecond");
        QTest::newRow("blank lines") << QByteArray("\n\n\na\n\n");
        QTest::newRow("CRLF and LF mixed") << QByteArray("a\r\nb\nc\r\n\r\nd\re\n");
        QTest::newRow("lone CR at the end") << QByteArray("a\r\nb\r");
        QTest::newRow("NUL bytes") << QByteArray("a\0b\n\0\0\n\0", 9);
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\n\xc3\x28\n\xed\xa0\x80 x\n\x80");
        QTest::newRow("10 MB line")
            << QByteArray("before\n") + QByteArray(10 << 20, 'y') + QByteArray("\r\nafter\n");
        QTest::newRow("random bytes") << generated(3 << 20, 7);
    }
    void malformedFiles()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeFile(path("malformed.log"), bytes, QIODevice::WriteOnly));
        LineIndex index;
        QCOMPARE(index.build(path("malformed.log")), LineIndex::Outcome::Complete);
        compare(index, bytes);
        // 64 lines per block: the 10 MB line must not make the others cost more than 4 bytes.
        if (index.lineCount().value > 10000)
            QVERIFY(index.memoryBytes() / index.lineCount().value <= 4);
    }

    // A "\r\n" whose "\n" starts a new read (256 KiB) or the second thread's half.
    void crlfAcrossReadsAndThreads()
    {
        QByteArray bytes(40 << 20, 'a');
        for (qsizetype i = 100; i < bytes.size(); i += 1000)
            bytes[i] = '\n';
        for (const qsizetype at : {qsizetype(256) << 10, bytes.size() / 2}) {
            bytes[at - 1] = '\r';
            bytes[at] = '\n';
        }
        QVERIFY(writeFile(path("crlf-split.log"), bytes, QIODevice::WriteOnly));
        LineIndex index;
        QCOMPARE(index.build(path("crlf-split.log")), LineIndex::Outcome::Complete);
        compare(index, bytes);
    }

    void missingFileIsUnreadable()
    {
        LineIndex index;
        QCOMPARE(index.build(path("does-not-exist.log")), LineIndex::Outcome::Unreadable);
        QCOMPARE(index.lineCount().value, quint64(0));
    }

    void growingFileReadsOnlyTheNewPart()
    {
        const QString file = path("growing.log");
        QByteArray bytes = generated(1 << 20, 11) + "unfinished line\r";
        QVERIFY(writeFile(file, bytes, QIODevice::WriteOnly));
        LineIndex index;
        QCOMPARE(index.build(file), LineIndex::Outcome::Complete);
        compare(index, bytes);
        // The "\n" of a "\r\n" arrives in the next write; the last line then ends before "\r".
        for (const QByteArray &more : {QByteArray("\nnext\n"), generated(300000, 12), QByteArray(),
                                       QByteArray("tail without newline")}) {
            QVERIFY(writeFile(file, more, QIODevice::Append));
            bytes += more;
            QCOMPARE(index.extend(file), LineIndex::Outcome::Complete);
            QCOMPARE(index.lastReadBytes(), quint64(more.size()));
            compare(index, bytes);
        }
    }

    void shrunkFileIsIndexedAgain()
    {
        const QString file = path("shrinking.log");
        QVERIFY(writeFile(file, generated(500000, 13), QIODevice::WriteOnly));
        LineIndex index;
        QCOMPARE(index.build(file), LineIndex::Outcome::Complete);
        const QByteArray rotated("after rotation\nsecond\n");
        QVERIFY(writeFile(file, rotated, QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(index.extend(file), LineIndex::Outcome::Rebuilt);
        compare(index, rotated);
    }

    // A 50 MB file on two threads gives the offsets of a plain scan; readers on another thread
    // meanwhile see a count that only grows and offsets that agree with it.
    void bigFileOnTwoThreads()
    {
        const QString file = path("big.log");
        const QByteArray bytes = generated(50 << 20, 17);
        QVERIFY(writeFile(file, bytes, QIODevice::WriteOnly));
        LineIndex index;
        LineIndexOptions options;
        options.threads = 2;
        // Called on the worker: recorded here, checked on the test's thread.
        std::atomic<quint64> lastProgress{0};
        std::atomic_bool beyondTotal{false};
        options.progress = [&](quint64 done, quint64 total) {
            beyondTotal = beyondTotal || done > total;
            lastProgress = done;
        };
        LineIndex::Outcome outcome = LineIndex::Outcome::Unreadable;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { outcome = index.build(file, options); }));
        worker->start();
        quint64 seen = 0;
        while (!worker->isFinished()) {
            const quint64 count = index.lineCount().value;
            QVERIFY(count >= seen);
            if (count > 1)
                QVERIFY(index.lineStart(LineNumber(count - 1)).value <= index.indexedBytes().value);
            seen = count;
        }
        worker->wait();
        QCOMPARE(outcome, LineIndex::Outcome::Complete);
        QCOMPARE(lastProgress.load(), quint64(bytes.size()));
        QVERIFY(!beyondTotal);
        compare(index, bytes);
        QVERIFY(index.memoryBytes() / index.lineCount().value <= 4);

        LineIndex serial;
        options.threads = 1;
        options.progress = nullptr;
        QCOMPARE(serial.build(file, options), LineIndex::Outcome::Complete);
        compare(serial, bytes);
    }

    void cancelledBuildKeepsAPrefix()
    {
        const QString file = path("cancelled.log");
        const QByteArray bytes = generated(40 << 20, 19);
        QVERIFY(writeFile(file, bytes, QIODevice::WriteOnly));
        std::atomic_bool cancel{false};
        LineIndexOptions options;
        // One thread: progress is reported by the thread that publishes, and on two the other
        // one may have read everything before it reports; then nothing is left to cancel.
        options.threads = 1;
        options.cancel = &cancel;
        options.progress = [&](quint64, quint64) { cancel = true; };
        LineIndex index;
        QCOMPARE(index.build(file, options), LineIndex::Outcome::Cancelled);
        QVERIFY(index.indexedBytes().value < quint64(bytes.size()));
        options.cancel = nullptr;
        options.progress = nullptr;
        QCOMPARE(index.extend(file, options), LineIndex::Outcome::Complete);
        compare(index, bytes);
    }
};

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
