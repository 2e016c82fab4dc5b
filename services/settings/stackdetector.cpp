#include "stackdetector.h"

#include "health/servicetester.h"
#include "settings/settingstr.h"

#include <algorithm>

namespace Dsp {

namespace {

QUrl httpUrl(const QString &host, int port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    return url;
}

// Something of that kind listens there, even if it refuses our credentials.
bool answers(const ProbeResult &r)
{
    switch (r.state) {
    case HealthState::Up:
    case HealthState::Degraded:
        return true;
    case HealthState::Down:
        return r.code == ProbeCode::Auth || r.code == ProbeCode::HttpStatus ||
               r.code == ProbeCode::Unavailable;
    default:
        return false;
    }
}

int majorVersion(const QString &version)
{
    bool ok = false;
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    return ok ? major : -1;
}

QString stateWords(const ProbeResult &r)
{
    return r.state == HealthState::Up ? SettingsTr::tr("up")
                                      : SettingsTr::tr("answers (%1)").arg(r.reason);
}

} // namespace

int StackDetector::Detection::foundCount() const
{
    return int(std::count_if(services.cbegin(), services.cend(),
                             [](const Finding &f) { return f.found; }));
}

StackDetector::StackDetector(ServiceTester *tester, QObject *parent)
    : QObject(parent)
    , m_tester(tester)
{}

void StackDetector::detect(const Profile &base, const QString &host, const Ports &ports)
{
    ++m_generation; // a detection still running is forgotten
    m_detection = Detection{base, {}};
    m_host = host;
    m_ports = ports;
    m_pending = 5;
    // Detection should be quick: nothing on a port answers within a second on loopback.
    m_detection.profile.probeTimeout =
        std::min(base.probeTimeout, std::chrono::milliseconds(std::chrono::seconds(2)));
    const Profile &p = m_detection.profile;

    // Airbyte: :8000 first (abctl 1.x, or docker-compose's proxy), then :8001.
    Profile airbyte = p;
    airbyte.airbyte.apiUrl = httpUrl(host, ports.airbyte);
    airbyte.airbyte.auth = Profile::Airbyte::Auth::None;
    probe(QStringLiteral("airbyte"), airbyte, [this](const ProbeResult &r) {
        Profile::Airbyte &a = m_detection.profile.airbyte;
        const QString port = QStringLiteral(":%1").arg(m_ports.airbyte);
        if (r.state == HealthState::Degraded && r.code == ProbeCode::DegradedAuth) {
            a.apiUrl = a.uiUrl = httpUrl(m_host, m_ports.airbyte);
            a.auth = Profile::Airbyte::Auth::Basic;
            if (a.user.isEmpty())
                a.user = QStringLiteral("airbyte");
            settle(QStringLiteral("airbyte"),
                   {true, SettingsTr::tr("docker-compose behind the %1 proxy with basic auth "
                                         "(user and password from Airbyte's .env)")
                              .arg(port)});
            return;
        }
        if (r.state == HealthState::Up) {
            a.apiUrl = a.uiUrl = httpUrl(m_host, m_ports.airbyte);
            if (majorVersion(r.version) == 0) {
                a.auth = Profile::Airbyte::Auth::None;
                settle(QStringLiteral("airbyte"),
                       {true, SettingsTr::tr("docker-compose %1 through the %2 proxy")
                                  .arg(r.version, port)});
            } else {
                a.auth = Profile::Airbyte::Auth::ClientCredentials;
                settle(QStringLiteral("airbyte"),
                       {true, SettingsTr::tr("abctl 1.x%1: everything under %2/api; paste the "
                                             "output of abctl local credentials for the client "
                                             "id and secret")
                                  .arg(r.version.isEmpty() ? QString()
                                                           : QStringLiteral(" (%1)").arg(r.version),
                                       port)});
            }
            return;
        }
        tryAirbyteCompose();
    });

    Profile minio = p;
    minio.minio.endpoint = httpUrl(host, ports.minio);
    probeOnPort(QStringLiteral("minio"), minio, ports.minio, [this](Profile &found) {
        found.minio.endpoint = httpUrl(m_host, m_ports.minio);
        found.minio.consoleUrl = httpUrl(m_host, m_ports.minioConsole);
    });

    Profile postgres = p;
    postgres.postgres.host = host;
    postgres.postgres.port = ports.postgres;
    probeOnPort(QStringLiteral("postgres"), postgres, ports.postgres, [this](Profile &found) {
        found.postgres.host = m_host;
        found.postgres.port = m_ports.postgres;
    });

    Profile dremio = p;
    dremio.dremio.url = httpUrl(host, ports.dremio);
    probeOnPort(QStringLiteral("dremio"), dremio, ports.dremio, [this](Profile &found) {
        found.dremio.url = found.dremio.uiUrl = httpUrl(m_host, m_ports.dremio);
    });

    Profile temporal = p;
    temporal.temporal.host = host;
    temporal.temporal.port = ports.temporal;
    probeOnPort(QStringLiteral("temporal"), temporal, ports.temporal, [this](Profile &found) {
        found.temporal.host = m_host;
        found.temporal.port = m_ports.temporal;
        found.temporal.uiUrl = httpUrl(m_host, m_ports.temporalUi);
    });
}

void StackDetector::probeOnPort(const QString &service, const Profile &candidate, int port,
                                std::function<void(Profile &)> fill)
{
    probe(service, candidate, [this, service, port, fill = std::move(fill)](const ProbeResult &r) {
        const bool found = answers(r);
        if (found)
            fill(m_detection.profile);
        settle(service, {found, found ? SettingsTr::tr("on :%1, %2").arg(port).arg(stateWords(r))
                                      : SettingsTr::tr("nothing answers on :%1").arg(port)});
    });
}

void StackDetector::tryAirbyteCompose()
{
    Profile airbyte = m_detection.profile;
    airbyte.airbyte.apiUrl = httpUrl(m_host, m_ports.airbyteCompose);
    airbyte.airbyte.auth = Profile::Airbyte::Auth::None;
    probe(QStringLiteral("airbyte"), airbyte, [this](const ProbeResult &r) {
        Profile::Airbyte &a = m_detection.profile.airbyte;
        if (r.state == HealthState::Up ||
            (r.state == HealthState::Degraded && r.code == ProbeCode::DegradedAuth)) {
            a.apiUrl = httpUrl(m_host, m_ports.airbyteCompose);
            a.uiUrl = httpUrl(m_host, m_ports.airbyte);
            const bool basic = r.state != HealthState::Up;
            a.auth = basic ? Profile::Airbyte::Auth::Basic : Profile::Airbyte::Auth::None;
            if (basic && a.user.isEmpty())
                a.user = QStringLiteral("airbyte");
            settle(
                QStringLiteral("airbyte"),
                {true,
                 basic ? SettingsTr::tr("docker-compose: API on :%1, with basic auth")
                             .arg(m_ports.airbyteCompose)
                       : SettingsTr::tr("docker-compose: API on :%1").arg(m_ports.airbyteCompose)});
            return;
        }
        settle(QStringLiteral("airbyte"), {false, SettingsTr::tr("nothing answers on :%1 or :%2")
                                                      .arg(m_ports.airbyte)
                                                      .arg(m_ports.airbyteCompose)});
    });
}

void StackDetector::probe(const QString &service, const Profile &candidate,
                          std::function<void(const ProbeResult &)> then)
{
    const quint64 generation = m_generation;
    m_tester->test(candidate, service, this,
                   [this, generation, then = std::move(then)](const ProbeResult &r) {
                       if (generation == m_generation)
                           then(r);
                   });
}

void StackDetector::settle(const QString &service, const Finding &finding)
{
    m_detection.services.insert(service, finding);
    if (--m_pending == 0)
        emit finished(m_detection);
}

} // namespace Dsp
