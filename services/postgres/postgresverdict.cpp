#include "postgresverdict.h"

#include "core/networkmessages.h"
#include "core/tlsfiles.h"
#include "health/healthtr.h"

#include <QRegularExpression>

namespace Dsp {

namespace {

struct ServerVerdict
{
    HealthState state;
    ProbeCode code;
    ErrorKind kind;
};

// By SQLSTATE (PostgreSQL's errcodes.txt): language-independent, unlike the words beside it.
ServerVerdict serverVerdict(const QString &sqlState)
{
    // Class 28 invalid_authorization_specification: 28P01 invalid_password, 28000 (pg_hba.conf
    // rejects us, no such role).
    if (sqlState.startsWith(QLatin1String("28")))
        return {HealthState::Degraded, ProbeCode::DegradedAuth, ErrorKind::Unauthorized};
    // insufficient_privilege: the role may not connect to the database.
    if (sqlState == QLatin1String("42501"))
        return {HealthState::Degraded, ProbeCode::DegradedAuth, ErrorKind::Forbidden};
    // invalid_catalog_name: the "postgres" database is missing.
    if (sqlState == QLatin1String("3D000"))
        return {HealthState::Degraded, ProbeCode::DegradedMissing, ErrorKind::NotFound};
    // admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in
    // recovery): the server takes no connections at all.
    if (sqlState == QLatin1String("57P01") || sqlState == QLatin1String("57P02") ||
        sqlState == QLatin1String("57P03"))
        return {HealthState::Down, ProbeCode::Unavailable, ErrorKind::ServerError};
    // 53300 too_many_connections and the rest: the server runs and told us why not.
    return {HealthState::Degraded, ProbeCode::DegradedError, ErrorKind::ServerError};
}

// libpq starts its connection errors with a translated 'connection to server at "<addr>",
// port <port> failed: ' (French: '... port <port> a échoué : '). Cut after the first colon
// that follows the address and the port, whatever the words around them.
QString withoutConnectionPrefix(const QString &line, const QString &hostAddress, int port)
{
    if (hostAddress.isEmpty())
        return line;
    const qsizetype at = line.indexOf(hostAddress);
    if (at < 0)
        return line;
    const QString portText = QString::number(port);
    const qsizetype portAt = line.indexOf(portText, at + hostAddress.size());
    if (portAt < 0)
        return line;
    const qsizetype colon = line.indexOf(QLatin1Char(':'), portAt + portText.size());
    if (colon < 0)
        return line;
    return line.mid(colon + 1).trimmed();
}

// libpq's sslmode values (libpq-connect, "sslmode").
const QStringList SslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool requiresTls(const QString &sslMode)
{
    return sslMode == QLatin1String("require") || sslMode.startsWith(QLatin1String("verify-"));
}

PostgresReport failure(const ServerVerdict &verdict, const QString &reason, const QString &detail)
{
    PostgresReport report;
    report.state = verdict.state;
    report.code = verdict.code;
    report.reason = reason;
    report.error = Error::make(verdict.kind, reason, detail);
    return report;
}

} // namespace

PostgresServerMessage PostgresVerdict::parse(const QString &message, const QString &hostAddress,
                                             int port)
{
    // With PQERRORS_VERBOSE a server error reads "<severity>:  <SQLSTATE>: <text>"; the
    // severity is translated, the two spaces and the code are not.
    static const QRegularExpression serverLine(QStringLiteral(":  ([0-9A-Z]{5}): (.*)$"));
    const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The first server line: DETAIL, HINT and LOCATION lines follow it, and a retry without
    // TLS appends its own error after the first attempt's.
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = serverLine.match(line);
        if (match.hasMatch())
            return {match.captured(1), match.captured(2).trimmed()};
    }
    if (lines.isEmpty())
        return {};
    return {QString(), withoutConnectionPrefix(lines.first().trimmed(), hostAddress, port)};
}

