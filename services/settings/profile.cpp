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

} // namespace

Profile Profile::load(QSettings &s)
{
    Profile p;
    s.beginGroup(QStringLiteral("panel"));
    p.name = s.value(QStringLiteral("name"), p.name).toString();
    p.sandbox = s.value(QStringLiteral("sandbox"), p.sandbox).toBool();
    p.pollInterval = std::chrono::milliseconds(
        qMax(1000, s.value(QStringLiteral("pollIntervalMs"), int(p.pollInterval.count())).toInt()));
    p.probeTimeout = std::chrono::milliseconds(
        qMax(100, s.value(QStringLiteral("probeTimeoutMs"), int(p.probeTimeout.count())).toInt()));
    s.endGroup();

    s.beginGroup(QStringLiteral("airbyte"));
    p.airbyte.apiUrl = urlValue(s, QStringLiteral("apiUrl"), p.airbyte.apiUrl);
    p.airbyte.uiUrl = urlValue(s, QStringLiteral("uiUrl"), p.airbyte.uiUrl);
    s.endGroup();

    s.beginGroup(QStringLiteral("minio"));
    p.minio.endpoint = urlValue(s, QStringLiteral("endpoint"), p.minio.endpoint);
    p.minio.consoleUrl = urlValue(s, QStringLiteral("consoleUrl"), p.minio.consoleUrl);
    p.minio.region = s.value(QStringLiteral("region"), p.minio.region).toString();
    p.minio.accessKey = s.value(QStringLiteral("accessKey"), p.minio.accessKey).toString();
    p.minio.buckets = listValue(s, QStringLiteral("buckets"), p.minio.buckets);
    s.endGroup();

    s.beginGroup(QStringLiteral("postgres"));
    p.postgres.host = s.value(QStringLiteral("host"), p.postgres.host).toString().trimmed();
    p.postgres.port = s.value(QStringLiteral("port"), p.postgres.port).toInt();
    p.postgres.user = s.value(QStringLiteral("user"), p.postgres.user).toString();
    p.postgres.databases = listValue(s, QStringLiteral("databases"), p.postgres.databases);
    s.endGroup();

    s.beginGroup(QStringLiteral("dremio"));
    p.dremio.url = urlValue(s, QStringLiteral("url"), p.dremio.url);
    p.dremio.uiUrl = urlValue(s, QStringLiteral("uiUrl"), p.dremio.uiUrl);
    p.dremio.user = s.value(QStringLiteral("user"), p.dremio.user).toString();
    s.endGroup();

    s.beginGroup(QStringLiteral("temporal"));
    p.temporal.host = s.value(QStringLiteral("host"), p.temporal.host).toString().trimmed();
    p.temporal.port = s.value(QStringLiteral("port"), p.temporal.port).toInt();
    p.temporal.uiUrl = urlValue(s, QStringLiteral("uiUrl"), p.temporal.uiUrl);
    s.endGroup();

    p.takeSecretsFromEnvironment();
    return p;
}

void Profile::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("panel"));
    s.setValue(QStringLiteral("name"), name);
    s.setValue(QStringLiteral("sandbox"), sandbox);
    s.endGroup();
    savePollInterval(s, pollInterval);
    saveProbeTimeout(s, probeTimeout);
    s.beginGroup(QStringLiteral("airbyte"));
    s.setValue(QStringLiteral("apiUrl"), airbyte.apiUrl.toString());
    s.setValue(QStringLiteral("uiUrl"), airbyte.uiUrl.toString());
    s.endGroup();
    s.beginGroup(QStringLiteral("minio"));
    s.setValue(QStringLiteral("endpoint"), minio.endpoint.toString());
    s.setValue(QStringLiteral("consoleUrl"), minio.consoleUrl.toString());
    s.setValue(QStringLiteral("region"), minio.region);
    s.setValue(QStringLiteral("accessKey"), minio.accessKey);
    s.setValue(QStringLiteral("buckets"), minio.buckets.join(QLatin1Char(',')));
    s.endGroup();
    s.beginGroup(QStringLiteral("postgres"));
    s.setValue(QStringLiteral("host"), postgres.host);
    s.setValue(QStringLiteral("port"), postgres.port);
    s.setValue(QStringLiteral("user"), postgres.user);
    s.setValue(QStringLiteral("databases"), postgres.databases.join(QLatin1Char(',')));
    s.endGroup();
    s.beginGroup(QStringLiteral("dremio"));
    s.setValue(QStringLiteral("url"), dremio.url.toString());
    s.setValue(QStringLiteral("uiUrl"), dremio.uiUrl.toString());
    s.setValue(QStringLiteral("user"), dremio.user);
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

void Profile::saveProbeTimeout(QSettings &s, std::chrono::milliseconds timeout)
{
    s.setValue(QStringLiteral("panel/probeTimeoutMs"), qint64(timeout.count()));
}

void Profile::takeSecretsFromEnvironment()
{
    // Read once, then removed: child processes (the browser "Open web UI" starts) must not
    // inherit them. The access key is no secret but travels with its secret key.
    auto env = [](const char *variable, QString &target) {
        if (qEnvironmentVariableIsSet(variable)) {
            target = qEnvironmentVariable(variable);
            qunsetenv(variable);
        }
    };
    env("DSP_MINIO_ACCESS_KEY", minio.accessKey);
    env("DSP_MINIO_SECRET_KEY", minio.secretKey);
    env("DSP_POSTGRES_PASSWORD", postgres.password);
    env("DSP_DREMIO_PASSWORD", dremio.password);
}

} // namespace Dsp
