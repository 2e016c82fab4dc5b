// The Logs page driven as a user would: open a log, search it (plain, regex, a bad regex),
// step through the matches, filter by level and by text (show only, hide, both), follow a file
// that grows, go to a line and a time, save the shown lines, drop a file on it.
#include "logs/folderlogstore.h"
#include "logs/logdocument.h"
#include "logs/logfilter.h"
#include "logs/logsearch.h"
#include "logs/logspage.h"
#include "logs/logview.h"
#include "logs/storedlogdialog.h"
#include "logs/storedlogsource.h"

#include "testfiles.h"

#include <QDir>
#include <QListWidget>

#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Dsp;
using namespace Dsp::Logs;

using Dsp::Testing::writeFile;

namespace {

// 10 lines per second of log time: an error with its stack trace every tenth line.
QByteArray jobLog(int records)
{
    QByteArray out;
    for (int i = 0; i < records; ++i) {
        const int second = i / 10;
        const QByteArray time = QStringLiteral("2024-09-09 10:%1:%2 ")
                                    .arg(second / 60, 2, 10, QLatin1Char('0'))
                                    .arg(second % 60, 2, 10, QLatin1Char('0'))
                                    .toLatin1();
        if (i % 10 == 9) {
            out += time + "source > ERROR main Failed to read record " + QByteArray::number(i) +
                   "\njava.io.IOException: reset\n\tat Reader.read(Reader.java:1)\n";
        } else {
            out += time + "destination > INFO main Wrote record " + QByteArray::number(i) + '\n';
        }
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLogsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensAndSaysHowBig();
    void searchCountsAndSteps();
    void badRegexIsSaidAndKept();
    void filtersByLevelAndText();
    void followsAGrowingFile();
    void goesToALineAndATime();
    void savesTheShownLines();
    void opensADroppedFile();
    void opensAnAttemptFromAStore();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    bool waitIdle();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LogsPage> m_page;
};

void TestLogsPage::init()
{
    m_path = m_dir.filePath("job-42.log");
    QVERIFY(writeFile(m_path, jobLog(1000)));
    m_page = std::make_unique<LogsPage>();
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->openFile(m_path);
    QVERIFY(waitIdle());
}

void TestLogsPage::cleanup()
{
    m_page.reset();
}

bool TestLogsPage::waitIdle()
{
    return QTest::qWaitFor(
        [&] {
            return m_page->document()->status() == LogDocument::Status::Ready &&
                   !m_page->filter()->isRunning() && !m_page->search()->isRunning();
        },
        20000);
}

void TestLogsPage::opensAndSaysHowBig()
{
    QCOMPARE(m_page->view()->rowCount(), 1200u);
    QTRY_VERIFY2(m_page->statusText().startsWith(QLocale().toString(1200) + " lines"),
                 qPrintable(m_page->statusText()));
    QVERIFY(child<QLabel>("logTitle")->text().contains("job-42.log"));
    QVERIFY(m_page->view()->isAtEnd()); // opens at its end, where a failure is
}

void TestLogsPage::searchCountsAndSteps()
{
    auto *edit = child<QLineEdit>("searchEdit");
    QTest::keyClicks(edit, "failed to READ");
    QTRY_VERIFY2(m_page->matchText().startsWith("100 line"), // case-insensitive plain
                 qPrintable(m_page->matchText()));
    m_page->view()->goToLine(LineNumber(0));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_page->view()->currentLine(), LineNumber(9));
    QTRY_COMPARE(m_page->matchText(), QStringLiteral("1 of 100"));
    m_page->findNext();
    QCOMPARE(m_page->view()->currentLine(), LineNumber(21));
    m_page->findPrevious();
    m_page->findPrevious(); // wraps to the last
    QCOMPARE(m_page->view()->currentLine(), LineNumber(1197));
    QTRY_COMPARE(m_page->matchText(), QStringLiteral("100 of 100"));

    child<QToolButton>("caseButton")->setChecked(true);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->matchText(), QStringLiteral("No match"));

