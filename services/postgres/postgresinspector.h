#pragma once

#include "health/healthtypes.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace Dsp {

struct PostgresTarget
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QStringList databases; // databases the profile needs
    // libpq's sslmode: disable, allow, prefer, require, verify-ca or verify-full. verify-full
    // checks the certificate against `host`, as the profile names it.
    QString sslMode = QStringLiteral("prefer");
    // The CA file (PEM) that verify-ca and verify-full check the server's certificate against,
    // libpq's sslrootcert; empty: libpq's default, ~/.postgresql/root.crt.
    QString sslRootCert;
};

// What one inspection found, as the verdict the probe publishes. Plain data: it crosses from
// the worker thread to the GUI thread.
struct PostgresReport
{
    HealthState state = HealthState::Down;
    ProbeCode code = ProbeCode::Network;
    QString reason; // server text stays in the server's language
    QString version;
    QString details;
    std::optional<Error> error; // the failed call behind a Down or Degraded verdict
    bool cancelled = false;     // the check ended first: nobody reads this report
};

// libpq work for a worker thread (never the GUI thread). It connects to `hostAddress`, an
// address the caller already resolved and reached (so libpq does no DNS), with `target.host`
// kept for TLS and messages. Every wait is one slice of at most 50 ms that checks `cancelled`
// and the deadline, so the call returns within one slice of either.
class PostgresInspector
{
public:
    static PostgresReport inspect(const PostgresTarget &target, const QString &hostAddress,
                                  std::chrono::milliseconds budget,
                                  std::shared_ptr<const std::atomic_bool> cancelled);
};

} // namespace Dsp
