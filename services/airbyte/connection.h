#pragma once

#include "airbyte/basicschedule.h"
#include "airbyte/catalog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Dsp {

// When a connection syncs (scheduleType + scheduleData): by hand, every N units from the last
// sync, or on a Quartz cron expression in a time zone.
struct ConnectionSchedule
{
    enum class Type { Manual, Basic, Cron };
    Type type = Type::Manual;
    BasicSchedule basic;
    QString cronExpression; // Quartz, as Airbyte stores it
    QString cronTimeZone = QStringLiteral("UTC");

    // From a ConnectionRead (or list item): scheduleType/scheduleData, or the legacy
    // `schedule` {units, timeUnit} of servers before scheduleType.
    static ConnectionSchedule fromApi(const QJsonObject &connection);
    // Writes scheduleType and scheduleData onto a create or update body.
    void writeTo(QJsonObject &body) const;
    // "Manual", "Every 6 hours", "At 02:00 every day (UTC)".
    QString describe() const;
    friend bool operator==(const ConnectionSchedule &, const ConnectionSchedule &) = default;
};

// Where the destination writes each stream (namespaceDefinition).
enum class NamespaceDefinition { Source, Destination, CustomFormat };
QString namespaceDefinitionApiName(NamespaceDefinition definition);
NamespaceDefinition namespaceDefinitionFromApi(const QString &name);

// What a create or update sets besides the catalog.
struct ConnectionSettings
{
    QString name;
    NamespaceDefinition namespaceDefinition = NamespaceDefinition::Destination;
    QString namespaceFormat = QStringLiteral("${SOURCE_NAMESPACE}");
    QString prefix;
    ConnectionSchedule schedule;
    bool active = true;

    static ConnectionSettings fromApi(const QJsonObject &connection);
    void writeTo(QJsonObject &body) const;
};

// The destination namespace a stream of namespace `sourceNamespace` lands in, in words for
// the wizard: "public" (source), "the destination's default", "sales_public" (custom format).
QString destinationNamespaceText(const ConnectionSettings &settings,
                                 const QString &sourceNamespace);

// A connection with its catalog (ConnectionRead, or WebBackendConnectionRead with the source,
// the destination and, after a refresh, the difference from the saved catalog).
struct ConnectionDetails
{
    QString id;
    QString workspaceId;
    QString sourceId;
    QString destinationId;
    QString status; // active, inactive, deprecated, locked
    ConnectionSettings settings;
    Catalog catalog;
    QString sourceCatalogId;
    QJsonObject catalogDiff; // web_backend with withRefreshedCatalog: CatalogDiff
    QString schemaChange;    // no_change, non_breaking, breaking
    QJsonObject rest;        // every member not modelled above

    static ConnectionDetails fromAnswer(const CatalogAnswer &answer);
};

// A row of the Connections page (web_backend/connections/list).
struct ConnectionListItem
{
    QString id;
    QString name;
    QString status;
    ConnectionSchedule schedule;
    QString sourceId;
    QString sourceName;          // the source's own name ("business_db")
    QString sourceConnectorName; // its definition's ("Postgres")
    QString sourceIcon;          // SVG text or URL
    QString destinationId;
    QString destinationName;
    QString destinationConnectorName;
    QString destinationIcon;
    QString latestSyncJobStatus; // succeeded, failed, running, cancelled, incomplete, pending
    QDateTime latestSyncJobCreatedAt;
    bool isSyncing = false;
    QString schemaChange;

    static ConnectionListItem fromApi(const QJsonObject &item);
};

} // namespace Dsp
