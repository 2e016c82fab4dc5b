#include "checkrunner.h"

#include "health/healthmonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Dsp {

CheckRunner::CheckRunner(HealthMonitor *monitor, bool json, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_json(json)
{
    connect(m_monitor, &HealthMonitor::roundFinished, this, &CheckRunner::report);
}

void CheckRunner::start()
{
    m_monitor->checkNow();
}

void CheckRunner::report()
{
    bool allUp = true;
    QJsonArray array;
    QTextStream out(stdout);
    for (ServiceId id : m_monitor->services()) {
        const ServiceHealth h = m_monitor->health(id);
        if (h.state != HealthState::Up && h.state != HealthState::NotConfigured)
            allUp = false;
        if (m_json) {
            QJsonObject o;
            o.insert(QStringLiteral("service"), serviceKey(id));
            o.insert(QStringLiteral("status"), healthStateKey(h.state));
            o.insert(QStringLiteral("latency_ms"),
                     h.last.latency ? QJsonValue(qint64(h.last.latency->count())) : QJsonValue());
            o.insert(QStringLiteral("version"), h.last.version);
            o.insert(QStringLiteral("reason"), h.last.reason);
            o.insert(QStringLiteral("details"), h.last.details);
            array.append(o);
        } else {
            const QString latency = h.last.latency
                                        ? QStringLiteral("%1 ms").arg(h.last.latency->count())
                                        : QStringLiteral("-");
            QString line =
                QStringLiteral("%1 %2 %3 %4")
                    .arg(serviceKey(id), -9)
                    .arg(healthStateKey(h.state), -14)
                    .arg(latency, 8)
                    .arg(h.last.version.isEmpty() ? QStringLiteral("-") : h.last.version, -10);
            if (!h.last.reason.isEmpty())
                line += QStringLiteral("  ") + h.last.reason;
            out << line.trimmed() << Qt::endl;
        }
    }
    if (m_json)
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    out.flush();
    emit done(allUp ? 0 : 1);
}

} // namespace Dsp
