#include "airbyteprobe.h"

#include "core/httpclient.h"
#include "health/healthtr.h"

#include "core/json_p.h"

#include <algorithm>
#include <utility>

namespace Dsp {

namespace {
const QString HealthPath = QStringLiteral("/api/v1/health");
const QString InstancePath = QStringLiteral("/api/v1/instance_configuration");
const QString TokenPath = QStringLiteral("/api/v1/applications/token");

// The token call ends this much before the check's deadline, so that a token route that
// hangs reads "running, but the token request timed out" (Degraded) rather than the whole
// check timing out (Down): the health route has answered by then.
constexpr std::chrono::milliseconds TokenMargin{250};
// Airbyte's own words in a refusal are shown, cut to this length.
constexpr int MaxServerMessage = 160;

// Accepts both http://host:8000 and http://host:8000/api as the API base.
QUrl withoutApiSuffix(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    url.setPath(path);
    return url;
}

// A 401 from a proxy that wants HTTP basic auth (nginx: `WWW-Authenticate: Basic realm="…"`).
bool asksForBasicAuth(const HttpResponse &response)
{
    return response.status == 401 &&
           response.header("WWW-Authenticate").trimmed().toLower().startsWith("basic");
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > MaxServerMessage)
        text = text.left(MaxServerMessage - 1) + QChar(0x2026);
    return text;
}
} // namespace

AirbyteProbe::AirbyteProbe(HttpClient *http, const QUrl &apiUrl, const AirbyteAuth &auth,
                           QObject *parent)
    : HttpProbe(ServiceId::Airbyte, http, withoutApiSuffix(apiUrl), parent)
    , m_auth(auth)
{
    switch (m_auth.mode) {
    case AirbyteAuth::Mode::None:
        break;
    case AirbyteAuth::Mode::Basic:
        m_basicCredentials = (m_auth.user + QLatin1Char(':') + m_auth.password).toUtf8().toBase64();
        addSecret(m_auth.password);
        addSecret(QString::fromLatin1(m_basicCredentials)); // in case a proxy echoes the header
        break;
    case AirbyteAuth::Mode::ClientCredentials:
        addSecret(m_auth.clientSecret);
        break;
    }
}

HttpRequest AirbyteProbe::authorized(HttpRequest req) const
{
    if (!m_token.isEmpty())
        req.headers.emplaceBack("Authorization", "Bearer " + m_token.toUtf8());
    else if (m_auth.mode == AirbyteAuth::Mode::Basic)
        req.headers.emplaceBack("Authorization", "Basic " + m_basicCredentials);
    return req;
}

void AirbyteProbe::start()
{
    // A token serves one check: the next asks again, so a changed secret shows at once.
    removeSecret(std::exchange(m_token, {}));
    http()->send(authorized(request(endpoint(HealthPath))), runContext(),
                 [this](const Result<HttpResponse> &r) {
                     if (!r) {
                         fail(r.error());
                         return;
                     }
                     onHealth(r.value());
                 });
}

void AirbyteProbe::onHealth(const HttpResponse &resp)
{
    if (resp.status == 401 && m_auth.mode == AirbyteAuth::Mode::Basic) {
        // The proxy answers, so Airbyte is there; it just will not let us in.
        Error e =
            Error::make(ErrorKind::Unauthorized,
                        HealthTr::tr("Airbyte's proxy refused the user name or password (user %1)")
                            .arg(m_auth.user));
        e.httpStatus = resp.status;
        e.service = displayName();
        fail(e, HealthState::Degraded, ProbeCode::DegradedAuth);
        return;
    }
    if (asksForBasicAuth(resp)) {
        Error e = Error::make(ErrorKind::Unauthorized,
                              HealthTr::tr("Airbyte's proxy asks for a user name and password: "
                                           "set HTTP basic authentication in the profile"));
        e.httpStatus = resp.status;
        e.service = displayName();
        fail(e, HealthState::Degraded, ProbeCode::DegradedAuth);
        return;
    }
    if (!resp.isSuccess()) {
        failWithStatus(resp, HealthPath);
        return;
    }
    const auto json = Json::parse(resp.body);
    if (json.is_discarded() || !json.is_object() || !json.contains("available") ||
        !json["available"].is_boolean()) {
        failWithProtocol(
            HealthTr::tr("invalid answer from %1: expected {\"available\": true}").arg(HealthPath));
        return;
    }
    if (!json["available"].get<bool>()) {
        finish(HealthState::Down, ProbeCode::Unavailable,
               HealthTr::tr("Airbyte reports it is not available"));
        return;
    }
    if (m_auth.mode == AirbyteAuth::Mode::ClientCredentials) {
        requestToken();
        return;
    }
    // The verdict is Up; the version is a bonus with its own budget.
    beginOptionalLookup(HealthState::Up, ProbeCode::Ok);
    readVersion();
}

