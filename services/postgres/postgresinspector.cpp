#include "postgresinspector.h"

#include "core/logging.h"
#include "health/healthtr.h"
#include "postgresverdict.h"

#include <libpq-fe.h>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#endif

#include <QByteArray>
#include <QFile>

#include <vector>

namespace Dsp {

namespace {

using Clock = std::chrono::steady_clock;
// The longest a wait goes without looking at the cancel flag and the deadline.
constexpr std::chrono::milliseconds Slice{50};

// Keyword/value arrays for libpq; the strings live as long as this object.
class ConnParams
{
public:
    ConnParams(const PostgresTarget &t, const QString &hostAddress)
    {
        // hostaddr: libpq connects there and resolves nothing; host stays for TLS and .pgpass.
        add("host", t.host.toUtf8());
        add("hostaddr", hostAddress.toUtf8());
        add("port", QByteArray::number(t.port));
        add("user", t.user.toUtf8());
        add("dbname", "postgres");
        add("application_name", "DataStackPanel");
        // We authenticate by password only; looking for Kerberos credentials may block in
        // GSSAPI, outside our slices.
        add("gssencmode", "disable");
        if (!t.password.isEmpty())
            add("password", t.password.toUtf8());
        // TLS: libpq's own; verify-full checks the certificate against `host` above, not
        // against `hostaddr`.
        if (!t.sslMode.isEmpty())
            add("sslmode", t.sslMode.toUtf8());
        if (!t.sslRootCert.isEmpty())
            add("sslrootcert", QFile::encodeName(t.sslRootCert));
        for (size_t i = 0; i < m_storage.size(); i += 2) {
            m_keys.push_back(m_storage[i].constData());
            m_values.push_back(m_storage[i + 1].constData());
        }
        m_keys.push_back(nullptr);
        m_values.push_back(nullptr);
    }
    const char *const *keys() const { return m_keys.data(); }
    const char *const *values() const { return m_values.data(); }

private:
    void add(const char *key, const QByteArray &value)
    {
        m_storage.emplace_back(key);
        m_storage.push_back(value);
    }
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_keys;
    std::vector<const char *> m_values;
};

struct ConnectionDeleter
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionDeleter>;

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

enum class Wait { Ready, TimedOut, Cancelled, Failed };

int pollSocket(int fd, bool forWrite, std::chrono::milliseconds slice)
{
#ifdef _WIN32
    fd_set set;
    FD_ZERO(&set);
    FD_SET(SOCKET(fd), &set);
    timeval tv;
    tv.tv_sec = long(slice.count() / 1000);
    tv.tv_usec = long((slice.count() % 1000) * 1000);
    return select(0, forWrite ? nullptr : &set, forWrite ? &set : nullptr, nullptr, &tv);
#else
    // poll(), not select(): a descriptor above FD_SETSIZE must not overflow an fd_set.
    pollfd p{fd, short(forWrite ? POLLOUT : POLLIN), 0};
    const int rc = ::poll(&p, 1, int(slice.count()));
    return rc < 0 && errno == EINTR ? 0 : rc;
#endif
}

// The first byte the peer has sent that libpq has not read yet, without consuming it.
std::optional<char> peekByte(int fd)
{
    char byte;
#ifdef _WIN32
    const bool got = recv(SOCKET(fd), &byte, 1, MSG_PEEK) > 0;
#else
    const bool got = recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
#endif
    if (!got)
        return std::nullopt;
    return byte;
}

// Waits on libpq's socket in slices, each checking the cancel flag and the deadline.
class Waiter
{
public:
    Waiter(Clock::time_point deadline, const std::atomic_bool &cancelled)
        : m_deadline(deadline)
        , m_cancelled(cancelled)
    {}

