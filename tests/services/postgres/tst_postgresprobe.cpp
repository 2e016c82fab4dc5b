#include "postgres/postgresprobe.h"
#include "postgres/postgresverdict.h"

#include "sharedref.h"
#include "testpki.h"
#include "teststack.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <clocale>
#include <memory>
#include <optional>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

// A port that accepts connections and then does one thing: never answer, answer HTTP, or
// close when the client speaks. It keeps what it accepted, so a test can see the probe let go.
class LoopbackServer : public QTcpServer
{
public:
    enum class Mode { Silent, Http, CloseOnData };
    explicit LoopbackServer(Mode mode)
        : m_mode(mode)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                m_accepted.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    if (!socket->property("spoke").toBool()) {
                        socket->setProperty("spoke", true);
                        ++m_spoken;
                    }
                });
                if (m_mode == Mode::CloseOnData) {
                    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->abort(); });
                } else if (m_mode == Mode::Http) {
                    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                        socket->readAll();
                        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                      "Connection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    });
                }
            }
        });
    }
    int acceptedConnections() const { return int(m_accepted.size()); }
    // Connections whose client sent something: libpq's, not the reachability check's.
    int spokenConnections() const { return m_spoken; }
    int openConnections() const
    {
        int open = 0;
        for (QTcpSocket *socket : m_accepted)
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return open;
    }

private:
    Mode m_mode;
    QList<QTcpSocket *> m_accepted;
    int m_spoken = 0;
};

// PostgreSQL as far as TLS goes: it answers libpq's TLS request with "S", shakes hands with
// its certificate, then refuses the login with SQLSTATE 28P01, which libpq can only read once
// the handshake and its checks of the certificate passed. A connection that sends nothing
// (the probe's reachability check) is left alone.
class TlsPostgresFake : public QTcpServer
{
public:
    bool start(const QString &certificateFile, const QString &keyFile)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificateChain(QSslCertificate::fromPath(certificateFile));
        m_tls.setPrivateKey(QSslKey(Testing::readFile(keyFile), QSsl::Ec, QSsl::Pem));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return !m_tls.localCertificate().isNull() && !m_tls.privateKey().isNull() &&
               listen(QHostAddress::LocalHost);
    }
    int encryptedSessions() const { return m_encrypted; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_tls);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++m_encrypted; });
        connect(socket, &QSslSocket::readyRead, this, [socket] { serve(socket); });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    static void serve(QSslSocket *socket)
    {
        if (socket->isEncrypted()) {
            // The startup packet, over TLS: refuse it as a server would a wrong password.
            socket->readAll();
            QByteArray fields("SFATAL");
            fields += '\0';
            fields += "VFATAL";
            fields += '\0';
            fields += "C28P01";
            fields += '\0';
            fields += "Mpassword authentication failed for user \"postgres\"";
            fields += '\0';
            fields += '\0';
            QByteArray message("E");
            const quint32 length = quint32(fields.size() + 4);
            for (int shift = 24; shift >= 0; shift -= 8)
                message += char((length >> shift) & 0xff);
            socket->write(message + fields);
            socket->disconnectFromHost();
            return;
        }
        if (socket->mode() != QSslSocket::UnencryptedMode || socket->bytesAvailable() < 8)
            return;
        // SSLRequest: length 8, code 80877103.
        if (socket->read(8) != QByteArray::fromHex("0000000804d2162f")) {
            socket->abort();
            return;
        }
        socket->write("S");
        socket->flush();
        socket->startServerEncryption();
    }

    QSslConfiguration m_tls;
    int m_encrypted = 0;
};

// A port where nothing listens, on a loopback address.
int refusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// Whether this machine has the locale at all (PostgreSQL checks the same way).
bool localeInstalled(const char *name)
{
    const std::string previous = std::setlocale(LC_CTYPE, nullptr);
    const bool installed = std::setlocale(LC_CTYPE, name) != nullptr;
    std::setlocale(LC_CTYPE, previous.c_str());
    return installed;
}

} // namespace

