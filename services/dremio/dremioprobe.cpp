#include "dremioprobe.h"

#include "core/httpclient.h"
#include "health/healthtr.h"

#include "core/json_p.h"

namespace Dsp {

namespace {
const QString StatusPath = QStringLiteral("/apiv2/server_status");
const QString LoginPath = QStringLiteral("/apiv2/login");

} // namespace

DremioProbe::DremioProbe(HttpClient *http, const QUrl &url, const QString &user,
                         const QString &password, QObject *parent)
    : HttpProbe(ServiceId::Dremio, http, url, parent)
    , m_user(user)
    , m_password(password)
{}

void DremioProbe::start()
{
    http()->send(
        request(endpoint(StatusPath)), runContext(), [this](const Result<HttpResponse> &r) {
            if (!r) {
                finish(HealthState::Down, r.error().message);
                return;
            }
            const HttpResponse &resp = r.value();
            const auto json = Json::parse(resp.body);
            const QString status =
                json.is_string() ? QString::fromStdString(json.get<std::string>()) : QString();
            if (resp.status == 503 && !status.isEmpty()) {
                finish(HealthState::Down, HealthTr::tr("Dremio reports %1").arg(status));
                return;
            }
            if (!resp.isSuccess()) {
                finish(HealthState::Down, statusReason(resp, StatusPath));
                return;
            }
            if (status != QLatin1String("OK")) {
                finish(HealthState::Down,
                       status.isEmpty()
                           ? HealthTr::tr("invalid answer from %1: expected \"OK\"").arg(StatusPath)
                           : HealthTr::tr("Dremio reports %1").arg(status));
                return;
            }
            if (m_user.isEmpty() || m_password.isEmpty()) {
                finish(HealthState::Up, {}, {},
                       HealthTr::tr("no credentials: login and version not checked"));
                return;
            }
            login();
        });
}

void DremioProbe::login()
{
    HttpRequest req = request(endpoint(LoginPath), "POST");
    req.headers.emplaceBack("Content-Type", "application/json");
    const nlohmann::json body = {{"userName", m_user.toStdString()},
                                 {"password", m_password.toStdString()}};
    req.body = QByteArray::fromStdString(body.dump());
    http()->send(req, runContext(), [this](const Result<HttpResponse> &r) {
        if (!r) {
            finish(HealthState::Degraded,
                   HealthTr::tr("server running, but login failed: %1").arg(r.error().message));
            return;
        }
        const HttpResponse &resp = r.value();
        const auto json = Json::parse(resp.body);
        if (resp.status == 401 || resp.status == 403) {
            const QString why = Json::stringField(json, "errorMessage");
            finish(HealthState::Degraded,
                   why.isEmpty() ? HealthTr::tr("login refused for user %1").arg(m_user)
                                 : HealthTr::tr("login refused for user %1: %2").arg(m_user, why));
            return;
        }
        if (!resp.isSuccess()) {
            finish(HealthState::Degraded, statusReason(resp, LoginPath));
            return;
        }
        if (Json::stringField(json, "token").isEmpty()) {
            finish(HealthState::Degraded,
                   HealthTr::tr("invalid answer from %1: no token").arg(LoginPath));
            return;
        }
        finish(HealthState::Up, {}, Json::stringField(json, "version"),
               HealthTr::tr("logged in as %1").arg(m_user));
    });
}

} // namespace Dsp
