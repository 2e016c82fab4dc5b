#include "healthtypes.h"

#include "healthtr.h"

namespace Dsp {

QString serviceKey(ServiceId id)
{
    switch (id) {
    case ServiceId::Airbyte:
        return QStringLiteral("airbyte");
    case ServiceId::Minio:
        return QStringLiteral("minio");
    case ServiceId::Postgres:
        return QStringLiteral("postgres");
    case ServiceId::Dremio:
        return QStringLiteral("dremio");
    case ServiceId::Temporal:
        return QStringLiteral("temporal");
    }
    return {};
}

QString serviceDisplayName(ServiceId id)
{
    switch (id) {
    case ServiceId::Airbyte:
        return QStringLiteral("Airbyte");
    case ServiceId::Minio:
        return QStringLiteral("MinIO");
    case ServiceId::Postgres:
        return QStringLiteral("PostgreSQL");
    case ServiceId::Dremio:
        return QStringLiteral("Dremio");
    case ServiceId::Temporal:
        return QStringLiteral("Temporal");
    }
    return {};
}

QString healthStateKey(HealthState state)
{
    switch (state) {
    case HealthState::NotConfigured:
        return QStringLiteral("not_configured");
    case HealthState::Checking:
        return QStringLiteral("checking");
    case HealthState::Up:
        return QStringLiteral("up");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Down:
        return QStringLiteral("down");
    }
    return {};
}

QString healthStateText(HealthState state)
{
    switch (state) {
    case HealthState::NotConfigured:
        return HealthTr::tr("Not configured");
    case HealthState::Checking:
        return HealthTr::tr("Checking");
    case HealthState::Up:
        return HealthTr::tr("Up");
    case HealthState::Degraded:
        return HealthTr::tr("Degraded");
    case HealthState::Down:
        return HealthTr::tr("Down");
    }
    return {};
}

QList<ServiceId> allServices()
{
    return {ServiceId::Airbyte, ServiceId::Minio, ServiceId::Postgres, ServiceId::Dremio,
            ServiceId::Temporal};
}

} // namespace Dsp
