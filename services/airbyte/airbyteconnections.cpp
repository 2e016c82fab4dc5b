// AirbyteClient's connection calls: discovery, the connection list, create, get, update, delete,
// sync. Catalogs go both ways as bytes made and parsed off the GUI thread (postBytes, Catalog).
#include "airbyte/airbyteclient.h"

#include "airbyte/airbytetr.h"
#include "core/logging.h"
#include "health/healthtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>

namespace Dsp {

namespace {

// Connections asked for per web_backend/connections/list page (1.x pages; 0.63 sends all).
constexpr int ListPageSize = 500;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// `head`'s members, then "syncCatalog": the catalog's text. Runs on a worker.
QByteArray withCatalog(const QByteArray &head, const Catalog &catalog)
{
    QByteArray body = head;
    body.chop(1); // the closing brace
    if (body.size() > 1)
        body.append(',');
    body.append("\"syncCatalog\":");
    body.append(catalog.toJson());
    body.append('}');
    return body;
}

Error discoveryFailed(const QJsonObject &rest)
{
    const QJsonObject job = rest.value(QStringLiteral("jobInfo")).toObject();
    const QJsonObject reason = job.value(QStringLiteral("failureReason")).toObject();
    QString why = reason.value(QStringLiteral("externalMessage")).toString();
    if (why.isEmpty())
        why = reason.value(QStringLiteral("internalMessage")).toString();
    why = sanitizedServerText(why);
    Error e = Error::make(
        ErrorKind::ServerError,
        why.isEmpty()
            ? AirbyteTr::tr("The source's connector could not read its schema; its "
                            "log in Airbyte says why.")
            : AirbyteTr::tr("The source's connector could not read its schema: %1").arg(why),
        reason.value(QStringLiteral("stacktrace")).toString().left(2000));
    e.service = QStringLiteral("Airbyte");
    return e;
}

} // namespace

AirbyteCall
AirbyteClient::discoverSchema(const QString &sourceId, bool refresh, QObject *context,
                              std::function<void(const Result<DiscoveredSchema> &)> callback)
{
    QJsonObject body{{QStringLiteral("sourceId"), sourceId}};
    if (refresh)
        body.insert(QStringLiteral("disable_cache"), true);
    const QByteArray bytes = compact(body);
    QPointer<QObject> guard(context);
    return postBytes(
        QStringLiteral("sources/discover_schema"), [bytes] { return bytes; }, context,
        [guard, callback](const Result<QByteArray> &r) {
            if (!r) {
                callback(r.error());
                return;
            }
            if (!guard)
                return;
            parseCatalogAnswerAsync(
                r.value(), "catalog", guard, [callback](const Result<CatalogAnswer> &a) {
                    if (!a) {
                        callback(a.error());
                        return;
                    }
                    const QJsonObject job =
                        a.value().rest.value(QStringLiteral("jobInfo")).toObject();
                    if (!a.value().catalog || (job.contains(QStringLiteral("succeeded")) &&
                                               !job.value(QStringLiteral("succeeded")).toBool())) {
                        callback(discoveryFailed(a.value().rest));
                        return;
                    }
                    callback(DiscoveredSchema{
                        *a.value().catalog,
                        a.value().rest.value(QStringLiteral("catalogId")).toString()});
                });
        },
        Pace::Slow);
}

void AirbyteClient::listConnectionItems(
    const QString &workspaceId, QObject *context,
    std::function<void(const Result<QList<ConnectionListItem>> &)> callback)
{
    struct Paging
    {
        QList<ConnectionListItem> items;
        QSet<QString> seen;
    };
    auto paging = std::make_shared<Paging>();
    auto next = std::make_shared<std::function<void(const QString &)>>();
    QPointer<QObject> guard(context);
    // The function holds itself only through the callbacks of the page in flight.
    *next = [this, workspaceId, guard, callback, paging,
             weakNext =
                 std::weak_ptr<std::function<void(const QString &)>>(next)](const QString &cursor) {
        QJsonObject body{{QStringLiteral("workspaceId"), workspaceId},
                         {QStringLiteral("pageSize"), ListPageSize}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("cursor"), cursor);
        auto self = weakNext.lock();
        post(QStringLiteral("web_backend/connections/list"), body, guard,
             [callback, paging, self](const Result<QJsonObject> &r) {
                 if (!r) {
                     callback(r.error());
                     return;
                 }
                 const QJsonArray page = r.value().value(QStringLiteral("connections")).toArray();
                 int added = 0;
                 for (const QJsonValue &v : page) {
                     ConnectionListItem item = ConnectionListItem::fromApi(v.toObject());
                     if (item.id.isEmpty() || paging->seen.contains(item.id))
                         continue;
                     paging->seen.insert(item.id);
                     paging->items.append(std::move(item));
                     ++added;
                 }
                 // A server without paging (0.63) sends everything at once: a second page
                 // brings nothing new.
                 if (page.size() >= ListPageSize && added > 0 && self) {
                     (*self)(paging->items.last().id);
                     return;
                 }
                 callback(paging->items);
             });
    };
    (*next)(QString());
}

void AirbyteClient::connectionAnswer(
    const Result<QByteArray> &answer, QObject *context,
    std::function<void(const Result<ConnectionDetails> &)> callback)
{
    if (!answer) {
        callback(answer.error());
        return;
    }
    if (!context)
        return;
    parseCatalogAnswerAsync(answer.value(), "syncCatalog", context,
                            [callback](const Result<CatalogAnswer> &a) {
                                if (!a) {
                                    callback(a.error());
                                    return;
                                }
                                callback(ConnectionDetails::fromAnswer(a.value()));
                            });
}

AirbyteCall
AirbyteClient::getConnection(const QString &connectionId, bool refreshCatalog, QObject *context,
                             std::function<void(const Result<ConnectionDetails> &)> callback)
{
    QJsonObject body{{QStringLiteral("connectionId"), connectionId}};
    if (refreshCatalog)
        body.insert(QStringLiteral("withRefreshedCatalog"), true);
    const QByteArray bytes = compact(body);
    QPointer<QObject> guard(context);
    return postBytes(
        QStringLiteral("web_backend/connections/get"), [bytes] { return bytes; }, context,
        [this, guard, callback](const Result<QByteArray> &r) {
            connectionAnswer(r, guard, callback);
        },
        refreshCatalog ? Pace::Slow : Pace::Normal);
}

AirbyteCall AirbyteClient::createConnection(
    const QString &workspaceId, const QString &sourceId, const QString &destinationId,
    const ConnectionSettings &settings, const Catalog &catalog, const QString &sourceCatalogId,
    QObject *context, std::function<void(const Result<ConnectionDetails> &)> callback)
{
    Q_UNUSED(workspaceId) // the connection's workspace is its source's
    QJsonObject head{{QStringLiteral("sourceId"), sourceId},
                     {QStringLiteral("destinationId"), destinationId}};
    settings.writeTo(head);
    if (!sourceCatalogId.isEmpty())
        head.insert(QStringLiteral("sourceCatalogId"), sourceCatalogId);
    const QByteArray bytes = compact(head);
    QPointer<QObject> guard(context);
    return postBytes(
        QStringLiteral("connections/create"),
        [bytes, catalog] { return withCatalog(bytes, catalog); }, context,
        [this, guard, callback](const Result<QByteArray> &r) {
            connectionAnswer(r, guard, callback);
        },
        Pace::Normal, Repeat::Never);
}

void AirbyteClient::createConnectionOrReuse(
    const QString &workspaceId, const QString &sourceId, const QString &destinationId,
    const ConnectionSettings &settings, const Catalog &catalog, const QString &sourceCatalogId,
    QObject *context, std::function<void(const Result<ConnectionDetails> &)> callback)
{
    QPointer<QObject> guard(context);
    post(QStringLiteral("web_backend/connections/list"),
         {{QStringLiteral("workspaceId"), workspaceId},
          {QStringLiteral("sourceId"), QJsonArray{sourceId}},
          {QStringLiteral("destinationId"), QJsonArray{destinationId}}},
         context,
         [this, workspaceId, sourceId, destinationId, settings, catalog, sourceCatalogId, guard,
          callback](const Result<QJsonObject> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             if (!guard)
                 return;
             for (const QJsonValue &v : r.value().value(QStringLiteral("connections")).toArray()) {
                 const ConnectionListItem item = ConnectionListItem::fromApi(v.toObject());
                 if (item.name == settings.name && item.sourceId == sourceId &&
                     item.destinationId == destinationId &&
                     item.status != QLatin1String("deprecated")) {
                     qCInfo(lcAirbyte)
                         << "connection" << item.id << "exists already (an earlier create); reused";
                     getConnection(item.id, false, guard, callback);
                     return;
                 }
             }
             createConnection(workspaceId, sourceId, destinationId, settings, catalog,
                              sourceCatalogId, guard, callback);
         });
}

AirbyteCall
AirbyteClient::updateConnection(const QString &connectionId, const ConnectionSettings &settings,
                                const std::optional<Catalog> &catalog,
                                const QString &sourceCatalogId, QObject *context,
                                std::function<void(const Result<ConnectionDetails> &)> callback)
{
    QJsonObject head{{QStringLiteral("connectionId"), connectionId}};
    settings.writeTo(head);
    if (!sourceCatalogId.isEmpty())
        head.insert(QStringLiteral("sourceCatalogId"), sourceCatalogId);
    const QByteArray bytes = compact(head);
    QPointer<QObject> guard(context);
    return postBytes(
        QStringLiteral("connections/update"),
        [bytes, catalog] { return catalog ? withCatalog(bytes, *catalog) : bytes; }, context,
        [this, guard, callback](const Result<QByteArray> &r) {
            connectionAnswer(r, guard, callback);
        });
}

AirbyteCall AirbyteClient::setConnectionActive(const QString &connectionId, bool active,
                                               QObject *context,
                                               std::function<void(const Result<bool> &)> callback)
{
    const QByteArray bytes =
        compact({{QStringLiteral("connectionId"), connectionId},
                 {QStringLiteral("status"),
                  active ? QStringLiteral("active") : QStringLiteral("inactive")}});
    // The answer carries the whole catalog: not parsed, only its success matters.
    return postBytes(
        QStringLiteral("connections/update"), [bytes] { return bytes; }, context,
        [callback](const Result<QByteArray> &r) {
            callback(r ? Result<bool>(true) : Result<bool>(r.error()));
        });
}

AirbyteCall AirbyteClient::deleteConnection(const QString &connectionId, QObject *context,
                                            std::function<void(const Result<bool> &)> callback)
{
    return post(QStringLiteral("connections/delete"),
                {{QStringLiteral("connectionId"), connectionId}}, context,
                [callback](const Result<QJsonObject> &r) {
                    callback(r ? Result<bool>(true) : Result<bool>(r.error()));
                });
}

AirbyteCall AirbyteClient::syncConnection(const QString &connectionId, QObject *context,
                                          std::function<void(const Result<qint64> &)> callback)
{
    return post(
        QStringLiteral("connections/sync"), {{QStringLiteral("connectionId"), connectionId}},
        context, [callback](const Result<QJsonObject> &r) {
            if (!r) {
                callback(r.error());
                return;
            }
            const QJsonValue id =
                r.value().value(QStringLiteral("job")).toObject().value(QStringLiteral("id"));
            callback(qint64(id.toInteger()));
        });
}

} // namespace Dsp
