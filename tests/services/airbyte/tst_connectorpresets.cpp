#include "airbyte/connectorpresets.h"
#include "airbyte/connectorspec.h"
#include "airbyte/specvalidator.h"
#include "settings/profile.h"

#include "sharedref.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Testing;

namespace {

// A self-signed CA (EC P-256, valid until 2126), as a profile's sslRootCert file holds it.
const QByteArray CaPem = "-----BEGIN CERTIFICATE-----\n"
                         "MIIBgzCCASmgAwIBAgIUciHHTXtyC1Kqh6dyLTWJZo6kNn0wCgYIKoZIzj0EAwIw\n"
                         "FjEUMBIGA1UEAwwLZHNwLXRlc3QtY2EwIBcNMjYxMjAyMDY1MzMzWhgPMjEyNjEx\n"
                         "MDgwNjUzMzNaMBYxFDASBgNVBAMMC2RzcC10ZXN0LWNhMFkwEwYHKoZIzj0CAQYI\n"
                         "KoZIzj0DAQcDQgAEnKGMdu2qsy2SWhaIfvcNt0pQv3MUgUapDmH9PRs1ia16gHkY\n"
                         "BgeCtqtCHgdD6YesQnmx+2LYdweG90Yeiz6vcqNTMFEwHQYDVR0OBBYEFOGA/9u3\n"
                         "HUrOEg0b9WIzd7BDDk2jMB8GA1UdIwQYMBaAFOGA/9u3HUrOEg0b9WIzd7BDDk2j\n"
                         "MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhANSa9ePDer/tpOLk\n"
                         "yL/QiqJ8FVnAeo/Gtf2D/2lnucPyAiBAIE2+VBgcxBpro08gfENGFs2/0bOD9dy2\n"
                         "j8517waA+Q==\n"
                         "-----END CERTIFICATE-----\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString connectorFile(const QString &name)
{
    return Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/") + name + ".json");
}

QString registryFile()
{
    return Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json"));
}

// The connectionSpecification of the registry's entry for `dockerRepository`, or {}.
QJsonObject registrySpec(const QJsonObject &registry, const QString &dockerRepository)
{
    for (const QString &kind : {QStringLiteral("sources"), QStringLiteral("destinations")}) {
        for (const QJsonValue entry : registry.value(kind).toArray()) {
            if (entry.toObject().value("dockerRepository").toString() == dockerRepository)
                return entry.toObject()
                    .value("spec")
                    .toObject()
                    .value("connectionSpecification")
                    .toObject();
        }
    }
    return {};
}

ConnectorPreset presetFor(AirbyteClient::Kind kind, const QString &id)
{
    for (const ConnectorPreset &preset : connectorPresets(kind)) {
        if (preset.id == id)
            return preset;
    }
    return {};
}

ConnectorPreset minioPreset()
{
    return presetFor(AirbyteClient::Kind::Destination, QStringLiteral("minio-parquet"));
}

ConnectorPreset postgresPreset()
{
    return presetFor(AirbyteClient::Kind::Source, QStringLiteral("postgres-business-db"));
}

Profile stackProfile()
{
    Profile profile;
    profile.id = QStringLiteral("local");
    profile.minio.endpoint = QUrl(QStringLiteral("http://localhost:9000"));
    profile.minio.accessKey = QStringLiteral("panel-access-key");
    profile.minio.secretKey = QStringLiteral("panel-secret-key-typed");
    profile.postgres.host = QStringLiteral("localhost");
    profile.postgres.port = 5432;
    profile.postgres.user = QStringLiteral("analyst");
    profile.postgres.password = QStringLiteral("pg-password-typed");
    profile.postgres.sslMode = QStringLiteral("prefer");
    return profile;
}

QStringList paths(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.path + QLatin1String(": ") + e.message);
    return out;
}

QStringList errorPaths(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.path);
    return out;
}

} // namespace

class TestConnectorPresets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void offersOnePresetPerKind();
    void minioPresetIsValidAndComplete_data();
    void minioPresetIsValidAndComplete();
    void minioEndpointDefaultsToThePanels();
    void minioRegionComesFromTheProfile();
    void minioSecretMissingFromProfileIsAskedFor();
    void postgresPresetIsValidAndComplete_data();
    void postgresPresetIsValidAndComplete();
    void postgresEndpointForms_data();
    void postgresEndpointForms();
    void postgresSslModeFollowsProfile_data();
    void postgresSslModeFollowsProfile();
    void postgresPasswordMissingFromProfileIsAskedFor();
    void warnsAboutLoopbackEndpoints_data();
    void warnsAboutLoopbackEndpoints();

