#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace Dsp {

enum class ServiceId { Airbyte, Minio, Postgres, Dremio, Temporal };
inline constexpr int ServiceCount = 5;

enum class HealthState { NotConfigured, Checking, Up, Degraded, Down };

// One probe's verdict. `reason` is translated and says in words why a service is not Up;
// `details` adds what the protocol told us on success (connection count, buckets...).
struct ProbeResult
{
    HealthState state = HealthState::NotConfigured;
    std::optional<std::chrono::milliseconds> latency;
    QString version;
    QString reason;
    QString details;
    QDateTime checkedAt;
};

// What the dashboard shows for one service: the latest verdict plus recent history.
struct ServiceHealth
{
    ServiceId service = ServiceId::Airbyte;
    HealthState state = HealthState::NotConfigured;
    ProbeResult last;
    QDateTime lastChange;
    QList<HealthState> history; // oldest first, at most HistoryLength entries
    static constexpr int HistoryLength = 30;
};

QString serviceKey(ServiceId id);           // "airbyte", "minio", ... (JSON, settings)
QString serviceDisplayName(ServiceId id);   // "Airbyte", "MinIO", ... (brand names)
QString healthStateKey(HealthState state);  // "up", "down", ... (JSON)
QString healthStateText(HealthState state); // translated
QList<ServiceId> allServices();

} // namespace Dsp

Q_DECLARE_METATYPE(Dsp::ProbeResult)
