#include "connectorpresets.h"

#include "airbyte/airbytetr.h"
#include "airbyte/connectorspec.h"
#include "core/tlsfiles.h"
#include "settings/profile.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSslCertificate>
#include <QUrl>

namespace Dsp {

namespace {

const QString MinioParquetId = QStringLiteral("minio-parquet");
const QString PostgresBusinessDbId = QStringLiteral("postgres-business-db");
const QString DefaultRegion = QStringLiteral("us-east-1");
const QString DockerHost = QStringLiteral("host.docker.internal");

bool isMinio(const ConnectorPreset &preset)
{
    return preset.id == MinioParquetId;
}

bool isPostgres(const ConnectorPreset &preset)
{
    return preset.id == PostgresBusinessDbId;
}

// A oneOf at the top of the spec, set to the option whose discriminator is `value`, with that
// option's own defaults (Airbyte's form does the same when the option is picked). Without
// such an option (another connector version), the discriminator alone.
QJsonValue chosenOption(const ConnectorSpec &spec, const QString &key, const QString &discriminator,
                        const QString &value)
{
    for (const SpecField &field : spec.fields()) {
        if (field.key != key || field.kind != SpecFieldKind::OneOf)
            continue;
        for (const SpecField &option : field.children) {
            if (option.optionValue == QJsonValue(value))
                return option.initialValue();
        }
    }
    return QJsonObject{{discriminator, value}};
}

// The MinIO endpoint as a URL: the answer, or the panel's; a scheme is added when missing.
QString minioEndpoint(const Profile &profile, const QString &answer)
{
    QString text = answer.trimmed();
    if (text.isEmpty())
        text = profile.minio.endpoint.adjusted(QUrl::RemoveUserInfo).toString();
    if (!text.contains(QLatin1String("://"))) {
        if (text.count(QLatin1Char(':')) > 1 && !text.startsWith(QLatin1Char('[')))
            text = QLatin1Char('[') + text + QLatin1Char(']'); // a bare IPv6 address
        const QString scheme = profile.minio.endpoint.scheme();
        text.prepend((scheme.isEmpty() ? QStringLiteral("http") : scheme) + QLatin1String("://"));
    }
    while (text.endsWith(QLatin1Char('/')) && !text.endsWith(QLatin1String("://")))
        text.chop(1);
    return text;
}

struct HostPort
{
    QString host;
    int port = -1; // -1: not given
};

// "host", "host:port", "[v6]:port", a bare IPv6 address, or a postgresql:// URL. A port that
// is not a number leaves the whole text as the host, so the form shows what was typed.
HostPort parseHostPort(const QString &answer)
{
    const QString text = answer.trimmed();
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        return {url.host(), url.port(-1)};
    }
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 0) {
            host = text.mid(1, close - 1);
            const QString rest = text.mid(close + 1);
            if (rest.startsWith(QLatin1Char(':')))
                portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    }
    if (portText.isEmpty())
        return {host, -1};
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return {text, -1};
    return {host, port};
}

QString hostPortText(const QString &host, int port)
{
    const QString shown =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return port > 0 ? shown + QLatin1Char(':') + QString::number(port) : shown;
}

// libpq's sslmode as the spec's ssl_mode option; libpq's own default when unset or unknown.
QString sslModeOption(const QString &sslMode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const QString mode = sslMode.trimmed().toLower();
    return modes.contains(mode) ? mode : QStringLiteral("prefer");
}

bool isLoopbackHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    // 0.0.0.0 and :: also stand for "this machine", in the container too.
    return address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6);
}

QJsonObject minioConfiguration(const Profile &profile, const QString &endpoint,
                               const ConnectorSpec &spec)
{
    QJsonObject config = spec.defaultConfiguration();
    config.insert(QStringLiteral("s3_bucket_name"), QStringLiteral("airbyte-staging"));
    config.insert(QStringLiteral("s3_bucket_path"), QStringLiteral("postgres-sync"));
    // MinIO answers to the region it was given (us-east-1 unless set). One the spec's list
    // lacks is kept, so the validator names the field rather than signing with another one.
    const QString region = profile.minio.region.trimmed();
    config.insert(QStringLiteral("s3_bucket_region"), region.isEmpty() ? DefaultRegion : region);
    config.insert(QStringLiteral("s3_endpoint"), minioEndpoint(profile, endpoint));
    const auto putSecret = [&config](const QString &key, const QString &value) {
        if (value.isEmpty())
            config.remove(key);
        else
            config.insert(key, value);
    };
    putSecret(QStringLiteral("access_key_id"), profile.minio.accessKey);
    putSecret(QStringLiteral("secret_access_key"), profile.minio.secretKey);
    config.insert(QStringLiteral("format"),
                  chosenOption(spec, QStringLiteral("format"), QStringLiteral("format_type"),
                               QStringLiteral("Parquet")));
    return config;
}

