#include "airbyteprobe.h"

#include "core/httpclient.h"
#include "health/healthtr.h"

#include <nlohmann/json.hpp>

namespace Dsp {

namespace {
const QString HealthPath = QStringLiteral("/api/v1/health");
const QString InstancePath = QStringLiteral("/api/v1/instance_configuration");
} // namespace

AirbyteProbe::AirbyteProbe(HttpClient *http, const QUrl &apiUrl, QObject *parent)
    : HttpProbe(ServiceId::Airbyte, http, parent)
    , m_apiUrl(apiUrl)
{}

bool AirbyteProbe::isConfigured() const
{
    return m_apiUrl.isValid() && !m_apiUrl.host().isEmpty();
}

QUrl AirbyteProbe::endpoint(const QString &path) const
{
    QUrl url = m_apiUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Accept both http://host:8000 and http://host:8000/api as the API base.
    if (base.endsWith(QLatin1String("/api")))
        base.chop(4);
    url.setPath(base + path);
    return url;
}

void AirbyteProbe::start()
{
    http()->send(
        request(endpoint(HealthPath)), runContext(), [this](const Result<HttpResponse> &r) {
            if (!r) {
                finish(HealthState::Down, r.error().message);
                return;
            }
            const HttpResponse &resp = r.value();
            if (!resp.isSuccess()) {
                finish(HealthState::Down, statusReason(resp, HealthPath));
                return;
            }
            const auto json = nlohmann::json::parse(
                resp.body.constData(), resp.body.constData() + resp.body.size(), nullptr, false);
            if (json.is_discarded() || !json.is_object() || !json.contains("available") ||
                !json["available"].is_boolean()) {
                finish(HealthState::Down,
                       HealthTr::tr("invalid answer from %1: expected {\"available\": true}")
                           .arg(HealthPath));
                return;
            }
            if (!json["available"].get<bool>()) {
                finish(HealthState::Down, HealthTr::tr("Airbyte reports it is not available"));
                return;
            }
            readVersion();
        });
}

void AirbyteProbe::readVersion()
{
    http()->send(
        request(endpoint(InstancePath)), runContext(), [this](const Result<HttpResponse> &r) {
            // The version is a bonus: health already said Up, so any failure here keeps it Up.
            QString version;
            QString details;
            if (r && r.value().isSuccess()) {
                const auto json = nlohmann::json::parse(
                    r.value().body.constData(), r.value().body.constData() + r.value().body.size(),
                    nullptr, false);
                if (json.is_object() && json.contains("version") && json["version"].is_string())
                    version = QString::fromStdString(json["version"].get<std::string>());
                if (json.is_object() && json.contains("edition") && json["edition"].is_string())
                    details = HealthTr::tr("%1 edition")
                                  .arg(QString::fromStdString(json["edition"].get<std::string>()));
            } else if (r && (r.value().status == 401 || r.value().status == 403)) {
                details = HealthTr::tr("version hidden: the API asks for a login");
            }
            finish(HealthState::Up, {}, version, details);
        });
}

} // namespace Dsp
