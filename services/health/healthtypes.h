#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace Dsp {

// The kinds of service the panel knows how to check. A profile may hold several services of
// one kind (a second PostgreSQL) or none of another; the monitor and the dashboard key
// services by their own key, not by kind.
enum class ServiceId { Airbyte, Minio, Postgres, Dremio, Temporal };

enum class HealthState { NotConfigured, Checking, Up, Degraded, Down };

// Why a verdict is what it is, as a stable machine code for scripts (`--check --json`
// field "code"); the translated `reason` says the same in words. Keys: probeCodeKey().
enum class ProbeCode {
    Ok,               // ok: up
    NotConfigured,    // not_configured: no endpoint in the profile
    Refused,          // refused: nothing listens on the port
    Timeout,          // timeout: no answer within the probe timeout
    Dns,              // dns: the host name does not resolve
    Tls,              // tls: the TLS handshake failed
    Auth,             // auth: the service refused us outright (HTTP 401/403 on its health route)
    HttpStatus,       // http_status: an unexpected HTTP status
    Protocol,         // protocol: an answer that is not the service's protocol or shape
    Network,          // network: any other transport failure
    Unavailable,      // unavailable: the service says it is not available / not serving
    DegradedAuth,     // degraded_auth: running, but our credentials were refused
    DegradedMissing,  // degraded_missing: running, but required buckets or databases are missing
    DegradedReadOnly, // degraded_read_only: MinIO lost its write quorum, reads still work
    DegradedProtocol, // degraded_protocol: the port answers, the health protocol is not verified
    DegradedError,    // degraded_error: running, but a follow-up check failed
};

// One probe's verdict. `reason` is translated and says in words why a service is not Up;
// `details` adds what the protocol told us on success (connection count, buckets...).
// Server text in these strings is plain text, control characters already replaced.
struct ProbeResult
{
    HealthState state = HealthState::NotConfigured;
    ProbeCode code = ProbeCode::NotConfigured;
    std::optional<std::chrono::milliseconds> latency;
    QString version;
    // Why `version` is empty when the service normally tells it ("timed out after 1 s").
    QString versionUnknownReason;
    QString reason;
    QString details;
    // The typed failure behind a Down or Degraded verdict, when a call failed.
    std::optional<Error> error;
    QDateTime checkedAt;
};

// What the dashboard shows for one service: the latest verdict plus recent history.
struct ServiceHealth
{
    QString key;         // unique in the monitor: "postgres", "postgres-warehouse"...
    QString displayName; // "PostgreSQL", "PostgreSQL (warehouse)"...
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
QString probeCodeKey(ProbeCode code);       // "ok", "refused", "degraded_auth", ... (JSON)
QList<ProbeCode> allProbeCodes();
// The code for a failed call, by the error's kind: Down gives the transport codes, Degraded
// the degraded_* ones.
ProbeCode probeCodeFor(const Error &error, HealthState state);
// Server-chosen text made safe for one line of a label or a terminal: control characters
// (ANSI escapes, NUL, C1) and format characters (bidi overrides) become U+FFFD, line and
// paragraph breaks a space.
QString sanitizedServerText(const QString &text);

} // namespace Dsp

Q_DECLARE_METATYPE(Dsp::ProbeResult)
