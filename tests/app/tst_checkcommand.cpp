// `datastack-panel --check [--json]` as operators script it: one JSON object per service,
// exit code 0 only when every configured service is Up.
#include "airbytefake.h"
#include "dremiofake.h"
#include "teststack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp::Fakes;
using namespace Dsp::Testing;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private:
    TestStack m_stack;
    AirbyteFake m_airbyte;
    DremioFake m_dremio;
    QTemporaryDir m_dir;

    QString writeProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("profile.ini"));
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("panel/probeTimeoutMs"), 3000);
        s.setValue(QStringLiteral("airbyte/apiUrl"),
                   QStringLiteral("http://127.0.0.1:%1").arg(m_airbyte.port()));
        s.setValue(QStringLiteral("minio/endpoint"),
                   QStringLiteral("http://127.0.0.1:%1").arg(m_stack.s3Port()));
        s.setValue(QStringLiteral("minio/accessKey"), m_stack.s3AccessKey());
        s.setValue(QStringLiteral("postgres/host"), QStringLiteral("127.0.0.1"));
        s.setValue(QStringLiteral("postgres/port"), m_stack.pgPort());
        s.setValue(QStringLiteral("dremio/url"),
                   QStringLiteral("http://127.0.0.1:%1").arg(m_dremio.port()));
        s.setValue(QStringLiteral("dremio/user"), QStringLiteral("analyst"));
        s.setValue(QStringLiteral("temporal/host"), QStringLiteral("127.0.0.1"));
        s.setValue(QStringLiteral("temporal/port"), m_stack.grpcPort());
        return path;
    }

    // Runs the panel without blocking this event loop, which serves the in-process fakes.
    int runCheck(const QStringList &args, QByteArray *out, QByteArray *err)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DSP_MINIO_SECRET_KEY"), m_stack.s3SecretKey());
        env.insert(QStringLiteral("DSP_POSTGRES_PASSWORD"), m_stack.pgPassword());
        env.insert(QStringLiteral("DSP_DREMIO_PASSWORD"), QStringLiteral("dremio-pass-1"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --check must need no display at all
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DSP_PANEL_BINARY), args);
        if (!finished.wait(30000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_stack.start(), qPrintable(m_stack.error()));
        m_dremio.addUser(QStringLiteral("analyst"), QStringLiteral("dremio-pass-1"));
        QVERIFY(m_airbyte.listen());
        QVERIFY(m_dremio.listen());
    }

    void reportsAllUpAsJsonAndExitsZero()
    {
        QByteArray out, err;
        const int code = runCheck({QStringLiteral("--check"), QStringLiteral("--json"),
                                   QStringLiteral("--profile"), writeProfile()},
                                  &out, &err);
        QVERIFY2(code == 0, out + err);
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        QCOMPARE(array.size(), 5);
        QStringList services;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            services.append(o.value(QStringLiteral("service")).toString());
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("up"));
            QVERIFY(o.value(QStringLiteral("latency_ms")).isDouble());
            QVERIFY(o.contains(QStringLiteral("version")));
            QVERIFY(o.contains(QStringLiteral("reason")));
        }
        QCOMPARE(services, (QStringList{QStringLiteral("airbyte"), QStringLiteral("minio"),
                                        QStringLiteral("postgres"), QStringLiteral("dremio"),
                                        QStringLiteral("temporal")}));
        // Secrets come from the environment and never show in the output.
        QVERIFY(!out.contains(m_stack.s3SecretKey().toUtf8()));
        QVERIFY(!out.contains(m_stack.pgPassword().toUtf8()));
    }

    void exitsNonZeroAndSaysWhyWhenOneIsDown()
    {
        QVERIFY(m_stack.command(QStringLiteral("stop pg")));
        QByteArray out, err;
        const int code = runCheck(
            {QStringLiteral("--check"), QStringLiteral("--profile"), writeProfile()}, &out, &err);
        QVERIFY(m_stack.command(QStringLiteral("start pg")));
        QCOMPARE(code, 1);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(2).startsWith("postgres") && lines.at(2).contains(" down ") &&
                     lines.at(2).contains("connection refused on 127.0.0.1:"),
                 lines.at(2));
        QVERIFY2(lines.at(0).startsWith("airbyte") && lines.at(0).contains(" up "), lines.at(0));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
