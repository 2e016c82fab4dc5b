// LogView driven as a user would: a log shown a screenful at a time, scrolled to the end and
// kept there while it grows (and not when scrolled away), filtered, lines selected with the
// mouse and the keyboard and copied without their colour codes, long and malformed lines shown,
// colours from the palette (dark too).
#include "logs/logdocument.h"
#include "logs/logfilter.h"
#include "logs/logrow.h"
#include "logs/logview.h"

#include "testfiles.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Dsp;
using namespace Dsp::Logs;

using Dsp::Testing::writeFile;

namespace {

QByteArray numbered(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i) {
        const char *level = i % 10 == 3 ? "ERROR" : "INFO";
        out += "2024-09-09 10:00:00 platform > \x1b[36m" + QByteArray(level) + "\x1b[0m line " +
               QByteArray::number(i) + '\n';
    }
    return out;
}

QPoint rowPoint(LogView &view, quint64 row)
{
    const int spacing = view.fontMetrics().lineSpacing();
    return QPoint(view.viewport()->width() / 2, int(row - view.topRow()) * spacing + spacing / 2);
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsAScreenfulAndScrollsToTheEnd();
    void followsWhileAtTheEnd();
    void showsTheFilteredLines();
    void selectsAndCopiesWithoutColourCodes();
    void keyboardMovesTheCursor();
    void oddLinesShowAndLongOnesSayHowLong();
    void wrapping();
    void wrappedLinesTallerThanTheWindowCanBeReadToTheirEnd();
    void colourCodesBecomeColours();
    void darkPaletteGivesADarkLog();

private:
    bool open(const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LogDocument> m_doc;
    std::unique_ptr<LogView> m_view;
};

void TestLogView::init()
{
    m_path = m_dir.filePath("view.log");
    m_doc = std::make_unique<LogDocument>();
    m_view = std::make_unique<LogView>();
    m_view->resize(700, 400);
    m_view->setDocument(m_doc.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestLogView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

bool TestLogView::open(const QByteArray &bytes)
{
    if (!writeFile(m_path, bytes))
        return false;
    m_doc->open(m_path);
    return QTest::qWaitFor([&] { return m_doc->status() == LogDocument::Status::Ready; }, 20000);
}

void TestLogView::showsAScreenfulAndScrollsToTheEnd()
{
    QVERIFY(open(numbered(0, 200000)));
    QTRY_COMPARE(m_view->rowCount(), 200000u);
    // A log opens at its end, as a running sync's log is read.
    QVERIFY(m_view->isAtEnd());
    QVERIFY(m_view->topRow() > 199000);
    m_view->verticalScrollBar()->setValue(0);
    QCOMPARE(m_view->topRow(), 0u);
    QVERIFY(!m_view->isAtEnd());
    QCOMPARE(m_view->lineText(LineNumber(5)),
             QStringLiteral("2024-09-09 10:00:00 platform > INFO line 5"));
    m_view->goToLine(LineNumber(150000));
    QCOMPARE(m_view->currentLine(), LineNumber(150000));
    QVERIFY(m_view->topRow() < 150000 &&
            150000 < m_view->topRow() + quint64(m_view->visibleRowCapacity()));
    m_view->grab(); // paints without reading more than the screen
}

void TestLogView::followsWhileAtTheEnd()
{
    QVERIFY(open(numbered(0, 1000)));
    QTRY_COMPARE(m_view->rowCount(), 1000u);
    QVERIFY(m_view->isAtEnd());
    QVERIFY(writeFile(m_path, numbered(1000, 500), QIODevice::Append));
    m_doc->refresh();
    QTRY_COMPARE(m_view->rowCount(), 1500u);
    QVERIFY(m_view->isAtEnd());
    QCOMPARE(m_view->topRow() + quint64(m_view->visibleRowCapacity()), 1500u);

    // Scrolled up to read: new lines no longer move the screen.
    QSignalSpy atEnd(m_view.get(), &LogView::atEndChanged);
    m_view->verticalScrollBar()->setValue(100);
    QCOMPARE(atEnd.size(), 1);
    QCOMPARE(atEnd.first().at(0).toBool(), false);
    QVERIFY(writeFile(m_path, numbered(1500, 500), QIODevice::Append));
    m_doc->refresh();
    QTRY_COMPARE(m_view->rowCount(), 2000u);
    QCOMPARE(m_view->topRow(), 100u);

    // Back at the end, it sticks again.
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    QVERIFY(m_view->isAtEnd());
    QVERIFY(writeFile(m_path, numbered(2000, 10), QIODevice::Append));
    m_doc->refresh();
    QTRY_COMPARE(m_view->rowCount(), 2010u);
    QVERIFY(m_view->isAtEnd());
}

void TestLogView::showsTheFilteredLines()
{
    QVERIFY(open(numbered(0, 100)));
    LogFilter filter(m_doc.get());
    m_view->setFilter(&filter);
    QTRY_COMPARE(m_view->rowCount(), 100u);
    // Lines 10-20 selected; the filter keeps line 13 of them, and only it stays selected.
    m_view->goToLine(LineNumber(10));
    m_view->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedRowCount(), 11u);
    {
        LogFilterSpec errors;
        errors.levels = bit(LogLevel::Error);
        QSignalSpy done(&filter, &LogFilter::finished);
        filter.setSpec(errors);
        QVERIFY(done.wait(5000));
        QCOMPARE(m_view->selectedLines(10), QList<LineNumber>{LineNumber(13)});
        // Hidden altogether: nothing is selected, so Copy copies nothing the user did not see.
        LogFilterSpec none;
        none.levels = bit(LogLevel::Warn);
        filter.setSpec(none);
        QVERIFY(done.wait(5000));
        QCOMPARE(m_view->rowCount(), 0u);
        QCOMPARE(m_view->selectedRowCount(), 0u);
        QVERIFY(!m_view->copySelection());
        filter.setSpec(LogFilterSpec{});
        QTRY_COMPARE(m_view->rowCount(), 100u);
    }
    m_view->goToLine(LineNumber(40));
    LogFilterSpec spec;
    spec.levels = bit(LogLevel::Error);
    QSignalSpy finished(&filter, &LogFilter::finished);
    filter.setSpec(spec);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_view->rowCount(), 10u);
    QCOMPARE(m_view->lineAtRow(0), LineNumber(3));
    QCOMPARE(m_view->lineAtRow(9), LineNumber(93));
    // A hidden line's row is the next shown one.
    QCOMPARE(m_view->rowOfLine(LineNumber(40)), 4u);
    QVERIFY(m_view->lineText(m_view->lineAtRow(4)).endsWith(QLatin1String("ERROR line 43")));

    filter.setSpec(LogFilterSpec{});
    QTRY_COMPARE(m_view->rowCount(), 100u);
    // Removing the filter keeps the user on the line they were on.
    QCOMPARE(m_view->currentLine(), LineNumber(40));
}

void TestLogView::selectsAndCopiesWithoutColourCodes()
{
    QVERIFY(open(numbered(0, 50)));
    QTRY_COMPARE(m_view->rowCount(), 50u);
    m_view->verticalScrollBar()->setValue(0);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rowPoint(*m_view, 2));
    QCOMPARE(m_view->currentLine(), LineNumber(2));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowPoint(*m_view, 4));
    QCOMPARE(m_view->selectedRowCount(), 3u);
    QVERIFY(m_view->copySelection());
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("2024-09-09 10:00:00 platform > INFO line 2\n"
                            "2024-09-09 10:00:00 platform > ERROR line 3\n"
                            "2024-09-09 10:00:00 platform > INFO line 4"));
    // Too much for the clipboard: refused, and said.
    QSignalSpy refused(m_view.get(), &LogView::copyRefused);
    QVERIFY(!m_view->copySelection(20));
    QCOMPARE(refused.size(), 1);
}

