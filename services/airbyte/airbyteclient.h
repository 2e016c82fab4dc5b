#pragma once

#include "airbyte/airbyteauth.h"
#include "airbyte/attemptlog.h"
#include "airbyte/connection.h"
#include "airbyte/jobs.h"
#include "airbyte/syncprogress.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace Dsp {

class HttpClient;

// A call to Airbyte in flight: cancel() ends it (the callback then gets ErrorKind::Cancelled),
// whichever step it is at (getting a token, the request, its retry).
class AirbyteCall
{
public:
    struct State;
    AirbyteCall() = default;
    explicit AirbyteCall(std::shared_ptr<State> state);
    void cancel();
    bool isRunning() const;

private:
    std::shared_ptr<State> m_state;
};

// One workspace of the instance.
struct AirbyteWorkspace
{
    QString id;
    QString name;
};

// A connector as the workspace offers it (source or destination definition).
struct ConnectorDefinition
{
    QString id;
    QString name;
    QString dockerRepository;
    QString dockerImageTag;
    QString documentationUrl;
    QString icon;         // SVG text, or empty
    QString iconUrl;      // where the SVG lives, when the server gives a URL instead
    QString supportLevel; // community, certified, archived, none
    QString releaseStage; // alpha, beta, generally_available, custom
};

// A configured source or destination. Secrets come back masked ("**********").
struct ConnectorInstance
{
    QString id;
    QString definitionId;
    QString workspaceId;
    QString name;
    QString connectorName; // the definition's name ("Postgres")
    QString icon;
    QJsonObject configuration;
    QDateTime createdAt; // when the server says (Airbyte 1.x)
};

// A connection between a source and a destination, as far as the connector pages need it.
struct ConnectionSummary
{
    QString id;
    QString name;
    QString sourceId;
    QString destinationId;
    QString status; // active, inactive, deprecated
};

// What a connector's spec says (source_definition_specifications/get).
struct ConnectorSpecification
{
    QString definitionId;
    QString documentationUrl;
    QJsonObject connectionSpecification; // keys sorted: a form reads the bytes below
    // The object's bytes as the server sent them, key order kept (compact, as Airbyte sends
    // it), for ConnectorSpec::parse(): fields without "order" go in declaration order.
    QByteArray connectionSpecificationJson;
    QJsonObject raw; // the whole answer, for fields the panel does not model yet
};

// Result of check_connection: the check ran; `succeeded` says how it went.
struct ConnectionCheck
{
    bool succeeded = false;
    QString message; // Airbyte's words when it failed
};

