#pragma once

#include "airbytejobsfake.h"
#include "fakehttpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace Dsp::Fakes {

// Airbyte's Configuration API as far as the panel uses it, shaped as in Airbyte's OpenAPI
// spec (config.yaml): GET /api/v1/health and /api/v1/instance_configuration, and with client
// credentials set, POST /api/v1/applications/token. With basic auth set, an nginx-like proxy
// stands in front of every route, as docker-compose's airbyte-proxy does.
//
// Stateful Config API (all POST with JSON bodies under /api/v1/) as the version set by
// setVersion() has it (workspaces/list only before 1.7): workspaces, connector
// definitions and their specs (a built-in trio, or Airbyte's published registry once loaded),
// sources and destinations (create, get, update, delete, list; secrets masked in every answer
// as Airbyte masks them), connection checks with results on demand, and connections/list.
// Error bodies are Airbyte's: NotFoundKnownExceptionInfo (404), InvalidInputExceptionInfo
// (400 for a request without a required field, 422 for a configuration its spec refuses),
// Micronaut's error body for an unknown route (404) or method (405). Connections: discovery
// with realistic catalogs, create (validated as Airbyte does: Quartz cron, cursors, keys, the
// destination's modes), get, update (patch), delete, sync, and the web app's list and get
// (with a refreshed catalog and its CatalogDiff). Test code; GUI thread.
class AirbyteFake : public FakeHttpServer
{
    Q_OBJECT
public:
    // What the next connection checks answer (CheckConnectionRead): the connector said
    // succeeded or failed (with the message), or the check job itself failed, in which case
    // Airbyte sends no `status` and puts the message in jobInfo.failureReason.
    enum class CheckStatus { Succeeded, Failed, JobFailed };

    explicit AirbyteFake(QObject *parent = nullptr);
    ~AirbyteFake() override;

    void setAvailable(bool available) { m_available = available; }
    void setVersion(const QByteArray &version) { m_version = version; }
    // A server with auth enabled answers 401 to instance_configuration and to every Config
    // API route below unless the request carries `Authorization: Bearer <a token this fake
    // issued>`; health and applications/token stay anonymous.
    void setRequireAuth(bool require) { m_requireAuth = require; }
    void setMalformedHealth(bool malformed) { m_malformed = malformed; }
    // /health answers this status and raw body instead (a proxy's error page, say).
    void setHealthOverride(int status, const QByteArray &body)
    {
        m_healthStatus = status;
        m_healthBody = body;
    }
    // instance_configuration accepts the request and never answers.
    void setVersionRouteHangs(bool hangs) { m_versionHangs = hangs; }

    // The instance-admin application: enables the token route, which hands out a JWT-like
    // token for this pair and answers Airbyte's 400 "Invalid client id or token" otherwise.
    // Until then the route answers 404, as an Airbyte without it would.
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    // The token route accepts the request and never answers.
    void setTokenRouteHangs(bool hangs) { m_tokenHangs = hangs; }
    // Requests the token route has received (past the proxy, if any), answered or not.
    int tokenRequestCount() const { return m_tokenRequests; }

    // Every route (and every path without one) answers 401 with `WWW-Authenticate: Basic`
    // unless the request carries this user and password; an empty user turns the proxy off.
    void setBasicAuth(const QString &user, const QString &password);

    // --- Config API state ---

    // The workspace every fake starts with; it is instance_configuration's defaultWorkspaceId.
    static QString defaultWorkspaceId();
    // Definition ids of the built-in connectors, the same as in Airbyte's registry.
    static QString postgresSourceDefinitionId();
    static QString s3DestinationDefinitionId();
    static QString postgresDestinationDefinitionId();
    // Airbyte's mask for a secret value, in every answer that carries a configuration.
    static QString maskedSecret();

    // Replaces the built-in definitions with those of Airbyte's registry file
    // (oss_registry.json): its ids, names, images, icons (iconUrl), support levels and specs.
    // False, and the definitions unchanged, when the file cannot be read or parsed.
    bool loadRegistry(const QString &path);
    int sourceDefinitionCount() const;
    int destinationDefinitionCount() const;

    // A workspace more (workspaces/list then lists several); returns its id.
    QString addWorkspace(const QString &name);
    // A source or destination as if created through the API (no validation); returns its id,
    // or an empty string for an unknown definition. Empty workspace: the default one.
    QString addSource(const QString &definitionId, const QString &name,
                      const QJsonObject &configuration, const QString &workspaceId = {});
    QString addDestination(const QString &definitionId, const QString &name,
                           const QJsonObject &configuration, const QString &workspaceId = {});
    // A connection from a source to a destination, listed by connections/list; returns its id.
    // Deleting either end deletes it, as Airbyte deprecates connections of a deleted actor.
    QString addConnection(const QString &sourceId, const QString &destinationId,
                          const QString &name);
    int sourceCount() const;
    int destinationCount() const;
    // The configuration stored for a source or destination id, secrets in clear (empty
    // object for an unknown id): what Airbyte would hand the connector.
    QJsonObject storedConfiguration(const QString &actorId) const;

