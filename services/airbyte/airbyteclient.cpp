#include "airbyteclient.h"

#include "core/httpclient.h"
#include "health/healthtr.h"
#include "health/healthtypes.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

namespace Dsp {

namespace {

const QString TokenRoute = QStringLiteral("applications/token");
// Renew a token this long before it expires; without an expiry, after this long (Airbyte's
// default lifetime is 15 minutes).
constexpr qint64 RenewMarginSecs = 60;
constexpr qint64 UnknownLifetimeSecs = 10 * 60;
// Definitions lists carry every connector's SVG icon: megabytes.
constexpr qint64 MaxAnswerBytes = 64 * 1024 * 1024;
// A catalog answer: 31 MB for 10,000 streams of 50 columns.
constexpr qint64 MaxCatalogBytes = 512 * 1024 * 1024;

QString kindWord(AirbyteClient::Kind kind)
{
    return kind == AirbyteClient::Kind::Source ? QStringLiteral("source")
                                               : QStringLiteral("destination");
}

QString idKey(AirbyteClient::Kind kind)
{
    return kindWord(kind) + QStringLiteral("Id");
}

QString definitionIdKey(AirbyteClient::Kind kind)
{
    return kindWord(kind) + QStringLiteral("DefinitionId");
}

// When a JWT says it expires (its "exp" claim), if it says.
std::optional<QDateTime> jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue exp = QJsonDocument::fromJson(payload).object().value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

ConnectorInstance instanceFrom(AirbyteClient::Kind kind, const QJsonObject &o)
{
    ConnectorInstance i;
    i.id = o.value(idKey(kind)).toString();
    i.definitionId = o.value(definitionIdKey(kind)).toString();
    i.workspaceId = o.value(QStringLiteral("workspaceId")).toString();
    i.name = o.value(QStringLiteral("name")).toString();
    i.connectorName = o.value(kindWord(kind) + QStringLiteral("Name")).toString();
    i.icon = o.value(QStringLiteral("icon")).toString();
    i.configuration = o.value(QStringLiteral("connectionConfiguration")).toObject();
    if (o.value(QStringLiteral("createdAt")).isDouble())
        i.createdAt = QDateTime::fromSecsSinceEpoch(
            qint64(o.value(QStringLiteral("createdAt")).toDouble()), Qt::UTC);
    return i;
}

ConnectorDefinition definitionFrom(AirbyteClient::Kind kind, const QJsonObject &o)
{
    ConnectorDefinition d;
    d.id = o.value(definitionIdKey(kind)).toString();
    d.name = o.value(QStringLiteral("name")).toString();
    d.dockerRepository = o.value(QStringLiteral("dockerRepository")).toString();
    d.dockerImageTag = o.value(QStringLiteral("dockerImageTag")).toString();
    d.documentationUrl = o.value(QStringLiteral("documentationUrl")).toString();
    const QString icon = o.value(QStringLiteral("icon")).toString();
    // Airbyte 1.x gives a URL in "icon" (iconUrl in some versions); older ones the SVG text.
    if (icon.startsWith(QLatin1String("http")))
        d.iconUrl = icon;
    else
        d.icon = icon;
    if (d.iconUrl.isEmpty())
        d.iconUrl = o.value(QStringLiteral("iconUrl")).toString();
    d.supportLevel = o.value(QStringLiteral("supportLevel")).toString();
    d.releaseStage = o.value(QStringLiteral("releaseStage")).toString();
    return d;
}

ConnectionCheck checkFrom(const QJsonObject &o)
{
    ConnectionCheck c;
    c.succeeded = o.value(QStringLiteral("status")).toString() == QLatin1String("succeeded");
    c.message = sanitizedServerText(o.value(QStringLiteral("message")).toString());
    // No status: the check job itself failed, and says why in its failure reason.
    if (c.message.isEmpty() && !o.contains(QStringLiteral("status"))) {
        const QJsonObject job = o.value(QStringLiteral("jobInfo")).toObject();
        const QJsonObject reason = job.value(QStringLiteral("failureReason")).toObject();
        c.message = sanitizedServerText(reason.value(QStringLiteral("externalMessage")).toString());
    }
    return c;
}

template<typename T> Result<T> failure(const Error &e)
{
    return Result<T>(e);
}

// The text of the top-level member `name` of a JSON object, its keys in the order they came:
// QJsonObject sorts them, and a connector form places the fields without "order" in declaration
// order. ordered_json keeps that order. Its compact dump is the same JSON, and byte for byte the
// server's own text when that was compact (Airbyte's is) with no escapes a dump writes otherwise
// (\u00e9 comes back as UTF-8). Empty when there is no such object.
QByteArray memberText(const QByteArray &body, const char *name)
{
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(
        body.constData(), body.constData() + body.size(), nullptr, false);
    if (!doc.is_object())
        return {};
    const auto member = doc.find(name);
    if (member == doc.end() || !member->is_object())
        return {};
    return QByteArray::fromStdString(
        member->dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

} // namespace

struct AirbyteCall::State
{
    QByteArray method = "POST";
    QString route;
    QJsonObject body;
    QByteArray rawBody;     // sent as it is when set (postBytes)
    bool rawAnswer = false; // the answer's bytes go back unparsed (postBytes)
    AirbyteClient::Pace pace = AirbyteClient::Pace::Normal;
    bool idempotent = true; // false: never sent twice (HttpRequest::idempotent)
    QPointer<QObject> context;
    // The parsed answer, and its bytes (empty for a failure).
    std::function<void(const Result<QJsonObject> &, const QByteArray &)> callback;
    RequestHandle handle;
    bool retried = false;
    bool done = false;

    void finish(const Result<QJsonObject> &r, const QByteArray &answer = {})
    {
        if (done)
            return;
        done = true;
        handle = RequestHandle();
        if (context)
            callback(r, answer);
    }
};

AirbyteCall::AirbyteCall(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

void AirbyteCall::cancel()
{
    if (!m_state || m_state->done)
        return;
    if (m_state->handle.isRunning()) {
        m_state->handle.cancel(); // its callback ends the call with Cancelled
        return;
    }
    // Waiting for a token: end now; the token request goes on for the others.
    Error e = Error::make(ErrorKind::Cancelled, HealthTr::tr("cancelled"));
    e.service = QStringLiteral("Airbyte");
    m_state->finish(e);
}

bool AirbyteCall::isRunning() const
{
    return m_state && !m_state->done;
}

Error airbyteError(int status, const QByteArray &body, const QString &route)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    ErrorKind kind = ErrorKind::ServerError;
    switch (status) {
    case 400:
    case 422:
        kind = ErrorKind::InvalidInput;
        break;
    case 401:
        kind = ErrorKind::Unauthorized;
        break;
    case 403:
        kind = ErrorKind::Forbidden;
        break;
    case 404:
        kind = ErrorKind::NotFound;
        break;
    case 409:
        kind = ErrorKind::Conflict;
        break;
    default:
        break;
    }
    // Airbyte's exception bodies carry `message`; its 1.x problems (schedule validation, say)
    // carry `title` and `detail` instead.
    QString message = sanitizedServerText(o.value(QStringLiteral("message")).toString());
    if (message.isEmpty())
        message = sanitizedServerText(o.value(QStringLiteral("detail")).toString());
    if (message.isEmpty())
        message = sanitizedServerText(o.value(QStringLiteral("title")).toString());
    if (message.isEmpty())
        message = HealthTr::tr("HTTP %1 from %2").arg(status).arg(route);
    QString detail = o.value(QStringLiteral("exceptionClassName")).toString();
    if (detail.isEmpty())
        detail = sanitizedServerText(o.value(QStringLiteral("type")).toString());
    const QJsonArray stack = o.value(QStringLiteral("exceptionStack")).toArray();
    if (!stack.isEmpty())
        detail += QStringLiteral(" at ") + stack.first().toString();
    Error e = Error::make(kind, message, detail);
    e.httpStatus = status;
    e.service = QStringLiteral("Airbyte");
    for (const QJsonValue &v : o.value(QStringLiteral("validationErrors")).toArray()) {
        const QJsonObject f = v.toObject();
        e.fieldErrors.append({f.value(QStringLiteral("propertyPath")).toString(),
                              sanitizedServerText(f.value(QStringLiteral("message")).toString())});
    }
    return e;
}

bool createMayHaveArrived(const Error &e)
{
    return e.kind == ErrorKind::Timeout || e.kind == ErrorKind::Unreachable ||
           e.kind == ErrorKind::InvalidResponse ||
           (e.kind == ErrorKind::ServerError && e.httpStatus >= 502);
}

AirbyteClient::AirbyteClient(HttpClient *http, const Config &config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(config)
    , m_context(new QObject(this))
{
    if (m_config.auth.mode == AirbyteAuth::Mode::Basic)
        m_basic =
            (m_config.auth.user + QLatin1Char(':') + m_config.auth.password).toUtf8().toBase64();
}

AirbyteClient::~AirbyteClient() = default;

QUrl AirbyteClient::url(const QString &route) const
{
    QUrl u = m_config.apiUrl;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    u.setPath(path + QStringLiteral("/api/v1/") + route);
    return u;
}

AirbyteCall AirbyteClient::post(const QString &route, const QJsonObject &body, QObject *context,
                                JsonCallback callback, Pace pace)
{
    return postRaw(
        route, body, context,
        [callback = std::move(callback)](const Result<QJsonObject> &r, const QByteArray &) {
            callback(r);
        },
        pace);
}

AirbyteCall AirbyteClient::postRaw(const QString &route, const QJsonObject &body, QObject *context,
                                   RawCallback callback, Pace pace, Repeat repeat)
{
    auto state = std::make_shared<AirbyteCall::State>();
    state->route = route;
    state->body = body;
    state->pace = pace;
    state->idempotent = repeat == Repeat::Allowed;
    state->context = context;
    state->callback = std::move(callback);
    start(state);
    return AirbyteCall(state);
}

AirbyteCall AirbyteClient::postBytes(const QString &route, std::function<QByteArray()> makeBody,
                                     QObject *context, BytesCallback callback, Pace pace,
                                     Repeat repeat)
{
    auto state = std::make_shared<AirbyteCall::State>();
    state->route = route;
    state->pace = pace;
    state->idempotent = repeat == Repeat::Allowed;
    state->rawAnswer = true;
    state->context = context;
    state->callback = [callback = std::move(callback)](const Result<QJsonObject> &r,
                                                       const QByteArray &body) {
        callback(r ? Result<QByteArray>(body) : Result<QByteArray>(r.error()));
    };
    // The body is made on a worker; a cancel meanwhile ends the call, and the body is dropped.
    auto *watcher = new QFutureWatcher<QByteArray>(m_context);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, state, watcher] {
        watcher->deleteLater();
        if (state->done)
            return;
        state->rawBody = watcher->result();
        start(state);
    });
    watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), std::move(makeBody)));
    return AirbyteCall(state);
}

