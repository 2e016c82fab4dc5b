#include "dremiofake.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Dsp::Fakes {

namespace {
// Dremio's default token lifetime (token.expiration.min: 30 hours).
constexpr qint64 TokenLifetimeMs = 30LL * 60 * 60 * 1000;

// com.dremio.dac.server.GenericErrorMessage as Jackson writes it.
FakeResponse unauthorized(const QString &message)
{
    FakeResponse r;
    r.status = 401;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("errorMessage"), message},
                                       {QStringLiteral("moreInfo"), QString()}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

// TokenUtils.getToken: the Authorization header's value after "_dremio", trimmed.
QString tokenOf(const FakeRequest &request)
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("_dremio"))
        return {};
    return QString::fromUtf8(header.mid(7).trimmed());
}
} // namespace

DremioFake::DremioFake(QObject *parent)
    : FakeHttpServer(parent)
{
    route("GET", "/apiv2/server_status", [this](const FakeRequest &) {
        FakeResponse r;
        r.status = m_status == "OK" ? 200 : 503;
        r.body = '"' + m_status + '"';
        return r;
    });
    route("POST", "/apiv2/login", [this](const FakeRequest &req) { return login(req); });
    route("GET", "/apiv2/login", [this](const FakeRequest &req) { return checkSession(req); });
    route("DELETE", "/apiv2/login", [this](const FakeRequest &req) { return logout(req); });
}

void DremioFake::addUser(const QString &name, const QString &password)
{
    m_users.insert(name, password);
}

FakeResponse DremioFake::login(const FakeRequest &request)
{
    // A body that is no UserLogin object counts as a null one, as in LogInLogOutResource.login.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString user = body.value(QStringLiteral("userName")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (user.isEmpty() || password.isEmpty()) {
        ++m_failedLoginCount;
        return unauthorized(QStringLiteral("user name or password cannot be null or empty"));
    }
    // SimpleUserService.authenticate: the same words for an unknown user and a wrong password.
    if (!m_users.contains(user) || m_users.value(user) != password) {
        ++m_failedLoginCount;
        return unauthorized(QStringLiteral("Invalid user credentials, user %1").arg(user));
    }
    ++m_loginCount;
    const QString token = newToken();
    m_sessions.insert(token, user);
    const QJsonObject session{
        {QStringLiteral("token"), token},
        {QStringLiteral("userName"), user},
        {QStringLiteral("firstName"), user},
        {QStringLiteral("lastName"), QString()},
        {QStringLiteral("expires"), double(QDateTime::currentMSecsSinceEpoch() + TokenLifetimeMs)},
        {QStringLiteral("email"), QStringLiteral("%1@example.com").arg(user)},
        {QStringLiteral("userId"), QStringLiteral("5c4cd5d8-bb1a-4a4a-9f4c-7d0b5e2f1a10")},
        {QStringLiteral("admin"), true},
        {QStringLiteral("userCreatedAt"), 1700000000000.0},
        {QStringLiteral("clusterId"), QStringLiteral("2e1b9f3c-0c6e-4d9a-8f2a-3b7c1d5e9f01")},
        {QStringLiteral("clusterCreatedAt"), 1700000000000.0},
        {QStringLiteral("showUserAndUserProperties"), true},
        {QStringLiteral("version"), QString::fromLatin1(m_version)},
        {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("canUploadProfiles"), true},
                                                    {QStringLiteral("canDownloadProfiles"), true},
                                                    {QStringLiteral("canEmailForSupport"), true},
                                                    {QStringLiteral("canChatForSupport"), false}}},
    };
    FakeResponse r;
    r.body = QJsonDocument(session).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse DremioFake::checkSession(const FakeRequest &request) const
{
    // @Secured: DACAuthFilter aborts with a bare 401, no entity.
    if (!m_sessions.contains(tokenOf(request))) {
        FakeResponse r;
        r.status = 401;
        r.contentType.clear();
        return r;
    }
    FakeResponse r;
    r.body = "true";
    return r;
}

FakeResponse DremioFake::logout(const FakeRequest &request)
{
    // A void resource method: Jersey answers 204 whether the token was live or not.
    ++m_logoutCount;
    m_sessions.remove(tokenOf(request));
    FakeResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

QString DremioFake::newToken()
{
    // TokenManagerImpl: new BigInteger(130, random).toString(32), 26 base-32 digits.
    static constexpr char Digits[] = "0123456789abcdefghijklmnopqrstuv";
    for (;;) {
        QString token;
        for (int i = 0; i < 26; ++i)
            token += QLatin1Char(Digits[QRandomGenerator::system()->bounded(32)]);
        if (!m_issuedTokens.contains(token)) {
            m_issuedTokens.insert(token);
            return token;
        }
    }
}

} // namespace Dsp::Fakes
