#include "temporal/temporalprobe.h"

#include <QTest>

using namespace Dsp;

// The two gRPC messages the Temporal probe decodes by hand, against good and hostile input.
class TestTemporalProbe : public QObject
{
    Q_OBJECT

    static QByteArray frame(const QByteArray &message)
    {
        QByteArray out(5, '\0');
        const quint32 n = quint32(message.size());
        out[1] = char(n >> 24);
        out[2] = char(n >> 16);
        out[3] = char(n >> 8);
        out[4] = char(n);
        return out + message;
    }

private slots:
    void requestIsAnEmptyUncompressedFrame()
    {
        QCOMPARE(TemporalProbe::healthCheckRequestFrame(), QByteArray(5, '\0'));
    }

    void decodesServingStatus_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("SERVING") << frame(QByteArray("\x08\x01", 2)) << 1;
        QTest::newRow("NOT_SERVING") << frame(QByteArray("\x08\x02", 2)) << 2;
        QTest::newRow("SERVICE_UNKNOWN") << frame(QByteArray("\x08\x03", 2)) << 3;
        QTest::newRow("empty message is UNKNOWN") << frame({}) << 0;
        QTest::newRow("truncated prefix") << QByteArray("\x00\x00\x00", 3) << -1;
        QTest::newRow("length larger than body")
            << QByteArray("\x00\x00\x00\x00\x09\x08\x01", 7) << -1;
        QTest::newRow("compressed flag") << QByteArray("\x01\x00\x00\x00\x02\x08\x01", 7) << -1;
        QTest::newRow("HTTP text") << QByteArray("HTTP/1.1 400 Bad Request") << -1;
    }
    void decodesServingStatus()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QCOMPARE(TemporalProbe::parseHealthCheckResponse(body), status);
    }

    void readsServerVersion_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("version");
        QTest::newRow("version only") << frame(QByteArray("\x0a\x06"
                                                          "1.25.2",
                                                          8))
                                      << "1.25.2";
        // capabilities (field 2, a message) first, then the version
        QTest::newRow("after another field") << frame(QByteArray("\x12\x02\x08\x01\x0a\x05"
                                                                 "1.2.3",
                                                                 11))
                                             << "1.2.3";
        QTest::newRow("varint field before")
            << frame(QByteArray("\x18\x96\x01\x0a\x01x", 6)) << "x";
        QTest::newRow("no version") << frame(QByteArray("\x12\x00", 2)) << "";
        QTest::newRow("length past the end") << frame(QByteArray("\x0a\x7f"
                                                                 "abc",
                                                                 5))
                                             << "";
        QTest::newRow("unterminated varint") << frame(QByteArray("\x0a\xff\xff", 3)) << "";
        QTest::newRow("not a frame") << QByteArray("garbage") << "";
    }
    void readsServerVersion()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, version);
        QCOMPARE(TemporalProbe::parseSystemInfoVersion(body), version);
    }
};

QTEST_GUILESS_MAIN(TestTemporalProbe)
#include "tst_temporalprobe.moc"