AirbyteCall AirbyteClient::get(const QString &route, QObject *context, JsonCallback callback)
{
    auto state = std::make_shared<AirbyteCall::State>();
    state->method = "GET";
    state->route = route;
    state->context = context;
    state->callback = [callback = std::move(callback)](const Result<QJsonObject> &r,
                                                       const QByteArray &) { callback(r); };
    start(state);
    return AirbyteCall(state);
}

void AirbyteClient::start(const std::shared_ptr<AirbyteCall::State> &state)
{
    if (m_config.auth.mode != AirbyteAuth::Mode::ClientCredentials) {
        send(state, {});
        return;
    }
    withToken([this, state](const Result<QString> &token) {
        if (state->done)
            return;
        if (!token) {
            state->finish(token.error());
            return;
        }
        send(state, token.value());
    });
}

void AirbyteClient::send(const std::shared_ptr<AirbyteCall::State> &state, const QString &token)
{
    HttpRequest req;
    req.method = state->method;
    req.url = url(state->route);
    // An empty object goes as no body: the routes we call with one declare none (workspaces/list).
    const bool hasBody =
        state->method == "POST" && (!state->body.isEmpty() || !state->rawBody.isEmpty());
    if (hasBody)
        req.headers.emplaceBack("Content-Type", "application/json");
    req.headers.emplaceBack("Accept", "application/json");
    if (!token.isEmpty())
        req.headers.emplaceBack("Authorization", "Bearer " + token.toUtf8());
    else if (!m_basic.isEmpty())
        req.headers.emplaceBack("Authorization", "Basic " + m_basic);
    if (hasBody)
        req.body = state->rawBody.isEmpty()
                       ? QJsonDocument(state->body).toJson(QJsonDocument::Compact)
                       : state->rawBody;
    req.timeout = state->pace == Pace::Slow  ? m_config.slowTimeout
                  : state->pace == Pace::Log ? m_config.logTimeout
                                             : m_config.timeout;
    req.maxResponseBytes = state->rawAnswer ? MaxCatalogBytes : MaxAnswerBytes;
    req.caCertificates = m_config.caCertificates;
    req.service = QStringLiteral("Airbyte");
    req.idempotent = state->idempotent;
    state->handle =
        m_http->send(req, m_context, [this, state, token](const Result<HttpResponse> &r) {
            if (!r) {
                state->finish(r.error());
                return;
            }
            const HttpResponse &resp = r.value();
            if (resp.status == 401 && !token.isEmpty() && !state->retried) {
                // The token expired early or the server restarted: one new token, one retry.
                state->retried = true;
                if (m_token == token)
                    m_token.clear();
                start(state);
                return;
            }
            if (!resp.isSuccess()) {
                state->finish(airbyteError(resp.status, resp.body, state->route));
                return;
            }
            if (state->rawAnswer || resp.body.trimmed().isEmpty()) {
                state->finish(QJsonObject(), resp.body);
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &parseError);
            if (!doc.isObject()) {
                Error e = Error::make(ErrorKind::InvalidResponse,
                                      HealthTr::tr("invalid answer from %1: %2")
                                          .arg(state->route, parseError.errorString()));
                e.httpStatus = resp.status;
                e.service = QStringLiteral("Airbyte");
                state->finish(e);
                return;
            }
            state->finish(doc.object(), resp.body);
        });
}