private:
    QHash<QString, QJsonObject> m_rawSpecs; // "<file or registry>:<docker repository>"
};

void TestConnectorPresets::initTestCase()
{
    DSP_REQUIRE_SHARED(connectorFile(QStringLiteral("destination-s3")));
    DSP_REQUIRE_SHARED(connectorFile(QStringLiteral("source-postgres")));
    DSP_REQUIRE_SHARED(registryFile());
    const QJsonObject registry = QJsonDocument::fromJson(readFile(registryFile())).object();
    for (const QString &repository :
         {QStringLiteral("airbyte/destination-s3"), QStringLiteral("airbyte/source-postgres")}) {
        const QString name = repository.section(QLatin1Char('/'), 1);
        m_rawSpecs.insert("file:" + repository,
                          QJsonDocument::fromJson(readFile(connectorFile(name))).object());
        m_rawSpecs.insert("registry:" + repository, registrySpec(registry, repository));
        QVERIFY2(!m_rawSpecs.value("registry:" + repository).isEmpty(), qPrintable(repository));
    }
}

void TestConnectorPresets::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestConnectorPresets::offersOnePresetPerKind()
{
    const QList<ConnectorPreset> destinations = connectorPresets(AirbyteClient::Kind::Destination);
    QCOMPARE(destinations.size(), 1);
    QCOMPARE(destinations.first().id, QStringLiteral("minio-parquet"));
    QCOMPARE(destinations.first().kind, AirbyteClient::Kind::Destination);
    QCOMPARE(destinations.first().dockerRepository, QStringLiteral("airbyte/destination-s3"));
    QCOMPARE(destinations.first().title, QStringLiteral("MinIO data lake (S3, Parquet)"));
    QCOMPARE(destinations.first().defaultName, QStringLiteral("MinIO data lake"));

    const QList<ConnectorPreset> sources = connectorPresets(AirbyteClient::Kind::Source);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().id, QStringLiteral("postgres-business-db"));
    QCOMPARE(sources.first().kind, AirbyteClient::Kind::Source);
    QCOMPARE(sources.first().dockerRepository, QStringLiteral("airbyte/source-postgres"));
    QCOMPARE(sources.first().title, QStringLiteral("PostgreSQL business_db"));
    QCOMPARE(sources.first().defaultName, QStringLiteral("business_db"));

    for (const ConnectorPreset &preset : destinations + sources) {
        QVERIFY(!preset.description.isEmpty());
        QVERIFY(!preset.endpointQuestion.isEmpty());
        // A definition the registry has.
        QVERIFY(!m_rawSpecs.value("registry:" + preset.dockerRepository).isEmpty());
    }
}

void TestConnectorPresets::minioPresetIsValidAndComplete_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("connectors/destination-s3.json") << QStringLiteral("file");
    QTest::newRow("registry") << QStringLiteral("registry");
}

void TestConnectorPresets::minioPresetIsValidAndComplete()
{
    QFETCH(QString, source);
    const QJsonObject raw = m_rawSpecs.value(source + ":airbyte/destination-s3");
    const Result<ConnectorSpec> spec = ConnectorSpec::parse(raw);
    QVERIFY(spec);
    const QJsonObject config =
        presetConfiguration(minioPreset(), stackProfile(),
                            QStringLiteral("http://host.docker.internal:9000"), spec.value());

    QCOMPARE(paths(SpecValidator::validate(spec.value(), config)), QStringList());
    QCOMPARE(paths(presetMissingValues(minioPreset(), config)), QStringList());
    QCOMPARE(config.value("s3_bucket_name").toString(), QStringLiteral("airbyte-staging"));
    QCOMPARE(config.value("s3_bucket_path").toString(), QStringLiteral("postgres-sync"));
    QCOMPARE(config.value("s3_bucket_region").toString(), QStringLiteral("us-east-1"));
    QCOMPARE(config.value("s3_endpoint").toString(),
             QStringLiteral("http://host.docker.internal:9000"));
    QCOMPARE(config.value("access_key_id").toString(), QStringLiteral("panel-access-key"));
    QCOMPARE(config.value("secret_access_key").toString(),
             QStringLiteral("panel-secret-key-typed"));

    // Parquet, with each default of the spec's Parquet option.
    const QJsonObject format = config.value("format").toObject();
    QCOMPARE(format.value("format_type").toString(), QStringLiteral("Parquet"));
    QJsonObject parquet;
    for (const QJsonValue option :
         raw.value("properties").toObject().value("format").toObject().value("oneOf").toArray()) {
        const QJsonObject properties = option.toObject().value("properties").toObject();
        if (properties.value("format_type").toObject().value("default") == QJsonValue("Parquet"))
            parquet = properties;
    }
    QVERIFY(parquet.size() > 1);
    for (auto it = parquet.begin(); it != parquet.end(); ++it)
        QCOMPARE(format.value(it.key()), it.value().toObject().value("default"));
    QCOMPARE(format.size(), parquet.size());
    QCOMPARE(format.value("compression_codec").toString(), QStringLiteral("UNCOMPRESSED"));
}