void TestLogView::keyboardMovesTheCursor()
{
    QVERIFY(open(numbered(0, 1000)));
    QTRY_COMPARE(m_view->rowCount(), 1000u);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->currentLine(), LineNumber(0));
    QCOMPARE(m_view->topRow(), 0u);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_view->currentLine(), LineNumber(2));
    QCOMPARE(m_view->selectedRowCount(), 2u);
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    QVERIFY(m_view->currentLine()->value > 2);
    QVERIFY(m_view->currentLine()->value < m_view->topRow() + m_view->visibleRowCapacity());
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentLine(), LineNumber(999));
    QVERIFY(m_view->isAtEnd());
}

void TestLogView::oddLinesShowAndLongOnesSayHowLong()
{
    static const char head[] = "nul\0byte\n\xc3\x28 invalid\r\n";
    QByteArray bytes(head, sizeof head - 1);
    bytes += QByteArray(3 << 20, 'y') + '\n';
    bytes += "tab\there\n";
    QVERIFY(open(bytes));
    QTRY_COMPARE(m_view->rowCount(), 4u);
    m_view->verticalScrollBar()->setValue(0);
    m_view->grab();
    QCOMPARE(m_view->lineText(LineNumber(1)), QStringLiteral("\uFFFD( invalid"));
    const LogRow nul = makeLogRow(QByteArrayView("nul\0byte", 8), false, 8,
                                  LogColors::fromPalette(m_view->palette()), {});
    QCOMPARE(nul.text, QStringLiteral("nul\u2400byte")); // a visible symbol, not a cut string
    const LogRow longRow = makeLogRow(QByteArray(MaxPaintedBytes + 10, 'y'), true, 3 << 20,
                                      LogColors::fromPalette(m_view->palette()), {});
    QVERIFY(longRow.cut);
    QVERIFY(longRow.text.size() < MaxPaintedBytes + 100);
    QVERIFY2(longRow.text.contains(QLocale().toString(qulonglong((3 << 20) - MaxPaintedBytes))),
             qPrintable(longRow.text.right(60)));
}

