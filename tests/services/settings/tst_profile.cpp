#include "settings/profile.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryNonSecretField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        Profile p;
        p.name = QStringLiteral("Sandbox");
        p.sandbox = true;
        p.pollInterval = 15s;
        p.probeTimeout = 1500ms;
        p.airbyte.apiUrl = QUrl(QStringLiteral("http://airbyte.lan:8001"));
        p.minio.accessKey = QStringLiteral("analyst");
        p.minio.buckets = {QStringLiteral("a"), QStringLiteral("b")};
        p.postgres.port = 6543;
        p.postgres.databases = {QStringLiteral("x")};
        p.dremio.user = QStringLiteral("dremio-user");
        p.temporal.port = 7234;
        {
            QSettings s(path, QSettings::IniFormat);
            p.save(s);
        }
        QSettings s(path, QSettings::IniFormat);
        const Profile q = Profile::load(s);
        QCOMPARE(q.name, p.name);
        QCOMPARE(q.sandbox, true);
        QCOMPARE(q.pollInterval, 15000ms);
        QCOMPARE(q.probeTimeout, 1500ms);
        QCOMPARE(q.airbyte.apiUrl, p.airbyte.apiUrl);
        QCOMPARE(q.minio.accessKey, p.minio.accessKey);
        QCOMPARE(q.minio.buckets, p.minio.buckets);
        QCOMPARE(q.postgres.port, 6543);
        QCOMPARE(q.postgres.databases, p.postgres.databases);
        QCOMPARE(q.dremio.user, p.dremio.user);
        QCOMPARE(q.temporal.port, 7234);
    }

    // The Settings page saves one value without rewriting the rest of the user's file.
    void savesOneSettingAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(QStringLiteral("minio/accessKey"), QStringLiteral("analyst"));
            Profile::savePollInterval(s, 25s);
            Profile::saveProbeTimeout(s, 2500ms);
        }
        QSettings s(path, QSettings::IniFormat);
        QCOMPARE(s.allKeys().size(), 3);
        const Profile p = Profile::load(s);
        QCOMPARE(p.pollInterval, 25000ms);
        QCOMPARE(p.probeTimeout, 2500ms);
        QCOMPARE(p.minio.accessKey, QStringLiteral("analyst"));
    }

    void neverWritesSecretsToTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        Profile p;
        p.minio.secretKey = QStringLiteral("minio-secret-value");
        p.postgres.password = QStringLiteral("postgres-secret-value");
        p.dremio.password = QStringLiteral("dremio-secret-value");
        {
            QSettings s(path, QSettings::IniFormat);
            p.save(s);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("[minio]"));
        QVERIFY(!text.contains("secret-value"));
    }

    void readsSecretsFromTheEnvironmentOnly()
    {
        qputenv("DSP_POSTGRES_PASSWORD", "from-env");
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("postgres/password"), QStringLiteral("from-file"));
        const Profile p = Profile::load(s);
        QCOMPARE(p.postgres.password, QStringLiteral("from-env"));
    }

    // Processes the panel starts (the browser behind "Open web UI") must not inherit them.
    void removesSecretsFromItsEnvironmentOnceRead()
    {
        qputenv("DSP_MINIO_SECRET_KEY", "minio-secret");
        qputenv("DSP_DREMIO_PASSWORD", "dremio-secret");
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        const Profile p = Profile::load(s);
        QCOMPARE(p.minio.secretKey, QStringLiteral("minio-secret"));
        QCOMPARE(p.dremio.password, QStringLiteral("dremio-secret"));
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QVERIFY(!env.contains(QStringLiteral("DSP_MINIO_SECRET_KEY")));
        QVERIFY(!env.contains(QStringLiteral("DSP_DREMIO_PASSWORD")));
        QVERIFY(!qEnvironmentVariableIsSet("DSP_MINIO_SECRET_KEY"));
    }

    void defaultsMatchTheStacksLocalPorts()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const Profile p = Profile::load(s);
        QCOMPARE(p.airbyte.apiUrl.port(), 8000);
        QCOMPARE(p.minio.endpoint.port(), 9000);
        QCOMPARE(p.minio.consoleUrl.port(), 9001);
        QCOMPARE(p.postgres.port, 5432);
        QCOMPARE(p.dremio.url.port(), 9047);
        QCOMPARE(p.temporal.port, 7233);
        QCOMPARE(p.pollInterval, 10s);
        QCOMPARE(p.probeTimeout, 3s);
        QCOMPARE(p.minio.buckets,
                 (QStringList{QStringLiteral("airbyte-logs"), QStringLiteral("airbyte-staging")}));
        QCOMPARE(p.postgres.databases,
                 (QStringList{QStringLiteral("business_db"), QStringLiteral("airbyte")}));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