QJsonObject postgresConfiguration(const Profile &profile, const QString &endpoint,
                                  const ConnectorSpec &spec)
{
    QJsonObject config = spec.defaultConfiguration();
    const HostPort answer =
        parseHostPort(endpoint.trimmed().isEmpty() ? profile.postgres.host : endpoint);
    config.insert(QStringLiteral("host"), answer.host);
    config.insert(QStringLiteral("port"), answer.port > 0 ? answer.port : profile.postgres.port);
    config.insert(QStringLiteral("database"), QStringLiteral("business_db"));
    config.insert(QStringLiteral("schemas"), QJsonArray{QStringLiteral("public")});
    config.insert(QStringLiteral("username"), profile.postgres.user);
    if (profile.postgres.password.isEmpty())
        config.remove(QStringLiteral("password"));
    else
        config.insert(QStringLiteral("password"), profile.postgres.password);

    const QString mode = sslModeOption(profile.postgres.sslMode);
    QJsonObject ssl =
        chosenOption(spec, QStringLiteral("ssl_mode"), QStringLiteral("mode"), mode).toObject();
    if (mode.startsWith(QLatin1String("verify-")) && !profile.postgres.sslRootCert.isEmpty()) {
        // As PEM, which the connector takes (the file may be DER). Left out when unreadable:
        // the validator then asks for it in the form.
        const Result<QList<QSslCertificate>> ca = loadCaCertificates(profile.postgres.sslRootCert);
        if (ca) {
            QByteArray pem;
            for (const QSslCertificate &certificate : ca.value())
                pem += certificate.toPem();
            ssl.insert(QStringLiteral("ca_certificate"), QString::fromLatin1(pem));
        }
    }
    config.insert(QStringLiteral("ssl_mode"), ssl);

    // "Standard" (a cursor column per stream, chosen in the connection), not the spec's
    // default CDC: CDC needs wal_level=logical, a replication slot and a publication that a
    // DBA creates on the server (the spec requires both names), which a business database
    // rarely has; Xmin depends on transaction ids, and the spec itself keeps it for databases
    // under low transaction pressure. Standard works on any PostgreSQL with read access.
    config.insert(QStringLiteral("replication_method"),
                  chosenOption(spec, QStringLiteral("replication_method"), QStringLiteral("method"),
                               QStringLiteral("Standard")));
    return config;
}

} // namespace

QList<ConnectorPreset> connectorPresets(AirbyteClient::Kind kind)
{
    if (kind == AirbyteClient::Kind::Destination) {
        return {{MinioParquetId, kind, QStringLiteral("airbyte/destination-s3"),
                 //: A preset of the new destination form; S3 and Parquet are not translated.
                 AirbyteTr::tr("MinIO data lake (S3, Parquet)"),
                 AirbyteTr::tr("Writes the synced tables as Parquet files to the "
                               "airbyte-staging bucket of this environment's MinIO."),
                 QStringLiteral("MinIO data lake"),
                 AirbyteTr::tr("MinIO endpoint as the Airbyte server reaches it")}};
    }
    return {{PostgresBusinessDbId, kind, QStringLiteral("airbyte/source-postgres"),
             //: A preset of the new source form; business_db is a database name.
             AirbyteTr::tr("PostgreSQL business_db"),
             AirbyteTr::tr("Reads the public schema of this environment's business_db "
                           "database, with the PostgreSQL account of the profile."),
             QStringLiteral("business_db"),
             AirbyteTr::tr("PostgreSQL host as the Airbyte server reaches it (host:port)")}};
}

QString presetDefaultEndpoint(const ConnectorPreset &preset, const Profile &profile)
{
    if (isMinio(preset))
        return minioEndpoint(profile, QString());
    if (isPostgres(preset))
        return hostPortText(profile.postgres.host, profile.postgres.port);
    return {};
}

QJsonObject presetConfiguration(const ConnectorPreset &preset, const Profile &profile,
                                const QString &endpoint, const ConnectorSpec &spec)
{
    if (isMinio(preset))
        return minioConfiguration(profile, endpoint, spec);
    if (isPostgres(preset))
        return postgresConfiguration(profile, endpoint, spec);
    return spec.defaultConfiguration();
}

QList<FieldError> presetMissingValues(const ConnectorPreset &preset,
                                      const QJsonObject &configuration)
{
    QStringList needed;
    if (isMinio(preset))
        needed = {QStringLiteral("access_key_id"), QStringLiteral("secret_access_key")};
    else if (isPostgres(preset))
        needed = {QStringLiteral("password")};
    QList<FieldError> missing;
    for (const QString &key : std::as_const(needed)) {
        const QJsonValue value = configuration.value(key);
        if (!value.isString() || value.toString().isEmpty()) {
            //: Next to a form field that must be filled in.
            missing.append({QLatin1Char('/') + key, AirbyteTr::tr("required")});
        }
    }
    return missing;
}

QString presetEndpointWarning(const ConnectorPreset &preset, const QString &endpoint)
{
    if (endpoint.trimmed().isEmpty())
        return {};
    QString host;
    QString suggestion;
    QString service;
    if (isMinio(preset)) {
        QUrl url(minioEndpoint(Profile(), endpoint));
        host = url.host();
        url.setHost(DockerHost);
        suggestion = url.toString(QUrl::StripTrailingSlash);
        service = QStringLiteral("MinIO");
    } else if (isPostgres(preset)) {
        const HostPort answer = parseHostPort(endpoint);
        host = answer.host;
        suggestion = hostPortText(DockerHost, answer.port);
        service = QStringLiteral("PostgreSQL");
    }
    if (host.isEmpty() || !isLoopbackHost(host))
        return {};
    //: %1 is a host name such as localhost, %2 MinIO or PostgreSQL, %3 the endpoint to use.
    return AirbyteTr::tr("Airbyte runs its connectors in containers (with abctl, in a kind "
                         "cluster), where %1 is the container itself, not this computer. If %2 "
                         "runs on this computer, use %3; otherwise use its name or address on "
                         "the network.")
        .arg(host, service, suggestion);
}

} // namespace Dsp