void TestLogView::wrapping()
{
    QVERIFY(open("short\n" + QByteArray(3000, 'w') + "\nend\n"));
    QTRY_COMPARE(m_view->rowCount(), 3u);
    m_view->grab();
    QCoreApplication::processEvents();
    QVERIFY(m_view->horizontalScrollBar()->maximum() > 0); // the long line scrolls sideways
    m_view->setWrapping(true);
    m_view->grab();
    QCoreApplication::processEvents();
    QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0); // it wraps instead
    QVERIFY(m_view->isWrapping());
}

void TestLogView::wrappedLinesTallerThanTheWindowCanBeReadToTheirEnd()
{
    // 40,000 characters wrap to far more lines than the window holds.
    QVERIFY(open("first\n" + QByteArray(40000, 'w') + "\nlast\n"));
    QTRY_COMPARE(m_view->rowCount(), 3u);
    m_view->setWrapping(true);
    m_view->verticalScrollBar()->setValue(0);
    QVERIFY(!m_view->isAtEnd());
    // The wheel moves through the long row a few lines at a time, down to the last line.
    for (int i = 0; i < 400 && !m_view->isAtEnd(); ++i) {
        QWheelEvent wheel(QPointF(50, 50), m_view->viewport()->mapToGlobal(QPointF(50, 50)),
                          QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view->viewport(), &wheel);
        if (i == 2)
            QCOMPARE(m_view->topRow(), 1u); // inside the long row, not past it
    }
    QVERIFY(m_view->isAtEnd());
    m_view->grab();
    // And back up to the first line.
    for (int i = 0; i < 400 && m_view->topRow() > 0; ++i) {
        QWheelEvent wheel(QPointF(50, 50), m_view->viewport()->mapToGlobal(QPointF(50, 50)),
                          QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    }
    QCOMPARE(m_view->topRow(), 0u);
    QVERIFY(!m_view->isAtEnd());
}

void TestLogView::colourCodesBecomeColours()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    const LogColors l = LogColors::fromPalette(light);
    const LogColors d = LogColors::fromPalette(dark);
    QVERIFY(!l.dark);
    QVERIFY(d.dark);
    // Terminal black stays readable on a dark background.
    QVERIFY(d.ansiColor(0).lightnessF() > 0.4);
    QVERIFY(l.error != d.error);

    // Real escapes and the fragments a paste leaves are both turned into colour.
    for (const QByteArray &raw : {QByteArray("2024-09-09 10:00:00 \x1b[36mDEBUG\x1b[0m hello"),
                                  QByteArray("2024-09-09 10:00:00 [36mDEBUG [m hello")}) {
        const LogRow row = makeLogRow(raw, false, quint64(raw.size()), l, {});
        QVERIFY2(!row.text.contains(QLatin1String("[36m")), qPrintable(row.text));
        QVERIFY(row.text.contains(QLatin1String("DEBUG")));
        const qsizetype at = row.text.indexOf(QLatin1String("DEBUG"));
        bool coloured = false;
        for (const QTextLayout::FormatRange &f : row.formats) {
            if (f.start <= at && at < f.start + f.length &&
                f.format.hasProperty(QTextFormat::ForegroundBrush))
                coloured = true;
        }
        QVERIFY(coloured);
    }
}

void TestLogView::darkPaletteGivesADarkLog()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    m_view->setPalette(dark);
    QVERIFY(open("2024-09-09 10:00:00 platform > INFO starting\n"
                 "2024-09-09 10:00:01 source > ERROR main Failed to read\n"
                 "java.io.IOException: reset\n"
                 "2024-09-09 10:00:02 \x1b[46mplatform\x1b[0m > WARN slow\n"));
    QTRY_COMPARE(m_view->rowCount(), 4u);
    m_view->verticalScrollBar()->setValue(0);
    const QImage image = m_view->viewport()->grab().toImage();
    if (const QString dir = qEnvironmentVariable("DSP_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + QStringLiteral("/logview-dark.png"));
    // The background below the lines is the dark base; the error row is tinted, still dark.
    const int spacing = m_view->fontMetrics().lineSpacing();
    const QColor empty = image.pixelColor(image.width() - 5, image.height() - 5);
    QVERIFY2(empty.lightnessF() < 0.2, qPrintable(empty.name()));
    const QColor errorRow = image.pixelColor(image.width() - 5, spacing + spacing / 2);
    QVERIFY2(errorRow != empty && errorRow.lightnessF() < 0.35, qPrintable(errorRow.name()));
    // Its stack trace takes the error's tint.
    QCOMPARE(image.pixelColor(image.width() - 5, 2 * spacing + spacing / 2), errorRow);
    // Some text on the first row is light.
    bool lightText = false;
    for (int x = 0; x < image.width() && !lightText; ++x)
        lightText = image.pixelColor(x, spacing / 2).lightnessF() > 0.7;
    QVERIFY(lightText);
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