// The PostgreSQL probe against a real server (tests/fixtures/stack.mjs) and against ports that
// misbehave: the verdict a user reads, within the timeout, in any server language, and nothing
// left running once the probe is gone.
class TestPostgresProbe : public QObject
{
    Q_OBJECT

    std::unique_ptr<Testing::TestStack> m_stack;
    QThreadPool m_pool;
    std::unique_ptr<Testing::TestPki> m_pki;

    // Makes the test certificates once per process, for the functions that need them.
    bool ensurePki()
    {
        if (m_pki)
            return true;
        auto pki = std::make_unique<Testing::TestPki>();
        if (!pki->make()) {
            qWarning().noquote() << pki->error();
            return false;
        }
        m_pki = std::move(pki);
        return true;
    }

    // Starts PostgreSQL once per process, for the functions that need it.
    bool ensureStack()
    {
        if (m_stack)
            return true;
        auto stack = std::make_unique<Testing::TestStack>();
        if (!stack->start(QStringLiteral("pg"))) {
            qWarning().noquote() << stack->error();
            return false;
        }
        m_stack = std::move(stack);
        return true;
    }

    PostgresTarget stackTarget() const
    {
        PostgresTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_stack->pgPort();
        target.user = QStringLiteral("postgres");
        target.password = m_stack->pgPassword();
        target.databases = {QStringLiteral("business_db"), QStringLiteral("airbyte")};
        return target;
    }

    static PostgresTarget localTarget(int port)
    {
        PostgresTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = port;
        target.user = QStringLiteral("postgres");
        target.password = QStringLiteral("not-the-password");
        return target;
    }

    // One check, with the time from run() to the verdict.
    static std::optional<ProbeResult> check(HealthProbe *probe, qint64 *elapsedMs = nullptr)
    {
        QSignalSpy spy(probe, &HealthProbe::finished);
        QElapsedTimer timer;
        timer.start();
        probe->run();
        if (spy.isEmpty() && !spy.wait(int(probe->timeout().count()) + 5000))
            return std::nullopt;
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return spy.takeFirst().at(0).value<ProbeResult>();
    }

    static QString describe(const ProbeResult &r)
    {
        return QStringLiteral("%1/%2: %3 [%4]")
            .arg(healthStateKey(r.state), probeCodeKey(r.code), r.reason, r.details);
    }

private slots:
    void initTestCase() { m_pool.setMaxThreadCount(4); }