void TestConnectorPresets::minioEndpointDefaultsToThePanels()
{
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value("file:airbyte/destination-s3"));
    QVERIFY(spec);
    Profile profile = stackProfile();
    QCOMPARE(presetDefaultEndpoint(minioPreset(), profile),
             QStringLiteral("http://localhost:9000"));
    QCOMPARE(presetConfiguration(minioPreset(), profile, QString(), spec.value())
                 .value("s3_endpoint")
                 .toString(),
             QStringLiteral("http://localhost:9000"));

    profile.minio.endpoint = QUrl(QStringLiteral("https://user@minio.example:9443/"));
    QCOMPARE(presetDefaultEndpoint(minioPreset(), profile),
             QStringLiteral("https://minio.example:9443"));
    // An answer without a scheme takes the panel's; trailing slashes go.
    const auto endpointFor = [&](const QString &answer) {
        return presetConfiguration(minioPreset(), profile, answer, spec.value())
            .value("s3_endpoint")
            .toString();
    };
    QCOMPARE(endpointFor(QStringLiteral(" minio:9000 ")), QStringLiteral("https://minio:9000"));
    QCOMPARE(endpointFor(QStringLiteral("http://minio:9000/")),
             QStringLiteral("http://minio:9000"));
    QCOMPARE(endpointFor(QStringLiteral("fd00::5")), QStringLiteral("https://[fd00::5]"));
}

void TestConnectorPresets::minioRegionComesFromTheProfile()
{
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value("file:airbyte/destination-s3"));
    QVERIFY(spec);
    Profile profile = stackProfile();
    profile.minio.region = QStringLiteral("eu-west-3");
    QJsonObject config = presetConfiguration(minioPreset(), profile, QString(), spec.value());
    QCOMPARE(config.value("s3_bucket_region").toString(), QStringLiteral("eu-west-3"));
    QCOMPARE(paths(SpecValidator::validate(spec.value(), config)), QStringList());

    profile.minio.region.clear();
    config = presetConfiguration(minioPreset(), profile, QString(), spec.value());
    QCOMPARE(config.value("s3_bucket_region").toString(), QStringLiteral("us-east-1"));

    // A region the connector does not list is kept, so the form names the field.
    profile.minio.region = QStringLiteral("homelab-1");
    config = presetConfiguration(minioPreset(), profile, QString(), spec.value());
    QCOMPARE(errorPaths(SpecValidator::validate(spec.value(), config)),
             QStringList{QStringLiteral("/s3_bucket_region")});
}

void TestConnectorPresets::minioSecretMissingFromProfileIsAskedFor()
{
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value("file:airbyte/destination-s3"));
    QVERIFY(spec);
    Profile profile = stackProfile();
    profile.minio.secretKey.clear(); // not unlocked from the credential store
    QJsonObject config = presetConfiguration(minioPreset(), profile, QString(), spec.value());
    QVERIFY(!config.contains("secret_access_key"));
    QCOMPARE(config.value("access_key_id").toString(), QStringLiteral("panel-access-key"));

    // The S3 spec leaves the keys optional (AWS can use a role), so the spec alone accepts it:
    // the preset's own check names the field.
    QCOMPARE(paths(SpecValidator::validate(spec.value(), config)), QStringList());
    const QList<FieldError> missing = presetMissingValues(minioPreset(), config);
    QCOMPARE(paths(missing), QStringList{QStringLiteral("/secret_access_key: required")});

    profile.minio.accessKey.clear();
    config = presetConfiguration(minioPreset(), profile, QString(), spec.value());
    QCOMPARE(errorPaths(presetMissingValues(minioPreset(), config)),
             QStringList({QStringLiteral("/access_key_id"), QStringLiteral("/secret_access_key")}));

    // An edit: Airbyte's masked value stands for the key it keeps.
    config.insert("access_key_id", ConnectorSpec::maskedSecret());
    config.insert("secret_access_key", ConnectorSpec::maskedSecret());
    QVERIFY(presetMissingValues(minioPreset(), config).isEmpty());
}

void TestConnectorPresets::postgresPresetIsValidAndComplete_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("connectors/source-postgres.json") << QStringLiteral("file");
    QTest::newRow("registry") << QStringLiteral("registry");
}