void AirbyteClient::withToken(std::function<void(const Result<QString> &)> then)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_tokenRenewAt) {
        then(m_token);
        return;
    }
    m_tokenWaiters.append(std::move(then));
    if (!m_tokenInFlight)
        requestToken();
}

void AirbyteClient::requestToken()
{
    m_tokenInFlight = true;
    ++m_tokenRequests;
    HttpRequest req;
    req.method = "POST";
    req.url = url(TokenRoute);
    req.headers.emplaceBack("Content-Type", "application/json");
    req.body =
        QJsonDocument(QJsonObject{{QStringLiteral("client_id"), m_config.auth.clientId},
                                  {QStringLiteral("client_secret"), m_config.auth.clientSecret}})
            .toJson(QJsonDocument::Compact);
    req.timeout = m_config.timeout;
    req.caCertificates = m_config.caCertificates;
    req.service = QStringLiteral("Airbyte");
    m_http->send(req, m_context, [this](const Result<HttpResponse> &r) {
        m_tokenInFlight = false;
        Result<QString> outcome = QString();
        if (!r) {
            outcome = r.error();
        } else if (!r.value().isSuccess()) {
            const HttpResponse &resp = r.value();
            Error e = airbyteError(resp.status, resp.body, TokenRoute);
            if (resp.status == 400 || resp.status == 401 || resp.status == 403) {
                e.kind = ErrorKind::Unauthorized;
                e.message =
                    HealthTr::tr("Airbyte refused the client id or secret: %1").arg(e.message);
            }
            outcome = e;
        } else {
            const QString token = QJsonDocument::fromJson(r.value().body)
                                      .object()
                                      .value(QStringLiteral("access_token"))
                                      .toString();
            if (token.isEmpty()) {
                Error e = Error::make(
                    ErrorKind::InvalidResponse,
                    HealthTr::tr("invalid answer from %1: no access_token").arg(TokenRoute));
                e.service = QStringLiteral("Airbyte");
                outcome = e;
            } else {
                m_token = token;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const std::optional<QDateTime> expiry = jwtExpiry(token);
                m_tokenRenewAt =
                    expiry ? expiry->addSecs(-RenewMarginSecs) : now.addSecs(UnknownLifetimeSecs);
                if (m_tokenRenewAt < now) // a token shorter than the margin: use it once
                    m_tokenRenewAt = now.addSecs(1);
                outcome = token;
            }
        }
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto &waiter : waiters)
            waiter(outcome);
    });
}

