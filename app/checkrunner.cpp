#include "checkrunner.h"

#include "health/healthmonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Dsp {

CheckRunner::CheckRunner(HealthMonitor *monitor, bool json, const QString &profilePath,
                         QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_json(json)
    , m_profilePath(profilePath)
{
    connect(m_monitor, &HealthMonitor::roundFinished, this, &CheckRunner::report);
}

QString CheckRunner::helpText()
{
    QStringList codes;
    for (ProbeCode code : allProbeCodes())
        codes.append(probeCodeKey(code));
    return QCoreApplication::translate(
               "main",
               "With --check, the exit code is 0 when every configured service is up, 1 when one "
               "is degraded or down, 2 on a bad command line or a missing profile file, 3 when "
               "the profile configures no service.\n"
               "--check --json prints one array of objects: service, name, status (up, degraded, "
               "down, not_configured), code (a stable reason code: %1), latency_ms, version, "
               "version_unknown_reason, reason (translated) and details.")
        .arg(codes.join(QStringLiteral(", ")));
}

void CheckRunner::start()
{
    if (m_monitor->configuredCount() == 0) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("main", "no service configured in profile %1")
                   .arg(QDir::toNativeSeparators(m_profilePath))
            << Qt::endl;
        QMetaObject::invokeMethod(
            this, [this] { emit done(NothingConfigured); }, Qt::QueuedConnection);
        return;
    }
    m_monitor->checkNow();
}

void CheckRunner::report()
{
    bool allUp = true;
    QJsonArray array;
    QTextStream out(stdout);
    for (const QString &key : m_monitor->services()) {
        const ServiceHealth h = m_monitor->health(key);
        if (h.state != HealthState::Up && h.state != HealthState::NotConfigured)
            allUp = false;
        if (m_json) {
            QJsonObject o;
            o.insert(QStringLiteral("service"), key);
            // Verdict texts are already one line without control characters (HealthProbe
            // publishes them so); the name comes from the profile file.
            o.insert(QStringLiteral("name"), sanitizedServerText(h.displayName));
            o.insert(QStringLiteral("status"), healthStateKey(h.state));
            o.insert(QStringLiteral("code"), probeCodeKey(h.last.code));
            o.insert(QStringLiteral("latency_ms"),
                     h.last.latency ? QJsonValue(qint64(h.last.latency->count())) : QJsonValue());
            o.insert(QStringLiteral("version"), h.last.version);
            o.insert(QStringLiteral("version_unknown_reason"), h.last.versionUnknownReason);
            o.insert(QStringLiteral("reason"), h.last.reason);
            o.insert(QStringLiteral("details"), h.last.details);
            array.append(o);
        } else {
            const QString latency = h.last.latency
                                        ? QStringLiteral("%1 ms").arg(h.last.latency->count())
                                        : QStringLiteral("-");
            const QString version = h.last.version.isEmpty() ? QStringLiteral("-") : h.last.version;
            QString line = QStringLiteral("%1 %2 %3 %4")
                               .arg(key, -9)
                               .arg(healthStateKey(h.state), -14)
                               .arg(latency, 8)
                               .arg(version, -10);
            if (!h.last.reason.isEmpty())
                line += QStringLiteral("  ") + h.last.reason;
            out << line.trimmed() << Qt::endl;
        }
    }
    if (m_json)
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    out.flush();
    emit done(allUp ? AllUp : NotAllUp);
}

} // namespace Dsp
