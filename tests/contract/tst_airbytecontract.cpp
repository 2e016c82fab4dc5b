// Airbyte's own OpenAPI specs (../shared/ref/airbyte) judge both sides: Prism, in proxy mode
// with --errors, sits between our code (the real AirbyteProbe, the real AirbyteClient) and our
// Airbyte fake, and refuses any request of ours or answer of the fake that the spec does not
// allow: the probe with and without the client-credentials token exchange, and the client's
// whole flow for sources and destinations, against the main, 1.8.0 and 0.63.20 specs.
#include "airbyte/airbyteclient.h"
#include "airbyte/airbyteprobe.h"
#include "airbyte/connectorspec.h"
#include "airbyte/cronschedule.h"
#include "airbyte/pipelinepreset.h"
#include "core/httpclient.h"

#include "airbytefake.h"
#include "sharedref.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVersionNumber>

#include <algorithm>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

QString specDir()
{
    return Testing::sharedPath(QStringLiteral("ref/airbyte"));
}

// Prism in proxy mode with --errors in front of a fake. It checks every request against the
// spec before passing it on, and every answer before handing it back; for one the spec
// forbids it answers itself (404 for a path the spec lacks, 422 for a request, 500 with an
// sl-violations header for an answer) and logs "Request terminated with error". Test code;
// GUI thread; the fake keeps serving meanwhile, since nothing here blocks.
class PrismProxy
{
public:
    ~PrismProxy() { stop(); }

