#include "airbyte/connection.h"

#include "airbyte/airbytetr.h"
#include "airbyte/cronschedule.h"

#include <QJsonArray>

namespace Dsp {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

ConnectionSchedule ConnectionSchedule::fromApi(const QJsonObject &connection)
{
    ConnectionSchedule s;
    const QString type = str(connection, "scheduleType");
    const QJsonObject data = connection.value(QStringLiteral("scheduleData")).toObject();
    const auto readBasic = [&s](const QJsonObject &basic) {
        if (const auto unit = BasicSchedule::timeUnitFromApi(str(basic, "timeUnit"))) {
            s.type = Type::Basic;
            s.basic.timeUnit = *unit;
            s.basic.units = basic.value(QStringLiteral("units")).toInteger();
        }
    };
    if (type == QLatin1String("cron")) {
        const QJsonObject cron = data.value(QStringLiteral("cron")).toObject();
        s.type = Type::Cron;
        s.cronExpression = str(cron, "cronExpression");
        s.cronTimeZone = str(cron, "cronTimeZone");
        if (s.cronTimeZone.isEmpty())
            s.cronTimeZone = QStringLiteral("UTC");
    } else if (type == QLatin1String("basic")) {
        readBasic(data.value(QStringLiteral("basicSchedule")).toObject());
    } else if (type.isEmpty() && connection.value(QStringLiteral("schedule")).isObject()) {
        readBasic(connection.value(QStringLiteral("schedule")).toObject());
    }
    return s;
}

void ConnectionSchedule::writeTo(QJsonObject &body) const
{
    switch (type) {
    case Type::Manual:
        body.insert(QStringLiteral("scheduleType"), QStringLiteral("manual"));
        body.remove(QStringLiteral("scheduleData"));
        break;
    case Type::Basic:
        body.insert(QStringLiteral("scheduleType"), QStringLiteral("basic"));
        body.insert(QStringLiteral("scheduleData"),
                    QJsonObject{{QStringLiteral("basicSchedule"),
                                 QJsonObject{{QStringLiteral("timeUnit"), basic.apiTimeUnit()},
                                             {QStringLiteral("units"), basic.units}}}});
        break;
    case Type::Cron:
        body.insert(QStringLiteral("scheduleType"), QStringLiteral("cron"));
        body.insert(QStringLiteral("scheduleData"),
                    QJsonObject{{QStringLiteral("cron"),
                                 QJsonObject{{QStringLiteral("cronExpression"), cronExpression},
                                             {QStringLiteral("cronTimeZone"), cronTimeZone}}}});
        break;
    }
}

QString ConnectionSchedule::describe() const
{
    switch (type) {
    case Type::Manual:
        return AirbyteTr::tr("Manual");
    case Type::Basic:
        return basic.describe();
    case Type::Cron: {
        const Result<CronSchedule> cron = CronSchedule::parse(cronExpression);
        const QString words = cron ? cron.value().describe() : cronExpression;
        return AirbyteTr::tr("%1 (%2)").arg(words, cronTimeZone);
    }
    }
    return {};
}

QString namespaceDefinitionApiName(NamespaceDefinition definition)
{
    switch (definition) {
    case NamespaceDefinition::Source:
        return QStringLiteral("source");
    case NamespaceDefinition::Destination:
        return QStringLiteral("destination");
    case NamespaceDefinition::CustomFormat:
        return QStringLiteral("customformat");
    }
    return {};
}

NamespaceDefinition namespaceDefinitionFromApi(const QString &name)
{
    if (name == QLatin1String("source"))
        return NamespaceDefinition::Source;
    if (name == QLatin1String("customformat"))
        return NamespaceDefinition::CustomFormat;
    return NamespaceDefinition::Destination;
}

ConnectionSettings ConnectionSettings::fromApi(const QJsonObject &connection)
{
    ConnectionSettings s;
    s.name = str(connection, "name");
    s.namespaceDefinition = namespaceDefinitionFromApi(str(connection, "namespaceDefinition"));
    if (connection.value(QStringLiteral("namespaceFormat")).isString())
        s.namespaceFormat = str(connection, "namespaceFormat");
    s.prefix = str(connection, "prefix");
    s.schedule = ConnectionSchedule::fromApi(connection);
    s.active = str(connection, "status") == QLatin1String("active");
    return s;
}

void ConnectionSettings::writeTo(QJsonObject &body) const
{
    body.insert(QStringLiteral("name"), name);
    body.insert(QStringLiteral("namespaceDefinition"),
                namespaceDefinitionApiName(namespaceDefinition));
    if (namespaceDefinition == NamespaceDefinition::CustomFormat)
        body.insert(QStringLiteral("namespaceFormat"), namespaceFormat);
    body.insert(QStringLiteral("prefix"), prefix);
    schedule.writeTo(body);
    body.insert(QStringLiteral("status"),
                active ? QStringLiteral("active") : QStringLiteral("inactive"));
}

QString destinationNamespaceText(const ConnectionSettings &settings, const QString &sourceNamespace)
{
    switch (settings.namespaceDefinition) {
    case NamespaceDefinition::Source:
        return sourceNamespace.isEmpty() ? AirbyteTr::tr("the destination's default")
                                         : sourceNamespace;
    case NamespaceDefinition::Destination:
        return AirbyteTr::tr("the destination's default");
    case NamespaceDefinition::CustomFormat: {
        // Airbyte: blank behaves as the destination's default.
        QString text = settings.namespaceFormat;
        text.replace(QLatin1String("${SOURCE_NAMESPACE}"), sourceNamespace);
        return text.trimmed().isEmpty() ? AirbyteTr::tr("the destination's default") : text;
    }
    }
    return {};
}

ConnectionDetails ConnectionDetails::fromAnswer(const CatalogAnswer &answer)
{
    ConnectionDetails d;
    const QJsonObject &o = answer.rest;
    d.id = str(o, "connectionId");
    d.workspaceId = str(o, "workspaceId");
    d.sourceId = str(o, "sourceId");
    d.destinationId = str(o, "destinationId");
    d.status = str(o, "status");
    d.settings = ConnectionSettings::fromApi(o);
    if (answer.catalog)
        d.catalog = *answer.catalog;
    d.sourceCatalogId = str(o, "sourceCatalogId");
    if (d.sourceCatalogId.isEmpty())
        d.sourceCatalogId = str(o, "catalogId");
    d.catalogDiff = o.value(QStringLiteral("catalogDiff")).toObject();
    d.schemaChange = str(o, "schemaChange");
    d.rest = o;
    return d;
}

ConnectionListItem ConnectionListItem::fromApi(const QJsonObject &item)
{
    ConnectionListItem c;
    c.id = str(item, "connectionId");
    c.name = str(item, "name");
    c.status = str(item, "status");
    c.schedule = ConnectionSchedule::fromApi(item);
    const QJsonObject source = item.value(QStringLiteral("source")).toObject();
    c.sourceId = str(source, "sourceId");
    c.sourceName = str(source, "name");
    c.sourceConnectorName = str(source, "sourceName");
    c.sourceIcon = str(source, "icon");
    const QJsonObject destination = item.value(QStringLiteral("destination")).toObject();
    c.destinationId = str(destination, "destinationId");
    c.destinationName = str(destination, "name");
    c.destinationConnectorName = str(destination, "destinationName");
    c.destinationIcon = str(destination, "icon");
    c.latestSyncJobStatus = str(item, "latestSyncJobStatus");
    const QJsonValue created = item.value(QStringLiteral("latestSyncJobCreatedAt"));
    if (created.isDouble())
        c.latestSyncJobCreatedAt = QDateTime::fromSecsSinceEpoch(created.toInteger(), Qt::UTC);
    c.isSyncing = item.value(QStringLiteral("isSyncing")).toBool();
    c.schemaChange = str(item, "schemaChange");
    return c;
}

} // namespace Dsp