void TestConnectorPresets::postgresPresetIsValidAndComplete()
{
    QFETCH(QString, source);
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value(source + ":airbyte/source-postgres"));
    QVERIFY(spec);
    const QJsonObject config =
        presetConfiguration(postgresPreset(), stackProfile(),
                            QStringLiteral("host.docker.internal:5432"), spec.value());

    QCOMPARE(paths(SpecValidator::validate(spec.value(), config)), QStringList());
    QCOMPARE(paths(presetMissingValues(postgresPreset(), config)), QStringList());
    QCOMPARE(config.value("host").toString(), QStringLiteral("host.docker.internal"));
    QCOMPARE(config.value("port").toInt(), 5432);
    QCOMPARE(config.value("database").toString(), QStringLiteral("business_db"));
    QCOMPARE(config.value("schemas").toArray(), QJsonArray{QStringLiteral("public")});
    QCOMPARE(config.value("username").toString(), QStringLiteral("analyst"));
    QCOMPARE(config.value("password").toString(), QStringLiteral("pg-password-typed"));
    const QJsonObject prefer{{QStringLiteral("mode"), QStringLiteral("prefer")}};
    QCOMPARE(config.value("ssl_mode").toObject(), prefer);
    // The cursor-based method: nothing to set up on the server (not the spec's default CDC).
    const QJsonObject standard{{QStringLiteral("method"), QStringLiteral("Standard")}};
    QCOMPARE(config.value("replication_method").toObject(), standard);
    // The spec's other defaults stay.
    QCOMPARE(config.value("tunnel_method").toObject().value("tunnel_method").toString(),
             QStringLiteral("NO_TUNNEL"));
}

void TestConnectorPresets::postgresEndpointForms_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("empty: the panel's") << QString() << QStringLiteral("pg.lan") << 5544;
    QTest::newRow("host") << QStringLiteral("db") << QStringLiteral("db") << 5544;
    QTest::newRow("host:port") << QStringLiteral(" db:6543 ") << QStringLiteral("db") << 6543;
    QTest::newRow("[v6]:port") << QStringLiteral("[fd00::5]:6000") << QStringLiteral("fd00::5")
                               << 6000;
    QTest::newRow("bare v6") << QStringLiteral("fd00::5") << QStringLiteral("fd00::5") << 5544;
    QTest::newRow("url") << QStringLiteral("postgresql://pg.example:7000/business_db")
                         << QStringLiteral("pg.example") << 7000;
    QTest::newRow("bad port: shown as typed")
        << QStringLiteral("db:abc") << QStringLiteral("db:abc") << 5544;
}

void TestConnectorPresets::postgresEndpointForms()
{
    QFETCH(QString, answer);
    QFETCH(QString, host);
    QFETCH(int, port);
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value("file:airbyte/source-postgres"));
    QVERIFY(spec);
    Profile profile = stackProfile();
    profile.postgres.host = QStringLiteral("pg.lan");
    profile.postgres.port = 5544;
    const QJsonObject config = presetConfiguration(postgresPreset(), profile, answer, spec.value());
    QCOMPARE(config.value("host").toString(), host);
    QCOMPARE(config.value("port").toInt(), port);
}

void TestConnectorPresets::postgresSslModeFollowsProfile_data()
{
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QStringList>("errors");
    const QStringList none;
    for (const char *mode : {"disable", "allow", "prefer", "require"})
        QTest::newRow(mode) << QString::fromLatin1(mode) << QString::fromLatin1(mode) << false
                            << none;
    QTest::newRow("unset: libpq's prefer")
        << QString() << QStringLiteral("prefer") << false << none;
    QTest::newRow("upper case") << QStringLiteral("Require") << QStringLiteral("require") << false
                                << none;
    QTest::newRow("verify-ca with CA file")
        << QStringLiteral("verify-ca") << QStringLiteral("verify-ca") << true << none;
    QTest::newRow("verify-full with CA file")
        << QStringLiteral("verify-full") << QStringLiteral("verify-full") << true << none;
    QTest::newRow("verify-full without CA: asked for")
        << QStringLiteral("verify-full") << QStringLiteral("verify-full") << false
        << QStringList{QStringLiteral("/ssl_mode/ca_certificate")};
}

