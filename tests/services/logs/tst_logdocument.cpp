// LogDocument and LocalFileSource as the viewer relies on them: a file's lines readable while it
// is indexed, its growth appended, its rewrite reset, odd files (CRLF, NUL bytes, a 10 MB line,
// a file that went) shown and never fatal.
#include "logs/localfilesource.h"
#include "logs/logdocument.h"

#include "testfiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp::Logs;

using Dsp::Testing::writeFile;

namespace {

QByteArray numberedLines(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += "2024-09-09 10:00:00 platform > line " + QByteArray::number(i) + '\n';
    return out;
}

bool waitReady(LogDocument &doc)
{
    return QTest::qWaitFor([&] { return doc.status() != LogDocument::Status::Indexing; }, 10000);
}

} // namespace

class TestLogDocument : public QObject
{
    Q_OBJECT
private slots:
    void readsLinesOfAFile();
    void oddBytesStayLines();
    void longLineIsCutWhenAsked();
    void growthIsAppended();
    void rewriteResets();
    void missingFileFails();
    void localSourceSaysWhatChanged();
    void localSourceRefusesFolders();
};

void TestLogDocument::readsLinesOfAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("a.log");
    QVERIFY(writeFile(path, numberedLines(0, 50000)));
    LogDocument doc;
    QSignalSpy added(&doc, &LogDocument::linesAdded);
    doc.open(path);
    QVERIFY(waitReady(doc));
    QCOMPARE(doc.status(), LogDocument::Status::Ready);
    QCOMPARE(doc.lineCount().value, 50000u);
    QVERIFY(!added.isEmpty());
    QCOMPARE(added.last().at(0).value<LineCount>().value, 50000u);
    QCOMPARE(doc.line(LineNumber(0)), QByteArray("2024-09-09 10:00:00 platform > line 0"));
    const QList<QByteArray> some = doc.lines(LineNumber(49998), 10);
    QCOMPARE(some.size(), 2); // fewer past the end
    QCOMPARE(some.at(1), QByteArray("2024-09-09 10:00:00 platform > line 49999"));
    QCOMPARE(doc.progress(), 100);
}

void TestLogDocument::oddBytesStayLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("odd.log");
    static const char raw[] =
        "crlf line\r\nnul \0 inside\n\xff\xfe invalid utf-8\n\nno newline at end";
    const QByteArray bytes(raw, sizeof raw - 1);
    QVERIFY(writeFile(path, bytes));
    LogDocument doc;
    doc.open(path);
    QVERIFY(waitReady(doc));
    QCOMPARE(doc.lineCount().value, 5u);
    const QList<QByteArray> lines = doc.lines(LineNumber(0), 5);
    QCOMPARE(lines.at(0), QByteArray("crlf line"));
    QCOMPARE(lines.at(1), QByteArray("nul \0 inside", 12));
    QCOMPARE(lines.at(2), QByteArray("\xff\xfe invalid utf-8"));
    QCOMPARE(lines.at(3), QByteArray());
    QCOMPARE(lines.at(4), QByteArray("no newline at end"));
}

void TestLogDocument::longLineIsCutWhenAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("long.log");
    const QByteArray huge(10 << 20, 'x');
    QVERIFY(writeFile(path, "before\n" + huge + "\nafter\n"));
    LogDocument doc;
    doc.open(path);
    QVERIFY(waitReady(doc));
    QCOMPARE(doc.lineCount().value, 3u);
    QList<bool> cut;
    const QList<QByteArray> lines = doc.lines(LineNumber(0), 3, 1000, &cut);
    QCOMPARE(lines.at(1).size(), 1000);
    QCOMPARE(cut, (QList<bool>{false, true, false}));
    QCOMPARE(lines.at(2), QByteArray("after"));
    QCOMPARE(doc.lineLength(LineNumber(1)), quint64(10 << 20));
}