    // Starts Prism for `spec` (a file of specDir()) on a free port, in front of
    // http://127.0.0.1:<upstream>; false when it does not come up (log() says why).
    bool start(const QString &spec, quint16 upstream)
    {
        const QString prism =
            QStringLiteral(DSP_SOURCE_DIR "/tests/fixtures/node_modules/.bin/prism");
        if (!QFile::exists(prism)) {
            m_log = "Prism missing: run scripts/install-deps.sh";
            return false;
        }
        const QString specCopy = m_dir.filePath(spec);
        if (!writeSpecForPrism(specDir() + QLatin1Char('/') + spec, specCopy)) {
            m_log = "cannot copy " + spec.toUtf8();
            return false;
        }
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QEventLoop ready;
        QObject::connect(&m_process, &QProcess::readyRead,
                         [this] { m_log += m_process.readAll(); });
        QObject::connect(&m_process, &QProcess::readyRead, &ready, [this, &ready] {
            if (m_log.contains("Prism is listening"))
                ready.quit();
        });
        QObject::connect(&m_process, &QProcess::finished, &ready, &QEventLoop::quit);
        QTimer::singleShot(90s, &ready, &QEventLoop::quit);
        m_process.start(prism, {QStringLiteral("proxy"), specCopy,
                                QStringLiteral("http://127.0.0.1:%1").arg(upstream),
                                QStringLiteral("--errors"), QStringLiteral("-h"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                QString::number(m_port)});
        ready.exec();
        return m_log.contains("Prism is listening");
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    const QByteArray &log() const { return m_log; }

    // Stops Prism and reads the rest of what it logged.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(5000);
        m_log += m_process.readAll();
    }

    // What Prism refused so far, one line each, empty when nothing.
    QString problems() const
    {
        QStringList lines;
        for (const QByteArray &line : m_log.split('\n')) {
            if (line.contains("Request terminated with error") || line.contains("Violation") ||
                line.contains("NO_PATH_MATCHED"))
                lines.append(QString::fromUtf8(line.trimmed()));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    // The spec as Prism can judge it:
    // - it declares its server as http://localhost:8000/api and its paths from /v1/...; Prism
    //   ignores a server's base path, so "/api" is folded into every path key;
    // - a spec error: it declares bearerAuth but its global `security: [{}]` allows anonymous
    //   calls only, so Prism answers 401 itself to any request with a token, although Airbyte
    //   takes the token on every /api/v1 route (API-NOTES.md §5.1: abctl does so). The
    //   copy allows both; a route's own `security: []` stays anonymous.
    static bool writeSpecForPrism(const QString &from, const QString &to)
    {
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        static const QRegularExpression pathKey(QStringLiteral("^  /"),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression anonymousOnly(QStringLiteral("^security:\\n  - \\{\\}$"),
                                                      QRegularExpression::MultilineOption);
        QString text = QString::fromUtf8(in.readAll()).replace(pathKey, QStringLiteral("  /api/"));
        if (!text.contains(anonymousOnly))
            return false; // the spec changed: look again at what Prism is told
        text.replace(anonymousOnly, QStringLiteral("security:\n  - {}\n  - bearerAuth: []"));
        // A spec error (API-NOTES.md §7.1): AirbyteStream requires `json_schema`, but its
        // property, and what Airbyte sends, is `jsonSchema`.
        static const QRegularExpression jsonSchemaRequired(
            QStringLiteral("^        - json_schema$"), QRegularExpression::MultilineOption);
        if (text.count(jsonSchemaRequired) != 1)
            return false;
        text.replace(jsonSchemaRequired, QStringLiteral("        - jsonSchema"));
        // A gap: connections/create declares 200 and 422 only, but Airbyte's schedule
        // validation (ConnectionScheduleHelper) throws its problems, answered as 400 with a
        // problem body ({type, title, detail, data}) that no spec version declares.
        const QString create = QStringLiteral("  /api/v1/connections/create:");
        const QString invalid = QStringLiteral(
            "        \"422\":\n          $ref: \"#/components/responses/InvalidInputResponse\"\n");
        const qsizetype at = text.indexOf(invalid, text.indexOf(create));
        if (text.indexOf(create) < 0 || at < 0)
            return false;
        text.insert(at + invalid.size(),
                    QStringLiteral("        \"400\":\n          description: A problem (Airbyte "
                                   "1.x)\n          content:\n            application/json:\n"
                                   "              schema:\n                type: object\n"));
        out.write(text.toUtf8());
        return true;
    }

    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

// Calls `call` with a callback and waits for the result (nullopt: none within 30 s; a later
// one lands in a slot the callback shares).
template<typename T, typename Call> std::optional<Result<T>> await(Call call)
{
    auto got = std::make_shared<std::optional<Result<T>>>();
    call([got](const Result<T> &r) { *got = r; });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, 30000))
        return std::nullopt;
    return *got;
}

// Why a step failed: the client's error, and what Prism refused.
template<typename T>
QByteArray failure(const char *step, const std::optional<Result<T>> &r, const PrismProxy &prism)
{
    QString what = !r              ? QStringLiteral("no answer")
                   : r->hasValue() ? QStringLiteral("unexpected success")
                                   : QStringLiteral("%1 (HTTP %2; %3)")
                                         .arg(r->error().message)
                                         .arg(r->error().httpStatus)
                                         .arg(r->error().detail);
    return QStringLiteral("%1: %2\nPrism:\n%3")
        .arg(QString::fromLatin1(step), what, prism.problems())
        .toUtf8();
}

#define VERIFY_OK(step, r) QVERIFY2((r) && (r)->hasValue(), failure(step, r, prism).constData())

// What the flow creates of each kind: a connector of Airbyte's registry and a configuration
// its spec accepts, with the secret the answers mask.
struct Actor
{
    AirbyteClient::Kind kind;
    QString definitionId;
    QJsonObject configuration;
    QString secretKey;
    QString missingRequired; // a required field, left out for the 422
};

QList<Actor> actors()
{
    return {
        {AirbyteClient::Kind::Source,
         AirbyteFake::postgresSourceDefinitionId(),
         {{QStringLiteral("host"), QStringLiteral("db.internal")},
          {QStringLiteral("port"), 5432},
          {QStringLiteral("database"), QStringLiteral("business_db")},
          {QStringLiteral("username"), QStringLiteral("analyst")},
          {QStringLiteral("password"), QStringLiteral("pg-secret")},
          {QStringLiteral("tunnel_method"),
           QJsonObject{{QStringLiteral("tunnel_method"), QStringLiteral("NO_TUNNEL")}}}},
         QStringLiteral("password"),
         QStringLiteral("host")},
        {AirbyteClient::Kind::Destination,
         AirbyteFake::s3DestinationDefinitionId(),
         {{QStringLiteral("access_key_id"), QStringLiteral("minio-key")},
          {QStringLiteral("secret_access_key"), QStringLiteral("minio-secret")},
          {QStringLiteral("s3_bucket_name"), QStringLiteral("airbyte-staging")},
          {QStringLiteral("s3_bucket_path"), QStringLiteral("postgres-sync")},
          {QStringLiteral("s3_bucket_region"), QStringLiteral("us-east-1")},
          {QStringLiteral("s3_endpoint"), QStringLiteral("http://minio:9000")},
          {QStringLiteral("format"),
           QJsonObject{{QStringLiteral("format_type"), QStringLiteral("Parquet")},
                       {QStringLiteral("compression_codec"), QStringLiteral("SNAPPY")}}}},
         QStringLiteral("secret_access_key"),
         QStringLiteral("s3_bucket_name")},
    };
}

QList<ConnectorInstance> instancesOf(const std::optional<Result<QList<ConnectorInstance>>> &r)
{
    return r && r->hasValue() ? r->value() : QList<ConnectorInstance>();
}

} // namespace

class TestAirbyteContract : public QObject
{
    Q_OBJECT

private slots:
    void probeAndFakeFollowAirbytesSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("clientCredentials");
        DSP_REQUIRE_SHARED(specDir());
        QTest::newRow("main") << QStringLiteral("config.yaml") << QByteArray("1.8.0") << false;
        QTest::newRow("1.8.0 (abctl)")
            << QStringLiteral("config-v1.8.0.yaml") << QByteArray("1.8.0") << false;
        QTest::newRow("0.63.20 (docker compose)")
            << QStringLiteral("config-v0.63.20.yaml") << QByteArray("0.63.20") << false;
        QTest::newRow("main, client credentials")
            << QStringLiteral("config.yaml") << QByteArray("1.8.0") << true;
        QTest::newRow("1.8.0 (abctl), client credentials")
            << QStringLiteral("config-v1.8.0.yaml") << QByteArray("1.8.0") << true;
    }

    void probeAndFakeFollowAirbytesSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, version);
        QFETCH(bool, clientCredentials);

