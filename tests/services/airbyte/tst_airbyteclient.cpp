// The Config API client against a scripted HTTP server: authentication (one token request at
// a time, renewed when due and once on a 401), Airbyte's error bodies as typed errors, the
// deadlines of normal and slow calls, cancelling, a spec's field order kept, and a create
// whose reply was dropped, retried without a double (against the Airbyte fake).
#include "airbyte/airbyteclient.h"
#include "airbyte/connectorspec.h"
#include "core/httpclient.h"

#include "airbytefake.h"
#include "fakehttpserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse ok(const QJsonObject &o)
{
    FakeResponse r;
    r.body = json(o);
    return r;
}

FakeResponse status(int code, const QJsonObject &o = {})
{
    FakeResponse r;
    r.status = code;
    r.body = json(o);
    return r;
}

// A JWT-shaped token expiring at `exp` (the client reads the claim, never the signature).
QString jwt(const QString &subject, const QDateTime &exp)
{
    auto part = [](const QJsonObject &o) {
        return json(o).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(
        part({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + '.' +
        part({{QStringLiteral("sub"), subject}, {QStringLiteral("exp"), exp.toSecsSinceEpoch()}}) +
        ".c2lnbmF0dXJl");
}

template<typename T> std::optional<Result<T>> wait(std::optional<Result<T>> &slot, int ms = 10000)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, ms))
        return std::nullopt;
    return slot;
}

} // namespace

class TestAirbyteClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};

    AirbyteClient::Config config(const FakeHttpServer &server,
                                 AirbyteAuth::Mode mode = AirbyteAuth::Mode::ClientCredentials)
    {
        AirbyteClient::Config c;
        c.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.port()));
        c.auth.mode = mode;
        c.auth.clientId = QStringLiteral("client");
        c.auth.clientSecret = QStringLiteral("secret-value");
        c.auth.user = QStringLiteral("airbyte");
        c.auth.password = QStringLiteral("password");
        c.timeout = 2s;
        c.slowTimeout = 5s;
        return c;
    }

    Result<QJsonObject> call(AirbyteClient &client, const QString &route,
                             const QJsonObject &body = {})
    {
        std::optional<Result<QJsonObject>> got;
        client.post(route, body, this, [&](const Result<QJsonObject> &r) { got = r; });
        if (!wait(got))
            return Error::make(ErrorKind::Timeout, QStringLiteral("test: no answer"));
        return *got;
    }

