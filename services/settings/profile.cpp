#include "profile.h"

#include <QSettings>

namespace Dsp {

namespace {

QUrl urlValue(const QSettings &s, const QString &key, const QUrl &fallback)
{
    const QString text = s.value(key, fallback.toString()).toString().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

QStringList listValue(const QSettings &s, const QString &key, const QStringList &fallback)
{
    // INI lists come back as a QStringList or as one comma-separated string.
    const QVariant v = s.value(key, fallback);
    QStringList items = v.typeId() == QMetaType::QStringList
                            ? v.toStringList()
                            : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

QString stringValue(const QSettings &s, const QString &key, const QString &fallback)
{
    return s.value(key, fallback).toString().trimmed();
}

} // namespace

bool operator==(const Profile::SecretSlot &a, const Profile::SecretSlot &b)
{
    return a.service == b.service && a.field == b.field;
}

const QList<Profile::SecretSlot> &Profile::secretSlots()
{
    static const QList<SecretSlot> secretList{
        {QStringLiteral("airbyte"), QStringLiteral("password")},
        {QStringLiteral("airbyte"), QStringLiteral("clientSecret")},
        {QStringLiteral("minio"), QStringLiteral("secretKey")},
        {QStringLiteral("postgres"), QStringLiteral("password")},
        {QStringLiteral("dremio"), QStringLiteral("password")},
    };
    return secretList;
}

QString Profile::slotName(const SecretSlot &slot)
{
    return slot.service + QLatin1Char('/') + slot.field;
}

QString &Profile::secret(const SecretSlot &slot)
{
    return const_cast<QString &>(std::as_const(*this).secret(slot));
}

const QString &Profile::secret(const SecretSlot &slot) const
{
    if (slot.service == QLatin1String("airbyte"))
        return slot.field == QLatin1String("password") ? airbyte.password : airbyte.clientSecret;
    if (slot.service == QLatin1String("minio"))
        return minio.secretKey;
    if (slot.service == QLatin1String("postgres"))
        return postgres.password;
    Q_ASSERT(slot.service == QLatin1String("dremio"));
    return dremio.password;
}

QList<Profile::SecretSlot> Profile::missingSecrets() const
{
    QList<SecretSlot> missing;
    const QList<SecretSlot> &all = secretSlots();
    auto need = [&](int index, bool wanted) {
        if (wanted && secret(all[index]).isEmpty())
            missing.append(all[index]);
    };
    need(0, airbyte.auth == Airbyte::Auth::Basic);
    need(1, airbyte.auth == Airbyte::Auth::ClientCredentials);
    need(2, !minio.accessKey.isEmpty());
    need(3, !postgres.user.isEmpty() && !postgres.host.isEmpty());
    need(4, !dremio.user.isEmpty());
    return missing;
}

void Profile::clearSecrets()
{
    for (const SecretSlot &slot : secretSlots())
        secret(slot).clear();
    storedSecrets.clear();
}

QString Profile::authKey(Airbyte::Auth auth)
{
    switch (auth) {
    case Airbyte::Auth::None:
        break;
    case Airbyte::Auth::Basic:
        return QStringLiteral("basic");
    case Airbyte::Auth::ClientCredentials:
        return QStringLiteral("client_credentials");
    }
    return QStringLiteral("none");
}

Profile::Airbyte::Auth Profile::authFromKey(const QString &key)
{
    if (key == QLatin1String("basic"))
        return Airbyte::Auth::Basic;
    if (key == QLatin1String("client_credentials"))
        return Airbyte::Auth::ClientCredentials;
    return Airbyte::Auth::None;
}

Profile Profile::load(QSettings &s)
{
    Profile p;
    s.beginGroup(QStringLiteral("panel"));
    p.id = stringValue(s, QStringLiteral("id"), p.id);
    p.name = s.value(QStringLiteral("name"), p.name).toString();
    p.sandbox = s.value(QStringLiteral("sandbox"), p.sandbox).toBool();
    p.pollInterval = std::chrono::milliseconds(
        qMax(1000, s.value(QStringLiteral("pollIntervalMs"), int(p.pollInterval.count())).toInt()));
    p.probeTimeout = std::chrono::milliseconds(
        qMax(100, s.value(QStringLiteral("probeTimeoutMs"), int(p.probeTimeout.count())).toInt()));
    p.storedSecrets = listValue(s, QStringLiteral("storedSecrets"), {});
    s.endGroup();

    s.beginGroup(QStringLiteral("alerts"));
    p.alerts.syncFailed = s.value(QStringLiteral("syncFailed"), p.alerts.syncFailed).toBool();
    p.alerts.syncSucceeded =
        s.value(QStringLiteral("syncSucceeded"), p.alerts.syncSucceeded).toBool();
    p.alerts.serviceChanges =
        s.value(QStringLiteral("serviceChanges"), p.alerts.serviceChanges).toBool();
    p.alerts.archiveFinishedLogs =
        s.value(QStringLiteral("archiveFinishedLogs"), p.alerts.archiveFinishedLogs).toBool();
    s.endGroup();

    s.beginGroup(QStringLiteral("airbyte"));
    p.airbyte.apiUrl = urlValue(s, QStringLiteral("apiUrl"), p.airbyte.apiUrl);
    p.airbyte.uiUrl = urlValue(s, QStringLiteral("uiUrl"), p.airbyte.uiUrl);
    p.airbyte.auth = authFromKey(s.value(QStringLiteral("auth")).toString());
    p.airbyte.user = stringValue(s, QStringLiteral("user"), p.airbyte.user);
    p.airbyte.clientId = stringValue(s, QStringLiteral("clientId"), p.airbyte.clientId);
    p.airbyte.caFile = stringValue(s, QStringLiteral("caFile"), p.airbyte.caFile);
    s.endGroup();

    s.beginGroup(QStringLiteral("minio"));
    p.minio.endpoint = urlValue(s, QStringLiteral("endpoint"), p.minio.endpoint);
    p.minio.consoleUrl = urlValue(s, QStringLiteral("consoleUrl"), p.minio.consoleUrl);
    p.minio.region = stringValue(s, QStringLiteral("region"), p.minio.region);
    p.minio.accessKey = stringValue(s, QStringLiteral("accessKey"), p.minio.accessKey);
    p.minio.buckets = listValue(s, QStringLiteral("buckets"), p.minio.buckets);
    p.minio.caFile = stringValue(s, QStringLiteral("caFile"), p.minio.caFile);
    s.endGroup();

    s.beginGroup(QStringLiteral("postgres"));
    p.postgres.host = stringValue(s, QStringLiteral("host"), p.postgres.host);
    p.postgres.port = s.value(QStringLiteral("port"), p.postgres.port).toInt();
    p.postgres.user = stringValue(s, QStringLiteral("user"), p.postgres.user);
    p.postgres.databases = listValue(s, QStringLiteral("databases"), p.postgres.databases);
    p.postgres.sslMode = stringValue(s, QStringLiteral("sslMode"), p.postgres.sslMode);
    p.postgres.sslRootCert = stringValue(s, QStringLiteral("sslRootCert"), p.postgres.sslRootCert);
    s.endGroup();

    s.beginGroup(QStringLiteral("dremio"));
    p.dremio.url = urlValue(s, QStringLiteral("url"), p.dremio.url);
    p.dremio.uiUrl = urlValue(s, QStringLiteral("uiUrl"), p.dremio.uiUrl);
    p.dremio.user = stringValue(s, QStringLiteral("user"), p.dremio.user);
    p.dremio.caFile = stringValue(s, QStringLiteral("caFile"), p.dremio.caFile);
    s.endGroup();

    s.beginGroup(QStringLiteral("temporal"));
    p.temporal.host = stringValue(s, QStringLiteral("host"), p.temporal.host);
    p.temporal.port = s.value(QStringLiteral("port"), p.temporal.port).toInt();
    p.temporal.uiUrl = urlValue(s, QStringLiteral("uiUrl"), p.temporal.uiUrl);
    s.endGroup();
    return p;
}

void Profile::save(QSettings &s) const
{
    s.clear();
    s.beginGroup(QStringLiteral("panel"));
    if (!id.isEmpty())
        s.setValue(QStringLiteral("id"), id);
    s.setValue(QStringLiteral("name"), name);
    if (sandbox)
        s.setValue(QStringLiteral("sandbox"), sandbox);
    if (!storedSecrets.isEmpty())
        s.setValue(QStringLiteral("storedSecrets"), storedSecrets.join(QLatin1Char(',')));
    s.endGroup();
    savePollInterval(s, pollInterval);
    saveProbeTimeout(s, probeTimeout);
    saveAlerts(s, alerts);
    s.beginGroup(QStringLiteral("airbyte"));
    s.setValue(QStringLiteral("apiUrl"), airbyte.apiUrl.toString());
    s.setValue(QStringLiteral("uiUrl"), airbyte.uiUrl.toString());
    s.setValue(QStringLiteral("auth"), authKey(airbyte.auth));
    s.setValue(QStringLiteral("user"), airbyte.user);
    s.setValue(QStringLiteral("clientId"), airbyte.clientId);
    s.setValue(QStringLiteral("caFile"), airbyte.caFile);
    s.endGroup();
    s.beginGroup(QStringLiteral("minio"));
    s.setValue(QStringLiteral("endpoint"), minio.endpoint.toString());
    s.setValue(QStringLiteral("consoleUrl"), minio.consoleUrl.toString());
    s.setValue(QStringLiteral("region"), minio.region);
    s.setValue(QStringLiteral("accessKey"), minio.accessKey);
    s.setValue(QStringLiteral("buckets"), minio.buckets.join(QLatin1Char(',')));
    s.setValue(QStringLiteral("caFile"), minio.caFile);
    s.endGroup();
    s.beginGroup(QStringLiteral("postgres"));
    s.setValue(QStringLiteral("host"), postgres.host);
    s.setValue(QStringLiteral("port"), postgres.port);
    s.setValue(QStringLiteral("user"), postgres.user);
    s.setValue(QStringLiteral("databases"), postgres.databases.join(QLatin1Char(',')));
    s.setValue(QStringLiteral("sslMode"), postgres.sslMode);
    s.setValue(QStringLiteral("sslRootCert"), postgres.sslRootCert);
    s.endGroup();
    s.beginGroup(QStringLiteral("dremio"));
    s.setValue(QStringLiteral("url"), dremio.url.toString());
    s.setValue(QStringLiteral("uiUrl"), dremio.uiUrl.toString());
    s.setValue(QStringLiteral("user"), dremio.user);
    s.setValue(QStringLiteral("caFile"), dremio.caFile);
    s.endGroup();
    s.beginGroup(QStringLiteral("temporal"));
    s.setValue(QStringLiteral("host"), temporal.host);
    s.setValue(QStringLiteral("port"), temporal.port);
    s.setValue(QStringLiteral("uiUrl"), temporal.uiUrl.toString());
    s.endGroup();
}

void Profile::savePollInterval(QSettings &s, std::chrono::milliseconds interval)
{
    s.setValue(QStringLiteral("panel/pollIntervalMs"), qint64(interval.count()));
}

void Profile::saveAlerts(QSettings &s, const AlertChoices &alerts)
{
    s.beginGroup(QStringLiteral("alerts"));
    s.setValue(QStringLiteral("syncFailed"), alerts.syncFailed);
    s.setValue(QStringLiteral("syncSucceeded"), alerts.syncSucceeded);
    s.setValue(QStringLiteral("serviceChanges"), alerts.serviceChanges);
    s.setValue(QStringLiteral("archiveFinishedLogs"), alerts.archiveFinishedLogs);
    s.endGroup();
}

void Profile::saveProbeTimeout(QSettings &s, std::chrono::milliseconds timeout)
{
    s.setValue(QStringLiteral("panel/probeTimeoutMs"), qint64(timeout.count()));
}

EnvironmentOverrides EnvironmentOverrides::take()
{
    auto env = [](const char *variable) -> std::optional<QString> {
        if (!qEnvironmentVariableIsSet(variable))
            return std::nullopt;
        QString value = qEnvironmentVariable(variable);
        qunsetenv(variable);
        return value;
    };
    EnvironmentOverrides o;
    o.minioAccessKey = env("DSP_MINIO_ACCESS_KEY");
    o.minioSecretKey = env("DSP_MINIO_SECRET_KEY");
    o.postgresPassword = env("DSP_POSTGRES_PASSWORD");
    o.dremioPassword = env("DSP_DREMIO_PASSWORD");
    o.airbyteClientId = env("DSP_AIRBYTE_CLIENT_ID");
    o.airbyteClientSecret = env("DSP_AIRBYTE_CLIENT_SECRET");
    o.airbyteUser = env("DSP_AIRBYTE_USER");
    o.airbytePassword = env("DSP_AIRBYTE_PASSWORD");
    return o;
}

void EnvironmentOverrides::applyTo(Profile &p) const
{
    auto apply = [](const std::optional<QString> &value, QString &target) {
        if (value)
            target = *value;
    };
    apply(minioAccessKey, p.minio.accessKey);
    apply(minioSecretKey, p.minio.secretKey);
    apply(postgresPassword, p.postgres.password);
    apply(dremioPassword, p.dremio.password);
    apply(airbyteClientId, p.airbyte.clientId);
    apply(airbyteClientSecret, p.airbyte.clientSecret);
    apply(airbyteUser, p.airbyte.user);
    apply(airbytePassword, p.airbyte.password);
}

bool EnvironmentOverrides::isEmpty() const
{
    return !minioAccessKey && !minioSecretKey && !postgresPassword && !dremioPassword &&
           !airbyteClientId && !airbyteClientSecret && !airbyteUser && !airbytePassword;
}

} // namespace Dsp
