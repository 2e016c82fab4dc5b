#include "probetester.h"

#include "stackservices.h"

#include "core/httpclient.h"
#include "health/healthprobe.h"
#include "settings/profile.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QThreadPool>

namespace Dsp {

ProbeTester::ProbeTester(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_network(new QNetworkAccessManager)
    , m_http(new HttpClient(m_network))
    , m_probes(new QObject)
{
    m_pool->setMaxThreadCount(2);
}

ProbeTester::~ProbeTester()
{
    // As Application: probes first, then the HTTP client and network, the pool joined last.
    delete std::exchange(m_probes, nullptr);
    delete std::exchange(m_http, nullptr);
    delete std::exchange(m_network, nullptr);
    m_pool.reset();
}

void ProbeTester::test(const Profile &profile, const QString &service, QObject *context,
                       Callback callback)
{
    HealthProbe *probe = nullptr;
    for (const StackService &s : createStackServices(profile, m_http, m_pool.get())) {
        if (!probe && s.probe->key() == service)
            probe = s.probe;
        else
            delete s.probe;
    }
    if (!probe) {
        ProbeResult none;
        none.reason = tr("no service %1").arg(service);
        QMetaObject::invokeMethod(
            context, [callback, none] { callback(none); }, Qt::QueuedConnection);
        return;
    }
    probe->setParent(m_probes);
    QPointer<QObject> guard(context);
    connect(probe, &HealthProbe::finished, probe, [probe, guard, callback](const ProbeResult &r) {
        if (guard)
            callback(r);
        // Log out of what the test logged in to (Dremio), then go.
        probe->endSession([probe] { probe->deleteLater(); });
    });
    // Queued: the caller hears back from the event loop, even for "not configured".
    QMetaObject::invokeMethod(probe, &HealthProbe::run, Qt::QueuedConnection);
}

} // namespace Dsp
