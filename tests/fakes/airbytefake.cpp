#include "airbytefake.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Dsp::Fakes {

namespace {
QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Shaped like the JWT Airbyte's server signs for an application (HS256, the instance admin's
// id as subject, 15 minutes of life); the signature is random bytes, nothing checks it.
QByteArray newJwt()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray payload =
        R"({"iss":"airbyte-server","sub":"00000000-0000-0000-0000-000000000000",)"
        R"("roles":["ADMIN","EDITOR","READER","ORGANIZATION_ADMIN","INSTANCE_ADMIN"],)"
        R"("typ":"io.airbyte.auth.application","iat":)" +
        QByteArray::number(now) + R"(,"exp":)" + QByteArray::number(now + 15 * 60) + R"(,"jti":")" +
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + R"("})";
    QByteArray signature(32, '\0');
    for (char &c : signature)
        c = char(QRandomGenerator::global()->bounded(256));
    return base64Url(header) + '.' + base64Url(payload) + '.' + base64Url(signature);
}

// Airbyte's KnownExceptionInfo (config.yaml), as its server renders an exception.
QByteArray knownException(const QByteArray &message, const QByteArray &className)
{
    return R"({"message":")" + message + R"(","exceptionClassName":")" + className +
           R"(","exceptionStack":[")" + className + ": " + message +
           R"("],"rootCauseExceptionClassName":")" + className +
           R"(","rootCauseExceptionStack":[]})";
}
} // namespace

AirbyteFake::AirbyteFake(QObject *parent)
    : FakeHttpServer(parent)
{
    // docker-compose's airbyte-proxy: nginx `auth_basic "Welcome to Airbyte"` on every path.
    setGuard([this](const FakeRequest &req) -> std::optional<FakeResponse> {
        if (m_basicCredentials.isEmpty() ||
            req.headers.value("authorization") == "Basic " + m_basicCredentials)
            return std::nullopt;
        FakeResponse r;
        r.status = 401;
        r.contentType = "text/html";
        r.headers.emplaceBack("WWW-Authenticate", R"(Basic realm="Welcome to Airbyte")");
        r.body = "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n"
                 "<center><h1>401 Authorization Required</h1></center>\r\n"
                 "<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";
        return r;
    });
    route("GET", "/api/v1/health", [this](const FakeRequest &) {
        FakeResponse r;
        if (m_healthStatus != 0) {
            r.status = m_healthStatus;
            r.contentType = "text/plain";
            r.body = m_healthBody;
            return r;
        }
        r.body = m_malformed
                     ? QByteArray(R"({"available": tru)")
                     : QByteArray(R"({"available":)") + (m_available ? "true" : "false") + "}";
        return r;
    });
    route("GET", "/api/v1/instance_configuration", [this](const FakeRequest &req) {
        FakeResponse r;
        r.hang = m_versionHangs;
        const QByteArray authorization = req.headers.value("authorization");
        if (m_requireAuth && !(authorization.startsWith("Bearer ") &&
                               m_tokens.contains(authorization.mid(int(qstrlen("Bearer ")))))) {
            r.status = 401;
            r.body = R"({"message":"Unauthorized"})";
            return r;
        }
        r.body = R"({"edition":"community","version":")" + m_version +
                 R"(",)"
                 R"("licenseStatus":"pro","auth":{"mode":"none"},)"
                 R"("airbyteUrl":"http://localhost:8000","initialSetupComplete":true,)"
                 R"("defaultUserId":"00000000-0000-0000-0000-000000000000",)"
                 R"("defaultOrganizationId":"00000000-0000-0000-0000-000000000000",)"
                 R"("defaultOrganizationEmail":"analyst@example.com",)"
                 R"("defaultWorkspaceId":"9b1b8a30-7a51-4e4f-9a4b-2b0c7e1b6a11",)"
                 R"("trackingStrategy":"logging"})";
        return r;
    });
    route("POST", "/api/v1/applications/token",
          [this](const FakeRequest &req) { return token(req); });
}

void AirbyteFake::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void AirbyteFake::setBasicAuth(const QString &user, const QString &password)
{
    m_basicCredentials =
        user.isEmpty() ? QByteArray() : (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

FakeResponse AirbyteFake::token(const FakeRequest &req)
{
    ++m_tokenRequests;
    FakeResponse r;
    if (m_clientId.isEmpty()) {
        r.status = 404;
        r.body = R"({"message":"Object not found.","exceptionClassName":"NotFound"})";
        return r;
    }
    r.hang = m_tokenHangs;
    // ApplicationTokenRequest: client_id and client_secret, both required strings.
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QByteArray missing;
    for (const char *field : {"client_id", "client_secret"}) {
        if (!body.value(QLatin1String(field)).isString())
            missing = field;
    }
    if (!req.headers.value("content-type").startsWith("application/json") || !missing.isEmpty()) {
        r.status = 422;
        r.body =
            R"({"message":"Some properties contained invalid input.",)"
            R"("exceptionClassName":"io.airbyte.commons.server.errors.BadObjectSchemaKnownException",)"
            R"("exceptionStack":[],"validationErrors":[{"propertyPath":")" +
            (missing.isEmpty() ? QByteArray("body") : missing) +
            R"(","message":"must not be null"}]})";
        return r;
    }
    if (body.value(QLatin1String("client_id")).toString() != m_clientId ||
        body.value(QLatin1String("client_secret")).toString() != m_clientSecret) {
        r.status = 400;
        r.body = knownException("Invalid client id or token", "jakarta.ws.rs.BadRequestException");
        return r;
    }
    const QByteArray jwt = newJwt();
    m_tokens.insert(jwt);
    r.body = R"({"access_token":")" + jwt + R"("})";
    return r;
}

} // namespace Dsp::Fakes