    // The configuration, secrets in clear, that the last check ran with: the stored one for
    // a check by id; for a check before create, the one sent, where a masked secret is taken
    // from the stored source or destination the request names, if any.
    QJsonObject lastCheckedConfiguration() const;
    // Every check from now on (sources/check_connection, destinations/check_connection and
    // both scheduler/... routes) answers this; the default is Succeeded.
    void setCheckResult(CheckStatus status, const QString &message = {});
    // Checks accept the request and never answer (to test the client's timeout).
    void setCheckHangs(bool hangs) { m_checkHangs = hangs; }
    // The next `creates` sources/create or destinations/create requests store their object,
    // then close the connection without answering. Qt 6.4's QNetworkAccessManager sends a
    // POST again by itself when the connection closes before any answer: one dropped reply
    // then means two objects and a 200, unless the request's body cannot be rewound, which
    // is how HttpClient sends a request that is not idempotent (AirbyteClient::create).
    void dropNextCreateReply(int creates = 1) { m_dropCreates = creates; }

    // --- Connections ---

    // sources/discover_schema (and web_backend/connections/get with withRefreshedCatalog)
    // finds, for a PostgreSQL source, business_db: public.customers (a jsonb address object,
    // updated_at), public.orders (no updated_at), public.order_items (a composite key) and the
    // view public.customer_summary (full refresh only, no key); for any other source an API's
    // streams users and events with cursors and keys the source defines. Configs as a fresh
    // discovery has them (selected, append, the source's cursor and key).
    void setDiscoverHangs(bool hangs) { m_discoverHangs = hangs; }
    // Discoveries from now on fail as the job does: 200, no catalog, `reason` in
    // jobInfo.failureReason; empty: they work again. A refreshed web_backend get answers 500.
    void setDiscoverFailure(const QString &reason);
    void setDiscoveredCatalog(const QString &sourceId, const QJsonObject &catalog);
    // business_db migrated: customers.phone added, orders.status removed, orders.amount now a
    // string, a table invoices, the view customer_summary dropped.
    void changeBusinessDbSchema();
    int discoverCount() const;
    // The next `creates` connections/create store the connection and drop the reply.
    void dropNextConnectionCreateReply(int creates = 1) { m_dropConnectionCreates = creates; }
    int connectionCount() const;
    // The connection as connections/get answers it (empty for an unknown id).
    QJsonObject connection(const QString &id) const;
    int syncCount(const QString &connectionId) const { return m_syncs.value(connectionId); }

    // --- Jobs (airbytejobsfake.h) ---

    // The job engine behind connections/sync, reset, clear, refresh, jobs/* and
    // sync_progress: its clock (setNow, advance), how jobs run (setScript), a sync started
    // elsewhere, finished jobs for the history. Jobs follow setVersion().
    AirbyteJobsFake *jobs() const { return m_jobs.get(); }

    // Requests received per path (past the basic-auth proxy, answered or not, refused for
    // a missing token included), and the JSON body of the last one (empty if it had none).
    // `path` is the full path ("/api/v1/sources/create") or a Config API route
    // ("sources/create").
    using FakeHttpServer::requestCount;
    int requestCount(const QByteArray &path) const;
    QJsonObject lastBody(const QByteArray &path) const;

private:
    struct ConfigApi;
    enum class Kind { Source, Destination };

    FakeResponse token(const FakeRequest &request);
    bool hasIssuedToken(const FakeRequest &request) const;
    // Registers POST /api/v1/<route> behind the token check and the JSON body parsing.
    void configRoute(const QByteArray &route,
                     std::function<FakeResponse(const QJsonObject &body)> handler);
    void addConfigRoutes();
    void addConnectionRoutes();
    void addActorRoutes(Kind kind);
    QString addActor(Kind kind, const QString &definitionId, const QString &name,
                     const QJsonObject &configuration, const QString &workspaceId);
    FakeResponse listDefinitions(Kind kind, const QJsonObject &body, bool forWorkspace);
    FakeResponse definitionSpecification(Kind kind, const QJsonObject &body);
    FakeResponse createActor(Kind kind, const QJsonObject &body);
    FakeResponse getActor(Kind kind, const QJsonObject &body);
    FakeResponse updateActor(Kind kind, const QJsonObject &body);
    FakeResponse deleteActor(Kind kind, const QJsonObject &body);
    FakeResponse listActors(Kind kind, const QJsonObject &body);
    FakeResponse checkActor(Kind kind, const QJsonObject &body, bool beforeCreate);
    FakeResponse listConnections(const QJsonObject &body);
    FakeResponse checkResult(Kind kind);
    void addJobRoutes();

    int m_healthStatus = 0;
    QByteArray m_healthBody;
    bool m_versionHangs = false;
    bool m_available = true;
    bool m_requireAuth = false;
    bool m_malformed = false;
    QByteArray m_version = "1.8.0";
    QString m_clientId;
    QString m_clientSecret;
    bool m_tokenHangs = false;
    int m_tokenRequests = 0;
    QSet<QByteArray> m_tokens;     // every token issued so far
    QByteArray m_basicCredentials; // the expected base64(user:password), empty: no proxy
    bool m_checkHangs = false;
    int m_dropCreates = 0;
    bool m_discoverHangs = false;
    int m_dropConnectionCreates = 0;
    QHash<QString, int> m_syncs;
    std::unique_ptr<ConfigApi> m_api; // workspaces, definitions, actors, what was received
    std::unique_ptr<AirbyteJobsFake> m_jobs;
};

} // namespace Dsp::Fakes
