// The Airbyte fake's Config API over real HTTP, as the panel's client meets it: definitions
// (built in, and Airbyte's published registry), specs, sources and destinations with masked
// secrets, Airbyte's error bodies, checks on demand, a create whose reply is lost, the token.
#include "airbytefake.h"
#include "sharedref.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Dsp;
using namespace Dsp::Fakes;

namespace {
struct Reply
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray raw;
    QJsonObject body;
};

const QString Masked = QStringLiteral("**********");

QJsonObject postgresSourceConfiguration(const QString &password)
{
    return {{QStringLiteral("host"), QStringLiteral("db.internal")},
            {QStringLiteral("port"), 5432},
            {QStringLiteral("database"), QStringLiteral("business_db")},
            {QStringLiteral("username"), QStringLiteral("analyst")},
            {QStringLiteral("password"), password},
            {QStringLiteral("tunnel_method"),
             QJsonObject{{QStringLiteral("tunnel_method"), QStringLiteral("SSH_PASSWORD_AUTH")},
                         {QStringLiteral("tunnel_host"), QStringLiteral("bastion")},
                         {QStringLiteral("tunnel_port"), 22},
                         {QStringLiteral("tunnel_user"), QStringLiteral("jump")},
                         {QStringLiteral("tunnel_user_password"), QStringLiteral("tunnel-pw")}}}};
}
} // namespace

class TestAirbyteFake : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QString registryPath()
    {
        return Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json"));
    }

    // POST /api/v1/<route> with a JSON body; waits for the answer or `timeoutMs` of silence.
    Reply post(const AirbyteFake &fake, const QByteArray &route, const QJsonObject &body,
               const QByteArray &token = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(fake.port()) +
                 QString::fromLatin1(route)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(timeoutMs);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return wait(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    Reply get(const AirbyteFake &fake, const QByteArray &route)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(fake.port()) +
                 QString::fromLatin1(route)));
        request.setTransferTimeout(5000);
        return wait(m_network.get(request));
    }

    static Reply wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.raw = reply->isOpen() ? reply->readAll() : QByteArray();
        r.body = QJsonDocument::fromJson(r.raw).object();
        reply->deleteLater();
        return r;
    }

    static QJsonObject workspaceBody()
    {
        return {{QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()}};
    }

    static QJsonObject sourceCreate(const QString &name, const QJsonObject &configuration)
    {
        return {{QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()},
                {QStringLiteral("name"), name},
                {QStringLiteral("sourceDefinitionId"), AirbyteFake::postgresSourceDefinitionId()},
                {QStringLiteral("connectionConfiguration"), configuration}};
    }

    // Every field KnownExceptionInfo / NotFoundKnownExceptionInfo carries in Airbyte 1.x.
    static bool isAirbyteError(const QJsonObject &body)
    {
        return body.value(QStringLiteral("message")).isString() &&
               body.value(QStringLiteral("exceptionClassName")).isString() &&
               body.value(QStringLiteral("exceptionStack")).isArray();
    }

