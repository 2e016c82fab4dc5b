#pragma once

#include "postgresinspector.h"

#include <QString>

namespace Dsp {

// What libpq knew when a connection did not open. Verdicts come from these typed facts and
// the SQLSTATE, never from message words, which follow the server's and the client's
// lc_messages.
struct PostgresConnectFacts
{
    QString message; // PQerrorMessage with PQERRORS_VERBOSE: "FATAL:  28P01: ..."
    QString host;    // as the profile names it, for messages
    QString hostAddress;
    int port = 0;
    bool passwordConfigured = false;
    bool needsPassword = false;    // PQconnectionNeedsPassword: asked for one, we had none
    bool usedPassword = false;     // PQconnectionUsedPassword: the server asked for one
    bool authenticated = false;    // the connection reached CONNECTION_AUTH_OK
    bool peerAnswered = false;     // the peer sent bytes before libpq gave up
    QString sslMode;               // as libpq was given it
    char tlsAnswer = 0;            // the answer to libpq's TLS request: 'S' yes, 'N' no, 0 none
    bool failedInTlsSetup = false; // failed while in CONNECTION_SSL_STARTUP
};

// A server error as libpq reports it, split into its SQLSTATE and its own words.
struct PostgresServerMessage
{
    QString sqlState; // empty when libpq made the message itself
    QString text;     // the first line, without libpq's "connection to server ..." prefix
};

// Pure functions over libpq's messages and facts: any thread.
class PostgresVerdict
{
public:
    static PostgresServerMessage parse(const QString &message, const QString &hostAddress,
                                       int port);
    static PostgresReport connectFailure(const PostgresConnectFacts &facts);
    // The TLS settings, before any connection: an sslmode libpq does not know, or a CA file
    // (sslrootcert) that cannot be read. Down with code tls; nullopt when they can work.
    static std::optional<PostgresReport> tlsSettingsFailure(const PostgresTarget &target);
    // The connection broke after it opened, or libpq could not start one: `message` is
    // libpq's.
    static PostgresReport connectionLost(const QString &message, const QString &host, int port);
    // Connected, but the status query failed: `text` is the server's or libpq's own words.
    static PostgresReport queryFailure(const QString &text, const QString &detail);
};

} // namespace Dsp