PostgresReport PostgresVerdict::connectFailure(const PostgresConnectFacts &facts)
{
    if (!facts.passwordConfigured && facts.needsPassword) {
        // The server answered our startup packet and asked for a password: it runs.
        PostgresReport report;
        report.state = HealthState::Up;
        report.code = ProbeCode::Ok;
        report.details = HealthTr::tr("no credentials: version and databases not checked");
        return report;
    }
    const PostgresServerMessage message = parse(facts.message, facts.hostAddress, facts.port);
    const QString detail = facts.message.trimmed();
    const QString text =
        message.text.isEmpty()
            ? HealthTr::tr("could not connect to %1:%2").arg(facts.host).arg(facts.port)
            : message.text;
    if (!message.sqlState.isEmpty())
        return failure(serverVerdict(message.sqlState), text, detail);
    // No SQLSTATE: libpq itself gave up.
    const QString endpoint = NetworkMessages::endpointText(facts.host, facts.port);
    const ServerVerdict tlsFailed{HealthState::Down, ProbeCode::Tls, ErrorKind::TlsFailed};
    if (facts.tlsAnswer == 'N' && requiresTls(facts.sslMode)) {
        return failure(tlsFailed,
                       HealthTr::tr("%1 does not accept TLS connections, which sslmode=%2 "
                                    "requires: set sslmode to prefer or disable, or enable ssl "
                                    "on the server")
                           .arg(endpoint, facts.sslMode),
                       detail);
    }
    if (facts.tlsAnswer == 'S' && facts.failedInTlsSetup) {
        // The server accepted TLS; the handshake or its certificate failed on our side.
        if (facts.sslMode.startsWith(QLatin1String("verify-"))) {
            return failure(tlsFailed,
                           HealthTr::tr("the TLS certificate of %1 could not be verified "
                                        "(sslmode=%2): %3")
                               .arg(endpoint, facts.sslMode, text),
                           detail);
        }
        return failure(tlsFailed,
                       HealthTr::tr("TLS handshake with %1 failed: %2").arg(endpoint, text),
                       detail);
    }
    if (facts.usedPassword && !facts.authenticated) {
        // The server asked for our password and the exchange failed on our side (a SCRAM
        // signature that does not verify, a connection closed after the password).
        return failure({HealthState::Degraded, ProbeCode::DegradedAuth, ErrorKind::Unauthorized},
                       text, detail);
    }
    if (facts.peerAnswered) {
        // Something answered on the port, but not in PostgreSQL's protocol (an HTTP server).
        return failure(
            {HealthState::Down, ProbeCode::Protocol, ErrorKind::InvalidResponse},
            HealthTr::tr("%1 does not answer as a PostgreSQL server: %2").arg(endpoint, text),
            detail);
    }
    return failure({HealthState::Down, ProbeCode::Network, ErrorKind::Unreachable},
                   NetworkMessages::networkError(endpoint, text), detail);
}

std::optional<PostgresReport> PostgresVerdict::tlsSettingsFailure(const PostgresTarget &target)
{
    // Empty: libpq's default, prefer.
    if (!target.sslMode.isEmpty() && !SslModes.contains(target.sslMode)) {
        return failure({HealthState::Down, ProbeCode::Tls, ErrorKind::TlsFailed},
                       HealthTr::tr("invalid sslmode \"%1\": use one of %2")
                           .arg(target.sslMode, SslModes.join(QStringLiteral(", "))),
                       QStringLiteral("sslmode=%1").arg(target.sslMode));
    }
    // libpq reads the CA file only for TLS, and says little when it cannot.
    if (!target.sslRootCert.isEmpty() && target.sslMode != QLatin1String("disable")) {
        const Result<QByteArray> file = readCaFile(target.sslRootCert);
        if (!file) {
            PostgresReport report;
            report.state = HealthState::Down;
            report.code = ProbeCode::Tls;
            report.reason = file.error().message;
            report.error = file.error();
            return report;
        }
    }
    return std::nullopt;
}

PostgresReport PostgresVerdict::connectionLost(const QString &message, const QString &host,
                                               int port)
{
    const PostgresServerMessage parsed = parse(message, {}, port);
    if (!parsed.sqlState.isEmpty())
        return failure(serverVerdict(parsed.sqlState), parsed.text, message.trimmed());
    return failure(
        {HealthState::Down, ProbeCode::Network, ErrorKind::Unreachable},
        NetworkMessages::networkError(NetworkMessages::endpointText(host, port), parsed.text),
        message.trimmed());
}

PostgresReport PostgresVerdict::queryFailure(const QString &text, const QString &detail)
{
    return failure({HealthState::Degraded, ProbeCode::DegradedError, ErrorKind::ServerError},
                   HealthTr::tr("connected, but the status query failed: %1").arg(text), detail);
}

} // namespace Dsp
