#include "postgresinspector.h"

#include "core/networkmessages.h"
#include "health/healthtr.h"

#include <libpq-fe.h>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <sys/select.h>
#endif

#include <QByteArray>
#include <QElapsedTimer>

#include <vector>

namespace Dsp {

namespace {

using Clock = std::chrono::steady_clock;

// Keyword/value arrays for libpq; the strings live as long as this object.
class ConnParams
{
public:
    ConnParams(const PostgresTarget &t, std::chrono::milliseconds budget, bool withPassword)
    {
        add("host", t.host.toUtf8());
        add("port", QByteArray::number(t.port));
        add("user", t.user.toUtf8());
        add("dbname", "postgres");
        // libpq rounds connect_timeout below 2 s up to 2 s; our own deadline is tighter.
        add("connect_timeout", QByteArray::number(qMax<qint64>(2, (budget.count() + 999) / 1000)));
        add("application_name", "DataStackPanel");
        if (withPassword)
            add("password", t.password.toUtf8());
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

enum class Wait { Ready, TimedOut, Cancelled, Failed };

Wait waitForSocket(PGconn *conn, bool forWrite, Clock::time_point deadline,
                   const std::atomic_bool &cancelled)
{
    const int fd = PQsocket(conn);
    if (fd < 0)
        return Wait::Failed;
    for (;;) {
        if (cancelled.load())
            return Wait::Cancelled;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return Wait::TimedOut;
        const auto slice =
            std::min<std::chrono::milliseconds>(left, std::chrono::milliseconds(100));
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        timeval tv;
        tv.tv_sec = long(slice.count() / 1000);
        tv.tv_usec = long((slice.count() % 1000) * 1000);
        const int rc =
            select(fd + 1, forWrite ? nullptr : &set, forWrite ? &set : nullptr, nullptr, &tv);
        if (rc > 0)
            return Wait::Ready;
        if (rc < 0)
            return Wait::Failed;
    }
}

QString firstLine(const char *message)
{
    return QString::fromUtf8(message).section(QLatin1Char('\n'), 0, 0).trimmed();
}

// Turns libpq's message into the reason a user reads.
QString connectionReason(PGconn *conn, const PostgresTarget &t)
{
    QString msg = firstLine(PQerrorMessage(conn));
    // libpq prefixes 'connection to server at "host" (addr), port N failed: '.
    const int cut = msg.indexOf(QLatin1String("failed: "));
    if (cut >= 0)
        msg = msg.mid(cut + 8);
    for (const QLatin1String prefix : {QLatin1String("FATAL:"), QLatin1String("ERROR:")}) {
        if (msg.startsWith(prefix))
            msg = msg.mid(prefix.size()).trimmed();
    }
    if (msg.contains(QLatin1String("Connection refused")))
        return NetworkMessages::connectionRefused(QStringLiteral("%1:%2").arg(t.host).arg(t.port));
    if (msg.isEmpty())
        return HealthTr::tr("could not connect to %1:%2").arg(t.host).arg(t.port);
    return msg;
}

struct Connection
{
    PGconn *conn = nullptr;
    ~Connection()
    {
        if (conn)
            PQfinish(conn);
    }
};

} // namespace

PostgresReport PostgresInspector::inspect(const PostgresTarget &t, std::chrono::milliseconds budget,
                                          std::shared_ptr<std::atomic_bool> cancelled)
{
    const auto deadline = Clock::now() + budget;
    PostgresReport report;

    // 1. Up or down, without credentials (blocking, bounded by connect_timeout).
    {
        const ConnParams ping(t, budget, false);
        const PGPing rc = PQpingParams(ping.keys(), ping.values(), 0);
        if (cancelled->load()) {
            report.outcome = PostgresReport::Outcome::Cancelled;
            return report;
        }
        if (rc == PQPING_REJECT) {
            report.reason = HealthTr::tr("the server is refusing connections (starting up or "
                                         "shutting down)");
            return report;
        }
        if (rc == PQPING_NO_ATTEMPT) {
            report.reason =
                HealthTr::tr("invalid connection settings for %1:%2").arg(t.host).arg(t.port);
            return report;
        }
        if (rc == PQPING_NO_RESPONSE && Clock::now() >= deadline) {
            report.outcome = PostgresReport::Outcome::TimedOut;
            return report;
        }
        if (rc == PQPING_OK && t.password.isEmpty()) {
            report.outcome = PostgresReport::Outcome::Up;
            report.details = HealthTr::tr("no credentials: version and databases not checked");
            return report;
        }
        // NO_RESPONSE: connect once more to learn why, in libpq's own words.
    }

    // 2. A non-blocking connection with the password: proves it, then reads the facts.
    const ConnParams params(t, budget, true);
    Connection c;
    c.conn = PQconnectStartParams(params.keys(), params.values(), 0);
    if (!c.conn) {
        report.reason = HealthTr::tr("out of memory");
        return report;
    }
    PostgresPollingStatusType poll = PGRES_POLLING_WRITING;
    while (PQstatus(c.conn) != CONNECTION_BAD && poll != PGRES_POLLING_OK &&
           poll != PGRES_POLLING_FAILED) {
        const Wait w = waitForSocket(c.conn, poll == PGRES_POLLING_WRITING, deadline, *cancelled);
        if (w == Wait::Cancelled) {
            report.outcome = PostgresReport::Outcome::Cancelled;
            return report;
        }
        if (w == Wait::TimedOut) {
            report.outcome = PostgresReport::Outcome::TimedOut;
            return report;
        }
        poll = PQconnectPoll(c.conn);
    }
    if (PQstatus(c.conn) != CONNECTION_OK) {
        const QString reason = connectionReason(c.conn, t);
        // The server answered (it asked for a password) but refused ours.
        const bool serverAnswered = reason.contains(QLatin1String("authentication")) ||
                                    reason.contains(QLatin1String("password")) ||
                                    reason.contains(QLatin1String("does not exist")) ||
                                    reason.contains(QLatin1String("no pg_hba.conf"));
        report.outcome =
            serverAnswered ? PostgresReport::Outcome::Degraded : PostgresReport::Outcome::Down;
        report.reason = reason;
        return report;
    }

    static const char *query =
        "SELECT current_setting('server_version'),"
        " (SELECT count(*) FROM pg_stat_activity),"
        " (SELECT coalesce(string_agg(datname, ',' ORDER BY datname), '') FROM pg_database)";
    if (!PQsendQuery(c.conn, query)) {
        report.reason = firstLine(PQerrorMessage(c.conn));
        return report;
    }
    PGresult *result = nullptr;
    for (;;) {
        if (!PQconsumeInput(c.conn)) {
            report.reason = firstLine(PQerrorMessage(c.conn));
            return report;
        }
        if (!PQisBusy(c.conn)) {
            PGresult *next = PQgetResult(c.conn);
            if (!next)
                break;
            if (result)
                PQclear(result);
            result = next;
            continue;
        }
        const Wait w = waitForSocket(c.conn, false, deadline, *cancelled);
        if (w != Wait::Ready) {
            if (result)
                PQclear(result);
            report.outcome = w == Wait::Cancelled ? PostgresReport::Outcome::Cancelled
                                                  : PostgresReport::Outcome::TimedOut;
            return report;
        }
    }
    if (!result || PQresultStatus(result) != PGRES_TUPLES_OK || PQntuples(result) != 1) {
        report.outcome = PostgresReport::Outcome::Degraded;
        report.reason = HealthTr::tr("connected, but the status query failed: %1")
                            .arg(result ? firstLine(PQresultErrorMessage(result))
                                        : QStringLiteral("no result"));
        if (result)
            PQclear(result);
        return report;
    }
    report.version = QString::fromUtf8(PQgetvalue(result, 0, 0));
    const int connections = QByteArray(PQgetvalue(result, 0, 1)).toInt();
    const QStringList existing =
        QString::fromUtf8(PQgetvalue(result, 0, 2)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    PQclear(result);

    QStringList missing;
    for (const QString &db : t.databases) {
        if (!existing.contains(db))
            missing.append(db);
    }
    report.details = HealthTr::tr("%n connection(s)", nullptr, connections);
    if (missing.isEmpty()) {
        report.outcome = PostgresReport::Outcome::Up;
    } else {
        report.outcome = PostgresReport::Outcome::Degraded;
        report.reason =
            HealthTr::tr("missing database(s): %1").arg(missing.join(QStringLiteral(", ")));
    }
    return report;
}

} // namespace Dsp