void AirbyteClient::resolveWorkspace(const QString &preferred, QObject *context,
                                     std::function<void(const Result<WorkspaceChoice> &)> callback)
{
    QPointer<QObject> guard(context);
    // The instance's configuration first (anonymous GET; Airbyte >= 0.57): its default
    // workspace decides between several, and its organization's list stands in for
    // workspaces/list, which 1.7 removed; older servers have workspaces/list only.
    get(QStringLiteral("instance_configuration"), context,
        [this, preferred, guard, callback](const Result<QJsonObject> &config) {
            const QString defaultId =
                config ? config.value().value(QStringLiteral("defaultWorkspaceId")).toString()
                       : QString();
            const QString organizationId =
                config ? config.value().value(QStringLiteral("defaultOrganizationId")).toString()
                       : QString();
            if (!guard)
                return;
            const bool byOrganization = !organizationId.isEmpty();
            post(byOrganization ? QStringLiteral("workspaces/list_by_organization_id")
                                : QStringLiteral("workspaces/list"),
                 byOrganization ? QJsonObject{{QStringLiteral("organizationId"), organizationId}}
                                : QJsonObject(),
                 guard, [preferred, defaultId, callback](const Result<QJsonObject> &r) {
                     WorkspaceChoice choice;
                     if (!r) {
                         if (r.error().kind == ErrorKind::NotFound && !defaultId.isEmpty()) {
                             choice.id = defaultId; // no list route: the default
                             choice.choices.append({defaultId, QString()});
                             callback(choice);
                         } else {
                             callback(r.error());
                         }
                         return;
                     }
                     for (const QJsonValue &v :
                          r.value().value(QStringLiteral("workspaces")).toArray()) {
                         const QJsonObject w = v.toObject();
                         choice.choices.append({w.value(QStringLiteral("workspaceId")).toString(),
                                                w.value(QStringLiteral("name")).toString()});
                     }
                     if (choice.choices.isEmpty()) {
                         Error e = Error::make(ErrorKind::NotFound,
                                               HealthTr::tr("this Airbyte has no workspace yet"));
                         e.service = QStringLiteral("Airbyte");
                         callback(e);
                         return;
                     }
                     for (const QString &wanted : {preferred, defaultId}) {
                         for (const AirbyteWorkspace &w : std::as_const(choice.choices)) {
                             if (choice.id.isEmpty() && !wanted.isEmpty() && w.id == wanted)
                                 choice.id = w.id;
                         }
                     }
                     if (choice.id.isEmpty() && choice.choices.size() == 1)
                         choice.id = choice.choices.first().id;
                     callback(choice);
                 });
        });
}