    void reportsVersionAndConnectionsWhenUp()
    {
        QVERIFY2(ensureStack(), "the test stack did not start");
        PostgresProbe probe(stackTarget(), &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Up, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("ok"));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)?")).match(result->version).hasMatch(),
            qPrintable(result->version));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ connection"))
                     .match(result->details)
                     .hasMatch(),
                 qPrintable(result->details));
        QVERIFY(!result->error);
    }

    void reportsMissingDatabases()
    {
        QVERIFY2(ensureStack(), "the test stack did not start");
        PostgresTarget target = stackTarget();
        target.databases = {QStringLiteral("business_db"), QStringLiteral("no_such_db")};
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Degraded, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("degraded_missing"));
        QCOMPARE(result->reason, QStringLiteral("missing database(s): no_such_db"));
        QVERIFY(!result->version.isEmpty());
    }

    void wrongPasswordIsDegradedAuth()
    {
        QVERIFY2(ensureStack(), "the test stack did not start");
        PostgresTarget target = stackTarget();
        target.password = QStringLiteral("wrong-%1").arg(m_stack->pgPassword());
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Degraded, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("degraded_auth"));
        // The server's own words, without libpq's prefixes; the user, never the password.
        QCOMPARE(result->reason,
                 QStringLiteral("password authentication failed for user \"postgres\""));
        QVERIFY(!result->reason.contains(target.password));
        QVERIFY(!result->reason.contains(m_stack->pgPassword()));
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ErrorKind::Unauthorized);
        QVERIFY(!result->error->detail.contains(m_stack->pgPassword()));
    }

    void upWithoutCredentials()
    {
        QVERIFY2(ensureStack(), "the test stack did not start");
        PostgresTarget target = stackTarget();
        target.password.clear();
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Up, qPrintable(describe(*result)));
        QCOMPARE(result->details,
                 QStringLiteral("no credentials: version and databases not checked"));
    }

    // The test server has no TLS: a profile that demands it reads why, and what to change.
    void requiredTlsOnAServerWithoutTlsIsDown_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("require") << QStringLiteral("require");
        QTest::newRow("verify-ca") << QStringLiteral("verify-ca");
        QTest::newRow("verify-full") << QStringLiteral("verify-full");
    }
    void requiredTlsOnAServerWithoutTlsIsDown()
    {
        QFETCH(QString, sslMode);
        QVERIFY2(ensureStack(), "the test stack did not start");
        PostgresTarget target = stackTarget();
        target.sslMode = sslMode;
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("tls"));
        QCOMPARE(result->reason,
                 QStringLiteral("127.0.0.1:%1 does not accept TLS connections, which sslmode=%2 "
                                "requires: set sslmode to prefer or disable, or enable ssl on the "
                                "server")
                     .arg(m_stack->pgPort())
                     .arg(sslMode));
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ErrorKind::TlsFailed);
    }

    void withoutTlsIsUp_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("disable") << QStringLiteral("disable");
        QTest::newRow("allow") << QStringLiteral("allow");
        QTest::newRow("prefer") << QStringLiteral("prefer");
        QTest::newRow("libpq's default") << QString();
    }
    void withoutTlsIsUp()
    {
        QFETCH(QString, sslMode);
        QVERIFY2(ensureStack(), "the test stack did not start");
        PostgresTarget target = stackTarget();
        target.sslMode = sslMode;
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Up, qPrintable(describe(*result)));
    }

    // Settings that cannot work are reported before anything is sent.
    void unusableTlsSettingsAreDownBeforeConnecting_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("rootCert");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown sslmode")
            << QStringLiteral("required") << QString()
            << QStringLiteral("invalid sslmode \"required\": use one of disable, allow, prefer, "
                              "require, verify-ca, verify-full");
        QTest::newRow("capitalised sslmode")
            << QStringLiteral("Require") << QString()
            << QStringLiteral("invalid sslmode \"Require\": use one of disable, allow, prefer, "
                              "require, verify-ca, verify-full");
        QTest::newRow("missing CA file")
            << QStringLiteral("verify-full") << QStringLiteral("/nonexistent/dsp/root.crt")
            << QStringLiteral("CA file /nonexistent/dsp/root.crt does not exist");
    }
    void unusableTlsSettingsAreDownBeforeConnecting()
    {
        QFETCH(QString, sslMode);
        QFETCH(QString, rootCert);
        QFETCH(QString, reason);
        LoopbackServer server(LoopbackServer::Mode::Silent);
        PostgresTarget target = localTarget(server.serverPort());
        target.sslMode = sslMode;
        target.sslRootCert = rootCert;
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("tls"));
        QCOMPARE(result->reason, reason);
        QVERIFY(result->error);
        QCOMPARE(server.acceptedConnections(), 0);
    }

    // libpq's own TLS against a server that speaks it: the CA file and the host name reach
    // libpq, and a certificate it refuses reads as such.
    void verifiesTheServerCertificate_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("rootCert"); // in the test PKI; empty: none
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");    // %1: the port; for code tls, the start
        QTest::addColumn<QString>("libpqSays"); // for code tls: in the reason too
        const QString refused =
            QStringLiteral("password authentication failed for user \"postgres\"");
        QTest::newRow("verify-full, trusted CA")
            << QStringLiteral("verify-full") << QStringLiteral("ca.pem") << QStringLiteral("server")
            << QStringLiteral("degraded_auth") << refused << QString();
        QTest::newRow("verify-ca, trusted CA")
            << QStringLiteral("verify-ca") << QStringLiteral("ca.pem") << QStringLiteral("server")
            << QStringLiteral("degraded_auth") << refused << QString();
        QTest::newRow("require, nothing verified")
            << QStringLiteral("require") << QString() << QStringLiteral("otherhost")
            << QStringLiteral("degraded_auth") << refused << QString();
        QTest::newRow("verify-full, certificate for another host")
            << QStringLiteral("verify-full") << QStringLiteral("ca.pem")
            << QStringLiteral("otherhost") << QStringLiteral("tls")
            << QStringLiteral("the TLS certificate of 127.0.0.1:%1 could not be verified "
                              "(sslmode=verify-full): ")
            << QStringLiteral("does not match host name");
        QTest::newRow("verify-ca, CA file of another authority")
            << QStringLiteral("verify-ca") << QStringLiteral("otherhost.pem")
            << QStringLiteral("server") << QStringLiteral("tls")
            << QStringLiteral("the TLS certificate of 127.0.0.1:%1 could not be verified "
                              "(sslmode=verify-ca): ")
            << QStringLiteral("certificate verify failed");
    }
    void verifiesTheServerCertificate()
    {
        QFETCH(QString, sslMode);
        QFETCH(QString, rootCert);
        QFETCH(QString, certificate);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        QFETCH(QString, libpqSays);
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend");
        QVERIFY2(ensurePki(), "the test certificates could not be made (see the warning)");
        TlsPostgresFake server;
        QVERIFY(server.start(m_pki->path(certificate + QStringLiteral(".pem")),
                             m_pki->path(certificate + QStringLiteral(".key"))));
        PostgresTarget target = localTarget(server.serverPort());
        target.sslMode = sslMode;
        target.sslRootCert = rootCert.isEmpty() ? QString() : m_pki->path(rootCert);
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(probeCodeKey(result->code) == code, qPrintable(describe(*result)));
        if (code == QLatin1String("tls")) {
            QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
            QVERIFY2(result->reason.startsWith(reason.arg(server.serverPort())) &&
                         result->reason.contains(libpqSays),
                     qPrintable(result->reason));
            QCOMPARE(result->error->kind, ErrorKind::TlsFailed);
        } else {
            // The refusal came over TLS: the handshake and the certificate passed.
            QCOMPARE(result->reason, reason);
            QCOMPARE(server.encryptedSessions(), 1);
        }
    }

    void refusedPortIsDown()
    {
        const int port = refusedPort();
        PostgresProbe probe(localTarget(port), &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("refused"));
        QCOMPARE(result->reason, QStringLiteral("connection refused on 127.0.0.1:%1").arg(port));
    }

    void unresolvableHostIsDownWithinTimeout()
    {
        PostgresTarget target = localTarget(5432);
        target.host = QStringLiteral("no-such-host.invalid");
        PostgresProbe probe(target, &m_pool);
        probe.setTimeout(3s);
        qint64 elapsed = 0;
        const auto result = check(&probe, &elapsed);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("dns"));
        QCOMPARE(result->reason, QStringLiteral("host not found: no-such-host.invalid"));
        QVERIFY2(elapsed < 3200, qPrintable(QString::number(elapsed)));
    }

    void silentServerTimesOutOnTime()
    {
        LoopbackServer server(LoopbackServer::Mode::Silent);
        PostgresProbe probe(localTarget(server.serverPort()), &m_pool);
        probe.setTimeout(1s);
        qint64 elapsed = 0;
        const auto result = check(&probe, &elapsed);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("timeout"));
        QCOMPARE(result->reason, QStringLiteral("timed out after 1 s"));
        QVERIFY2(elapsed >= 950 && elapsed < 1200, qPrintable(QString::number(elapsed)));
        // The worker saw the cancel flag and closed its connection.
        QTRY_COMPARE_WITH_TIMEOUT(m_pool.activeThreadCount(), 0, 200);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 1000);
    }

    void otherServerOnPortIsDown_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code");
        QTest::newRow("HTTP answer") << int(LoopbackServer::Mode::Http) << "protocol";
        QTest::newRow("closes when spoken to")
            << int(LoopbackServer::Mode::CloseOnData) << "network";
    }
    void otherServerOnPortIsDown()
    {
        QFETCH(int, mode);
        QFETCH(QString, code);
        LoopbackServer server{LoopbackServer::Mode(mode)};
        PostgresProbe probe(localTarget(server.serverPort()), &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Down, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), code);
        QVERIFY2(result->reason.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
                 qPrintable(result->reason));
    }

    void destroyedProbeLeavesNothingRunning()
    {
        LoopbackServer server(LoopbackServer::Mode::Silent);
        QThreadPool pool;
        auto probe = std::make_unique<PostgresProbe>(localTarget(server.serverPort()), &pool);
        probe->setTimeout(10s);
        probe->run();
        // Mid-call: the worker holds a connection and waits for the server's answer...
        QTRY_COMPARE_WITH_TIMEOUT(pool.activeThreadCount(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 1, 2000);
        probe.reset();
        // ...and stops within one slice once the probe is gone, closing its connection.
        QTRY_COMPARE_WITH_TIMEOUT(pool.activeThreadCount(), 0, 200);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 1000);
    }

    void waitsForItsQueuedInspection()
    {
        LoopbackServer server(LoopbackServer::Mode::Silent);
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        // Another task holds the pool's only thread: the first check's inspection queues.
        QSemaphore gate;
        pool.start([&gate] { gate.acquire(); });
        const auto open = qScopeGuard([&] { gate.release(); });
        PostgresProbe probe(localTarget(server.serverPort()), &pool);
        probe.setTimeout(300ms);
        for (int i = 0; i < 3; ++i) {
            const auto result = check(&probe);
            QVERIFY(result);
            QCOMPARE(probeCodeKey(result->code), QStringLiteral("timeout"));
        }
        gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(pool.activeThreadCount(), 0, 500);
        // A check with a free pool: its own two connections (reachability, then libpq) reach
        // the server after any that an earlier inspection made.
        const auto result = check(&probe);
        QVERIFY(result);
        QTRY_COMPARE_WITH_TIMEOUT(server.spokenConnections(), 1, 1000);
        // Checks 2 and 3 waited for the queued inspection instead of queuing their own (each
        // reaches the port first), and that stale inspection, when it finally ran, saw its
        // check was over and never connected.
        QCOMPARE(server.acceptedConnections(), 3);
    }

    void keepsVerdictWhenServerSpeaksFrench()
    {
        QVERIFY2(ensureStack(), "the test stack did not start");
        if (!m_stack->command(QStringLiteral("lc_messages pg fr_FR.UTF-8"))) {
            const QString why = m_stack->error();
            if (localeInstalled("fr_FR.UTF-8"))
                QFAIL(qPrintable(why));
            if (Testing::isCi())
                QFAIL(
                    qPrintable(QStringLiteral("locale fr_FR.UTF-8 missing under CI: %1").arg(why)));
            QSKIP("locale fr_FR.UTF-8 is not installed on this machine");
        }
        const auto restore =
            qScopeGuard([this] { QVERIFY(m_stack->command(QStringLiteral("lc_messages pg C"))); });
        PostgresTarget target = stackTarget();
        target.password = QStringLiteral("wrong-%1").arg(m_stack->pgPassword());
        PostgresProbe probe(target, &m_pool);
        const auto result = check(&probe);
        QVERIFY(result);
        QVERIFY2(result->state == HealthState::Degraded, qPrintable(describe(*result)));
        QCOMPARE(probeCodeKey(result->code), QStringLiteral("degraded_auth"));
        QVERIFY2(!result->reason.contains(QLatin1String("password authentication failed")),
                 qPrintable(result->reason));
        QVERIFY2(result->reason.contains(QLatin1String("authentification")),
                 qPrintable(result->reason));
        QVERIFY2(result->reason.contains(QLatin1String("postgres")), qPrintable(result->reason));
        QVERIFY(!result->reason.contains(m_stack->pgPassword()));
    }

    // The verdict table itself, from libpq's verbose messages in several languages.
    void classifiesByCodeNotWords_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("passwordConfigured");
        QTest::addColumn<bool>("needsPassword");
        QTest::addColumn<bool>("usedPassword");
        QTest::addColumn<bool>("peerAnswered");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");

        const QString en =
            QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: ");
        const QString fr =
            QStringLiteral("la connexion au serveur sur « 10.0.0.5 », port 5432 a échoué : ");
        QTest::newRow("28P01") << en + "FATAL:  28P01: password authentication failed for user "
                                       "\"postgres\"\nLOCATION:  auth_failed, auth.c:334\n"
                               << true << false << true << true << "degraded"
                               << "degraded_auth"
                               << "password authentication failed for user \"postgres\"";
        QTest::newRow("28P01 in French, both sides")
            << fr + "FATAL:  28P01: authentification par mot de passe échouée pour l'utilisateur "
                    "« postgres »\nEMPLACEMENT : auth_failed, auth.c : 334\n"
            << true << false << true << true << "degraded"
            << "degraded_auth"
            << "authentification par mot de passe échouée pour l'utilisateur « postgres »";
        QTest::newRow("28000, Russian severity") << en + "ВАЖНО:  28000: нет записи в pg_hba.conf\n"
                                                 << true << false << false << true << "degraded"
                                                 << "degraded_auth"
                                                 << "нет записи в pg_hba.conf";
        QTest::newRow("3D000") << en + "FATAL:  3D000: database \"postgres\" does not exist\n"
                               << true << false << true << true << "degraded"
                               << "degraded_missing"
                               << "database \"postgres\" does not exist";
        QTest::newRow("53300") << en + "FATAL:  53300: sorry, too many clients already\n"
                               << true << false << false << true << "degraded"
                               << "degraded_error"
                               << "sorry, too many clients already";
        QTest::newRow("57P03") << en + "FATAL:  57P03: the database system is starting up\n"
                               << true << false << false << true << "down"
                               << "unavailable"
                               << "the database system is starting up";
        QTest::newRow("other SQLSTATE") << en + "FATAL:  XX000: something broke\n"
                                        << true << false << false << true << "degraded"
                                        << "degraded_error"
                                        << "something broke";
        QTest::newRow("asks for a password we lack") << en + "fe_sendauth: no password supplied\n"
                                                     << false << true << true << true << "up"
                                                     << "ok"
                                                     << "";
        QTest::newRow("not PostgreSQL")
            << en + "received invalid response to SSL negotiation: H\n"
            << true << false << false << true << "down"
            << "protocol"
            << "db.example:5432 does not answer as a PostgreSQL server: received invalid "
               "response to SSL negotiation: H";
        QTest::newRow("closed, French libpq")
            << fr + "le serveur a fermé la connexion de façon inattendue\n"
            << true << false << false << false << "down"
            << "network"
            << "network error talking to db.example:5432: le serveur a fermé la connexion de "
               "façon inattendue";
        QTest::newRow("password exchange failed without a code")
            << en + "invalid SCRAM server signature\n"
            << true << false << true << true << "degraded"
            << "degraded_auth"
            << "invalid SCRAM server signature";
    }
    void classifiesByCodeNotWords()
    {
        QFETCH(QString, message);
        QFETCH(bool, passwordConfigured);
        QFETCH(bool, needsPassword);
        QFETCH(bool, usedPassword);
        QFETCH(bool, peerAnswered);
        QFETCH(QString, state);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        PostgresConnectFacts facts;
        facts.message = message;
        facts.host = QStringLiteral("db.example");
        facts.hostAddress = QStringLiteral("10.0.0.5");
        facts.port = 5432;
        facts.passwordConfigured = passwordConfigured;
        facts.needsPassword = needsPassword;
        facts.usedPassword = usedPassword;
        facts.peerAnswered = peerAnswered;
        const PostgresReport report = PostgresVerdict::connectFailure(facts);
        QCOMPARE(healthStateKey(report.state), state);
        QCOMPARE(probeCodeKey(report.code), code);
        QCOMPARE(report.reason, reason);
        QCOMPARE(bool(report.error), state != QLatin1String("up"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresProbe)
#include "tst_postgresprobe.moc"