private slots:
    void listsTheBuiltInDefinitions()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const Reply sources = post(fake, "source_definitions/list_for_workspace", workspaceBody());
        QCOMPARE(sources.status, 200);
        const QJsonArray list = sources.body.value(QStringLiteral("sourceDefinitions")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject postgres = list.first().toObject();
        QCOMPARE(postgres.value(QStringLiteral("sourceDefinitionId")).toString(),
                 AirbyteFake::postgresSourceDefinitionId());
        QCOMPARE(postgres.value(QStringLiteral("name")).toString(), QStringLiteral("Postgres"));
        QCOMPARE(postgres.value(QStringLiteral("dockerRepository")).toString(),
                 QStringLiteral("airbyte/source-postgres"));
        QVERIFY(!postgres.value(QStringLiteral("dockerImageTag")).toString().isEmpty());
        QVERIFY(postgres.value(QStringLiteral("icon")).toString().endsWith(QLatin1String(".svg")));
        QCOMPARE(postgres.value(QStringLiteral("supportLevel")).toString(),
                 QStringLiteral("certified"));
        QCOMPARE(postgres.value(QStringLiteral("releaseStage")).toString(),
                 QStringLiteral("generally_available"));
        QCOMPARE(postgres.value(QStringLiteral("sourceType")).toString(),
                 QStringLiteral("database"));
        QVERIFY(!postgres.contains(QStringLiteral("spec"))); // specs have a route of their own

        const Reply destinations =
            post(fake, "destination_definitions/list_for_workspace", workspaceBody());
        QCOMPARE(destinations.status, 200);
        QStringList ids;
        for (const QJsonValue &d :
             destinations.body.value(QStringLiteral("destinationDefinitions")).toArray()) {
            ids.append(d[QStringLiteral("destinationDefinitionId")].toString());
            QVERIFY(d[QStringLiteral("documentationUrl")].toString().startsWith(
                QLatin1String("https://docs.airbyte.com/")));
        }
        QCOMPARE(ids, QStringList({AirbyteFake::s3DestinationDefinitionId(),
                                   AirbyteFake::postgresDestinationDefinitionId()}));
        // The plain list (no workspace) serves the same set.
        const Reply plain = post(fake, "destination_definitions/list", {});
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.body, destinations.body);
        QCOMPARE(post(fake, "source_definitions/list_for_workspace",
                      {{QStringLiteral("workspaceId"),
                        QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                     .status,
                 404);
    }

    void servesTheRegistrysDefinitionsAndSpecs()
    {
        DSP_REQUIRE_SHARED(registryPath());
        QFile file(registryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject registry = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray registrySources = registry.value(QStringLiteral("sources")).toArray();
        QVERIFY(registrySources.size() > 100);

        AirbyteFake fake;
        QVERIFY(!fake.loadRegistry(registryPath() + QStringLiteral(".missing")));
        QCOMPARE(fake.sourceDefinitionCount(), 1); // unchanged
        QVERIFY(fake.loadRegistry(registryPath()));
        QCOMPARE(fake.sourceDefinitionCount(), int(registrySources.size()));
        QCOMPARE(fake.destinationDefinitionCount(),
                 int(registry.value(QStringLiteral("destinations")).toArray().size()));
        QVERIFY(fake.listen());

        const Reply sources = post(fake, "source_definitions/list_for_workspace", workspaceBody());
        QCOMPARE(sources.status, 200);
        const QJsonArray list = sources.body.value(QStringLiteral("sourceDefinitions")).toArray();
        QCOMPARE(list.size(), registrySources.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject read = list.at(i).toObject();
            const QJsonObject entry = registrySources.at(i).toObject();
            // SourceDefinitionRead's required fields, and the registry's values in them.
            for (const QString &key :
                 {QStringLiteral("sourceDefinitionId"), QStringLiteral("name"),
                  QStringLiteral("dockerRepository"), QStringLiteral("dockerImageTag")})
                QCOMPARE(read.value(key).toString(), entry.value(key).toString());
            QCOMPARE(read.value(QStringLiteral("icon")).toString(),
                     entry.value(QStringLiteral("iconUrl")).toString());
            QCOMPARE(read.value(QStringLiteral("supportLevel")).toString(),
                     entry.value(QStringLiteral("supportLevel")).toString());
        }

        // A spec with OAuth (advanced_auth) and one connector picked by name.
        QJsonObject withOAuth;
        for (const QJsonValue &v : registrySources) {
            if (v[QStringLiteral("spec")][QStringLiteral("advanced_auth")].isObject()) {
                withOAuth = v.toObject();
                break;
            }
        }
        QVERIFY(!withOAuth.isEmpty());
        const Reply spec =
            post(fake, "source_definition_specifications/get",
                 {{QStringLiteral("sourceDefinitionId"),
                   withOAuth[QStringLiteral("sourceDefinitionId")]},
                  {QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()}});
        QCOMPARE(spec.status, 200);
        QCOMPARE(spec.body.value(QStringLiteral("connectionSpecification")).toObject(),
                 withOAuth[QStringLiteral("spec")][QStringLiteral("connectionSpecification")]
                     .toObject());
        const QJsonObject auth = spec.body.value(QStringLiteral("advancedAuth")).toObject();
        QCOMPARE(auth.value(QStringLiteral("authFlowType")).toString(), QStringLiteral("oauth2.0"));
        QVERIFY(auth.value(QStringLiteral("oauthConfigSpecification"))
                    .toObject()
                    .contains(QStringLiteral("completeOAuthOutputSpecification")));
    }

    void servesSpecsWithTheirJob()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const Reply source =
            post(fake, "source_definition_specifications/get",
                 {{QStringLiteral("sourceDefinitionId"), AirbyteFake::postgresSourceDefinitionId()},
                  {QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()}});
        QCOMPARE(source.status, 200);
        QCOMPARE(source.body.value(QStringLiteral("sourceDefinitionId")).toString(),
                 AirbyteFake::postgresSourceDefinitionId());
        const QJsonObject schema =
            source.body.value(QStringLiteral("connectionSpecification")).toObject();
        QVERIFY(
            schema.value(QStringLiteral("required")).toArray().contains(QStringLiteral("host")));
        QVERIFY(schema[QStringLiteral("properties")][QStringLiteral("password")]
                      [QStringLiteral("airbyte_secret")]
                          .toBool());
        QCOMPARE(source.body.value(QStringLiteral("documentationUrl")).toString(),
                 QStringLiteral("https://docs.airbyte.com/integrations/sources/postgres"));
        const QJsonObject job = source.body.value(QStringLiteral("jobInfo")).toObject();
        QCOMPARE(job.value(QStringLiteral("configType")).toString(), QStringLiteral("get_spec"));
        QVERIFY(job.value(QStringLiteral("succeeded")).toBool());
        QVERIFY(!QUuid::fromString(job.value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(!source.body.contains(QStringLiteral("supportedDestinationSyncModes")));

        const Reply s3 = post(
            fake, "destination_definition_specifications/get",
            {{QStringLiteral("destinationDefinitionId"), AirbyteFake::s3DestinationDefinitionId()},
             {QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()}});
        QCOMPARE(s3.status, 200);
        QCOMPARE(s3.body.value(QStringLiteral("supportedDestinationSyncModes")).toArray(),
                 QJsonArray({QStringLiteral("overwrite"), QStringLiteral("append")}));

        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Reply missing =
            post(fake, "source_definition_specifications/get",
                 {{QStringLiteral("sourceDefinitionId"), unknown},
                  {QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()}});
        QCOMPARE(missing.status, 404);
        QVERIFY2(isAirbyteError(missing.body), missing.raw.constData());
        QCOMPARE(missing.body.value(QStringLiteral("id")).toString(), unknown);
        QVERIFY(missing.body.value(QStringLiteral("message")).toString().contains(unknown));
    }

    void keepsMaskedSecretsThroughCreateGetUpdateDelete()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const Reply created =
            post(fake, "sources/create",
                 sourceCreate(QStringLiteral("business_db"),
                              postgresSourceConfiguration(QStringLiteral("s3cret"))));
        QCOMPARE(created.status, 200);
        const QString id = created.body.value(QStringLiteral("sourceId")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(created.body.value(QStringLiteral("name")).toString(),
                 QStringLiteral("business_db"));
        QCOMPARE(created.body.value(QStringLiteral("sourceName")).toString(),
                 QStringLiteral("Postgres"));
        QCOMPARE(created.body.value(QStringLiteral("workspaceId")).toString(),
                 AirbyteFake::defaultWorkspaceId());
        QVERIFY(created.body.value(QStringLiteral("createdAt")).toDouble() > 1.7e9); // seconds
        QVERIFY(!created.raw.contains("s3cret") && !created.raw.contains("tunnel-pw"));
        const QJsonObject shown =
            created.body.value(QStringLiteral("connectionConfiguration")).toObject();
        QCOMPARE(shown.value(QStringLiteral("password")).toString(), Masked);
        QCOMPARE(shown[QStringLiteral("tunnel_method")][QStringLiteral("tunnel_user_password")]
                     .toString(),
                 Masked); // inside a oneOf variant
        QCOMPARE(shown.value(QStringLiteral("host")).toString(), QStringLiteral("db.internal"));
        QCOMPARE(fake.storedConfiguration(id),
                 postgresSourceConfiguration(QStringLiteral("s3cret")));

        const Reply got = post(fake, "sources/get", {{QStringLiteral("sourceId"), id}});
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, created.body);

        // Sent back masked with another host: the stored secrets stay.
        QJsonObject edited = got.body.value(QStringLiteral("connectionConfiguration")).toObject();
        edited.insert(QStringLiteral("host"), QStringLiteral("db2.internal"));
        const Reply updated = post(fake, "sources/update",
                                   {{QStringLiteral("sourceId"), id},
                                    {QStringLiteral("name"), QStringLiteral("business_db (new)")},
                                    {QStringLiteral("connectionConfiguration"), edited}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.body.value(QStringLiteral("name")).toString(),
                 QStringLiteral("business_db (new)"));
        QJsonObject expected = postgresSourceConfiguration(QStringLiteral("s3cret"));
        expected.insert(QStringLiteral("host"), QStringLiteral("db2.internal"));
        QCOMPARE(fake.storedConfiguration(id), expected);
        // A secret typed anew replaces the stored one.
        edited.insert(QStringLiteral("password"), QStringLiteral("n3w"));
        QCOMPARE(post(fake, "sources/update",
                      {{QStringLiteral("sourceId"), id},
                       {QStringLiteral("name"), QStringLiteral("business_db")},
                       {QStringLiteral("connectionConfiguration"), edited}})
                     .status,
                 200);
        QCOMPARE(fake.storedConfiguration(id).value(QStringLiteral("password")).toString(),
                 QStringLiteral("n3w"));

        const Reply listed = post(fake, "sources/list", workspaceBody());
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body.value(QStringLiteral("sources")).toArray().size(), 1);

        const Reply deleted = post(fake, "sources/delete", {{QStringLiteral("sourceId"), id}});
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.raw.isEmpty());
        QCOMPARE(fake.sourceCount(), 0);
        for (const QByteArray route : {"sources/get", "sources/delete"}) {
            const Reply gone = post(fake, route, {{QStringLiteral("sourceId"), id}});
            QCOMPARE(gone.status, 404);
            QVERIFY2(isAirbyteError(gone.body), gone.raw.constData());
            QCOMPARE(gone.body.value(QStringLiteral("id")).toString(), id);
        }
    }

    void destinationsWorkTheSameWay()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const QJsonObject configuration{
            {QStringLiteral("access_key_id"), QStringLiteral("minio")},
            {QStringLiteral("secret_access_key"), QStringLiteral("minio-secret")},
            {QStringLiteral("s3_bucket_name"), QStringLiteral("airbyte-staging")},
            {QStringLiteral("s3_bucket_path"), QStringLiteral("postgres-sync")},
            {QStringLiteral("s3_bucket_region"), QStringLiteral("us-east-1")},
            {QStringLiteral("s3_endpoint"), QStringLiteral("http://minio:9000")},
            {QStringLiteral("format"),
             QJsonObject{{QStringLiteral("format_type"), QStringLiteral("Parquet")},
                         {QStringLiteral("compression_codec"), QStringLiteral("SNAPPY")}}}};
        const Reply created = post(
            fake, "destinations/create",
            {{QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()},
             {QStringLiteral("name"), QStringLiteral("MinIO data lake")},
             {QStringLiteral("destinationDefinitionId"), AirbyteFake::s3DestinationDefinitionId()},
             {QStringLiteral("connectionConfiguration"), configuration}});
        QCOMPARE(created.status, 200);
        const QString id = created.body.value(QStringLiteral("destinationId")).toString();
        QCOMPARE(created.body.value(QStringLiteral("destinationName")).toString(),
                 QStringLiteral("S3"));
        const QJsonObject shown =
            created.body.value(QStringLiteral("connectionConfiguration")).toObject();
        QCOMPARE(shown.value(QStringLiteral("access_key_id")).toString(), Masked);
        QCOMPARE(shown.value(QStringLiteral("secret_access_key")).toString(), Masked);
        QCOMPARE(shown.value(QStringLiteral("format")),
                 configuration.value(QStringLiteral("format")));
        QCOMPARE(fake.storedConfiguration(id), configuration);
        QCOMPARE(post(fake, "destinations/list", workspaceBody())
                     .body.value(QStringLiteral("destinations"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(post(fake, "destinations/delete", {{QStringLiteral("destinationId"), id}}).status,
                 204);
        QCOMPARE(fake.destinationCount(), 0);
    }

    void refusesAConfigurationWithoutARequiredField()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        QJsonObject configuration = postgresSourceConfiguration(QStringLiteral("pw"));
        configuration.remove(QStringLiteral("host"));
        const Reply refused =
            post(fake, "sources/create", sourceCreate(QStringLiteral("no host"), configuration));
        QCOMPARE(refused.status, 422);
        QVERIFY2(isAirbyteError(refused.body), refused.raw.constData());
        QVERIFY(refused.body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("required property 'host' not found")));
        const QJsonArray errors = refused.body.value(QStringLiteral("validationErrors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first()[QStringLiteral("propertyPath")].toString(),
                 QStringLiteral("connectionConfiguration.host"));
        QCOMPARE(fake.sourceCount(), 0);
        QVERIFY(!refused.raw.contains("\"pw\""));

        // An update that empties a required field is refused too, and changes nothing.
        const QString id =
            fake.addSource(AirbyteFake::postgresSourceDefinitionId(), QStringLiteral("db"),
                           postgresSourceConfiguration(QStringLiteral("pw")));
        QVERIFY(!id.isEmpty());
        configuration.insert(QStringLiteral("port"), QJsonValue::Null);
        const Reply update = post(fake, "sources/update",
                                  {{QStringLiteral("sourceId"), id},
                                   {QStringLiteral("name"), QStringLiteral("db")},
                                   {QStringLiteral("connectionConfiguration"), configuration}});
        QCOMPARE(update.status, 422);
        QCOMPARE(update.body.value(QStringLiteral("validationErrors")).toArray().size(), 2);
        QCOMPARE(fake.storedConfiguration(id), postgresSourceConfiguration(QStringLiteral("pw")));

        // A request body without a field its own schema requires: Airbyte's 400.
        QJsonObject noName = sourceCreate(QStringLiteral("x"), postgresSourceConfiguration({}));
        noName.remove(QStringLiteral("name"));
        const Reply invalid = post(fake, "sources/create", noName);
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.body.value(QStringLiteral("validationErrors"))
                     .toArray()
                     .first()[QStringLiteral("propertyPath")]
                     .toString(),
                 QStringLiteral("name"));
    }

    void answersChecksAsTold()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const QJsonObject beforeCreate{
            {QStringLiteral("sourceDefinitionId"), AirbyteFake::postgresSourceDefinitionId()},
            {QStringLiteral("workspaceId"), AirbyteFake::defaultWorkspaceId()},
            {QStringLiteral("connectionConfiguration"),
             postgresSourceConfiguration(QStringLiteral("pw"))}};
        Reply r = post(fake, "scheduler/sources/check_connection", beforeCreate);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(r.body[QStringLiteral("jobInfo")][QStringLiteral("configType")].toString(),
                 QStringLiteral("check_connection_source"));

        const QString refusal = QStringLiteral("State code: 08001; Message: Connection refused.");
        fake.setCheckResult(AirbyteFake::CheckStatus::Failed, refusal);
        r = post(fake, "scheduler/sources/check_connection", beforeCreate);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(r.body.value(QStringLiteral("message")).toString(), refusal);
        QVERIFY(r.body[QStringLiteral("jobInfo")][QStringLiteral("succeeded")].toBool());

        fake.setCheckResult(AirbyteFake::CheckStatus::JobFailed, QStringLiteral("Worker lost"));
        const QString destination = fake.addDestination(
            AirbyteFake::postgresDestinationDefinitionId(), QStringLiteral("warehouse"), {});
        r = post(fake, "destinations/check_connection",
                 {{QStringLiteral("destinationId"), destination}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(QStringLiteral("status")));
        const QJsonObject job = r.body.value(QStringLiteral("jobInfo")).toObject();
        QCOMPARE(job.value(QStringLiteral("configType")).toString(),
                 QStringLiteral("check_connection_destination"));
        QVERIFY(!job.value(QStringLiteral("succeeded")).toBool());
        QCOMPARE(job[QStringLiteral("failureReason")][QStringLiteral("externalMessage")].toString(),
                 QStringLiteral("Worker lost"));

        // Checking an edited source with its secret masked: the stored secret is used.
        fake.setCheckResult(AirbyteFake::CheckStatus::Succeeded);
        const QString source =
            fake.addSource(AirbyteFake::postgresSourceDefinitionId(), QStringLiteral("db"),
                           postgresSourceConfiguration(QStringLiteral("stored")));
        QJsonObject edit = beforeCreate;
        edit.insert(QStringLiteral("sourceId"), source);
        edit.insert(QStringLiteral("connectionConfiguration"), postgresSourceConfiguration(Masked));
        QCOMPARE(post(fake, "scheduler/sources/check_connection", edit).status, 200);
        QCOMPARE(fake.lastCheckedConfiguration(),
                 postgresSourceConfiguration(QStringLiteral("stored")));
        QCOMPARE(
            post(fake, "sources/check_connection",
                 {{QStringLiteral("sourceId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                .status,
            404);
    }

    void aHangingCheckNeverAnswers()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        fake.setCheckHangs(true);
        const QString source =
            fake.addSource(AirbyteFake::postgresSourceDefinitionId(), QStringLiteral("db"),
                           postgresSourceConfiguration(QStringLiteral("pw")));
        const Reply r =
            post(fake, "sources/check_connection", {{QStringLiteral("sourceId"), source}}, {}, 300);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // our transfer timeout
        QCOMPARE(fake.requestCount("sources/check_connection"), 1);
        fake.setCheckHangs(false);
        QCOMPARE(
            post(fake, "sources/check_connection", {{QStringLiteral("sourceId"), source}}).status,
            200);
    }

    void aDroppedCreateReplyStillCreates()
    {
        // Over a plain socket, to see exactly what the fake does: the request is handled and
        // the connection closes with not a byte of answer.
        AirbyteFake fake;
        QVERIFY(fake.listen());
        fake.dropNextCreateReply();
        const QByteArray body =
            QJsonDocument(sourceCreate(QStringLiteral("business_db"),
                                       postgresSourceConfiguration(QStringLiteral("pw"))))
                .toJson(QJsonDocument::Compact);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fake.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/sources/create HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QVERIFY(socket.readAll().isEmpty());
        QCOMPARE(fake.requestCount("sources/create"), 1);
        QCOMPARE(fake.sourceCount(), 1);
        // The client finds it by name.
        const QJsonArray sources = post(fake, "sources/list", workspaceBody())
                                       .body.value(QStringLiteral("sources"))
                                       .toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first()[QStringLiteral("name")].toString(), QStringLiteral("business_db"));
        // Only the next create was dropped.
        QCOMPARE(post(fake, "sources/create", QJsonDocument::fromJson(body).object()).status, 200);
        QCOMPARE(fake.sourceCount(), 2);
    }

    void qtResendsACreateWhoseReplyWasDropped()
    {
        // What a plain QNetworkAccessManager POST (a body Qt can rewind) meets: Qt 6.4 sends it
        // again on a new connection when the first one closed without an answer, so each
        // attempt stores an object. HttpClient sends a create with a body that cannot be
        // rewound, so it goes once (tst_airbyteclient).
        AirbyteFake fake;
        QVERIFY(fake.listen());
        fake.dropNextCreateReply(10);
        const Reply lost = post(fake, "sources/create",
                                sourceCreate(QStringLiteral("business_db"),
                                             postgresSourceConfiguration(QStringLiteral("pw"))));
        QCOMPARE(lost.status, 0);
        QCOMPARE(lost.error, QNetworkReply::RemoteHostClosedError);
        const int attempts = fake.requestCount("sources/create");
        qInfo("Qt %s sent the create %d time(s)", qVersion(), attempts);
        QVERIFY(attempts >= 1);
        QCOMPARE(fake.sourceCount(), attempts);
        fake.dropNextCreateReply(1);
        const Reply second = post(fake, "sources/create",
                                  sourceCreate(QStringLiteral("business_db"),
                                               postgresSourceConfiguration(QStringLiteral("pw"))));
        if (fake.requestCount("sources/create") == attempts + 2) {
            QCOMPARE(second.status, 200); // the resend got the answer the first attempt lost
        } else {
            QCOMPARE(second.error, QNetworkReply::RemoteHostClosedError);
        }
        QCOMPARE(fake.sourceCount(), fake.requestCount("sources/create"));
    }

    void recordsWhatItReceived()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const QJsonObject body = sourceCreate(QStringLiteral("business_db"),
                                              postgresSourceConfiguration(QStringLiteral("pw")));
        QCOMPARE(fake.requestCount("sources/create"), 0);
        QVERIFY(fake.lastBody("sources/create").isEmpty());
        post(fake, "sources/create", body);
        post(fake, "workspaces/list", {});
        QCOMPARE(fake.requestCount("sources/create"), 1);
        QCOMPARE(fake.requestCount("/api/v1/sources/create"), 1);
        QCOMPARE(fake.lastBody("sources/create"), body);
        QCOMPARE(fake.requestCount("workspaces/list"), 1);
        QCOMPARE(fake.requestCount(), 2); // FakeHttpServer's total is still there
    }

    void requiresTheIssuedTokenWhenAuthIsOn()
    {
        AirbyteFake fake;
        fake.setClientCredentials(QStringLiteral("id-1"), QStringLiteral("secret-1"));
        fake.setRequireAuth(true);
        QVERIFY(fake.listen());
        QCOMPARE(post(fake, "workspaces/list", {}).status, 401);
        QCOMPARE(post(fake, "sources/list", workspaceBody(), "forged.token.value").status, 401);
        QCOMPARE(get(fake, "health").status, 200);
        const Reply token = post(fake, "applications/token",
                                 {{QStringLiteral("client_id"), QStringLiteral("id-1")},
                                  {QStringLiteral("client_secret"), QStringLiteral("secret-1")}});
        QCOMPARE(token.status, 200);
        const QByteArray jwt =
            token.body.value(QStringLiteral("access_token")).toString().toLatin1();
        const Reply workspace = post(fake, "workspaces/get", workspaceBody(), jwt);
        QCOMPARE(workspace.status, 200);
        QCOMPARE(post(fake, "workspaces/list", {}, jwt).status, 404); // gone in 1.7
        QCOMPARE(fake.requestCount("workspaces/list"), 2);            // the refused one counts too
    }

    void listsWorkspaces()
    {
        AirbyteFake fake;
        fake.setVersion("0.63.20"); // workspaces/list is gone from 1.7 on
        QVERIFY(fake.listen());
        Reply r = post(fake, "workspaces/list", {});
        QCOMPARE(r.status, 200);
        QJsonArray list = r.body.value(QStringLiteral("workspaces")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject only = list.first().toObject();
        QCOMPARE(only.value(QStringLiteral("workspaceId")).toString(),
                 AirbyteFake::defaultWorkspaceId());
        for (const QString &key : {QStringLiteral("organizationId"), QStringLiteral("customerId"),
                                   QStringLiteral("name"), QStringLiteral("slug")})
            QVERIFY2(only.value(key).isString(), qPrintable(key));
        QVERIFY(only.value(QStringLiteral("initialSetupComplete")).isBool());

        const QString second = fake.addWorkspace(QStringLiteral("Recette"));
        list = post(fake, "workspaces/list", {}).body.value(QStringLiteral("workspaces")).toArray();
        QCOMPARE(list.size(), 2);
        r = post(fake, "workspaces/list_by_organization_id",
                 {{QStringLiteral("organizationId"), only.value(QStringLiteral("organizationId"))},
                  {QStringLiteral("nameContains"), QStringLiteral("rec")}});
        QCOMPARE(r.status, 200);
        list = r.body.value(QStringLiteral("workspaces")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("workspaceId")].toString(), second);
        r = post(fake, "workspaces/get", {{QStringLiteral("workspaceId"), second}});
        QCOMPARE(r.body.value(QStringLiteral("name")).toString(), QStringLiteral("Recette"));
        QCOMPARE(post(fake, "workspaces/get",
                      {{QStringLiteral("workspaceId"),
                        QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                     .status,
                 404);

        fake.setVersion("1.8.0");
        r = post(fake, "workspaces/list", {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body.value(QStringLiteral("message")).toString(), QStringLiteral("Not Found"));
        r = post(
            fake, "workspaces/list_by_organization_id",
            {{QStringLiteral("organizationId"), only.value(QStringLiteral("organizationId"))}});
        QCOMPARE(r.body.value(QStringLiteral("workspaces")).toArray().size(), 2);
    }

    void listsTheConnectionsOfASource()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        QCOMPARE(post(fake, "connections/list", workspaceBody())
                     .body.value(QStringLiteral("connections"))
                     .toArray()
                     .size(),
                 0);
        const QString source =
            fake.addSource(AirbyteFake::postgresSourceDefinitionId(), QStringLiteral("db"),
                           postgresSourceConfiguration(QStringLiteral("pw")));
        const QString destination = fake.addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                                        QStringLiteral("lake"), {});
        const QString connection =
            fake.addConnection(source, destination, QStringLiteral("db → lake"));
        const Reply r = post(fake, "connections/list", workspaceBody());
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.body.value(QStringLiteral("connections")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject read = list.first().toObject();
        QCOMPARE(read.value(QStringLiteral("connectionId")).toString(), connection);
        QCOMPARE(read.value(QStringLiteral("sourceId")).toString(), source);
        QCOMPARE(read.value(QStringLiteral("destinationId")).toString(), destination);
        QCOMPARE(read.value(QStringLiteral("name")).toString(), QStringLiteral("db → lake"));
        QVERIFY(read.value(QStringLiteral("syncCatalog"))[QStringLiteral("streams")].isArray());
        QCOMPARE(post(fake, "sources/get", {{QStringLiteral("sourceId"), source}})
                     .body.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("active"));
        // Deleting the source takes its connections with it.
        QCOMPARE(post(fake, "sources/delete", {{QStringLiteral("sourceId"), source}}).status, 204);
        QCOMPARE(post(fake, "connections/list", workspaceBody())
                     .body.value(QStringLiteral("connections"))
                     .toArray()
                     .size(),
                 0);
    }

    void unknownRoutesAreMicronautErrors()
    {
        AirbyteFake fake;
        QVERIFY(fake.listen());
        Reply r = post(fake, "sources/frobnicate", {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body.value(QStringLiteral("message")).toString(), QStringLiteral("Not Found"));
        r = get(fake, "sources/list");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Method Not Allowed"));
        // The routes the probe uses are unchanged.
        QCOMPARE(get(fake, "health").body.value(QStringLiteral("available")).toBool(), true);
        QCOMPARE(get(fake, "instance_configuration").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAirbyteFake)
#include "tst_airbytefake.moc"