void TestConnectorPresets::postgresSslModeFollowsProfile()
{
    QFETCH(QString, sslMode);
    QFETCH(QString, mode);
    QFETCH(bool, withCa);
    QFETCH(QStringList, errors);
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value("file:airbyte/source-postgres"));
    QVERIFY(spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile profile = stackProfile();
    profile.postgres.sslMode = sslMode;
    if (withCa) {
        profile.postgres.sslRootCert = dir.filePath(QStringLiteral("root.crt"));
        QFile file(profile.postgres.sslRootCert);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CaPem);
    }
    const QJsonObject config = presetConfiguration(postgresPreset(), profile, {}, spec.value());
    const QJsonObject ssl = config.value("ssl_mode").toObject();
    QCOMPARE(ssl.value("mode").toString(), mode);
    if (withCa)
        QCOMPARE(ssl.value("ca_certificate").toString(), QString::fromLatin1(CaPem));
    else
        QVERIFY(!ssl.contains("ca_certificate"));
    QCOMPARE(errorPaths(SpecValidator::validate(spec.value(), config)), errors);
}

void TestConnectorPresets::postgresPasswordMissingFromProfileIsAskedFor()
{
    const Result<ConnectorSpec> spec =
        ConnectorSpec::parse(m_rawSpecs.value("file:airbyte/source-postgres"));
    QVERIFY(spec);
    Profile profile = stackProfile();
    profile.postgres.password.clear();
    const QJsonObject config = presetConfiguration(postgresPreset(), profile, {}, spec.value());
    QVERIFY(!config.contains("password"));
    QCOMPARE(paths(SpecValidator::validate(spec.value(), config)), QStringList());
    QCOMPARE(paths(presetMissingValues(postgresPreset(), config)),
             QStringList{QStringLiteral("/password: required")});
}

void TestConnectorPresets::warnsAboutLoopbackEndpoints_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("suggestion"); // empty: no warning
    const QString minio = QStringLiteral("minio-parquet");
    const QString pg = QStringLiteral("postgres-business-db");
    const QString minioDocker = QStringLiteral("http://host.docker.internal:9000");
    const QString pgDocker = QStringLiteral("host.docker.internal:5432");
    QTest::newRow("s3 localhost") << minio << "http://localhost:9000" << minioDocker;
    QTest::newRow("s3 LOCALHOST/") << minio << "http://LOCALHOST:9000/" << minioDocker;
    QTest::newRow("s3 no scheme") << minio << "localhost:9000" << minioDocker;
    QTest::newRow("s3 127.0.0.1") << minio << "http://127.0.0.1:9000" << minioDocker;
    QTest::newRow("s3 127.1.2.3") << minio << "http://127.1.2.3:9000" << minioDocker;
    QTest::newRow("s3 ::1") << minio << "http://[::1]:9000" << minioDocker;
    QTest::newRow("s3 0.0.0.0") << minio << "http://0.0.0.0:9000" << minioDocker;
    QTest::newRow("s3 https path") << minio << "https://localhost/s3"
                                   << "https://host.docker.internal/s3";
    QTest::newRow("s3 host.docker.internal") << minio << minioDocker << QString();
    QTest::newRow("s3 minio") << minio << "http://minio:9000" << QString();
    QTest::newRow("s3 remote") << minio << "https://s3.example.com" << QString();
    QTest::newRow("s3 not-localhost") << minio << "http://notlocalhost:9000" << QString();
    QTest::newRow("s3 empty") << minio << QString() << QString();
    QTest::newRow("pg localhost") << pg << "localhost:5432" << pgDocker;
    QTest::newRow("pg localhost no port") << pg << "localhost"
                                          << "host.docker.internal";
    QTest::newRow("pg 127.0.0.1") << pg << "127.0.0.1:5432" << pgDocker;
    QTest::newRow("pg ::1") << pg << "::1"
                            << "host.docker.internal";
    QTest::newRow("pg [::1]:5432") << pg << "[::1]:5432" << pgDocker;
    QTest::newRow("pg host.docker.internal") << pg << pgDocker << QString();
    QTest::newRow("pg minio") << pg << "minio" << QString();
    QTest::newRow("pg postgres:5432") << pg << "postgres:5432" << QString();
    QTest::newRow("pg 10.0.0.7") << pg << "10.0.0.7:5432" << QString();
}

void TestConnectorPresets::warnsAboutLoopbackEndpoints()
{
    QFETCH(QString, preset);
    QFETCH(QString, endpoint);
    QFETCH(QString, suggestion);
    const ConnectorPreset p =
        preset == QLatin1String("minio-parquet") ? minioPreset() : postgresPreset();
    const QString warning = presetEndpointWarning(p, endpoint);
    if (suggestion.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        return;
    }
    QVERIFY(warning.contains(QLatin1String("container")));
    QVERIFY2(warning.contains(suggestion), qPrintable(warning));
}

QTEST_GUILESS_MAIN(TestConnectorPresets)
#include "tst_connectorpresets.moc"