void AirbyteClient::listDefinitions(
    Kind kind, const QString &workspaceId, QObject *context,
    std::function<void(const Result<QList<ConnectorDefinition>> &)> callback)
{
    post(kindWord(kind) + QStringLiteral("_definitions/list_for_workspace"),
         {{QStringLiteral("workspaceId"), workspaceId}}, context,
         [kind, callback](const Result<QJsonObject> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             QList<ConnectorDefinition> list;
             const QJsonArray items =
                 r.value().value(kindWord(kind) + QStringLiteral("Definitions")).toArray();
             list.reserve(items.size());
             for (const QJsonValue &v : items)
                 list.append(definitionFrom(kind, v.toObject()));
             callback(list);
         });
}

void AirbyteClient::getSpecification(
    Kind kind, const QString &definitionId, const QString &workspaceId, QObject *context,
    std::function<void(const Result<ConnectorSpecification> &)> callback)
{
    postRaw(kindWord(kind) + QStringLiteral("_definition_specifications/get"),
            {{definitionIdKey(kind), definitionId}, {QStringLiteral("workspaceId"), workspaceId}},
            context, [kind, callback](const Result<QJsonObject> &r, const QByteArray &body) {
                if (!r) {
                    callback(r.error());
                    return;
                }
                ConnectorSpecification spec;
                spec.definitionId = r.value().value(definitionIdKey(kind)).toString();
                spec.documentationUrl =
                    r.value().value(QStringLiteral("documentationUrl")).toString();
                spec.connectionSpecification =
                    r.value().value(QStringLiteral("connectionSpecification")).toObject();
                spec.connectionSpecificationJson = memberText(body, "connectionSpecification");
                spec.raw = r.value();
                callback(spec);
            });
}