    child<QToolButton>("caseButton")->setChecked(false);
    child<QToolButton>("regexButton")->setChecked(true);
    edit->setText(QStringLiteral("record 1\\d\\b"));
    QTRY_VERIFY2(m_page->matchText().startsWith("10 line"), qPrintable(m_page->matchText()));
}

void TestLogsPage::badRegexIsSaidAndKept()
{
    child<QToolButton>("regexButton")->setChecked(true);
    auto *edit = child<QLineEdit>("searchEdit");
    QTest::keyClicks(edit, "record (");
    QTRY_VERIFY(!m_page->messageText().isEmpty());
    QVERIFY2(m_page->messageText().contains(QLatin1String("parenthes")) ||
                 m_page->messageText().contains(QLatin1String("missing")),
             qPrintable(m_page->messageText()));
    QCOMPARE(edit->text(), QStringLiteral("record (")); // nothing the user typed is lost
    QCOMPARE(m_page->search()->matchCount(), 0u);
}

void TestLogsPage::filtersByLevelAndText()
{
    for (const char *name : {"levelInfo", "levelDebug", "levelNone"})
        child<QToolButton>(name)->setChecked(false);
    QVERIFY(waitIdle());
    // Errors with their stack traces.
    QCOMPARE(m_page->view()->rowCount(), 300u);
    QCOMPARE(m_page->view()->lineText(m_page->view()->lineAtRow(1)),
             QStringLiteral("java.io.IOException: reset"));
    QTRY_VERIFY2(m_page->statusText().contains("showing 300"), qPrintable(m_page->statusText()));

    // Show only, then hide on top of it.
    auto *showOnly = child<QLineEdit>("showOnlyEdit");
    showOnly->setText(QStringLiteral("record 9"));
    QTest::keyClick(showOnly, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->view()->rowCount(), 12u); // records 9, 99, 909, 919 ... 999
    auto *hide = child<QLineEdit>("hideEdit");
    hide->setText(QStringLiteral("record 99"));
    QTest::keyClick(hide, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->view()->rowCount(), 10u); // without 99 and 999

    // Everything hidden, then a search: nothing to go to, and nothing breaks.
    for (const char *name : {"levelError", "levelWarn"})
        child<QToolButton>(name)->setChecked(false);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->view()->rowCount(), 0u);
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("record"));
    QVERIFY(waitIdle());
    QTest::keyClick(child<QLineEdit>("searchEdit"), Qt::Key_Return);
    m_page->findPrevious();

    QTest::mouseClick(child<QToolButton>("clearFiltersButton"), Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->view()->rowCount(), 1200u);
    QVERIFY(showOnly->text().isEmpty());
}

void TestLogsPage::followsAGrowingFile()
{
    auto *follow = child<QToolButton>("followButton");
    QVERIFY(follow->isEnabled());
    follow->click();
    QVERIFY(m_page->source()->isFollowing());
    QVERIFY(writeFile(m_path, "2024-09-09 11:00:00 platform > one more line\n", QIODevice::Append));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->rowCount(), 1201u, 5000);
    QVERIFY(m_page->view()->isAtEnd());
    QCOMPARE(m_page->view()->lineText(LineNumber(1200)),
             QStringLiteral("2024-09-09 11:00:00 platform > one more line"));
    follow->click();
    QVERIFY(!m_page->source()->isFollowing());
}