        AirbyteFake fake;
        fake.setVersion(version);
        AirbyteAuth auth;
        if (clientCredentials) {
            auth.mode = AirbyteAuth::Mode::ClientCredentials;
            auth.clientId = QStringLiteral("5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e");
            auth.clientSecret = QStringLiteral("contract-secret-1234");
            fake.setClientCredentials(auth.clientId, auth.clientSecret);
        }
        QVERIFY(fake.listen());
        PrismProxy prism;
        QVERIFY2(prism.start(spec, fake.port()), prism.log().right(2000).constData());

        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, prism.url(), auth);
        probe.setTimeout(20s);
        QSignalSpy finished(&probe, &HealthProbe::finished);
        probe.run();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<ProbeResult>();
        prism.stop();

        QVERIFY2(prism.problems().isEmpty(), qPrintable(prism.problems()));
        QVERIFY2(result.state == HealthState::Up, qPrintable(result.reason));
        QCOMPARE(fake.tokenRequestCount(), clientCredentials ? 1 : 0);
        QVERIFY2(result.version == QString::fromLatin1(version),
                 qPrintable(result.version + QStringLiteral(" / ") + result.versionUnknownReason));
        QVERIFY(fake.requestCount() >= 2); // health, then instance_configuration, both proxied
    }

    void clientFlowFollowsAirbytesSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("clientCredentials");
        DSP_REQUIRE_SHARED(specDir());
        QTest::newRow("main") << QStringLiteral("config.yaml") << QByteArray("1.8.0") << false;
        QTest::newRow("1.8.0 (abctl), client credentials")
            << QStringLiteral("config-v1.8.0.yaml") << QByteArray("1.8.0") << true;
        QTest::newRow("0.63.20 (docker compose)")
            << QStringLiteral("config-v0.63.20.yaml") << QByteArray("0.63.20") << false;
    }

    // Everything the Sources and Destinations pages and wizards ask of Airbyte, through Prism:
    // the workspace, definitions, spec, checks that pass and fail, a create the spec's
    // required fields refuse (422), create, list, an edit that keeps a masked secret,
    // connections, delete; with abctl's client credentials, every call with the bearer token.
    void clientFlowFollowsAirbytesSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, version);
        QFETCH(bool, clientCredentials);

        AirbyteFake fake;
        fake.setVersion(version);
        AirbyteClient::Config config;
        if (clientCredentials) {
            config.auth.mode = AirbyteAuth::Mode::ClientCredentials;
            config.auth.clientId = QStringLiteral("5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e");
            config.auth.clientSecret = QStringLiteral("contract-secret-1234");
            fake.setClientCredentials(config.auth.clientId, config.auth.clientSecret);
            fake.setRequireAuth(true);
        }
        // Airbyte's published registry: every definition the fake lists is a real one.
        QVERIFY(fake.loadRegistry(specDir() + QStringLiteral("/registry/oss_registry.json")));
        QVERIFY(fake.listen());
        PrismProxy prism;
        QVERIFY2(prism.start(spec, fake.port()), prism.log().right(2000).constData());
        QNetworkAccessManager network;
        HttpClient http(&network);
        config.apiUrl = prism.url();
        config.timeout = 20s;
        config.slowTimeout = 20s;
        AirbyteClient client(&http, config);

        const auto workspace = await<AirbyteClient::WorkspaceChoice>(
            [&](auto done) { client.resolveWorkspace({}, this, done); });
        VERIFY_OK("resolveWorkspace", workspace);
        const QString workspaceId = workspace->value().id;
        QCOMPARE(workspaceId, AirbyteFake::defaultWorkspaceId());
        if (QVersionNumber::fromString(QString::fromLatin1(version)) < QVersionNumber(1, 7)) {
            // What resolveWorkspace() asks a server older than instance_configuration: a POST
            // with no body, the spec declaring none.
            const auto listed = await<QJsonObject>(
                [&](auto done) { client.post(QStringLiteral("workspaces/list"), {}, this, done); });
            VERIFY_OK("workspaces/list", listed);
            QCOMPARE(listed->value().value(QStringLiteral("workspaces")).toArray().size(), 1);
        }

        QString created[2]; // by kind: source, destination
        for (const Actor &actor : actors()) {
            const AirbyteClient::Kind kind = actor.kind;
            const auto definitions = await<QList<ConnectorDefinition>>(
                [&](auto done) { client.listDefinitions(kind, workspaceId, this, done); });
            VERIFY_OK("listDefinitions", definitions);
            QVERIFY(std::any_of(
                definitions->value().begin(), definitions->value().end(),
                [&](const ConnectorDefinition &d) { return d.id == actor.definitionId; }));

            const auto specification = await<ConnectorSpecification>([&](auto done) {
                client.getSpecification(kind, actor.definitionId, workspaceId, this, done);
            });
            VERIFY_OK("getSpecification", specification);
            const Result<ConnectorSpec> form =
                ConnectorSpec::parse(specification->value().connectionSpecificationJson);
            QVERIFY(form);
            QVERIFY(form.value().maskedSecretPaths().contains(QLatin1Char('/') + actor.secretKey));

            using Check = std::optional<Result<ConnectionCheck>>;
            auto check = [&]() -> Check {
                return await<ConnectionCheck>([&](auto done) {
                    client.checkConfiguration(kind, workspaceId, actor.definitionId,
                                              actor.configuration, this, done);
                });
            };
            fake.setCheckResult(AirbyteFake::CheckStatus::Succeeded);
            const Check passed = check();
            VERIFY_OK("checkConfiguration (succeeded)", passed);
            QVERIFY(passed->value().succeeded);
            fake.setCheckResult(AirbyteFake::CheckStatus::Failed,
                                QStringLiteral("Could not connect: connection refused"));
            const Check refused = check();
            VERIFY_OK("checkConfiguration (failed)", refused);
            QVERIFY(!refused->value().succeeded);
            QVERIFY(refused->value().message.contains(QStringLiteral("connection refused")));
            fake.setCheckResult(AirbyteFake::CheckStatus::JobFailed,
                                QStringLiteral("The check job failed to start"));
            const Check jobFailed = check();
            VERIFY_OK("checkConfiguration (job failed)", jobFailed);
            QVERIFY(!jobFailed->value().succeeded);
            QCOMPARE(jobFailed->value().message, QStringLiteral("The check job failed to start"));
            fake.setCheckResult(AirbyteFake::CheckStatus::Succeeded);

            QJsonObject incomplete = actor.configuration;
            incomplete.remove(actor.missingRequired);
            const auto invalid = await<ConnectorInstance>([&](auto done) {
                client.create(kind, workspaceId, actor.definitionId, QStringLiteral("incomplete"),
                              incomplete, this, done);
            });
            QVERIFY(invalid);
            QVERIFY2(!invalid->hasValue(),
                     failure("create (incomplete)", invalid, prism).constData());
            QCOMPARE(invalid->error().kind, ErrorKind::InvalidInput);
            QCOMPARE(invalid->error().httpStatus, 422);
            QCOMPARE(invalid->error().fieldErrors.size(), 1);
            QVERIFY(invalid->error().fieldErrors.first().path.endsWith(actor.missingRequired));

            const auto instance = await<ConnectorInstance>([&](auto done) {
                client.create(kind, workspaceId, actor.definitionId, QStringLiteral("business"),
                              actor.configuration, this, done);
            });
            VERIFY_OK("create", instance);
            created[int(kind)] = instance->value().id;
            // A retry after a lost reply finds it instead of making another.
            const auto reused = await<ConnectorInstance>([&](auto done) {
                client.createOrReuse(kind, workspaceId, actor.definitionId,
                                     QStringLiteral("business"), actor.configuration, this, done);
            });
            VERIFY_OK("createOrReuse", reused);
            QCOMPARE(reused->value().id, instance->value().id);
            const auto saved = await<ConnectionCheck>(
                [&](auto done) { client.checkSaved(kind, instance->value().id, this, done); });
            VERIFY_OK("checkSaved", saved);
            QVERIFY(saved->value().succeeded);
        }
        QCOMPARE(fake.sourceCount(), 1);
        QCOMPARE(fake.destinationCount(), 1);

        fake.addConnection(created[0], created[1], QStringLiteral("business_db to the lake"));
        const auto connections = await<QList<ConnectionSummary>>(
            [&](auto done) { client.listConnections(workspaceId, this, done); });
        VERIFY_OK("listConnections", connections);
        QCOMPARE(connections->value().size(), 1);
        QCOMPARE(connections->value().first().sourceId, created[0]);

        // The connection wizard's calls: discovery (and a failed one), create (and one Airbyte
        // refuses), the web app's list and get, a schema refresh, update, disable, sync, delete.
        fake.setDiscoverFailure(QStringLiteral("FATAL: password authentication failed"));
        const auto failedDiscovery = await<AirbyteClient::DiscoveredSchema>(
            [&](auto done) { client.discoverSchema(created[0], false, this, done); });
        QVERIFY(failedDiscovery && !failedDiscovery->hasValue());
        QVERIFY(failedDiscovery->error().message.contains("password authentication failed"));
        fake.setDiscoverFailure(QString());
        const auto discovered = await<AirbyteClient::DiscoveredSchema>(
            [&](auto done) { client.discoverSchema(created[0], true, this, done); });
        VERIFY_OK("discoverSchema", discovered);
        Catalog catalog = discovered->value().catalog;
        QCOMPARE(catalog.size(), 4);
        const QList<DestinationSyncMode> s3Modes{DestinationSyncMode::Overwrite,
                                                 DestinationSyncMode::Append};
        QVERIFY(PipelinePreset::apply(catalog, s3Modes).isEmpty());
        ConnectionSettings settings;
        settings.name = PipelinePreset::connectionName();
        settings.schedule.type = ConnectionSchedule::Type::Cron;
        settings.schedule.cronExpression = PipelinePreset::guideCronLine(); // Unix: refused
        const auto refusedCreate = await<ConnectionDetails>([&](auto done) {
            client.createConnection(workspaceId, created[0], created[1], settings, catalog,
                                    discovered->value().catalogId, this, done);
        });
        QVERIFY(refusedCreate && !refusedCreate->hasValue());
        QCOMPARE(refusedCreate->error().kind, ErrorKind::InvalidInput);
        settings.schedule.cronExpression =
            CronSchedule::parse(PipelinePreset::guideCronLine()).value().quartz();
        const auto made = await<ConnectionDetails>([&](auto done) {
            client.createConnection(workspaceId, created[0], created[1], settings, catalog,
                                    discovered->value().catalogId, this, done);
        });
        VERIFY_OK("createConnection", made);
        const QString connectionId = made->value().id;
        QCOMPARE(made->value().catalog.size(), 2); // Airbyte keeps the selected streams
        const auto items = await<QList<ConnectionListItem>>(
            [&](auto done) { client.listConnectionItems(workspaceId, this, done); });
        VERIFY_OK("listConnectionItems", items);
        QCOMPARE(items->value().size(), 2);
        const auto reusedConnection = await<ConnectionDetails>([&](auto done) {
            client.createConnectionOrReuse(workspaceId, created[0], created[1], settings, catalog,
                                           discovered->value().catalogId, this, done);
        });
        VERIFY_OK("createConnectionOrReuse", reusedConnection);
        QCOMPARE(reusedConnection->value().id, connectionId);
        fake.changeBusinessDbSchema();
        const auto refreshed = await<ConnectionDetails>(
            [&](auto done) { client.getConnection(connectionId, true, this, done); });
        VERIFY_OK("getConnection (refreshed)", refreshed);
        QVERIFY(!refreshed->value().catalogDiff.value("transforms").toArray().isEmpty());
        Catalog withInvoices = refreshed->value().catalog;
        withInvoices.setSelected(withInvoices.indexOf("public", "invoices"), true);
        const auto updatedConnection = await<ConnectionDetails>([&](auto done) {
            client.updateConnection(connectionId, settings, withInvoices,
                                    refreshed->value().sourceCatalogId, this, done);
        });
        VERIFY_OK("updateConnection", updatedConnection);
        QVERIFY(updatedConnection->value().catalog.indexOf("public", "invoices") >= 0);
        const auto job =
            await<qint64>([&](auto done) { client.syncConnection(connectionId, this, done); });
        VERIFY_OK("syncConnection", job);
        const auto disabled = await<bool>(
            [&](auto done) { client.setConnectionActive(connectionId, false, this, done); });
        VERIFY_OK("setConnectionActive", disabled);
        const auto deleted =
            await<bool>([&](auto done) { client.deleteConnection(connectionId, this, done); });
        VERIFY_OK("deleteConnection", deleted);

        for (const Actor &actor : actors()) {
            const AirbyteClient::Kind kind = actor.kind;
            const QString id = created[int(kind)];
            const auto listed = await<QList<ConnectorInstance>>(
                [&](auto done) { client.listInstances(kind, workspaceId, this, done); });
            VERIFY_OK("listInstances", listed);
            QCOMPARE(listed->value().size(), 1);
            QJsonObject edited = listed->value().first().configuration;
            QCOMPARE(edited.value(actor.secretKey).toString(), ConnectorSpec::maskedSecret());

            // The edited configuration is checked with the saved secret (masked in what is sent).
            const auto recheck = await<ConnectionCheck>([&](auto done) {
                client.checkUpdate(kind, workspaceId, actor.definitionId, id, edited, this, done);
            });
            VERIFY_OK("checkUpdate", recheck);
            QVERIFY(recheck->value().succeeded);
            QCOMPARE(fake.lastCheckedConfiguration(), actor.configuration);

            // An edit sent back with the secret still masked keeps the stored secret.
            const QString renamed = QStringLiteral("business (renamed)");
            const auto updated = await<ConnectorInstance>(
                [&](auto done) { client.update(kind, id, renamed, edited, this, done); });
            VERIFY_OK("update", updated);
            QCOMPARE(updated->value().name, renamed);
            QCOMPARE(fake.storedConfiguration(id), actor.configuration);

            const auto removed =
                await<bool>([&](auto done) { client.remove(kind, id, this, done); });
            VERIFY_OK("remove", removed);
            const auto after = await<QList<ConnectorInstance>>(
                [&](auto done) { client.listInstances(kind, workspaceId, this, done); });
            VERIFY_OK("listInstances (after remove)", after);
            QVERIFY(instancesOf(after).isEmpty());
        }
        const auto noConnections = await<QList<ConnectionSummary>>(
            [&](auto done) { client.listConnections(workspaceId, this, done); });
        VERIFY_OK("listConnections (after remove)", noConnections);
        QVERIFY(noConnections->value().isEmpty());

        prism.stop();
        QVERIFY2(prism.problems().isEmpty(), qPrintable(prism.problems()));
        QCOMPARE(client.tokenRequestCount(), clientCredentials ? 1 : 0);
    }

    void jobsFlowFollowsAirbytesSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("version");
        DSP_REQUIRE_SHARED(specDir());
        QTest::newRow("main") << QStringLiteral("config.yaml") << QByteArray("1.8.0");
        QTest::newRow("1.8.0 (abctl)")
            << QStringLiteral("config-v1.8.0.yaml") << QByteArray("1.8.0");
        QTest::newRow("0.63.20 (docker compose)")
            << QStringLiteral("config-v0.63.20.yaml") << QByteArray("0.63.20");
    }

    // Everything the Jobs page, its watcher and its actions ask of Airbyte, through Prism: a
    // sync started, the lists of the workspace and of a connection with their filters, a
    // job read while it runs and after it failed, an attempt's log (and one that does not
    // exist), live progress, a cancel, a clear of chosen streams and of the whole
    // connection, a refresh, and a sync started elsewhere.
    void jobsFlowFollowsAirbytesSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, version);

        AirbyteFake fake;
        fake.setVersion(version);
        QVERIFY(fake.loadRegistry(specDir() + QStringLiteral("/registry/oss_registry.json")));
        QVERIFY(fake.listen());
        AirbyteJobsFake &engine = *fake.jobs();
        engine.setNow(1'714'557'600);
        const QString source = fake.addSource(AirbyteFake::postgresSourceDefinitionId(),
                                              QStringLiteral("business_db"), {});
        const QString lake = fake.addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                                 QStringLiteral("lake"), {});
        const QString connection = fake.addConnection(source, lake, QStringLiteral("shop"));
        const QList<StreamKey> streams{{QStringLiteral("orders"), QStringLiteral("public")},
                                       {QStringLiteral("customers"), QStringLiteral("public")}};
        engine.setStreams(connection, {{streams[0].name, streams[0].nameSpace},
                                       {streams[1].name, streams[1].nameSpace}});
        engine.addFinishedJob(connection, QStringLiteral("sync"), QStringLiteral("succeeded"),
                              engine.now() - 86400, 1200);
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.failingAttempts = 1;
        script.retryDelaySecs = 60;
        engine.setScript(script);

        PrismProxy prism;
        QVERIFY2(prism.start(spec, fake.port()), prism.log().right(2000).constData());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteClient::Config config;
        config.apiUrl = prism.url();
        config.timeout = 20s;
        config.slowTimeout = 20s;
        AirbyteClient client(&http, config);
        client.setServerVersion(QString::fromLatin1(version));
        const QString workspaceId = AirbyteFake::defaultWorkspaceId();

        const auto started =
            await<qint64>([&](auto done) { client.syncConnection(connection, this, done); });
        VERIFY_OK("syncConnection", started);
        const qint64 id = started->value();
        engine.advance(30);

        JobQuery workspace;
        workspace.workspaceId = workspaceId;
        const auto all = await<JobPage>([&](auto done) { client.listJobs(workspace, this, done); });
        VERIFY_OK("listJobs (workspace)", all);
        QCOMPARE(all->value().jobs.size(), 2);
        JobQuery filtered;
        filtered.connectionIds = {connection};
        filtered.statuses = {JobStatus::Running, JobStatus::Pending, JobStatus::Incomplete};
        filtered.types = jobTypesForFilter(JobType::Sync);
        filtered.createdFrom = QDateTime::fromSecsSinceEpoch(engine.now() - 3600, Qt::UTC);
        const auto running =
            await<JobPage>([&](auto done) { client.listJobs(filtered, this, done); });
        VERIFY_OK("listJobs (connection, filters)", running);
        QCOMPARE(running->value().jobs.size(), 1);
        QCOMPARE(running->value().jobs.first().id, id);

        const auto live =
            await<SyncProgress>([&](auto done) { client.syncProgress(connection, this, done); });
        VERIFY_OK("syncProgress", live);
        QCOMPARE(live->value().jobId, id);
        const auto read = await<Job>([&](auto done) { client.getJob(id, this, done); });
        VERIFY_OK("getJob (running)", read);
        QCOMPARE(read->value().status, JobStatus::Running);
        // The running attempt's log, structured events from 1.2 and lines before.
        const auto log =
            await<AttemptLog>([&](auto done) { client.getAttemptLog(id, 0, this, done); });
        VERIFY_OK("getAttemptLog (running)", log);
        QCOMPARE(log->value().attempt.status, AttemptStatus::Running);
        QVERIFY(log->value().recordCount() > 0);
        QCOMPARE(log->value().form,
                 version == "0.63.20" ? AttemptLog::Form::Lines : AttemptLog::Form::Events);
        const auto noAttempt =
            await<AttemptLog>([&](auto done) { client.getAttemptLog(id, 9, this, done); });
        QVERIFY2(noAttempt && !noAttempt->hasValue(),
                 failure("getAttemptLog (no such attempt)", noAttempt, prism).constData());
        QCOMPARE(noAttempt->error().kind, ErrorKind::NotFound);

        engine.advance(30); // the first attempt fails half way: incomplete
        const auto incomplete = await<Job>([&](auto done) { client.getJob(id, this, done); });
        VERIFY_OK("getJob (incomplete)", incomplete);
        QCOMPARE(incomplete->value().status, JobStatus::Incomplete);
        QVERIFY(!explainJobFailure(incomplete->value()).isEmpty());
        const auto failedLog =
            await<AttemptLog>([&](auto done) { client.getAttemptLog(id, 0, this, done); });
        VERIFY_OK("getAttemptLog (failed)", failedLog);
        QCOMPARE(failedLog->value().attempt.status, AttemptStatus::Failed);

        const auto cancelled = await<Job>([&](auto done) { client.cancelJob(id, this, done); });
        VERIFY_OK("cancelJob", cancelled);
        QCOMPARE(cancelled->value().status, JobStatus::Cancelled);

        const auto clearSome = await<Job>(
            [&](auto done) { client.clearConnection(connection, {streams[0]}, this, done); });
        VERIFY_OK("clearConnection (a stream)", clearSome);
        QCOMPARE(clearSome->value().type, JobType::ResetConnection);
        engine.advance(60);
        const auto clearAll =
            await<Job>([&](auto done) { client.clearConnection(connection, {}, this, done); });
        VERIFY_OK("clearConnection (whole)", clearAll);
        engine.advance(60);

        const auto refreshed = await<std::optional<Job>>([&](auto done) {
            client.refreshStreams(connection, AirbyteClient::RefreshMode::Truncate, {streams[1]},
                                  this, done);
        });
        VERIFY_OK("refreshStreams", refreshed);
        engine.advance(300);

        const qint64 elsewhere = engine.startSyncElsewhere(connection);
        JobQuery watching;
        watching.workspaceId = workspaceId;
        watching.statuses = {JobStatus::Pending, JobStatus::Running, JobStatus::Incomplete};
        const auto seen = await<JobPage>([&](auto done) { client.listJobs(watching, this, done); });
        VERIFY_OK("listJobs (running, workspace)", seen);
        QCOMPARE(seen->value().jobs.size(), 1);
        QCOMPARE(seen->value().jobs.first().id, elsewhere);

        prism.stop();
        QVERIFY2(prism.problems().isEmpty(), qPrintable(prism.problems()));
    }
};

QTEST_GUILESS_MAIN(TestAirbyteContract)
#include "tst_airbytecontract.moc"