void AirbyteClient::listInstances(
    Kind kind, const QString &workspaceId, QObject *context,
    std::function<void(const Result<QList<ConnectorInstance>> &)> callback)
{
    post(kindWord(kind) + QStringLiteral("s/list"), {{QStringLiteral("workspaceId"), workspaceId}},
         context, [kind, callback](const Result<QJsonObject> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             QList<ConnectorInstance> list;
             for (const QJsonValue &v :
                  r.value().value(kindWord(kind) + QStringLiteral("s")).toArray())
                 list.append(instanceFrom(kind, v.toObject()));
             callback(list);
         });
}

void AirbyteClient::listConnections(
    const QString &workspaceId, QObject *context,
    std::function<void(const Result<QList<ConnectionSummary>> &)> callback)
{
    post(QStringLiteral("connections/list"), {{QStringLiteral("workspaceId"), workspaceId}},
         context, [callback](const Result<QJsonObject> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             QList<ConnectionSummary> list;
             for (const QJsonValue &v : r.value().value(QStringLiteral("connections")).toArray()) {
                 const QJsonObject c = v.toObject();
                 list.append({c.value(QStringLiteral("connectionId")).toString(),
                              c.value(QStringLiteral("name")).toString(),
                              c.value(QStringLiteral("sourceId")).toString(),
                              c.value(QStringLiteral("destinationId")).toString(),
                              c.value(QStringLiteral("status")).toString()});
             }
             callback(list);
         });
}

AirbyteCall AirbyteClient::create(Kind kind, const QString &workspaceId,
                                  const QString &definitionId, const QString &name,
                                  const QJsonObject &configuration, QObject *context,
                                  std::function<void(const Result<ConnectorInstance> &)> callback)
{
    return postRaw(
        kindWord(kind) + QStringLiteral("s/create"),
        {{definitionIdKey(kind), definitionId},
         {QStringLiteral("workspaceId"), workspaceId},
         {QStringLiteral("name"), name},
         {QStringLiteral("connectionConfiguration"), configuration}},
        context,
        [kind, callback](const Result<QJsonObject> &r, const QByteArray &) {
            callback(r ? Result<ConnectorInstance>(instanceFrom(kind, r.value()))
                       : failure<ConnectorInstance>(r.error()));
        },
        Pace::Normal, Repeat::Never);
}