void TestLogDocument::growthIsAppended()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("grow.log");
    QVERIFY(writeFile(path, numberedLines(0, 10) + "half a li"));
    LogDocument doc;
    doc.open(path);
    QVERIFY(waitReady(doc));
    QCOMPARE(doc.lineCount().value, 11u);
    QSignalSpy reset(&doc, &LogDocument::reset);
    QSignalSpy added(&doc, &LogDocument::linesAdded);
    QVERIFY(writeFile(path, "ne\n" + numberedLines(10, 5), QIODevice::Append));
    doc.refresh();
    QVERIFY(QTest::qWaitFor([&] { return doc.lineCount().value == 16; }, 5000));
    QVERIFY(reset.isEmpty());
    QTRY_VERIFY(!added.isEmpty());
    QCOMPARE(doc.line(LineNumber(10)), QByteArray("half a line")); // the open line completed
    QCOMPARE(doc.line(LineNumber(15)), QByteArray("2024-09-09 10:00:00 platform > line 14"));
}

void TestLogDocument::rewriteResets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("rot.log");
    QVERIFY(writeFile(path, numberedLines(0, 100)));
    LogDocument doc;
    doc.open(path);
    QVERIFY(waitReady(doc));
    QSignalSpy reset(&doc, &LogDocument::reset);
    QVERIFY(writeFile(path, "a new file\n"));
    doc.refresh();
    QTRY_COMPARE(reset.size(), 1);
    QTRY_COMPARE(doc.lineCount().value, 1u);
    QCOMPARE(doc.line(LineNumber(0)), QByteArray("a new file"));
}

void TestLogDocument::missingFileFails()
{
    LogDocument doc;
    doc.open(QStringLiteral("/nonexistent/dir/job.log"));
    QVERIFY(waitReady(doc));
    QCOMPARE(doc.status(), LogDocument::Status::Failed);
    QVERIFY2(doc.errorString().contains("no longer exists") ||
                 doc.errorString().contains("could not be read"),
             qPrintable(doc.errorString()));
    QCOMPARE(doc.lineCount().value, 0u);
    QVERIFY(doc.lines(LineNumber(0), 10).isEmpty());
}

void TestLogDocument::localSourceSaysWhatChanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("followed.log");
    QVERIFY(writeFile(path, numberedLines(0, 3)));
    LocalFileSource source(path);
    source.setPollInterval(std::chrono::milliseconds(20));
    QSignalSpy appended(&source, &LogSource::appended);
    QSignalSpy replaced(&source, &LogSource::replaced);
    source.setFollowing(true);
    source.start();
    QCOMPARE(source.state(), LogSource::State::Following);
    QCOMPARE(source.filePath(), path);
    QVERIFY(source.title().contains("followed.log"));

    QVERIFY(writeFile(path, numberedLines(3, 2), QIODevice::Append));
    QTRY_COMPARE(appended.size(), 1);
    QCOMPARE(replaced.size(), 0);

    // Rotated: removed and written again, shorter.
    QVERIFY(QFile::remove(path));
    QVERIFY(writeFile(path, "x\n"));
    QTRY_COMPARE(replaced.size(), 1);

    source.setFollowing(false);
    QCOMPARE(source.state(), LogSource::State::Finished);
    QVERIFY(writeFile(path, numberedLines(0, 50), QIODevice::Append));
    QTest::qWait(100);
    QCOMPARE(appended.size(), 1); // no longer looked at
}

void TestLogDocument::localSourceRefusesFolders()
{
    QTemporaryDir dir;
    LocalFileSource folder(dir.path());
    QSignalSpy failed(&folder, &LogSource::failed);
    folder.start();
    QCOMPARE(folder.state(), LogSource::State::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY(folder.lastError().message.contains("folder"));

    LocalFileSource missing(dir.filePath("nope.log"));
    missing.start();
    QCOMPARE(missing.state(), LogSource::State::Failed);
    QVERIFY(missing.lastError().message.contains("does not exist"));
}

QTEST_GUILESS_MAIN(TestLogDocument)
#include "tst_logdocument.moc"