void AirbyteProbe::requestToken()
{
    if (m_auth.clientId.isEmpty() || m_auth.clientSecret.isEmpty()) {
        finish(HealthState::Degraded, ProbeCode::DegradedAuth,
               HealthTr::tr("the profile selects client credentials for Airbyte but has no "
                            "client id or secret"));
        return;
    }
    HttpRequest req = request(endpoint(TokenPath), "POST");
    const std::chrono::milliseconds left = remaining();
    req.timeout = std::max({left - TokenMargin, left / 2, std::chrono::milliseconds(1)});
    req.headers.emplaceBack("Content-Type", "application/json");
    const nlohmann::json body = {{"client_id", m_auth.clientId.toStdString()},
                                 {"client_secret", m_auth.clientSecret.toStdString()}};
    req.body = QByteArray::fromStdString(body.dump());
    http()->send(req, runContext(), [this](const Result<HttpResponse> &r) {
        if (!r) {
            Error e = r.error();
            e.message =
                HealthTr::tr("Airbyte is running, but its token request failed: %1").arg(e.message);
            fail(e, HealthState::Degraded);
            return;
        }
        onToken(r.value());
    });
}

void AirbyteProbe::onToken(const HttpResponse &resp)
{
    const auto json = Json::parse(resp.body);
    // Airbyte answers 400 "Invalid client id or token" to a wrong pair; a front may say 401/403.
    if (resp.status == 400 || resp.status == 401 || resp.status == 403) {
        const QString why = shortened(Json::stringField(json, "message"));
        Error e = Error::make(
            resp.status == 403 ? ErrorKind::Forbidden : ErrorKind::Unauthorized,
            why.isEmpty() ? HealthTr::tr("Airbyte refused the client id or secret")
                          : HealthTr::tr("Airbyte refused the client id or secret: %1").arg(why));
        e.httpStatus = resp.status;
        e.service = displayName();
        fail(e, HealthState::Degraded, ProbeCode::DegradedAuth);
        return;
    }
    if (resp.status == 404) {
        Error e = Error::make(ErrorKind::NotFound,
                              HealthTr::tr("Airbyte has no token route (HTTP 404 from %1): it is "
                                           "older than client credentials, or the API URL is wrong")
                                  .arg(TokenPath));
        e.httpStatus = resp.status;
        e.service = displayName();
        fail(e, HealthState::Degraded, ProbeCode::DegradedError);
        return;
    }
    if (!resp.isSuccess()) {
        failWithStatus(resp, TokenPath, HealthState::Degraded);
        return;
    }
    const QString token = Json::stringField(json, "access_token");
    if (token.isEmpty()) {
        failWithProtocol(HealthTr::tr("invalid answer from %1: no access_token").arg(TokenPath),
                         HealthState::Degraded);
        return;
    }
    m_token = token;
    addSecret(m_token);
    beginOptionalLookup(HealthState::Up, ProbeCode::Ok, {},
                        HealthTr::tr("client id and secret accepted"));
    readVersion();
}

void AirbyteProbe::readVersion()
{
    http()->send(authorized(request(endpoint(InstancePath))), runContext(),
                 [this](const Result<HttpResponse> &r) {
                     if (!r) {
                         finishOptionalLookup({}, r.error().message);
                         return;
                     }
                     const HttpResponse &resp = r.value();
                     if (resp.status == 401 || resp.status == 403) {
                         finishOptionalLookup({}, HealthTr::tr("the API asks for a login"));
                         return;
                     }
                     if (!resp.isSuccess()) {
                         finishOptionalLookup({}, statusReason(resp, InstancePath));
                         return;
                     }
                     const auto json = Json::parse(resp.body);
                     const QString version = Json::stringField(json, "version");
                     const QString edition = Json::stringField(json, "edition");
                     finishOptionalLookup(
                         version, HealthTr::tr("no version in %1").arg(InstancePath),
                         edition.isEmpty() ? QString() : HealthTr::tr("%1 edition").arg(edition));
                 });
}

} // namespace Dsp