    Wait wait(int fd, bool forWrite) const
    {
        if (fd < 0)
            return Wait::Failed;
        for (;;) {
            if (m_cancelled.load())
                return Wait::Cancelled;
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now());
            if (left.count() <= 0)
                return Wait::TimedOut;
            const int rc = pollSocket(fd, forWrite, std::min(left, Slice));
            if (rc > 0)
                return Wait::Ready;
            if (rc < 0)
                return Wait::Failed;
        }
    }

private:
    Clock::time_point m_deadline;
    const std::atomic_bool &m_cancelled;
};

bool isAuthenticated(ConnStatusType status)
{
    switch (status) {
    case CONNECTION_AUTH_OK:
    case CONNECTION_SETENV:
    case CONNECTION_CHECK_WRITABLE:
    case CONNECTION_CONSUME:
    case CONNECTION_CHECK_TARGET:
    case CONNECTION_CHECK_STANDBY:
    case CONNECTION_OK:
        return true;
    default:
        return false;
    }
}

// Drives PQconnectPoll until the connection opens or fails (Ready), or the wait stops.
Wait connect(PGconn *conn, const Waiter &waiter, PostgresConnectFacts *facts)
{
    if (PQstatus(conn) == CONNECTION_BAD)
        return Wait::Ready;
    PostgresPollingStatusType poll = PGRES_POLLING_WRITING;
    while (poll != PGRES_POLLING_OK && poll != PGRES_POLLING_FAILED) {
        const bool forWrite = poll == PGRES_POLLING_WRITING;
        const Wait wait = waiter.wait(PQsocket(conn), forWrite);
        if (wait == Wait::Cancelled || wait == Wait::TimedOut)
            return wait;
        if (wait == Wait::Failed)
            break;
        const ConnStatusType before = PQstatus(conn);
        if (!forWrite) {
            if (const std::optional<char> byte = peekByte(PQsocket(conn))) {
                facts->peerAnswered = true;
                // libpq asked for TLS and waits for the one-byte answer: 'S' yes, 'N' no.
                if (before == CONNECTION_SSL_STARTUP && facts->tlsAnswer == 0)
                    facts->tlsAnswer = *byte;
            }
        }
        poll = PQconnectPoll(conn);
        if (isAuthenticated(PQstatus(conn)))
            facts->authenticated = true;
        // Failed while setting up TLS: the handshake, or the server's certificate.
        if (poll == PGRES_POLLING_FAILED && before == CONNECTION_SSL_STARTUP)
            facts->failedInTlsSetup = true;
    }
    return Wait::Ready;
}

PostgresReport stopped(Wait wait)
{
    PostgresReport report;
    if (wait == Wait::Cancelled) {
        report.cancelled = true;
    } else {
        // The probe's own deadline normally ends the check first; it words the reason.
        report.code = ProbeCode::Timeout;
    }
    return report;
}

// The status query, sent and read without blocking: the server's version and connection
// count, then the names of its databases (one row each: a name may hold a comma).
PostgresReport queryStatus(PGconn *conn, const PostgresTarget &target, const Waiter &waiter)
{
    const auto lost = [&] {
        return PostgresVerdict::connectionLost(QString::fromUtf8(PQerrorMessage(conn)), target.host,
                                               target.port);
    };
    PQsetnonblocking(conn, 1);
    if (!PQsendQuery(conn, "SELECT current_setting('server_version'),"
                           " (SELECT count(*) FROM pg_stat_activity);"
                           "SELECT datname FROM pg_database"))
        return lost();
    for (;;) {
        const int flushed = PQflush(conn);
        if (flushed == 0)
            break;
        if (flushed < 0)
            return lost();
        const Wait wait = waiter.wait(PQsocket(conn), true);
        if (wait == Wait::Cancelled || wait == Wait::TimedOut)
            return stopped(wait);
    }
    std::vector<Result> results;
    for (;;) {
        if (!PQconsumeInput(conn))
            return lost();
        bool done = false;
        while (!done && !PQisBusy(conn)) {
            Result next(PQgetResult(conn));
            done = !next;
            if (next)
                results.push_back(std::move(next));
        }
        if (done)
            break;
        const Wait wait = waiter.wait(PQsocket(conn), false);
        if (wait == Wait::Cancelled || wait == Wait::TimedOut)
            return stopped(wait);
        if (wait == Wait::Failed)
            return lost();
    }

    for (const Result &result : results) {
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
            const char *primary = PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY);
            return PostgresVerdict::queryFailure(
                QString::fromUtf8(primary ? primary : PQresultErrorMessage(result.get())),
                QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed());
        }
    }
    if (results.size() != 2 || PQntuples(results[0].get()) != 1 ||
        PQnfields(results[0].get()) != 2 || PQnfields(results[1].get()) != 1) {
        return PostgresVerdict::queryFailure(HealthTr::tr("unexpected answer"),
                                             QStringLiteral("%1 results").arg(results.size()));
    }
    PostgresReport report;
    report.version = QString::fromUtf8(PQgetvalue(results[0].get(), 0, 0));
    const int connections = QByteArray(PQgetvalue(results[0].get(), 0, 1)).toInt();
    QStringList existing;
    for (int row = 0; row < PQntuples(results[1].get()); ++row)
        existing.append(QString::fromUtf8(PQgetvalue(results[1].get(), row, 0)));

    QStringList missing;
    for (const QString &db : target.databases) {
        if (!existing.contains(db))
            missing.append(db);
    }
    report.details = HealthTr::tr("%n connection(s)", nullptr, connections);
    if (missing.isEmpty()) {
        report.state = HealthState::Up;
        report.code = ProbeCode::Ok;
    } else {
        report.state = HealthState::Degraded;
        report.code = ProbeCode::DegradedMissing;
        report.reason =
            HealthTr::tr("missing database(s): %1").arg(missing.join(QStringLiteral(", ")));
    }
    return report;
}