// The Config API (/api/v1/...) of one Airbyte instance, asynchronous. Every call has a
// deadline (slow ones, a connector check or a schema discovery, a longer one) and ends in a
// typed Result: transport failures, and Airbyte's own error bodies (message, class, the
// fields it refused) with the HTTP status. Authentication as the profile says: none, HTTP
// basic, or client credentials exchanged for a bearer token at /api/v1/applications/token,
// renewed before the token expires and once on a 401, one token request at a time. Works
// with abctl 1.x (<host>:8000/api) and docker-compose (:8001, or the :8000 proxy).
// GUI thread only. Callbacks never run after their context is destroyed.
class AirbyteClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl apiUrl; // http://host:8000 or http://host:8000/api
        AirbyteAuth auth;
        QList<QSslCertificate> caCertificates;
        std::chrono::milliseconds timeout{std::chrono::seconds(30)};
        std::chrono::milliseconds slowTimeout{std::chrono::minutes(15)};
        // An attempt's log: up to Airbyte's 1,000,000-record tail, hundreds of megabytes.
        std::chrono::milliseconds logTimeout{std::chrono::minutes(3)};
    };
    // Which deadline a call gets: timeout, slowTimeout, logTimeout.
    enum class Pace { Normal, Slow, Log };

    AirbyteClient(HttpClient *http, const Config &config, QObject *parent = nullptr);
    ~AirbyteClient() override;

    const Config &config() const { return m_config; }

    using JsonCallback = std::function<void(const Result<QJsonObject> &)>;
    // POST <api>/api/v1/<route> with `body` (an empty one sends none); a 204 gives an empty
    // object.
    AirbyteCall post(const QString &route, const QJsonObject &body, QObject *context,
                     JsonCallback callback, Pace pace = Pace::Normal);
    // Whether a request may be sent twice (not a create).
    enum class Repeat { Allowed, Never };
    using BytesCallback = std::function<void(const Result<QByteArray> &)>;
    // POST for the big ones (a catalog both ways): the body is made by `makeBody` on a worker
    // thread, and the answer's bytes come back unparsed, for the caller to parse off the GUI
    // thread too.
    AirbyteCall postBytes(const QString &route, std::function<QByteArray()> makeBody,
                          QObject *context, BytesCallback callback, Pace pace = Pace::Normal,
                          Repeat repeat = Repeat::Allowed);
    // GET <api>/api/v1/<route> (instance_configuration, health).
    AirbyteCall get(const QString &route, QObject *context, JsonCallback callback);

    // The workspace to use: `preferred` when it exists, else the only one, else the
    // instance's default one; with several and no default, `id` empty and `choices` filled.
    // Listed by the instance's organization (workspaces/list_by_organization_id), or with
    // workspaces/list on servers older than instance_configuration (0.57); a list refused
    // with 404 gives the instance's default workspace.
    struct WorkspaceChoice
    {
        QString id;
        QList<AirbyteWorkspace> choices;
    };
    void resolveWorkspace(const QString &preferred, QObject *context,
                          std::function<void(const Result<WorkspaceChoice> &)> callback);

    enum class Kind { Source, Destination };
    void listDefinitions(Kind kind, const QString &workspaceId, QObject *context,
                         std::function<void(const Result<QList<ConnectorDefinition>> &)> callback);
    void getSpecification(Kind kind, const QString &definitionId, const QString &workspaceId,
                          QObject *context,
                          std::function<void(const Result<ConnectorSpecification> &)> callback);
    void listInstances(Kind kind, const QString &workspaceId, QObject *context,
                       std::function<void(const Result<QList<ConnectorInstance>> &)> callback);
    void listConnections(const QString &workspaceId, QObject *context,
                         std::function<void(const Result<QList<ConnectionSummary>> &)> callback);
    // Create: when the reply never came (timeout, dropped connection), the object may exist;
    // the caller retries with createOrReuse(), which looks it up by name first. The request
    // itself is never sent twice (HttpRequest::idempotent), so one call makes one object at most.
    AirbyteCall create(Kind kind, const QString &workspaceId, const QString &definitionId,
                       const QString &name, const QJsonObject &configuration, QObject *context,
                       std::function<void(const Result<ConnectorInstance> &)> callback);
    void createOrReuse(Kind kind, const QString &workspaceId, const QString &definitionId,
                       const QString &name, const QJsonObject &configuration, QObject *context,
                       std::function<void(const Result<ConnectorInstance> &)> callback);
    AirbyteCall update(Kind kind, const QString &id, const QString &name,
                       const QJsonObject &configuration, QObject *context,
                       std::function<void(const Result<ConnectorInstance> &)> callback);
    AirbyteCall remove(Kind kind, const QString &id, QObject *context,
                       std::function<void(const Result<bool> &)> callback);
    // Checks a configuration before it is saved (scheduler/<kind>s/check_connection), or a
    // saved one by id. Slow: minutes on a real source. Cancel with the returned call.
    AirbyteCall checkConfiguration(Kind kind, const QString &workspaceId,
                                   const QString &definitionId, const QJsonObject &configuration,
                                   QObject *context,
                                   std::function<void(const Result<ConnectionCheck> &)> callback);
    // Checks an edited configuration of the saved `id` before the update: its masked secrets
    // ("**********") are the saved ones.
    AirbyteCall checkUpdate(Kind kind, const QString &workspaceId, const QString &definitionId,
                            const QString &id, const QJsonObject &configuration, QObject *context,
                            std::function<void(const Result<ConnectionCheck> &)> callback);
    AirbyteCall checkSaved(Kind kind, const QString &id, QObject *context,
                           std::function<void(const Result<ConnectionCheck> &)> callback);

    // --- Connections (airbyteconnections.cpp) ---

    // sources/discover_schema: the source's streams, read by its connector (minutes on a big
    // source; cancel with the returned call). `refresh` asks for a new discovery rather than
    // the one Airbyte cached. A discovery that failed is an Error with the connector's reason.
    struct DiscoveredSchema
    {
        Catalog catalog;
        QString catalogId;
    };
    AirbyteCall discoverSchema(const QString &sourceId, bool refresh, QObject *context,
                               std::function<void(const Result<DiscoveredSchema> &)> callback);
    // web_backend/connections/list, every page: the Connections page's rows.
    void
    listConnectionItems(const QString &workspaceId, QObject *context,
                        std::function<void(const Result<QList<ConnectionListItem>> &)> callback);
    // web_backend/connections/get; with `refreshCatalog`, Airbyte discovers the source again
    // and answers the new catalog (saved choices carried over) with the difference.
    AirbyteCall getConnection(const QString &connectionId, bool refreshCatalog, QObject *context,
                              std::function<void(const Result<ConnectionDetails> &)> callback);
    // connections/create, never sent twice; after a lost reply retry with
    // createConnectionOrReuse(), which finds by name a connection of the same source and
    // destination that the first attempt made.
    AirbyteCall createConnection(const QString &workspaceId, const QString &sourceId,
                                 const QString &destinationId, const ConnectionSettings &settings,
                                 const Catalog &catalog, const QString &sourceCatalogId,
                                 QObject *context,
                                 std::function<void(const Result<ConnectionDetails> &)> callback);
    void createConnectionOrReuse(const QString &workspaceId, const QString &sourceId,
                                 const QString &destinationId, const ConnectionSettings &settings,
                                 const Catalog &catalog, const QString &sourceCatalogId,
                                 QObject *context,
                                 std::function<void(const Result<ConnectionDetails> &)> callback);
    // connections/update with the settings and, when given, the catalog.
    AirbyteCall updateConnection(const QString &connectionId, const ConnectionSettings &settings,
                                 const std::optional<Catalog> &catalog,
                                 const QString &sourceCatalogId, QObject *context,
                                 std::function<void(const Result<ConnectionDetails> &)> callback);
    // Enable or disable (connections/update with the status only).
    AirbyteCall setConnectionActive(const QString &connectionId, bool active, QObject *context,
                                    std::function<void(const Result<bool> &)> callback);
    AirbyteCall deleteConnection(const QString &connectionId, QObject *context,
                                 std::function<void(const Result<bool> &)> callback);
    // connections/sync: starts a sync now; the job's id.
    AirbyteCall syncConnection(const QString &connectionId, QObject *context,
                               std::function<void(const Result<qint64> &)> callback);

    // --- Jobs (airbytejobs.cpp) ---

    // The server's version ("1.8.0", instance_configuration's "version" as the probe reads
    // it), which shapes the job requests below (API-NOTES §1.2, §2.2). Empty (unknown): the
    // requests every supported version accepts (no refresh or clear types, the reset routes,
    // sync_progress tried first), and the filters named as 0.50.46+ names them.
    void setServerVersion(const QString &version);
    QString serverVersion() const;
    // One page of jobs, newest first (jobs/list per connection; list_for_workspaces for a
    // whole workspace, whose total is unknown: see JobPage). Several connections: each one's
    // first rowOffset + pageSize jobs, merged. Statuses and dates a server cannot filter on
    // (before 0.50.8, or several statuses before 0.50.46) are filtered here, in the page.
    AirbyteCall listJobs(const JobQuery &query, QObject *context,
                         std::function<void(const Result<JobPage> &)> callback);
    // jobs/get_without_logs: the job, its attempts and their statistics (live in 1.x).
    AirbyteCall getJob(qint64 jobId, QObject *context,
                       std::function<void(const Result<Job> &)> callback);
    // jobs/cancel. Airbyte cancels the job running on that job's connection, and answers
    // the job as it is then (a job that was over comes back unchanged).
    AirbyteCall cancelJob(qint64 jobId, QObject *context,
                          std::function<void(const Result<Job> &)> callback);
    // Erases the data of the whole connection (no streams) or of the chosen streams at the
    // destination and their state: connections/reset[/stream]; clearConnection uses the
    // clear routes where the server has them (0.57.3+; the same handler). A sync running on
    // the connection is cancelled first. The job is typed reset_connection.
    AirbyteCall resetConnection(const QString &connectionId, const QList<StreamKey> &streams,
                                QObject *context,
                                std::function<void(const Result<Job> &)> callback);
    AirbyteCall clearConnection(const QString &connectionId, const QList<StreamKey> &streams,
                                QObject *context,
                                std::function<void(const Result<Job> &)> callback);
    // connections/refresh (0.57.2+): syncs the streams again from the start, truncating what
    // the destination has or merging into it. The job when the server says (1.x), nullopt
    // when it answers only that it started (0.63). A server without the route: an
    // Unsupported error saying which version has it.
    enum class RefreshMode { Truncate, Merge };
    AirbyteCall refreshStreams(const QString &connectionId, RefreshMode mode,
                               const QList<StreamKey> &streams, QObject *context,
                               std::function<void(const Result<std::optional<Job>> &)> callback);
    // What the connection's running job has done so far: connections/sync_progress (0.58+),
    // or the newest job's own statistics where the route answers nothing or is absent.
    // Nothing runs: a SyncProgress with jobId 0. Poll it about every 10 s while a job runs
    // (Airbyte saves statistics that often), never when none does.
    AirbyteCall syncProgress(const QString &connectionId, QObject *context,
                             std::function<void(const Result<SyncProgress> &)> callback);
    // One attempt's log (`attemptNumber` is Airbyte's 0-based one): attempt/get_for_job
    // (0.50.9+), or jobs/get on older servers and where that route is missing (404 without an
    // Airbyte exception; remembered), whose answer holds every attempt's log. Either form
    // (logLines, or the structured events of 1.2+); no offset exists, so each call answers the
    // whole log (up to a million records, hundreds of megabytes). Parsed on a worker thread
    // with simdjson's On Demand parser (events are rendered only when asked); cancelling once
    // the answer is in only drops it. Deadline: Config::logTimeout.
    AirbyteCall getAttemptLog(qint64 jobId, int attemptNumber, QObject *context,
                              std::function<void(const Result<AttemptLog> &)> callback);
    // An error saying this server lacks the feature (not a missing connection or job).
    static bool isUnsupportedByServer(const Error &error);

    // How many token requests were made (tests: one at a time, renewed when due).
    int tokenRequestCount() const { return m_tokenRequests; }

