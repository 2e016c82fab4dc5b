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
    http()->send(request(endpoint(HealthPath)), runContext(),
                 [this](const Result<HttpResponse> &r) {
                     if (!r) {
                         fail(r.error());
                         return;
                     }
                     const HttpResponse &resp = r.value();
                     if (!resp.isSuccess()) {
                         failWithStatus(resp, HealthPath);
                         return;
                     }
                     const auto json = Json::parse(resp.body);
                     if (json.is_discarded() || !json.is_object() || !json.contains("available") ||
                         !json["available"].is_boolean()) {
                         failWithProtocol(
                             HealthTr::tr("invalid answer from %1: expected {\"available\": true}")
                                 .arg(HealthPath));
                         return;
                     }
                     if (!json["available"].get<bool>()) {
                         finish(HealthState::Down, ProbeCode::Unavailable,
                                HealthTr::tr("Airbyte reports it is not available"));
                         return;
                     }
                     // The verdict is Up; the version is a bonus with its own budget.
                     beginOptionalLookup(HealthState::Up, ProbeCode::Ok);
                     readVersion();
                 });
}

void AirbyteProbe::readVersion()
{
    http()->send(request(endpoint(InstancePath)), runContext(),
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