void TestLogsPage::goesToALineAndATime()
{
    QVERIFY(m_page->goTo(QStringLiteral("5")));
    QCOMPARE(m_page->view()->currentLine(), LineNumber(4));
    QVERIFY(m_page->goTo(QStringLiteral("10:01:00")));
    // 10 records a second from 10:00:00: record 600, after 60 errors of 3 lines.
    QCOMPARE(m_page->view()->currentLine(), LineNumber(600 + 2 * 60));
    QVERIFY(m_page->goTo(QStringLiteral("2024-09-09 10:00:30.5")));
    QCOMPARE(m_page->view()->currentLine(), LineNumber(310 + 2 * 31));
    QVERIFY(!m_page->goTo(QStringLiteral("99999")));
    QVERIFY(m_page->messageText().contains(QLocale().toString(1200)));
    QVERIFY(!m_page->goTo(QStringLiteral("next tuesday")));
    QVERIFY(!m_page->messageText().isEmpty());
    QVERIFY(!m_page->goTo(QStringLiteral("23:59")));
}

void TestLogsPage::savesTheShownLines()
{
    child<QToolButton>("levelInfo")->setChecked(false);
    QVERIFY(waitIdle());
    const QString target = m_dir.filePath("errors.log");
    QSignalSpy saved(m_page.get(), &LogsPage::saved);
    m_page->save(target, true);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    const QByteArray text = readAll(target);
    QCOMPARE(text.count('\n'), 300);
    QVERIFY(text.startsWith("2024-09-09 10:00:00 source > ERROR main Failed to read record 9\n"
                            "java.io.IOException: reset\n"));
    QVERIFY(!text.contains("INFO"));

    // The whole log, whatever the filter.
    const QString whole = m_dir.filePath("whole.log");
    m_page->save(whole, false);
    QVERIFY(saved.wait(10000));
    QCOMPARE(readAll(whole), readAll(m_path));

    // A folder that cannot be written: said, nothing written.
    m_page->save(QStringLiteral("/proc/no/such/dir/x.log"), false);
    QVERIFY(saved.wait(10000));
    QVERIFY(!saved.last().at(1).toString().isEmpty());
    QVERIFY(!m_page->messageText().isEmpty());
}

void TestLogsPage::opensADroppedFile()
{
    const QString other = m_dir.filePath("dropped.log");
    QVERIFY(writeFile(other, "<b>not bold</b> & friends\n"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(m_page.get(), &drop);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->view()->rowCount(), 1u);
    QVERIFY(child<QLabel>("logTitle")->text().contains("dropped.log"));
    // Server and file text is plain text.
    QCOMPARE(m_page->view()->lineText(LineNumber(0)), QStringLiteral("<b>not bold</b> & friends"));
}

void TestLogsPage::opensAnAttemptFromAStore()
{
    // A folder in the stack guide's layout, as the archiver writes it and abctl's volume holds.
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath("job-7/attempt-0") &&
            QDir(root.path()).mkpath("job-7/attempt-1") &&
            QDir(root.path()).mkpath("job-3/attempt-0"));
    QVERIFY(writeFile(root.filePath("job-7/attempt-0/logs.log"), jobLog(20)));
    QVERIFY(writeFile(root.filePath("job-7/attempt-1/logs.log"), jobLog(5)));
    QVERIFY(writeFile(root.filePath("job-3/attempt-0/logs.log"), jobLog(1)));
    FolderLogStore store(root.path());

    StoredLogDialog dialog(&store);
    dialog.show();
    auto *jobs = dialog.findChild<QListWidget *>("storedJobs");
    auto *attempts = dialog.findChild<QListWidget *>("storedAttempts");
    QTRY_COMPARE(jobs->count(), 2);
    QVERIFY(jobs->item(0)->text().contains("7")); // newest first
    QTRY_COMPARE(attempts->count(), 2);
    attempts->setCurrentRow(1);
    QCOMPARE(dialog.jobId(), 7);
    QCOMPARE(dialog.attempt(), 1);
    dialog.accept();

    m_page->openSource(std::make_unique<StoredAttemptLogSource>(&store, 7, 1), false);
    QVERIFY(waitIdle());
    QTRY_COMPARE(m_page->view()->rowCount(), 5u);
    QVERIFY(child<QLabel>("logTitle")->text().contains("7"));
}

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