private:
    struct Pending;
    // post() with what a few calls need beyond the parsed answer: its bytes (a spec, whose key
    // order QJsonObject loses), and whether the request may be sent twice (not a create).
    using RawCallback = std::function<void(const Result<QJsonObject> &, const QByteArray &body)>;
    AirbyteCall postRaw(const QString &route, const QJsonObject &body, QObject *context,
                        RawCallback callback, Pace pace = Pace::Normal,
                        Repeat repeat = Repeat::Allowed);
    void start(const std::shared_ptr<AirbyteCall::State> &state);
    // A connection answer (ConnectionRead, WebBackendConnectionRead) parsed off the GUI thread.
    void connectionAnswer(const Result<QByteArray> &answer, QObject *context,
                          std::function<void(const Result<ConnectionDetails> &)> callback);
    void send(const std::shared_ptr<AirbyteCall::State> &state, const QString &token);
    void withToken(std::function<void(const Result<QString> &)> then);
    void requestToken();
    QUrl url(const QString &route) const;

    HttpClient *m_http;
    Config m_config;
    QByteArray m_basic;
    // Client credentials: the current token, when it is due for renewal, the waiters.
    QString m_token;
    QDateTime m_tokenRenewAt;
    bool m_tokenInFlight = false;
    QList<std::function<void(const Result<QString> &)>> m_tokenWaiters;
    int m_tokenRequests = 0;
    QObject *m_context;            // parent of this client's own requests (tokens)
    QString m_serverVersion;       // setServerVersion(); empty: unknown
    bool m_noAttemptRoute = false; // attempt/get_for_job answered 404 for a missing route
};

// Airbyte's error body (KnownExceptionInfo, InvalidInputExceptionInfo, NotFound…) as an
// Error: its message, the HTTP status, the fields it refused; the class and stack go to
// `detail` (the log), never on screen.
Error airbyteError(int status, const QByteArray &body, const QString &route);

// Whether a create that ended with `e` may have been made all the same (the reply was lost,
// timed out, or a proxy failed after Airbyte): retry with the create-or-reuse call.
bool createMayHaveArrived(const Error &e);

} // namespace Dsp
