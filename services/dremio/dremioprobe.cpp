#include "dremioprobe.h"

#include "core/httpclient.h"
#include "health/healthtr.h"

#include "core/json_p.h"

namespace Dsp {

namespace {
const QString StatusPath = QStringLiteral("/apiv2/server_status");
const QString LoginPath = QStringLiteral("/apiv2/login");
constexpr std::chrono::milliseconds LogoutTimeout{1000};
} // namespace

DremioProbe::DremioProbe(HttpClient *http, const QUrl &url, const QString &user,
                         const QString &password, QObject *parent)
    : HttpProbe(ServiceId::Dremio, http, url, parent)
    , m_user(user)
    , m_password(password)
{
    addSecret(password);
}

HttpRequest DremioProbe::sessionRequest(const QByteArray &method) const
{
    HttpRequest req = request(endpoint(LoginPath), method);
    // Dremio's TokenUtils reads "Authorization: _dremio<token>".
    req.headers.emplaceBack("Authorization", "_dremio" + m_token);
    return req;
}

void DremioProbe::endSession(std::function<void()> done)
{
    m_closing = true;
    // Asked twice while a login is in flight (a switch, then quitting): both hear back.
    if (m_loggedOut) {
        m_loggedOut = [first = std::move(m_loggedOut), second = std::move(done)] {
            first();
            if (second)
                second();
        };
    } else {
        m_loggedOut = std::move(done);
    }
    // A login in flight may be creating a session right now: log out once its reply tells
    // the token (login() calls logout()).
    if (!m_loginInFlight)
        logout();
}

void DremioProbe::logout()
{
    auto done = std::exchange(m_loggedOut, nullptr);
    if (m_token.isEmpty()) {
        if (done)
            done();
        return;
    }
    HttpRequest req = sessionRequest("DELETE");
    req.timeout = LogoutTimeout;
    m_token.clear();
    http()->send(req, this, [done = std::move(done)](const Result<HttpResponse> &) {
        if (done)
            done();
    });
}

QString DremioProbe::loggedInDetails() const
{
    return HealthTr::tr("logged in as %1").arg(m_user);
}

void DremioProbe::start()
{
    ++m_run;
    http()->send(
        request(endpoint(StatusPath)), runContext(), [this](const Result<HttpResponse> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            const HttpResponse &resp = r.value();
            const auto json = Json::parse(resp.body);
            const QString status =
                json.is_string() ? QString::fromStdString(json.get<std::string>()) : QString();
            if (resp.status == 503 && !status.isEmpty()) {
                finish(HealthState::Down, ProbeCode::Unavailable,
                       HealthTr::tr("Dremio reports %1").arg(status));
                return;
            }
            if (!resp.isSuccess()) {
                failWithStatus(resp, StatusPath);
                return;
            }
            if (status != QLatin1String("OK")) {
                if (status.isEmpty())
                    failWithProtocol(
                        HealthTr::tr("invalid answer from %1: expected \"OK\"").arg(StatusPath));
                else
                    finish(HealthState::Down, ProbeCode::Unavailable,
                           HealthTr::tr("Dremio reports %1").arg(status));
                return;
            }
            if (m_user.isEmpty() || m_password.isEmpty()) {
                finishUp({}, HealthTr::tr("no credentials: login and version not checked"));
                return;
            }
            if (!m_token.isEmpty()) {
                checkSession();
                return;
            }
            if (m_closing) {
                finishUp({}, HealthTr::tr("logged out"));
                return;
            }
            if (!m_refusal.isEmpty() && m_sinceRefusal.isValid() &&
                std::chrono::milliseconds(m_sinceRefusal.elapsed()) < RefusedLoginRetry) {
                finish(HealthState::Degraded, ProbeCode::DegradedAuth, m_refusal,
                       HealthTr::tr("the login is tried again at most every %n minute(s)", nullptr,
                                    int(RefusedLoginRetry.count())));
                return;
            }
            login();
        });
}

void DremioProbe::checkSession()
{
    // Secured GET /apiv2/login answers true while the token holds: no new server session.
    http()->send(sessionRequest("GET"), runContext(), [this](const Result<HttpResponse> &r) {
        if (!r) {
            fail(r.error(), HealthState::Degraded);
            return;
        }
        const HttpResponse &resp = r.value();
        if (resp.status == 401 || resp.status == 403) {
            m_token.clear(); // expired or the server restarted: one new login
            if (m_closing)
                finishUp({}, HealthTr::tr("logged out"));
            else
                login();
            return;
        }
        if (!resp.isSuccess()) {
            failWithStatus(resp, LoginPath, HealthState::Degraded);
            return;
        }
        finishUp(m_version, loggedInDetails());
    });
}

void DremioProbe::login()
{
    HttpRequest req = request(endpoint(LoginPath), "POST");
    req.headers.emplaceBack("Content-Type", "application/json");
    const nlohmann::json body = {{"userName", m_user.toStdString()},
                                 {"password", m_password.toStdString()}};
    req.body = QByteArray::fromStdString(body.dump());
    m_loginInFlight = true;
    // The probe, not the check, is the context: if the check ends first (its deadline, the
    // panel closing), the reply is still read, so a session the server opened is known and
    // can be closed.
    http()->send(req, this, [this, run = m_run](const Result<HttpResponse> &r) {
        m_loginInFlight = false;
        const bool current = run == m_run && isRunning();
        const auto json = r ? Json::parse(r.value().body) : nlohmann::json();
        const QString token =
            r && r.value().isSuccess() ? Json::stringField(json, "token") : QString();
        if (!token.isEmpty()) {
            m_refusal.clear();
            m_token = token.toUtf8();
            m_version = Json::stringField(json, "version");
        }
        if (m_closing) {
            logout();
            if (current)
                finishUp({}, HealthTr::tr("logged out"));
            return;
        }
        if (!current)
            return; // the check already has its verdict; the session serves the next one
        if (!r) {
            Error e = r.error();
            e.message = HealthTr::tr("server running, but login failed: %1").arg(e.message);
            fail(e, HealthState::Degraded);
            return;
        }
        const HttpResponse &resp = r.value();
        if (resp.status == 401 || resp.status == 403) {
            const QString why = Json::stringField(json, "errorMessage");
            m_refusal = why.isEmpty()
                            ? HealthTr::tr("login refused for user %1").arg(m_user)
                            : HealthTr::tr("login refused for user %1: %2").arg(m_user, why);
            m_sinceRefusal.start();
            Error e = Error::make(ErrorKind::Unauthorized, m_refusal);
            e.httpStatus = resp.status;
            fail(e, HealthState::Degraded);
            return;
        }
        if (!resp.isSuccess()) {
            failWithStatus(resp, LoginPath, HealthState::Degraded);
            return;
        }
        if (token.isEmpty()) {
            failWithProtocol(HealthTr::tr("invalid answer from %1: no token").arg(LoginPath),
                             HealthState::Degraded);
            return;
        }
        finishUp(m_version, loggedInDetails());
    });
}

} // namespace Dsp