PostgresReport run(const PostgresTarget &target, const QString &hostAddress, const Waiter &waiter)
{
    const ConnParams params(target, hostAddress);
    Connection conn(PQconnectStartParams(params.keys(), params.values(), 0));
    if (!conn)
        return PostgresVerdict::connectionLost(HealthTr::tr("out of memory"), target.host,
                                               target.port);
    // Server errors then carry their SQLSTATE: "FATAL:  28P01: ...", whatever the language.
    PQsetErrorVerbosity(conn.get(), PQERRORS_VERBOSE);

    PostgresConnectFacts facts;
    const Wait wait = connect(conn.get(), waiter, &facts);
    if (wait != Wait::Ready)
        return stopped(wait);
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        facts.message = QString::fromUtf8(PQerrorMessage(conn.get()));
        facts.host = target.host;
        facts.hostAddress = hostAddress;
        facts.port = target.port;
        facts.passwordConfigured = !target.password.isEmpty();
        facts.needsPassword = PQconnectionNeedsPassword(conn.get());
        facts.usedPassword = PQconnectionUsedPassword(conn.get());
        facts.sslMode = target.sslMode;
        return PostgresVerdict::connectFailure(facts);
    }
    return queryStatus(conn.get(), target, waiter);
}

// No message leaves with the password in it, whatever a server or proxy echoes.
void scrub(PostgresReport *report, const QString &password)
{
    if (password.isEmpty())
        return;
    const QString mask = QStringLiteral("***");
    report->reason.replace(password, mask);
    report->details.replace(password, mask);
    if (report->error) {
        report->error->message.replace(password, mask);
        report->error->detail.replace(password, mask);
    }
}

} // namespace

PostgresReport PostgresInspector::inspect(const PostgresTarget &target, const QString &hostAddress,
                                          std::chrono::milliseconds budget,
                                          std::shared_ptr<const std::atomic_bool> cancelled)
{
    // Queued behind other work, this inspection may start after its check ended.
    if (cancelled->load())
        return stopped(Wait::Cancelled);
    const Waiter waiter(Clock::now() + budget, *cancelled);
    PostgresReport report = run(target, hostAddress, waiter);
    scrub(&report, target.password);
    if (report.error)
        qCDebug(lcPostgres) << target.host << report.error->detail;
    return report;
}

} // namespace Dsp
