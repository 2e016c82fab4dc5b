#include "airbyteprobe.h"

#include "core/httpclient.h"
#include "health/healthtr.h"

#include "core/json_p.h"

namespace Dsp {

namespace {
const QString HealthPath = QStringLiteral("/api/v1/health");
const QString InstancePath = QStringLiteral("/api/v1/instance_configuration");
} // namespace

namespace {
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
} // namespace

AirbyteProbe::AirbyteProbe(HttpClient *http, const QUrl &apiUrl, QObject *parent)
    : HttpProbe(ServiceId::Airbyte, http, withoutApiSuffix(apiUrl), parent)
{}

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
            const auto json = Json::parse(resp.body);
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
    http()->send(request(endpoint(InstancePath)), runContext(),
                 [this](const Result<HttpResponse> &r) {
                     // The version is a bonus: health already said Up, so any failure here keeps it
                     // Up.
                     QString version;
                     QString details;
                     if (r && r.value().isSuccess()) {
                         const auto json = Json::parse(r.value().body);
                         version = Json::stringField(json, "version");
                         const QString edition = Json::stringField(json, "edition");
                         if (!edition.isEmpty())
                             details = HealthTr::tr("%1 edition").arg(edition);
                     } else if (r && (r.value().status == 401 || r.value().status == 403)) {
                         details = HealthTr::tr("version hidden: the API asks for a login");
                     }
                     finish(HealthState::Up, {}, version, details);
                 });
}

} // namespace Dsp
