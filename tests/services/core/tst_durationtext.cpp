#include "core/durationtext.h"
#include "core/networkmessages.h"

#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

// How timeouts and latencies read in messages: never in scientific notation.
class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void readsLikeAPersonWouldSayIt_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("sub-second") << qint64(250) << QStringLiteral("250 ms");
        QTest::newRow("whole second") << qint64(3000) << QStringLiteral("3 s");
        QTest::newRow("tenths") << qint64(1500) << QStringLiteral("1.5 s");
        QTest::newRow("over a thousand ms") << qint64(1234) << QStringLiteral("1.2 s");
        QTest::newRow("ten seconds and more") << qint64(12345) << QStringLiteral("12 s");
        QTest::newRow("minutes") << qint64(125000) << QStringLiteral("2 min 5 s");
        QTest::newRow("whole minutes") << qint64(300000) << QStringLiteral("5 min");
        QTest::newRow("hours") << qint64(3 * 3600000 + 60000) << QStringLiteral("3 h 1 min");
    }
    void readsLikeAPersonWouldSayIt()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(durationText(std::chrono::milliseconds(ms)), text);
        QVERIFY(!durationText(std::chrono::milliseconds(ms)).contains(QLatin1Char('e')));
    }

    void ipv6EndpointsKeepTheirBrackets()
    {
        QCOMPARE(NetworkMessages::endpointText(QStringLiteral("::1"), 9000),
                 QStringLiteral("[::1]:9000"));
        QCOMPARE(NetworkMessages::endpointText(QUrl(QStringLiteral("http://[::1]:9000/"))),
                 QStringLiteral("[::1]:9000"));
        QCOMPARE(NetworkMessages::endpointText(QUrl(QStringLiteral("https://minio.lan/"))),
                 QStringLiteral("minio.lan:443"));
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
