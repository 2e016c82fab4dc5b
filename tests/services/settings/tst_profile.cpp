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
        p.airbyte.password = QStringLiteral("airbyte-secret-value");
        p.airbyte.clientSecret = QStringLiteral("client-secret-value");
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

    void ignoresSecretsWrittenIntoTheFileByHand()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("postgres/password"), QStringLiteral("from-file"));
        s.setValue(QStringLiteral("minio/secretKey"), QStringLiteral("from-file"));
        const Profile p = Profile::load(s);
        QVERIFY(p.postgres.password.isEmpty());
        QVERIFY(p.minio.secretKey.isEmpty());
    }

    void environmentOverridesWinOverTheStore()
    {
        qputenv("DSP_POSTGRES_PASSWORD", "from-env");
        qputenv("DSP_AIRBYTE_CLIENT_SECRET", "client-from-env");
        const EnvironmentOverrides overrides = EnvironmentOverrides::take();
        QVERIFY(!overrides.isEmpty());
        Profile p;
        p.postgres.password = QStringLiteral("from-store");
        p.dremio.password = QStringLiteral("dremio-from-store");
        overrides.applyTo(p);
        QCOMPARE(p.postgres.password, QStringLiteral("from-env"));
        QCOMPARE(p.airbyte.clientSecret, QStringLiteral("client-from-env"));
        QCOMPARE(p.dremio.password, QStringLiteral("dremio-from-store"));
    }

    // Processes the panel starts (the browser behind "Open web UI") must not inherit them.
    void removesSecretsFromItsEnvironmentOnceRead()
    {
        qputenv("DSP_MINIO_SECRET_KEY", "minio-secret");
        qputenv("DSP_DREMIO_PASSWORD", "dremio-secret");
        Profile p;
        EnvironmentOverrides::take().applyTo(p);
        QCOMPARE(p.minio.secretKey, QStringLiteral("minio-secret"));
        QCOMPARE(p.dremio.password, QStringLiteral("dremio-secret"));
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QVERIFY(!env.contains(QStringLiteral("DSP_MINIO_SECRET_KEY")));
        QVERIFY(!env.contains(QStringLiteral("DSP_DREMIO_PASSWORD")));
        QVERIFY(!qEnvironmentVariableIsSet("DSP_MINIO_SECRET_KEY"));
        QVERIFY(EnvironmentOverrides::take().isEmpty());
    }

    // An imported profile asks for the secrets its fields call for, and only those.
    void namesTheSecretsAProfileLacks()
    {
        Profile p;
        p.postgres.user = QStringLiteral("analyst");
        p.minio.accessKey.clear();
        p.dremio.user.clear();
        p.airbyte.auth = Profile::Airbyte::Auth::ClientCredentials;
        p.airbyte.clientId = QStringLiteral("id");
        QList<Profile::SecretSlot> missing = p.missingSecrets();
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.contains(
            Profile::SecretSlot{QStringLiteral("airbyte"), QStringLiteral("clientSecret")}));
        QVERIFY(missing.contains(
            Profile::SecretSlot{QStringLiteral("postgres"), QStringLiteral("password")}));
        p.airbyte.clientSecret = QStringLiteral("s");
        p.postgres.password = QStringLiteral("pw");
        QVERIFY(p.missingSecrets().isEmpty());
        p.minio.accessKey = QStringLiteral("key");
        QCOMPARE(p.missingSecrets().size(), 1);
    }

    void roundTripsAuthAndTlsChoices()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        Profile p;
        p.airbyte.auth = Profile::Airbyte::Auth::Basic;
        p.airbyte.user = QStringLiteral("airbyte");
        p.airbyte.caFile = QStringLiteral("/etc/ca.pem");
        p.postgres.sslMode = QStringLiteral("verify-full");
        p.postgres.sslRootCert = QStringLiteral("/etc/pg-ca.pem");
        {
            QSettings s(path, QSettings::IniFormat);
            p.save(s);
        }
        QSettings s(path, QSettings::IniFormat);
        const Profile q = Profile::load(s);
        QCOMPARE(q.airbyte.auth, Profile::Airbyte::Auth::Basic);
        QCOMPARE(q.airbyte.user, p.airbyte.user);
        QCOMPARE(q.airbyte.caFile, p.airbyte.caFile);
        QCOMPARE(q.postgres.sslMode, p.postgres.sslMode);
        QCOMPARE(q.postgres.sslRootCert, p.postgres.sslRootCert);
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