private slots:
    // Three calls at once: one token request; the token serves the next calls until it is
    // due; a token about to expire is renewed before use.
    void oneTokenRequestAtATimeRenewedWhenDue()
    {
        FakeHttpServer server;
        int tokens = 0;
        QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        QList<QByteArray> seen;
        server.route("POST", "/api/v1/applications/token", [&](const FakeRequest &req) {
            ++tokens;
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            if (body.value(QStringLiteral("client_secret")).toString() != "secret-value")
                return status(400, {{QStringLiteral("message"),
                                     QStringLiteral("Invalid client id or token")}});
            return ok(
                {{QStringLiteral("access_token"), jwt(QStringLiteral("t%1").arg(tokens), expiry)}});
        });
        server.route("POST", "/api/v1/workspaces/list", [&](const FakeRequest &req) {
            seen.append(req.headers.value("authorization"));
            return ok({{QStringLiteral("workspaces"), QJsonArray()}});
        });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server));
        std::optional<Result<QJsonObject>> a, b, c;
        client.post(QStringLiteral("workspaces/list"), {}, this,
                    [&](const Result<QJsonObject> &r) { a = r; });
        client.post(QStringLiteral("workspaces/list"), {}, this,
                    [&](const Result<QJsonObject> &r) { b = r; });
        client.post(QStringLiteral("workspaces/list"), {}, this,
                    [&](const Result<QJsonObject> &r) { c = r; });
        QVERIFY(wait(a) && wait(b) && wait(c));
        QVERIFY(a->hasValue() && b->hasValue() && c->hasValue());
        QCOMPARE(tokens, 1);
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.first().startsWith("Bearer "));
        QVERIFY(call(client, QStringLiteral("workspaces/list")));
        QCOMPARE(tokens, 1);

        // The next token expires in 30 s: inside the renewal margin, so each call renews it.
        expiry = QDateTime::currentDateTimeUtc().addSecs(30);
        AirbyteClient shortLived(&m_http, config(server));
        QVERIFY(call(shortLived, QStringLiteral("workspaces/list")));
        const int afterFirst = tokens;
        QTest::qWait(1100);
        QVERIFY(call(shortLived, QStringLiteral("workspaces/list")));
        QCOMPARE(tokens, afterFirst + 1);
    }

    // A 401 with a token: one new token and one retry; a second 401 is the answer.
    void retriesOnceWithANewTokenOn401()
    {
        FakeHttpServer server;
        int tokens = 0;
        int calls = 0;
        bool alwaysRefuse = false;
        server.route("POST", "/api/v1/applications/token", [&](const FakeRequest &) {
            ++tokens;
            return ok({{QStringLiteral("access_token"),
                        jwt(QStringLiteral("t%1").arg(tokens),
                            QDateTime::currentDateTimeUtc().addSecs(3600))}});
        });
        server.route("POST", "/api/v1/workspaces/list", [&](const FakeRequest &) {
            ++calls;
            if (alwaysRefuse || calls == 1)
                return status(401, {{QStringLiteral("message"), QStringLiteral("Unauthorized")}});
            return ok({{QStringLiteral("workspaces"), QJsonArray()}});
        });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server));
        QVERIFY(call(client, QStringLiteral("workspaces/list")));
        QCOMPARE(tokens, 2);
        QCOMPARE(calls, 2);

        alwaysRefuse = true;
        calls = 0;
        const Result<QJsonObject> r = call(client, QStringLiteral("workspaces/list"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Unauthorized);
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(calls, 2);
    }

    void refusedClientSecretIsSaidInWords()
    {
        FakeHttpServer server;
        server.route("POST", "/api/v1/applications/token", [&](const FakeRequest &) {
            return status(
                400, {{QStringLiteral("message"), QStringLiteral("Invalid client id or token")},
                      {QStringLiteral("exceptionClassName"),
                       QStringLiteral("io.airbyte.commons.server.errors.Bad")}});
        });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server));
        const Result<QJsonObject> r = call(client, QStringLiteral("workspaces/list"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Unauthorized);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused the client id or secret")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("Invalid client id or token")));
        QVERIFY(!r.error().message.contains(QStringLiteral("secret-value")));
    }

    // Airbyte's InvalidInputExceptionInfo: its message, each refused field, the class for the
    // log only, the stack never in the message.
    void errorBodiesBecomeTypedErrors()
    {
        FakeHttpServer server;
        server.route("POST", "/api/v1/sources/create", [&](const FakeRequest &) {
            QJsonObject body{
                {QStringLiteral("message"),
                 QStringLiteral("Some properties contained invalid input.")},
                {QStringLiteral("exceptionClassName"),
                 QStringLiteral("io.airbyte.commons.server.errors.BadObjectSchemaKnownException")},
                {QStringLiteral("exceptionStack"),
                 QJsonArray{QStringLiteral("at io.airbyte.Foo.bar(Foo.java:12)")}},
                {QStringLiteral("validationErrors"),
                 QJsonArray{QJsonObject{{QStringLiteral("propertyPath"),
                                         QStringLiteral("connectionConfiguration.port")},
                                        {QStringLiteral("invalidValue"), QStringLiteral("x")},
                                        {QStringLiteral("message"),
                                         QStringLiteral("must be an integer\u001b[31m")}}}}};
            return status(422, body);
        });
        server.route("POST", "/api/v1/sources/delete",
                     [&](const FakeRequest &) { return status(204); });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::None));
        const Result<QJsonObject> r = call(client, QStringLiteral("sources/create"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(r.error().httpStatus, 422);
        QCOMPARE(r.error().message, QStringLiteral("Some properties contained invalid input."));
        QCOMPARE(r.error().fieldErrors.size(), 1);
        QCOMPARE(r.error().fieldErrors.first().path,
                 QStringLiteral("connectionConfiguration.port"));
        QVERIFY(!r.error().fieldErrors.first().message.contains(QChar(0x1b)));
        QVERIFY(r.error().detail.contains(QStringLiteral("BadObjectSchemaKnownException")));
        QVERIFY(!r.error().message.contains(QStringLiteral("Foo.java")));

        // A 204 (delete) is a success with nothing in it.
        const Result<QJsonObject> deleted = call(client, QStringLiteral("sources/delete"));
        QVERIFY(deleted);
        QVERIFY(deleted.value().isEmpty());
    }

    void basicAuthAndApiPrefix()
    {
        FakeHttpServer server;
        QByteArray auth;
        server.route("POST", "/api/v1/workspaces/list", [&](const FakeRequest &req) {
            auth = req.headers.value("authorization");
            return ok({{QStringLiteral("workspaces"), QJsonArray()}});
        });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::Basic));
        QVERIFY(call(client, QStringLiteral("workspaces/list")));
        QCOMPARE(auth, "Basic " + QByteArray("airbyte:password").toBase64());
    }

    // A normal call ends at its deadline; a slow one (a connector check) waits longer and can
    // be cancelled by the user.
    void deadlinesAndCancel()
    {
        FakeHttpServer server;
        server.route("POST", "/api/v1/workspaces/list", [&](const FakeRequest &) {
            FakeResponse r;
            r.hang = true;
            return r;
        });
        server.route("POST", "/api/v1/scheduler/sources/check_connection",
                     [&](const FakeRequest &) {
                         FakeResponse r;
                         r.hang = true;
                         return r;
                     });
        QVERIFY(server.listen());
        AirbyteClient::Config c = config(server, AirbyteAuth::Mode::None);
        c.timeout = 300ms;
        c.slowTimeout = 30s;
        AirbyteClient client(&m_http, c);
        const Result<QJsonObject> r = call(client, QStringLiteral("workspaces/list"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Timeout);

        std::optional<Result<ConnectionCheck>> check;
        AirbyteCall running = client.checkConfiguration(
            AirbyteClient::Kind::Source, QStringLiteral("w"), QStringLiteral("d"), {}, this,
            [&](const Result<ConnectionCheck> &result) { check = result; });
        QTest::qWait(600); // past the normal deadline: still running
        QVERIFY(!check.has_value());
        QVERIFY(running.isRunning());
        running.cancel();
        QVERIFY(wait(check, 2000));
        QVERIFY(!check->hasValue());
        QCOMPARE(check->error().kind, ErrorKind::Cancelled);
        QVERIFY(!running.isRunning());
    }

    // A create whose reply was lost: the retry finds it by name and does not create another.
    void createOrReuseFindsWhatAnEarlierAttemptCreated()
    {
        FakeHttpServer server;
        int creates = 0;
        server.route("POST", "/api/v1/sources/list", [&](const FakeRequest &) {
            return ok({{QStringLiteral("sources"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("sourceId"), QStringLiteral("s-1")},
                            {QStringLiteral("sourceDefinitionId"), QStringLiteral("def-pg")},
                            {QStringLiteral("workspaceId"), QStringLiteral("w")},
                            {QStringLiteral("name"), QStringLiteral("business_db")},
                            {QStringLiteral("sourceName"), QStringLiteral("Postgres")},
                            {QStringLiteral("connectionConfiguration"), QJsonObject()}}}}});
        });
        server.route("POST", "/api/v1/sources/create", [&](const FakeRequest &) {
            ++creates;
            return ok({{QStringLiteral("sourceId"), QStringLiteral("s-2")},
                       {QStringLiteral("name"), QStringLiteral("other")}});
        });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::None));
        std::optional<Result<ConnectorInstance>> got;
        client.createOrReuse(AirbyteClient::Kind::Source, QStringLiteral("w"),
                             QStringLiteral("def-pg"), QStringLiteral("business_db"), {}, this,
                             [&](const Result<ConnectorInstance> &r) { got = r; });
        QVERIFY(wait(got));
        QVERIFY(got->hasValue());
        QCOMPARE(got->value().id, QStringLiteral("s-1"));
        QCOMPARE(got->value().connectorName, QStringLiteral("Postgres"));
        QCOMPARE(creates, 0);

        got.reset();
        client.createOrReuse(AirbyteClient::Kind::Source, QStringLiteral("w"),
                             QStringLiteral("def-pg"), QStringLiteral("orders_api"), {}, this,
                             [&](const Result<ConnectorInstance> &r) { got = r; });
        QVERIFY(wait(got));
        QVERIFY(got->hasValue());
        QCOMPARE(creates, 1);
    }

    // QJsonObject sorts keys; the form places fields without "order" in declaration order, so
    // the spec's own bytes reach ConnectorSpec.
    void specKeepsTheDeclarationOrderOfItsFields()
    {
        FakeHttpServer server;
        server.route("POST", "/api/v1/source_definition_specifications/get",
                     [&](const FakeRequest &) {
                         FakeResponse r;
                         r.body = R"({"sourceDefinitionId":"d","jobInfo":{"succeeded":true},)"
                                  R"("connectionSpecification":{"type":"object","properties":{)"
                                  R"("zeta":{"type":"string"},"mid":{"type":"integer"},)"
                                  R"("alpha":{"type":"string","airbyte_secret":true}}},)"
                                  R"("documentationUrl":"https://docs.airbyte.com/x"})";
                         return r;
                     });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::None));
        std::optional<Result<ConnectorSpecification>> got;
        client.getSpecification(AirbyteClient::Kind::Source, QStringLiteral("d"),
                                QStringLiteral("w"), this,
                                [&](const Result<ConnectorSpecification> &r) { got = r; });
        QVERIFY(wait(got));
        QVERIFY2(got->hasValue(), qPrintable(got->hasValue() ? QString() : got->error().message));
        const ConnectorSpecification &spec = got->value();
        QCOMPARE(spec.connectionSpecificationJson,
                 QByteArray(R"({"type":"object","properties":{"zeta":{"type":"string"},)"
                            R"("mid":{"type":"integer"},)"
                            R"("alpha":{"type":"string","airbyte_secret":true}}})"));
        QCOMPARE(spec.connectionSpecification.value(QStringLiteral("properties")).toObject().keys(),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("mid"),
                              QStringLiteral("zeta")})); // what the bytes are needed for
        const Result<ConnectorSpec> parsed = ConnectorSpec::parse(spec.connectionSpecificationJson);
        QVERIFY(parsed);
        QStringList keys;
        for (const SpecField &field : parsed.value().fields())
            keys.append(field.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("zeta"), QStringLiteral("mid"),
                                    QStringLiteral("alpha")}));
        QCOMPARE(spec.documentationUrl, QStringLiteral("https://docs.airbyte.com/x"));
    }

    // A create whose reply is lost (the server stored the object and closed the connection):
    // Qt 6.4 would send the POST again by itself and make a second object; the client sends
    // it once, reports the failure, and the retry finds the one object by name.
    void aDroppedCreateReplyMakesOneObjectThatTheRetryReuses_data()
    {
        QTest::addColumn<bool>("source");
        QTest::addColumn<int>("drops"); // 1: Qt's resend would have got the answer
        QTest::newRow("source, one reply dropped") << true << 1;
        QTest::newRow("source, every reply dropped") << true << 10;
        QTest::newRow("destination, one reply dropped") << false << 1;
    }

    void aDroppedCreateReplyMakesOneObjectThatTheRetryReuses()
    {
        QFETCH(bool, source);
        QFETCH(int, drops);
        const AirbyteClient::Kind kind =
            source ? AirbyteClient::Kind::Source : AirbyteClient::Kind::Destination;
        const QByteArray createRoute = source ? "sources/create" : "destinations/create";
        AirbyteFake fake;
        QVERIFY(fake.listen());
        const QString definition = source ? AirbyteFake::postgresSourceDefinitionId()
                                          : AirbyteFake::postgresDestinationDefinitionId();
        const QJsonObject configuration{{QStringLiteral("host"), QStringLiteral("db.internal")},
                                        {QStringLiteral("port"), 5432},
                                        {QStringLiteral("database"), QStringLiteral("business")},
                                        {QStringLiteral("schema"), QStringLiteral("public")},
                                        {QStringLiteral("username"), QStringLiteral("analyst")},
                                        {QStringLiteral("password"), QStringLiteral("pw")}};
        auto count = [&] { return source ? fake.sourceCount() : fake.destinationCount(); };
        AirbyteClient client(&m_http, config(fake, AirbyteAuth::Mode::None));
        const QString workspace = AirbyteFake::defaultWorkspaceId();
        const QString name = QStringLiteral("business_db");

        fake.dropNextCreateReply(drops);
        std::optional<Result<ConnectorInstance>> lost;
        client.create(kind, workspace, definition, name, configuration, this,
                      [&](const Result<ConnectorInstance> &r) { lost = r; });
        QVERIFY(wait(lost));
        QCOMPARE(fake.requestCount(createRoute), 1); // sent once: no resend by Qt
        QCOMPARE(count(), 1);
        QVERIFY(!lost->hasValue());
        QCOMPARE(lost->error().kind, ErrorKind::InvalidResponse);

        fake.dropNextCreateReply(0);
        std::optional<Result<ConnectorInstance>> retried;
        client.createOrReuse(kind, workspace, definition, name, configuration, this,
                             [&](const Result<ConnectorInstance> &r) { retried = r; });
        QVERIFY(wait(retried));
        QVERIFY2(retried->hasValue(),
                 qPrintable(retried->hasValue() ? QString() : retried->error().message));
        QCOMPARE(retried->value().name, name);
        QCOMPARE(fake.requestCount(createRoute), 1);
        QCOMPARE(count(), 1);
        QCOMPARE(fake.storedConfiguration(retried->value().id), configuration);

        // A create that gets its answer still works, once.
        std::optional<Result<ConnectorInstance>> other;
        client.create(kind, workspace, definition, QStringLiteral("orders_db"), configuration, this,
                      [&](const Result<ConnectorInstance> &r) { other = r; });
        QVERIFY(wait(other));
        QVERIFY(other->hasValue());
        QCOMPARE(fake.requestCount(createRoute), 2);
        QCOMPARE(count(), 2);
    }

    void workspaceIsTheOnlyOneOrTheDefaultOrAChoice()
    {
        FakeHttpServer server;
        QJsonArray workspaces{QJsonObject{{QStringLiteral("workspaceId"), QStringLiteral("w1")},
                                          {QStringLiteral("name"), QStringLiteral("Default")}}};
        QString defaultId;
        server.route("POST", "/api/v1/workspaces/list", [&](const FakeRequest &) {
            return ok({{QStringLiteral("workspaces"), workspaces}});
        });
        server.route("GET", "/api/v1/instance_configuration", [&](const FakeRequest &) {
            QJsonObject o{{QStringLiteral("version"), QStringLiteral("1.8.0")}};
            if (!defaultId.isEmpty())
                o.insert(QStringLiteral("defaultWorkspaceId"), defaultId);
            return ok(o);
        });
        QVERIFY(server.listen());
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::None));
        auto resolve = [&](const QString &preferred) {
            std::optional<Result<AirbyteClient::WorkspaceChoice>> got;
            client.resolveWorkspace(
                preferred, this, [&](const Result<AirbyteClient::WorkspaceChoice> &r) { got = r; });
            return wait(got);
        };
        auto one = resolve({});
        QVERIFY(one && one->hasValue());
        QCOMPARE(one->value().id, QStringLiteral("w1"));

        workspaces.append(QJsonObject{{QStringLiteral("workspaceId"), QStringLiteral("w2")},
                                      {QStringLiteral("name"), QStringLiteral("Team")}});
        auto several = resolve({});
        QVERIFY(several && several->hasValue());
        QVERIFY(several->value().id.isEmpty());
        QCOMPARE(several->value().choices.size(), 2);
        defaultId = QStringLiteral("w2");
        QCOMPARE(resolve({})->value().id, QStringLiteral("w2"));
        QCOMPARE(resolve(QStringLiteral("w1"))->value().id, QStringLiteral("w1"));
    }

    // Airbyte 1.7+ has no workspaces/list: the workspaces of the instance's organization.
    void workspacesOfTheInstancesOrganization()
    {
        FakeHttpServer server;
        QJsonObject asked;
        server.route("GET", "/api/v1/instance_configuration", [&](const FakeRequest &) {
            return ok({{QStringLiteral("version"), QStringLiteral("1.8.0")},
                       {QStringLiteral("defaultOrganizationId"), QStringLiteral("org-1")},
                       {QStringLiteral("defaultWorkspaceId"), QStringLiteral("w2")}});
        });
        server.route(
            "POST", "/api/v1/workspaces/list_by_organization_id", [&](const FakeRequest &req) {
                asked = QJsonDocument::fromJson(req.body).object();
                return ok(
                    {{QStringLiteral("workspaces"),
                      QJsonArray{QJsonObject{{QStringLiteral("workspaceId"), QStringLiteral("w1")},
                                             {QStringLiteral("name"), QStringLiteral("Default")}},
                                 QJsonObject{{QStringLiteral("workspaceId"), QStringLiteral("w2")},
                                             {QStringLiteral("name"), QStringLiteral("Team")}}}}});
            });
        QVERIFY(server.listen()); // workspaces/list: 404, and never asked
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::None));
        std::optional<Result<AirbyteClient::WorkspaceChoice>> got;
        client.resolveWorkspace({}, this,
                                [&](const Result<AirbyteClient::WorkspaceChoice> &r) { got = r; });
        QVERIFY(wait(got));
        QVERIFY(got->hasValue());
        QCOMPARE(asked, (QJsonObject{{QStringLiteral("organizationId"), QStringLiteral("org-1")}}));
        QCOMPARE(got->value().id, QStringLiteral("w2"));
        QCOMPARE(got->value().choices.size(), 2);
        QCOMPARE(got->value().choices.last().name, QStringLiteral("Team"));
        QCOMPARE(server.requestCount(), 2);
    }

    // Instance configuration but no list route: the instance's default workspace is used.
    void workspaceWithoutAListRoute()
    {
        FakeHttpServer server;
        server.route("GET", "/api/v1/instance_configuration", [&](const FakeRequest &) {
            return ok({{QStringLiteral("version"), QStringLiteral("1.8.0")},
                       {QStringLiteral("defaultWorkspaceId"), QStringLiteral("w-default")}});
        });
        QVERIFY(server.listen()); // workspaces/list: 404
        AirbyteClient client(&m_http, config(server, AirbyteAuth::Mode::None));
        std::optional<Result<AirbyteClient::WorkspaceChoice>> got;
        client.resolveWorkspace({}, this,
                                [&](const Result<AirbyteClient::WorkspaceChoice> &r) { got = r; });
        QVERIFY(wait(got));
        QVERIFY(got->hasValue());
        QCOMPARE(got->value().id, QStringLiteral("w-default"));
    }
};

QTEST_GUILESS_MAIN(TestAirbyteClient)
#include "tst_airbyteclient.moc"