void AirbyteClient::createOrReuse(Kind kind, const QString &workspaceId,
                                  const QString &definitionId, const QString &name,
                                  const QJsonObject &configuration, QObject *context,
                                  std::function<void(const Result<ConnectorInstance> &)> callback)
{
    QPointer<QObject> guard(context);
    listInstances(kind, workspaceId, context,
                  [this, kind, workspaceId, definitionId, name, configuration, guard,
                   callback](const Result<QList<ConnectorInstance>> &r) {
                      if (!r) {
                          callback(r.error());
                          return;
                      }
                      for (const ConnectorInstance &i : r.value()) {
                          if (i.name == name && i.definitionId == definitionId) {
                              callback(i); // the earlier attempt did create it
                              return;
                          }
                      }
                      if (guard)
                          create(kind, workspaceId, definitionId, name, configuration, guard,
                                 callback);
                  });
}

AirbyteCall AirbyteClient::update(Kind kind, const QString &id, const QString &name,
                                  const QJsonObject &configuration, QObject *context,
                                  std::function<void(const Result<ConnectorInstance> &)> callback)
{
    return post(kindWord(kind) + QStringLiteral("s/update"),
                {{idKey(kind), id},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("connectionConfiguration"), configuration}},
                context, [kind, callback](const Result<QJsonObject> &r) {
                    callback(r ? Result<ConnectorInstance>(instanceFrom(kind, r.value()))
                               : failure<ConnectorInstance>(r.error()));
                });
}

AirbyteCall AirbyteClient::remove(Kind kind, const QString &id, QObject *context,
                                  std::function<void(const Result<bool> &)> callback)
{
    return post(kindWord(kind) + QStringLiteral("s/delete"), {{idKey(kind), id}}, context,
                [callback](const Result<QJsonObject> &r) {
                    callback(r ? Result<bool>(true) : failure<bool>(r.error()));
                });
}

AirbyteCall
AirbyteClient::checkConfiguration(Kind kind, const QString &workspaceId,
                                  const QString &definitionId, const QJsonObject &configuration,
                                  QObject *context,
                                  std::function<void(const Result<ConnectionCheck> &)> callback)
{
    return checkUpdate(kind, workspaceId, definitionId, QString(), configuration, context,
                       std::move(callback));
}

AirbyteCall
AirbyteClient::checkUpdate(Kind kind, const QString &workspaceId, const QString &definitionId,
                           const QString &id, const QJsonObject &configuration, QObject *context,
                           std::function<void(const Result<ConnectionCheck> &)> callback)
{
    // SourceCoreConfig / DestinationCoreConfig; with the id, Airbyte fills the masked secrets
    // from the saved object before the connector runs (0.63 to 1.x alike).
    QJsonObject body{{definitionIdKey(kind), definitionId},
                     {QStringLiteral("workspaceId"), workspaceId},
                     {QStringLiteral("connectionConfiguration"), configuration}};
    if (!id.isEmpty())
        body.insert(idKey(kind), id);
    return post(
        QStringLiteral("scheduler/") + kindWord(kind) + QStringLiteral("s/check_connection"), body,
        context,
        [callback](const Result<QJsonObject> &r) {
            callback(r ? Result<ConnectionCheck>(checkFrom(r.value()))
                       : failure<ConnectionCheck>(r.error()));
        },
        Pace::Slow);
}

AirbyteCall AirbyteClient::checkSaved(Kind kind, const QString &id, QObject *context,
                                      std::function<void(const Result<ConnectionCheck> &)> callback)
{
    return post(
        kindWord(kind) + QStringLiteral("s/check_connection"), {{idKey(kind), id}}, context,
        [callback](const Result<QJsonObject> &r) {
            callback(r ? Result<ConnectionCheck>(checkFrom(r.value()))
                       : failure<ConnectionCheck>(r.error()));
        },
        Pace::Slow);
}

} // namespace Dsp
