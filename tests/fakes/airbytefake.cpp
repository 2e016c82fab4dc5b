#include "airbytefake.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>
#include <QVersionNumber>

#include <algorithm>

namespace Dsp::Fakes {

namespace {
const QString DefaultWorkspaceId = QStringLiteral("9b1b8a30-7a51-4e4f-9a4b-2b0c7e1b6a11");
const QString OrganizationId = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString Masked = QStringLiteral("**********");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Shaped like the JWT Airbyte's server signs for an application (HS256, the instance admin's
// id as subject, 15 minutes of life); the signature is random bytes, nothing checks it.
QByteArray newJwt()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray payload =
        R"({"iss":"airbyte-server","sub":"00000000-0000-0000-0000-000000000000",)"
        R"("roles":["ADMIN","EDITOR","READER","ORGANIZATION_ADMIN","INSTANCE_ADMIN"],)"
        R"("typ":"io.airbyte.auth.application","iat":)" +
        QByteArray::number(now) + R"(,"exp":)" + QByteArray::number(now + 15 * 60) + R"(,"jti":")" +
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + R"("})";
    QByteArray signature(32, '\0');
    for (char &c : signature)
        c = char(QRandomGenerator::global()->bounded(256));
    return base64Url(header) + '.' + base64Url(payload) + '.' + base64Url(signature);
}

// Airbyte's KnownExceptionInfo (config.yaml), as its server renders an exception.
QByteArray knownException(const QByteArray &message, const QByteArray &className)
{
    return R"({"message":")" + message + R"(","exceptionClassName":")" + className +
           R"(","exceptionStack":[")" + className + ": " + message +
           R"("],"rootCauseExceptionClassName":")" + className +
           R"(","rootCauseExceptionStack":[]})";
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Any UUID, the nil one included (Airbyte's default organization).
bool isUuid(const QJsonValue &value)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    return value.isString() && uuid.match(value.toString()).hasMatch();
}

FakeResponse jsonReply(int status, const QJsonObject &body)
{
    FakeResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse unauthorized()
{
    FakeResponse r;
    r.status = 401;
    r.body = R"({"message":"Unauthorized"})";
    return r;
}

// A Java stack trace as Airbyte's exceptionStack lists it: the exception, then its frames.
QJsonArray javaStack(const QString &className, const QString &message)
{
    return {className + QStringLiteral(": ") + message,
            QStringLiteral("\tat io.airbyte.server.apis.ApiHelper.execute(ApiHelper.kt:36)"),
            QStringLiteral("\tat io.micronaut.http.server.RouteExecutor.executeRoute("
                           "RouteExecutor.java:689)")};
}

// Micronaut's own error body, for what never reaches Airbyte's handlers (no such route, a
// wrong method or content type, a body that is not JSON).
FakeResponse micronautError(int status, const QString &message, const QByteArray &path,
                            const QString &detail)
{
    const QJsonObject self{{QStringLiteral("href"), QString::fromUtf8(path)},
                           {QStringLiteral("templated"), false}};
    return jsonReply(
        status, {{QStringLiteral("message"), message},
                 {QStringLiteral("_links"), QJsonObject{{QStringLiteral("self"), self}}},
                 {QStringLiteral("_embedded"),
                  QJsonObject{{QStringLiteral("errors"),
                               QJsonArray{QJsonObject{{QStringLiteral("message"), detail}}}}}}});
}

// IdNotFoundKnownException as Airbyte 0.5x-1.x renders it (NotFoundKnownExceptionInfo); its
// rootCauseExceptionClassName is java.lang.Class because Airbyte's code asks
// getClass().getClass().
FakeResponse notFound(const QString &configType, const QString &id)
{
    const QString message =
        QStringLiteral("Could not find configuration for %1: %2.").arg(configType, id);
    const QString className =
        QStringLiteral("io.airbyte.commons.server.errors.IdNotFoundKnownException");
    return jsonReply(
        404, {{QStringLiteral("id"), id},
              {QStringLiteral("message"), message},
              {QStringLiteral("exceptionClassName"), className},
              {QStringLiteral("exceptionStack"), javaStack(className, message)},
              {QStringLiteral("rootCauseExceptionClassName"), QStringLiteral("java.lang.Class")},
              {QStringLiteral("rootCauseExceptionStack"),
               javaStack(QStringLiteral("io.airbyte.data.exceptions.ConfigNotFoundException"),
                         QStringLiteral("config type: %1 id: %2").arg(configType, id))}});
}

// InvalidInputProperty.invalidValue: the value as Java's toString() prints it.
QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("null");
    }
}

enum class Field { Uuid, String, Object };

// A request body without a field its schema requires: Micronaut's bean validation, which
// Airbyte's InvalidInputExceptionHandler answers with 400 and an InvalidInputExceptionInfo.
std::optional<FakeResponse> checkFields(const QJsonObject &body,
                                        std::initializer_list<std::pair<QString, Field>> fields)
{
    QJsonArray errors;
    for (const auto &[name, type] : fields) {
        const QJsonValue value = body.value(name);
        QString message;
        if (value.isUndefined() || value.isNull())
            message = QStringLiteral("must not be null");
        else if (type == Field::Uuid && !isUuid(value))
            message = QStringLiteral("must be a valid UUID");
        else if (type == Field::String && !value.isString())
            message = QStringLiteral("must be a string");
        else if (type == Field::Object && !value.isObject())
            message = QStringLiteral("must be an object");
        if (message.isEmpty())
            continue;
        errors.append(QJsonObject{{QStringLiteral("propertyPath"), name},
                                  {QStringLiteral("message"), message},
                                  {QStringLiteral("invalidValue"), toText(value)}});
    }
    if (errors.isEmpty())
        return std::nullopt;
    const QString className = QStringLiteral("jakarta.validation.ConstraintViolationException");
    const QString message = QStringLiteral("Some properties contained invalid input.");
    return jsonReply(400,
                     {{QStringLiteral("message"), message},
                      {QStringLiteral("exceptionClassName"), className},
                      {QStringLiteral("exceptionStack"),
                       javaStack(className, errors.first()[QStringLiteral("message")].toString())},
                      {QStringLiteral("validationErrors"), errors}});
}

// What a configuration looks like in Airbyte's answers: every value at a path its spec marks
// `airbyte_secret`, in any oneOf/anyOf/allOf variant and any array item, becomes the mask.
QJsonValue maskSecrets(const QJsonObject &schema, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return value;
    if (schema.value(QStringLiteral("airbyte_secret")).toBool())
        return Masked;
    if (value.isArray()) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(maskSecrets(items, item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (out.contains(it.key()))
            out.insert(it.key(), maskSecrets(it.value().toObject(), out.value(it.key())));
    }
    for (const QString &keyword :
         {QStringLiteral("oneOf"), QStringLiteral("anyOf"), QStringLiteral("allOf")}) {
        for (const QJsonValue &variant : schema.value(keyword).toArray())
            out = maskSecrets(variant.toObject(), out).toObject();
    }
    return out;
}

// Airbyte's update: a secret sent back masked keeps the stored value at that path.
QJsonValue restoreSecrets(const QJsonObject &schema, const QJsonValue &incoming,
                          const QJsonValue &stored)
{
    if (schema.value(QStringLiteral("airbyte_secret")).toBool())
        return incoming == QJsonValue(Masked) && !stored.isUndefined() ? stored : incoming;
    if (incoming.isArray()) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        const QJsonArray old = stored.toArray();
        QJsonArray out;
        for (qsizetype i = 0; i < incoming.toArray().size(); ++i)
            out.append(
                restoreSecrets(items, incoming.toArray().at(i),
                               i < old.size() ? old.at(i) : QJsonValue(QJsonValue::Undefined)));
        return out;
    }
    if (!incoming.isObject())
        return incoming;
    QJsonObject out = incoming.toObject();
    const QJsonObject old = stored.toObject();
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (out.contains(it.key()))
            out.insert(it.key(), restoreSecrets(it.value().toObject(), out.value(it.key()),
                                                old.value(it.key())));
    }
    for (const QString &keyword :
         {QStringLiteral("oneOf"), QStringLiteral("anyOf"), QStringLiteral("allOf")}) {
        for (const QJsonValue &variant : schema.value(keyword).toArray())
            out = restoreSecrets(variant.toObject(), out, old).toObject();
    }
    return out;
}

// The names a source and a destination go by in the API, in error messages and job types.
struct KindKeys
{
    QString word;           // "source": routes are sources/..., source_definitions/...
    QString id;             // sourceId
    QString definitionId;   // sourceDefinitionId
    QString actorName;      // sourceName: the connector's name in a SourceRead
    QString list;           // sources
    QString definitionList; // sourceDefinitions
    QString actorType;      // ConfigNotFoundException's type for a missing source
    QString definitionType; // ... for a missing source definition
    QString checkJob;       // JobConfigType of its check
};

const KindKeys &keys(bool source)
{
    static const KindKeys sourceKeys{QStringLiteral("source"),
                                     QStringLiteral("sourceId"),
                                     QStringLiteral("sourceDefinitionId"),
                                     QStringLiteral("sourceName"),
                                     QStringLiteral("sources"),
                                     QStringLiteral("sourceDefinitions"),
                                     QStringLiteral("SOURCE_CONNECTION"),
                                     QStringLiteral("STANDARD_SOURCE_DEFINITION"),
                                     QStringLiteral("check_connection_source")};
    static const KindKeys destinationKeys{QStringLiteral("destination"),
                                          QStringLiteral("destinationId"),
                                          QStringLiteral("destinationDefinitionId"),
                                          QStringLiteral("destinationName"),
                                          QStringLiteral("destinations"),
                                          QStringLiteral("destinationDefinitions"),
                                          QStringLiteral("DESTINATION_CONNECTION"),
                                          QStringLiteral("STANDARD_DESTINATION_DEFINITION"),
                                          QStringLiteral("check_connection_destination")};
    return source ? sourceKeys : destinationKeys;
}

// The spec's top-level `required` fields absent from a configuration, refused as Airbyte's
// JsonSchemaValidator does: a 422 BadObjectSchemaKnownException whose message holds the
// validator's words and the schema. Airbyte itself sends no validationErrors here, although
// its spec says InvalidInputExceptionInfo; the fake adds them, one per missing field, so that
// the answer fits the spec.
std::optional<FakeResponse> refuseConfiguration(const QJsonObject &schema,
                                                const QJsonObject &configuration)
{
    QStringList errors;
    QJsonArray validationErrors;
    for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
        const QString field = required.toString();
        const QJsonValue value = configuration.value(field);
        if (!value.isUndefined() && !value.isNull())
            continue;
        const QString what = QStringLiteral("required property '%1' not found").arg(field);
        errors.append(QStringLiteral("$: ") + what);
        validationErrors.append(QJsonObject{
            {QStringLiteral("propertyPath"), QStringLiteral("connectionConfiguration.") + field},
            {QStringLiteral("message"), what},
            {QStringLiteral("invalidValue"), QStringLiteral("null")}});
    }
    if (errors.isEmpty())
        return std::nullopt;
    const QString validation =
        QStringLiteral("json schema validation failed when comparing the data to the json "
                       "schema. \nErrors: %1 \nSchema: \n%2")
            .arg(
                errors.join(QStringLiteral(", ")),
                QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Indented)).trimmed());
    const QString message =
        QStringLiteral("The provided configuration does not fulfill the specification. Errors: ") +
        validation;
    const QString className =
        QStringLiteral("io.airbyte.commons.server.errors.BadObjectSchemaKnownException");
    const QString cause = QStringLiteral("io.airbyte.validation.json.JsonValidationException");
    return jsonReply(422,
                     {{QStringLiteral("message"), message},
                      {QStringLiteral("exceptionClassName"), className},
                      {QStringLiteral("exceptionStack"), javaStack(className, message)},
                      {QStringLiteral("rootCauseExceptionClassName"), cause},
                      {QStringLiteral("rootCauseExceptionStack"), javaStack(cause, validation)},
                      {QStringLiteral("validationErrors"), validationErrors}});
}

// SynchronousJobRead of a job that just ran (get_spec, a check), as Airbyte 1.x fills it.
QJsonObject synchronousJob(const QString &configType, bool succeeded,
                           const QJsonObject &failureReason = {})
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject job{
        {QStringLiteral("id"), newId()},
        {QStringLiteral("configType"), configType},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("endedAt"), now},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("connectorConfigurationUpdated"), false},
        {QStringLiteral("logType"), QStringLiteral("formatted")},
        {QStringLiteral("logs"), QJsonObject{{QStringLiteral("logLines"), QJsonArray()}}}};
    if (!failureReason.isEmpty())
        job.insert(QStringLiteral("failureReason"), failureReason);
    return job;
}

QString slugOf(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower())
        slug += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return slug;
}

// A *DefinitionRead built from a registry entry, as Airbyte's definitions handlers fill it
// (SourceDefinitionsHandler.buildSourceDefinitionRead): `icon` is the registry's iconUrl;
// protocolVersion defaults to 0.2.0; lastPublished comes from the metadata's last change.
QJsonObject definitionRead(bool source, const QJsonObject &entry)
{
    const KindKeys &k = keys(source);
    QJsonObject read;
    for (const QString &key :
         {k.definitionId, QStringLiteral("name"), QStringLiteral("dockerRepository"),
          QStringLiteral("dockerImageTag"), QStringLiteral("documentationUrl")})
        read.insert(key, entry.value(key).toString());
    const QJsonObject spec = entry.value(QStringLiteral("spec")).toObject();
    if (entry.value(QStringLiteral("iconUrl")).isString())
        read.insert(QStringLiteral("icon"), entry.value(QStringLiteral("iconUrl")));
    const QString protocol = spec.value(QStringLiteral("protocol_version")).toString();
    read.insert(QStringLiteral("protocolVersion"),
                protocol.isEmpty() ? QStringLiteral("0.2.0") : protocol);
    read.insert(QStringLiteral("custom"), entry.value(QStringLiteral("custom")).toBool());
    const QStringList levels{QStringLiteral("community"), QStringLiteral("certified"),
                             QStringLiteral("archived"), QStringLiteral("none")};
    if (levels.contains(entry.value(QStringLiteral("supportLevel")).toString()))
        read.insert(QStringLiteral("supportLevel"), entry.value(QStringLiteral("supportLevel")));
    const QStringList stages{QStringLiteral("alpha"), QStringLiteral("beta"),
                             QStringLiteral("generally_available"), QStringLiteral("custom")};
    if (stages.contains(entry.value(QStringLiteral("releaseStage")).toString()))
        read.insert(QStringLiteral("releaseStage"), entry.value(QStringLiteral("releaseStage")));
    const QString releaseDate = entry.value(QStringLiteral("releaseDate")).toString();
    if (QDate::fromString(releaseDate, Qt::ISODate).isValid())
        read.insert(QStringLiteral("releaseDate"), releaseDate);
    if (source) {
        const QStringList types{QStringLiteral("api"), QStringLiteral("file"),
                                QStringLiteral("database"), QStringLiteral("custom")};
        if (types.contains(entry.value(QStringLiteral("sourceType")).toString()))
            read.insert(QStringLiteral("sourceType"), entry.value(QStringLiteral("sourceType")));
        if (entry.value(QStringLiteral("maxSecondsBetweenMessages")).isDouble())
            read.insert(QStringLiteral("maxSecondsBetweenMessages"),
                        entry.value(QStringLiteral("maxSecondsBetweenMessages")));
    }
    const QDateTime published = QDateTime::fromString(
        entry
            .value(QStringLiteral("generated"))[QStringLiteral("source_file_info")]
                                               [QStringLiteral("metadata_last_modified")]
            .toString(),
        Qt::ISODateWithMs);
    if (published.isValid())
        read.insert(QStringLiteral("lastPublished"), published.toUTC().toString(Qt::ISODateWithMs));
    const QJsonValue cdk =
        entry.value(QStringLiteral("packageInfo"))[QStringLiteral("cdk_version")];
    if (cdk.isString())
        read.insert(QStringLiteral("cdkVersion"), cdk);
    if (entry.value(QStringLiteral("language")).isString())
        read.insert(QStringLiteral("language"), entry.value(QStringLiteral("language")));
    return read;
}

// The registry spec's advanced_auth, as Airbyte's API renders it (AdvancedAuth, camelCase).
QJsonObject advancedAuth(const QJsonObject &registryAuth)
{
    QJsonObject auth;
    auto copy = [](const QJsonObject &from, QJsonObject &to, const char *fromKey,
                   const char *toKey) {
        if (from.contains(QLatin1String(fromKey)))
            to.insert(QLatin1String(toKey), from.value(QLatin1String(fromKey)));
    };
    copy(registryAuth, auth, "auth_flow_type", "authFlowType");
    copy(registryAuth, auth, "predicate_key", "predicateKey");
    copy(registryAuth, auth, "predicate_value", "predicateValue");
    const QJsonObject config =
        registryAuth.value(QStringLiteral("oauth_config_specification")).toObject();
    QJsonObject oauth;
    copy(config, oauth, "oauth_user_input_from_connector_config_specification",
         "oauthUserInputFromConnectorConfigSpecification");
    copy(config, oauth, "complete_oauth_output_specification", "completeOAuthOutputSpecification");
    copy(config, oauth, "complete_oauth_server_input_specification",
         "completeOAuthServerInputSpecification");
    copy(config, oauth, "complete_oauth_server_output_specification",
         "completeOAuthServerOutputSpecification");
    if (!oauth.isEmpty())
        auth.insert(QStringLiteral("oauthConfigSpecification"), oauth);
    return auth;
}

// Without a registry file: three entries shaped as in Airbyte's oss_registry.json, with the
// registry's ids and abridged specs (a few fields each, secrets and oneOfs kept).
const char BuiltInRegistry[] =
    R"json({"sources":[{"sourceDefinitionId":"decd338e-5647-4c0b-adf4-da0e75f5a750",)json"
    R"json("name":"Postgres","dockerRepository":"airbyte/source-postgres",)json"
    R"json("dockerImageTag":"3.6.28",)json"
    R"json("documentationUrl":"https://docs.airbyte.com/integrations/sources/postgres","iconUrl)json"
    R"json(":"https://connectors.airbyte.com/files/metadata/airbyte/source-postgres/latest/icon)json"
    R"json(.svg","sourceType":"database","releaseStage":"generally_available",)json"
    R"json("supportLevel":"certified","language":"java","maxSecondsBetweenMessages":7200,)json"
    R"json("generated":{"source_file_info":{)json"
    R"json("metadata_last_modified":"2025-01-06T08:16:36.838000+00:00"}},"spec":{)json"
    R"json("documentationUrl":"https://docs.airbyte.com/integrations/sources/postgres",)json"
    R"json("connectionSpecification":{"$schema":"http://json-schema.org/draft-07/schema#",)json"
    R"json("title":"Postgres Source Spec","type":"object","required":["host","port","database",)json"
    R"json("username"],"groups":[{"id":"db"},{"id":"auth"},{"id":"security",)json"
    R"json("title":"Security"}],"properties":{"host":{"title":"Host",)json"
    R"json("description":"Hostname of the database.","type":"string","order":0,"group":"db"},)json"
    R"json("port":{"title":"Port","description":"Port of the database.","type":"integer",)json"
    R"json("minimum":0,"maximum":65536,"default":5432,"examples":["5432"],"order":1,)json"
    R"json("group":"db"},"database":{"title":"Database Name",)json"
    R"json("description":"Name of the database.","type":"string","order":2,"group":"db"},)json"
    R"json("schemas":{"title":"Schemas","description":"The list of schemas (case sensitive) to )json"
    R"json(sync from. Defaults to public.","type":"array","items":{"type":"string"},)json"
    R"json("minItems":0,"uniqueItems":true,"default":["public"],"order":3,"group":"db"},)json"
    R"json("username":{"title":"Username","description":"Username to access the database.",)json"
    R"json("type":"string","order":4,"group":"auth"},"password":{"title":"Password",)json"
    R"json("description":"Password associated with the username.","type":"string",)json"
    R"json("airbyte_secret":true,"order":5,"group":"auth","always_show":true},"tunnel_method":{)json"
    R"json("type":"object","title":"SSH Tunnel Method",)json"
    R"json("description":"Whether to initiate an SSH tunnel before connecting to the database,)json"
    R"json( and if so, which kind of authentication to use.","oneOf":[{"title":"No Tunnel",)json"
    R"json("required":["tunnel_method"],"properties":{"tunnel_method":{)json"
    R"json("description":"No ssh tunnel needed to connect to database","type":"string",)json"
    R"json("const":"NO_TUNNEL","order":0}}},{"title":"Password Authentication","required":[)json"
    R"json("tunnel_method","tunnel_host","tunnel_port","tunnel_user","tunnel_user_password"],)json"
    R"json("properties":{"tunnel_method":{"description":"Connect through a jump server tunnel h)json"
    R"json(ost using username and password authentication","type":"string",)json"
    R"json("const":"SSH_PASSWORD_AUTH","order":0},"tunnel_host":{)json"
    R"json("title":"SSH Tunnel Jump Server Host",)json"
    R"json("description":"Hostname of the jump server host that allows inbound ssh tunnel.",)json"
    R"json("type":"string","order":1},"tunnel_port":{"title":"SSH Connection Port",)json"
    R"json("description":"Port on the proxy/jump server that accepts inbound ssh connections.",)json"
    R"json("type":"integer","minimum":0,"maximum":65536,"default":22,"examples":["22"],)json"
    R"json("order":2},"tunnel_user":{"title":"SSH Login Username",)json"
    R"json("description":"OS-level username for logging into the jump server host",)json"
    R"json("type":"string","order":3},"tunnel_user_password":{"title":"Password",)json"
    R"json("description":"OS-level password for logging into the jump server host",)json"
    R"json("type":"string","airbyte_secret":true,"order":4}}}],"group":"security"}}}}}],)json"
    R"json("destinations":[{"destinationDefinitionId":"4816b78f-1489-44c1-9060-4b19d5fa9362",)json"
    R"json("name":"S3","dockerRepository":"airbyte/destination-s3","dockerImageTag":"1.4.0",)json"
    R"json("documentationUrl":"https://docs.airbyte.com/integrations/destinations/s3","iconUrl")json"
    R"json(:"https://connectors.airbyte.com/files/metadata/airbyte/destination-s3/latest/icon.s)json"
    R"json(vg","releaseStage":"generally_available","supportLevel":"certified",)json"
    R"json("language":"java","generated":{"source_file_info":{)json"
    R"json("metadata_last_modified":"2024-10-30T19:47:21.253000+00:00"}},"spec":{)json"
    R"json("documentationUrl":"https://docs.airbyte.com/integrations/destinations/s3",)json"
    R"json("connectionSpecification":{"$schema":"http://json-schema.org/draft-07/schema#",)json"
    R"json("title":"S3 Destination Spec","type":"object","required":["s3_bucket_name",)json"
    R"json("s3_bucket_path","s3_bucket_region","format"],"properties":{"access_key_id":{)json"
    R"json("type":"string","description":"The access key ID to access the S3 bucket. Airbyte re)json"
    R"json(quires Read and Write permissions to the given bucket.","title":"S3 Key ID",)json"
    R"json("airbyte_secret":true,"always_show":true,"examples":["A012345678910EXAMPLE"],)json"
    R"json("order":0},"secret_access_key":{"type":"string",)json"
    R"json("description":"The corresponding secret to the access key ID.",)json"
    R"json("title":"S3 Access Key","airbyte_secret":true,"always_show":true,"examples":[)json"
    R"json("a012345678910ABCDEFGH/AbCdEfGhEXAMPLEKEY"],"order":1},"s3_bucket_name":{)json"
    R"json("title":"S3 Bucket Name","type":"string","description":"The name of the S3 bucket.",)json"
    R"json("examples":["airbyte_sync"],"order":3},"s3_bucket_path":{"title":"S3 Bucket Path",)json"
    R"json("description":"Directory under the S3 bucket where data will be written.",)json"
    R"json("type":"string","examples":["data_sync/test"],"order":4},"s3_bucket_region":{)json"
    R"json("title":"S3 Bucket Region","type":"string","default":"",)json"
    R"json("description":"The region of the S3 bucket.","enum":["","us-east-1","us-west-2",)json"
    R"json("eu-central-1","eu-west-1","eu-west-3"],"order":5},"format":{)json"
    R"json("title":"Output Format","type":"object","description":"Format of the data output.",)json"
    R"json("oneOf":[{"title":"CSV: Comma-Separated Values","required":["format_type",)json"
    R"json("flattening"],"properties":{"format_type":{"title":"Format Type","type":"string",)json"
    R"json("enum":["CSV"],"default":"CSV"},"flattening":{"type":"string","title":"Flattening",")json"
    R"json(description":"Whether the input json data should be normalized (flattened) in the ou)json"
    R"json(tput CSV. Please refer to docs for details.","default":"No flattening","enum":[)json"
    R"json("No flattening","Root level flattening"]}}},{"title":"Parquet: Columnar Storage",)json"
    R"json("required":["format_type"],"properties":{"format_type":{"title":"Format Type",)json"
    R"json("type":"string","enum":["Parquet"],"default":"Parquet"},"compression_codec":{)json"
    R"json("title":"Compression Codec",)json"
    R"json("description":"The compression algorithm used to compress data pages.",)json"
    R"json("type":"string","enum":["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD"],)json"
    R"json("default":"UNCOMPRESSED"}}}],"order":6},"s3_endpoint":{"title":"Endpoint",)json"
    R"json("type":"string","default":"","description":"Your S3 endpoint url.","examples":[)json"
    R"json("http://localhost:9000"],"order":7}}},"supported_destination_sync_modes":[)json"
    R"json("overwrite","append"]}},{)json"
    R"json("destinationDefinitionId":"25c5221d-dce2-4163-ade9-739ef790f503","name":"Postgres",)json"
    R"json("dockerRepository":"airbyte/destination-postgres","dockerImageTag":"2.4.2",)json"
    R"json("documentationUrl":"https://docs.airbyte.com/integrations/destinations/postgres","ic)json"
    R"json(onUrl":"https://connectors.airbyte.com/files/metadata/airbyte/destination-postgres/l)json"
    R"json(atest/icon.svg","releaseStage":"generally_available","supportLevel":"certified",)json"
    R"json("language":"java","generated":{"source_file_info":{)json"
    R"json("metadata_last_modified":"2025-01-17T09:30:37.303000+00:00"}},"spec":{)json"
    R"json("documentationUrl":"https://docs.airbyte.com/integrations/destinations/postgres",)json"
    R"json("connectionSpecification":{"$schema":"http://json-schema.org/draft-07/schema#",)json"
    R"json("title":"Postgres Destination Spec","type":"object","required":["host","port",)json"
    R"json("username","database","schema"],"additionalProperties":true,"properties":{"host":{)json"
    R"json("title":"Host","description":"Hostname of the database.","type":"string","order":0},)json"
    R"json("port":{"title":"Port","description":"Port of the database.","type":"integer",)json"
    R"json("minimum":0,"maximum":65536,"default":5432,"examples":["5432"],"order":1},)json"
    R"json("database":{"title":"DB Name","description":"Name of the database.","type":"string",)json"
    R"json("order":2},"schema":{"title":"Default Schema","description":"The default schema tabl)json"
    R"json(es are written to if the source does not specify a namespace. The usual value for th)json"
    R"json(is field is \"public\".","type":"string","examples":["public"],"default":"public",)json"
    R"json("order":3},"username":{"title":"User",)json"
    R"json("description":"Username to use to access the database.","type":"string","order":4},)json"
    R"json("password":{"title":"Password",)json"
    R"json("description":"Password associated with the username.","type":"string",)json"
    R"json("airbyte_secret":true,"order":5}}},"supported_destination_sync_modes":["overwrite",)json"
    R"json("append","append_dedup"]}}]})json";
} // namespace

namespace {

// --- Catalogs, as sources/discover_schema answers them (AirbyteCatalog) ---

QJsonObject column(const char *type, bool nullable = true)
{
    if (!nullable)
        return {{QStringLiteral("type"), QLatin1String(type)}};
    return {{QStringLiteral("type"), QJsonArray{QStringLiteral("null"), QLatin1String(type)}}};
}

// A timestamp column as Airbyte's JDBC sources type it.
QJsonObject timestampColumn()
{
    return {{QStringLiteral("type"), QJsonArray{QStringLiteral("null"), QStringLiteral("string")}},
            {QStringLiteral("format"), QStringLiteral("date-time")},
            {QStringLiteral("airbyte_type"), QStringLiteral("timestamp_with_timezone")}};
}

QJsonArray paths(std::initializer_list<const char *> fields)
{
    QJsonArray out;
    for (const char *f : fields)
        out.append(QJsonArray{QLatin1String(f)});
    return out;
}

// One stream with the config a fresh discovery carries, as Airbyte's CatalogConverter
// (configureDefaultSyncModesForNewStream) makes it: Incremental | Append + Deduped when the
// source defines both cursor and key, else Full refresh | Overwrite; the source's cursor and
// key; not selected (discover() selects the stream of a one-stream catalog, as Airbyte does).
QJsonObject catalogStream(const QString &name, const QString &nameSpace,
                          const QJsonObject &properties, bool incremental, bool sourceDefinedCursor,
                          const QJsonArray &defaultCursor, const QJsonArray &primaryKey)
{
    QJsonObject stream{
        {QStringLiteral("name"), name},
        {QStringLiteral("jsonSchema"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"), properties}}},
        {QStringLiteral("supportedSyncModes"),
         incremental ? QJsonArray{QStringLiteral("full_refresh"), QStringLiteral("incremental")}
                     : QJsonArray{QStringLiteral("full_refresh")}},
        {QStringLiteral("sourceDefinedCursor"), sourceDefinedCursor},
        {QStringLiteral("defaultCursorField"), defaultCursor},
        {QStringLiteral("sourceDefinedPrimaryKey"), primaryKey},
        {QStringLiteral("isResumable"), true}};
    if (!nameSpace.isEmpty())
        stream.insert(QStringLiteral("namespace"), nameSpace);
    const bool dedup = incremental && sourceDefinedCursor && !primaryKey.isEmpty();
    const QJsonObject config{{QStringLiteral("syncMode"), dedup ? QStringLiteral("incremental")
                                                                : QStringLiteral("full_refresh")},
                             {QStringLiteral("cursorField"), defaultCursor},
                             {QStringLiteral("destinationSyncMode"),
                              dedup ? QStringLiteral("append_dedup") : QStringLiteral("overwrite")},
                             {QStringLiteral("primaryKey"), primaryKey},
                             {QStringLiteral("aliasName"), name},
                             {QStringLiteral("selected"), false},
                             {QStringLiteral("suggested"), false},
                             {QStringLiteral("fieldSelectionEnabled"), false},
                             {QStringLiteral("selectedFields"), QJsonArray()}};
    return {{QStringLiteral("stream"), stream}, {QStringLiteral("config"), config}};
}

// business_db as Airbyte's PostgreSQL source discovers it: schema public, columns typed as
// its JDBC type mapping does, keys from the tables' primary keys, a view without one.
// `migrated`: after changeBusinessDbSchema().
QJsonObject businessDbCatalog(bool migrated)
{
    const QString ns = QStringLiteral("public");
    QJsonObject customers{
        {QStringLiteral("id"), column("integer")},
        {QStringLiteral("name"), column("string")},
        {QStringLiteral("email"), column("string")},
        {QStringLiteral("country"), column("string")},
        {QStringLiteral("address"),
         QJsonObject{
             {QStringLiteral("type"), QJsonArray{QStringLiteral("null"), QStringLiteral("object")}},
             {QStringLiteral("properties"),
              QJsonObject{{QStringLiteral("street"), column("string")},
                          {QStringLiteral("city"), column("string")},
                          {QStringLiteral("zip"), column("string")}}}}},
        {QStringLiteral("created_at"), timestampColumn()},
        {QStringLiteral("updated_at"), timestampColumn()}};
    QJsonObject orders{{QStringLiteral("id"), column("integer")},
                       {QStringLiteral("customer_id"), column("integer")},
                       {QStringLiteral("amount"), column("number")},
                       {QStringLiteral("status"), column("string")},
                       {QStringLiteral("ordered_at"), timestampColumn()}};
    if (migrated) {
        customers.insert(QStringLiteral("phone"), column("string"));
        orders.remove(QStringLiteral("status"));
        orders.insert(QStringLiteral("amount"), column("string"));
    }
    QJsonArray streams{
        catalogStream(QStringLiteral("customers"), ns, customers, true, false, {}, paths({"id"})),
        catalogStream(QStringLiteral("orders"), ns, orders, true, false, {}, paths({"id"})),
        catalogStream(QStringLiteral("order_items"), ns,
                      {{QStringLiteral("order_id"), column("integer")},
                       {QStringLiteral("line_no"), column("integer")},
                       {QStringLiteral("product"), column("string")},
                       {QStringLiteral("quantity"), column("integer")},
                       {QStringLiteral("updated_at"), timestampColumn()}},
                      true, false, {}, paths({"order_id", "line_no"}))};
    if (migrated) {
        streams.append(catalogStream(QStringLiteral("invoices"), ns,
                                     {{QStringLiteral("id"), column("integer")},
                                      {QStringLiteral("order_id"), column("integer")},
                                      {QStringLiteral("total"), column("number")},
                                      {QStringLiteral("updated_at"), timestampColumn()}},
                                     true, false, {}, paths({"id"})));
    } else {
        streams.append(catalogStream(QStringLiteral("customer_summary"), ns,
                                     {{QStringLiteral("customer_id"), column("integer")},
                                      {QStringLiteral("order_count"), column("integer")},
                                      {QStringLiteral("total_amount"), column("number")}},
                                     false, false, {}, QJsonArray()));
    }
    return {{QStringLiteral("streams"), streams}};
}

// An API source's catalog: no namespace, cursors and keys defined by the connector.
QJsonObject apiCatalog()
{
    const QJsonObject users{
        {QStringLiteral("id"), column("string", false)},
        {QStringLiteral("email"), column("string")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("plan"), column("string")},
                                  {QStringLiteral("seats"), column("integer")}}}}},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                             {QStringLiteral("items"), column("string", false)}}},
        {QStringLiteral("updated_at"), timestampColumn()}};
    const QJsonObject events{{QStringLiteral("id"), column("string", false)},
                             {QStringLiteral("user_id"), column("string")},
                             {QStringLiteral("kind"), column("string")},
                             {QStringLiteral("created_at"), timestampColumn()}};
    return {{QStringLiteral("streams"),
             QJsonArray{catalogStream(QStringLiteral("users"), {}, users, true, true,
                                      QJsonArray{QStringLiteral("updated_at")}, paths({"id"})),
                        catalogStream(QStringLiteral("events"), {}, events, true, true,
                                      QJsonArray{QStringLiteral("created_at")}, paths({"id"}))}}};
}

QString streamKey(const QJsonObject &stream)
{
    return stream.value(QStringLiteral("namespace")).toString() + QLatin1Char('.') +
           stream.value(QStringLiteral("name")).toString();
}

// CatalogDiff between a saved catalog and a new discovery, as Airbyte computes it
// (CatalogDiffHelpers): streams added and removed, fields added, removed and retyped; a removed
// field is breaking when it is the stream's cursor or part of its key.
QJsonObject catalogDiff(const QJsonObject &saved, const QJsonObject &fresh)
{
    QHash<QString, QJsonObject> before;
    QHash<QString, QJsonObject> after;
    QStringList order;
    for (const QJsonValue &v : saved.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject e = v.toObject();
        before.insert(streamKey(e.value(QStringLiteral("stream")).toObject()), e);
    }
    for (const QJsonValue &v : fresh.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString key = streamKey(e.value(QStringLiteral("stream")).toObject());
        after.insert(key, e);
        order << key;
    }
    const auto descriptor = [](const QJsonObject &entry) {
        const QJsonObject s = entry.value(QStringLiteral("stream")).toObject();
        QJsonObject d{{QStringLiteral("name"), s.value(QStringLiteral("name"))}};
        if (s.contains(QStringLiteral("namespace")))
            d.insert(QStringLiteral("namespace"), s.value(QStringLiteral("namespace")));
        return d;
    };
    QJsonArray transforms;
    for (const QString &key : std::as_const(order)) {
        const QJsonObject now = after.value(key);
        if (!before.contains(key)) {
            transforms.append(
                QJsonObject{{QStringLiteral("transformType"), QStringLiteral("add_stream")},
                            {QStringLiteral("streamDescriptor"), descriptor(now)}});
            continue;
        }
        const QJsonObject was = before.value(key);
        const auto props = [](const QJsonObject &entry) {
            return entry.value(QStringLiteral("stream"))
                .toObject()
                .value(QStringLiteral("jsonSchema"))
                .toObject()
                .value(QStringLiteral("properties"))
                .toObject();
        };
        const QJsonObject oldProps = props(was);
        const QJsonObject newProps = props(now);
        const QJsonObject config = was.value(QStringLiteral("config")).toObject();
        const QJsonArray cursor = config.value(QStringLiteral("cursorField")).toArray();
        const QJsonArray key2 = config.value(QStringLiteral("primaryKey")).toArray();
        QJsonArray fields;
        for (auto it = newProps.begin(); it != newProps.end(); ++it) {
            if (!oldProps.contains(it.key())) {
                fields.append(
                    QJsonObject{{QStringLiteral("transformType"), QStringLiteral("add_field")},
                                {QStringLiteral("fieldName"), QJsonArray{it.key()}},
                                {QStringLiteral("breaking"), false},
                                {QStringLiteral("addField"),
                                 QJsonObject{{QStringLiteral("schema"), it.value()}}}});
            } else if (oldProps.value(it.key()) != it.value()) {
                fields.append(QJsonObject{
                    {QStringLiteral("transformType"), QStringLiteral("update_field_schema")},
                    {QStringLiteral("fieldName"), QJsonArray{it.key()}},
                    {QStringLiteral("breaking"), false},
                    {QStringLiteral("updateFieldSchema"),
                     QJsonObject{{QStringLiteral("oldSchema"), oldProps.value(it.key())},
                                 {QStringLiteral("newSchema"), it.value()}}}});
            }
        }
        for (auto it = oldProps.begin(); it != oldProps.end(); ++it) {
            if (newProps.contains(it.key()))
                continue;
            const QJsonArray name{it.key()};
            const bool breaking = (cursor == name) || key2.contains(name);
            fields.append(
                QJsonObject{{QStringLiteral("transformType"), QStringLiteral("remove_field")},
                            {QStringLiteral("fieldName"), name},
                            {QStringLiteral("breaking"), breaking},
                            {QStringLiteral("removeField"),
                             QJsonObject{{QStringLiteral("schema"), it.value()}}}});
        }
        if (fields.isEmpty())
            continue;
        transforms.append(QJsonObject{
            {QStringLiteral("transformType"), QStringLiteral("update_stream")},
            {QStringLiteral("streamDescriptor"), descriptor(now)},
            {QStringLiteral("updateStream"),
             QJsonObject{{QStringLiteral("fieldTransforms"), fields},
                         {QStringLiteral("streamAttributeTransforms"), QJsonArray()}}}});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            transforms.append(
                QJsonObject{{QStringLiteral("transformType"), QStringLiteral("remove_stream")},
                            {QStringLiteral("streamDescriptor"), descriptor(it.value())}});
    }
    return {{QStringLiteral("transforms"), transforms}};
}

// The saved configs carried over to a new discovery, as Airbyte's refresh does; new streams
// come unselected.
QJsonObject carryOver(const QJsonObject &saved, const QJsonObject &fresh)
{
    QHash<QString, QJsonObject> configs;
    for (const QJsonValue &v : saved.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject e = v.toObject();
        configs.insert(streamKey(e.value(QStringLiteral("stream")).toObject()),
                       e.value(QStringLiteral("config")).toObject());
    }
    QJsonArray streams;
    for (const QJsonValue &v : fresh.value(QStringLiteral("streams")).toArray()) {
        QJsonObject e = v.toObject();
        const QString key = streamKey(e.value(QStringLiteral("stream")).toObject());
        if (configs.contains(key)) {
            e.insert(QStringLiteral("config"), configs.value(key));
        } else {
            QJsonObject c = e.value(QStringLiteral("config")).toObject();
            c.insert(QStringLiteral("selected"), false);
            e.insert(QStringLiteral("config"), c);
        }
        streams.append(e);
    }
    return {{QStringLiteral("streams"), streams}};
}

// The streams of a catalog that are selected: what Airbyte keeps of a create's or update's
// syncCatalog (CatalogConverter.toConfiguredInternal drops the others).
QJsonObject selectedStreams(const QJsonObject &catalog)
{
    QJsonArray streams;
    for (const QJsonValue &v : catalog.value(QStringLiteral("streams")).toArray()) {
        if (v.toObject()
                .value(QStringLiteral("config"))
                .toObject()
                .value(QStringLiteral("selected"))
                .toBool())
            streams.append(v);
    }
    return {{QStringLiteral("streams"), streams}};
}

// The fields of a Quartz expression (Airbyte refuses a Unix crontab line): 6 or 7, a ? in one
// of the day fields.
bool isQuartz(const QString &expression)
{
    const QStringList f = expression.simplified().split(QLatin1Char(' '));
    if (f.size() != 6 && f.size() != 7)
        return false;
    return (f.at(3) == QLatin1String("?")) != (f.at(5) == QLatin1String("?"));
}

// InvalidInputExceptionInfo (422), with the refused property.
FakeResponse invalidInput(const QString &message, const QString &propertyPath,
                          const QJsonValue &value = {})
{
    const QString className =
        QStringLiteral("io.airbyte.commons.server.errors.BadObjectSchemaKnownException");
    return jsonReply(422,
                     {{QStringLiteral("message"), message},
                      {QStringLiteral("exceptionClassName"), className},
                      {QStringLiteral("exceptionStack"), javaStack(className, message)},
                      {QStringLiteral("validationErrors"),
                       QJsonArray{QJsonObject{{QStringLiteral("propertyPath"), propertyPath},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("invalidValue"), toText(value)}}}}});
}

// An Airbyte 1.x problem (airbyte-api/problems-api): what its schedule validation throws
// (ConnectionScheduleHelper), an RFC 7807-like body without `message`. The titles and details
// are ours where Airbyte's could not be checked.
FakeResponse problem(const QString &type, const QString &title, const QString &detail,
                     const QJsonObject &data)
{
    return jsonReply(400, {{QStringLiteral("status"), 400},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("detail"), detail},
                           {QStringLiteral("documentationUrl"), QJsonValue::Null},
                           {QStringLiteral("data"), data}});
}

} // namespace

struct AirbyteFake::ConfigApi
{
    struct Definition
    {
        QString id;
        QJsonObject read; // the *DefinitionRead every list answers
        QJsonObject spec; // the registry's spec: connectionSpecification, advanced_auth...
    };
    struct Actor
    {
        QString id;
        QString definitionId;
        QString workspaceId;
        QString name;
        QJsonObject configuration; // secrets in clear
        qint64 createdAt = 0;      // epoch seconds
    };
    struct Workspace
    {
        QString id;
        QString name;
        QString customerId;
    };
    struct Connection
    {
        QString id;
        QString name;
        QString sourceId;
        QString destinationId;
        QString workspaceId;
        qint64 createdAt = 0;
        // What a create or update set: namespace, prefix, schedule, status, syncCatalog...
        QJsonObject settings;
        QString latestSyncJobStatus; // empty: never synced
        qint64 latestSyncJobCreatedAt = 0;
        // The source's catalog as discovered when the connection was saved: the web app's
        // get shows its streams that are not in syncCatalog, unselected.
        QJsonObject discovered;
    };
    struct Received
    {
        int count = 0;
        QJsonObject lastBody;
    };

    static int index(Kind kind) { return kind == Kind::Source ? 0 : 1; }

    const Definition *definition(Kind kind, const QString &id) const
    {
        for (const Definition &d : definitions[index(kind)]) {
            if (d.id == id)
                return &d;
        }
        return nullptr;
    }
    QJsonObject schemaOf(Kind kind, const QString &definitionId) const
    {
        const Definition *d = definition(kind, definitionId);
        return d ? d->spec.value(QStringLiteral("connectionSpecification")).toObject()
                 : QJsonObject();
    }
    Actor *actor(Kind kind, const QString &id)
    {
        for (Actor &a : actors[index(kind)]) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    }
    bool hasWorkspace(const QString &id) const
    {
        return std::any_of(workspaces.begin(), workspaces.end(),
                           [&](const Workspace &w) { return w.id == id; });
    }

    // Reads a registry document ({"sources": [...], "destinations": [...]}); keeps the
    // definitions it had when the document holds none.
    bool loadDefinitions(const QByteArray &json)
    {
        const QJsonObject registry = QJsonDocument::fromJson(json).object();
        QList<Definition> loaded[2];
        for (const Kind kind : {Kind::Source, Kind::Destination}) {
            const KindKeys &k = keys(kind == Kind::Source);
            for (const QJsonValue &v : registry.value(k.list).toArray()) {
                const QJsonObject entry = v.toObject();
                if (!isUuid(entry.value(k.definitionId)) ||
                    entry.value(QStringLiteral("tombstone")).toBool() ||
                    !entry.value(QStringLiteral("public")).toBool(true))
                    continue;
                loaded[index(kind)].append({entry.value(k.definitionId).toString(),
                                            definitionRead(kind == Kind::Source, entry),
                                            entry.value(QStringLiteral("spec")).toObject()});
            }
        }
        if (loaded[0].isEmpty() && loaded[1].isEmpty())
            return false;
        definitions[0] = loaded[0];
        definitions[1] = loaded[1];
        return true;
    }

    QJsonObject workspaceRead(const Workspace &w) const
    {
        return {{QStringLiteral("workspaceId"), w.id},
                {QStringLiteral("customerId"), w.customerId},
                {QStringLiteral("name"), w.name},
                {QStringLiteral("slug"), slugOf(w.name)},
                {QStringLiteral("initialSetupComplete"), true},
                {QStringLiteral("displaySetupWizard"), false},
                {QStringLiteral("anonymousDataCollection"), false},
                {QStringLiteral("news"), false},
                {QStringLiteral("securityUpdates"), false},
                {QStringLiteral("notifications"), QJsonArray()},
                {QStringLiteral("organizationId"), OrganizationId},
                {QStringLiteral("tombstone"), false}};
    }

    // SourceRead / DestinationRead: the connector's name and icon beside the actor's own.
    QJsonObject actorRead(Kind kind, const Actor &a) const
    {
        const KindKeys &k = keys(kind == Kind::Source);
        const Definition *d = definition(kind, a.definitionId);
        const QJsonObject read = d ? d->read : QJsonObject();
        const bool used =
            std::any_of(connections.begin(), connections.end(), [&](const Connection &c) {
                return (kind == Kind::Source ? c.sourceId : c.destinationId) == a.id;
            });
        QJsonObject out{{k.definitionId, a.definitionId},
                        {k.id, a.id},
                        {QStringLiteral("workspaceId"), a.workspaceId},
                        {QStringLiteral("connectionConfiguration"),
                         maskSecrets(schemaOf(kind, a.definitionId), a.configuration)},
                        {QStringLiteral("name"), a.name},
                        {k.actorName, read.value(QStringLiteral("name")).toString()},
                        {QStringLiteral("isVersionOverrideApplied"), false},
                        {QStringLiteral("supportState"), QStringLiteral("supported")},
                        {QStringLiteral("status"),
                         used ? QStringLiteral("active") : QStringLiteral("inactive")},
                        {QStringLiteral("createdAt"), a.createdAt}};
        if (read.contains(QStringLiteral("icon")))
            out.insert(QStringLiteral("icon"), read.value(QStringLiteral("icon")));
        return out;
    }

    QJsonObject connectionRead(const Connection &c) const
    {
        QJsonObject out{
            {QStringLiteral("connectionId"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("namespaceDefinition"), QStringLiteral("destination")},
            {QStringLiteral("sourceId"), c.sourceId},
            {QStringLiteral("destinationId"), c.destinationId},
            {QStringLiteral("operationIds"), QJsonArray()},
            {QStringLiteral("syncCatalog"), QJsonObject{{QStringLiteral("streams"), QJsonArray()}}},
            {QStringLiteral("scheduleType"), QStringLiteral("manual")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("breakingChange"), false},
            {QStringLiteral("notifySchemaChanges"), false},
            {QStringLiteral("notifySchemaChangesByEmail"), false},
            {QStringLiteral("nonBreakingChangesPreference"), QStringLiteral("ignore")},
            {QStringLiteral("backfillPreference"), QStringLiteral("disabled")},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("workspaceId"), c.workspaceId},
            {QStringLiteral("created_at"), c.createdAt}};
        for (auto it = c.settings.begin(); it != c.settings.end(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }
    Connection *connection(const QString &id)
    {
        for (Connection &c : connections) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }
    // ActorDefinitionVersionRead of an actor's connector.
    QJsonObject versionRead(Kind kind, const QString &actorId)
    {
        const Actor *a = actor(kind, actorId);
        const Definition *d = a ? definition(kind, a->definitionId) : nullptr;
        const QJsonObject read = d ? d->read : QJsonObject();
        return {
            {QStringLiteral("dockerRepository"), read.value(QStringLiteral("dockerRepository"))},
            {QStringLiteral("dockerImageTag"), read.value(QStringLiteral("dockerImageTag"))},
            {QStringLiteral("supportsRefreshes"), true},
            {QStringLiteral("supportState"), QStringLiteral("supported")},
            {QStringLiteral("isVersionOverrideApplied"), false},
            {QStringLiteral("supportsFileTransfer"), false},
            {QStringLiteral("supportsDataActivation"), false}};
    }
    // The catalog a discovery of `source` finds now.
    QJsonObject discover(const Actor &source) const
    {
        if (catalogOverrides.contains(source.id))
            return catalogOverrides.value(source.id);
        QJsonObject catalog = source.definitionId == AirbyteFake::postgresSourceDefinitionId()
                                  ? businessDbCatalog(schemaMigrated)
                                  : apiCatalog();
        QJsonArray streams = catalog.value(QStringLiteral("streams")).toArray();
        if (streams.size() == 1) {
            QJsonObject e = streams.at(0).toObject();
            QJsonObject config = e.value(QStringLiteral("config")).toObject();
            config.insert(QStringLiteral("selected"), true);
            config.insert(QStringLiteral("suggested"), true);
            e.insert(QStringLiteral("config"), config);
            streams.replace(0, e);
            catalog.insert(QStringLiteral("streams"), streams);
        }
        return catalog;
    }
    QHash<QString, QJsonObject> catalogOverrides;
    bool schemaMigrated = false;
    QString discoverFailure;
    int discoverCount = 0;
    qint64 nextJobId = 100;

    QList<Workspace> workspaces;
    QList<Definition> definitions[2]; // by index(kind), in the registry's order
    QList<Actor> actors[2];
    QList<Connection> connections;
    QHash<QByteArray, QByteArray> methods; // path -> the method its route takes
    QHash<QByteArray, Received> received;  // by path
    CheckStatus checkStatus = CheckStatus::Succeeded;
    QString checkMessage;
    QJsonObject lastChecked;
};

namespace {
QByteArray fullPath(const QByteArray &path)
{
    return path.startsWith('/') ? path : "/api/v1/" + path;
}
} // namespace

AirbyteFake::AirbyteFake(QObject *parent)
    : FakeHttpServer(parent)
    , m_api(std::make_unique<ConfigApi>())
{
    m_api->loadDefinitions(QByteArray(BuiltInRegistry));
    m_api->workspaces.append({DefaultWorkspaceId, QStringLiteral("Default Workspace"), newId()});
    // docker-compose's airbyte-proxy: nginx `auth_basic "Welcome to Airbyte"` on every path.
    setGuard([this](const FakeRequest &req) -> std::optional<FakeResponse> {
        if (m_basicCredentials.isEmpty() ||
            req.headers.value("authorization") == "Basic " + m_basicCredentials) {
            ConfigApi::Received &received = m_api->received[req.path];
            ++received.count;
            received.lastBody = QJsonDocument::fromJson(req.body).object();
            return std::nullopt;
        }
        FakeResponse r;
        r.status = 401;
        r.contentType = "text/html";
        r.headers.emplaceBack("WWW-Authenticate", R"(Basic realm="Welcome to Airbyte")");
        r.body = "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n"
                 "<center><h1>401 Authorization Required</h1></center>\r\n"
                 "<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";
        return r;
    });
    // Micronaut, in front of Airbyte's controllers, for paths no route takes.
    setFallback([this](const FakeRequest &req) {
        const QByteArray method = m_api->methods.value(req.path);
        if (!method.isEmpty())
            return micronautError(405, QStringLiteral("Method Not Allowed"), req.path,
                                  QStringLiteral("Method [%1] not allowed for URI [%2]. Allowed "
                                                 "methods: [%3]")
                                      .arg(QString::fromLatin1(req.method),
                                           QString::fromUtf8(req.path),
                                           QString::fromLatin1(method)));
        return micronautError(404, QStringLiteral("Not Found"), req.path,
                              QStringLiteral("Page Not Found"));
    });
    m_api->methods.insert("/api/v1/health", "GET");
    route("GET", "/api/v1/health", [this](const FakeRequest &) {
        FakeResponse r;
        if (m_healthStatus != 0) {
            r.status = m_healthStatus;
            r.contentType = "text/plain";
            r.body = m_healthBody;
            return r;
        }
        r.body = m_malformed
                     ? QByteArray(R"({"available": tru)")
                     : QByteArray(R"({"available":)") + (m_available ? "true" : "false") + "}";
        return r;
    });
    m_api->methods.insert("/api/v1/instance_configuration", "GET");
    route("GET", "/api/v1/instance_configuration", [this](const FakeRequest &req) {
        FakeResponse r = m_requireAuth && !hasIssuedToken(req) ? unauthorized() : FakeResponse();
        r.hang = m_versionHangs;
        if (r.status == 401)
            return r;
        r.body = R"({"edition":"community","version":")" + m_version +
                 R"(",)"
                 R"("licenseStatus":"pro","auth":{"mode":"none"},)"
                 R"("airbyteUrl":"http://localhost:8000","initialSetupComplete":true,)"
                 R"("defaultUserId":"00000000-0000-0000-0000-000000000000",)"
                 R"("defaultOrganizationId":"00000000-0000-0000-0000-000000000000",)"
                 R"("defaultOrganizationEmail":"analyst@example.com",)"
                 R"("defaultWorkspaceId":")" +
                 DefaultWorkspaceId.toLatin1() +
                 R"(",)"
                 R"("trackingStrategy":"logging"})";
        return r;
    });
    m_api->methods.insert("/api/v1/applications/token", "POST");
    route("POST", "/api/v1/applications/token",
          [this](const FakeRequest &req) { return token(req); });
    addConfigRoutes();
}

AirbyteFake::~AirbyteFake() = default;

void AirbyteFake::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void AirbyteFake::setBasicAuth(const QString &user, const QString &password)
{
    m_basicCredentials =
        user.isEmpty() ? QByteArray() : (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

bool AirbyteFake::hasIssuedToken(const FakeRequest &req) const
{
    const QByteArray authorization = req.headers.value("authorization");
    return authorization.startsWith("Bearer ") &&
           m_tokens.contains(authorization.mid(int(qstrlen("Bearer "))));
}

FakeResponse AirbyteFake::token(const FakeRequest &req)
{
    ++m_tokenRequests;
    FakeResponse r;
    if (m_clientId.isEmpty()) {
        r.status = 404;
        r.body = R"({"message":"Object not found.","exceptionClassName":"NotFound"})";
        return r;
    }
    r.hang = m_tokenHangs;
    // ApplicationTokenRequest: client_id and client_secret, both required strings.
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QByteArray missing;
    for (const char *field : {"client_id", "client_secret"}) {
        if (!body.value(QLatin1String(field)).isString())
            missing = field;
    }
    if (!req.headers.value("content-type").startsWith("application/json") || !missing.isEmpty()) {
        r.status = 422;
        r.body =
            R"({"message":"Some properties contained invalid input.",)"
            R"("exceptionClassName":"io.airbyte.commons.server.errors.BadObjectSchemaKnownException",)"
            R"("exceptionStack":[],"validationErrors":[{"propertyPath":")" +
            (missing.isEmpty() ? QByteArray("body") : missing) +
            R"(","message":"must not be null"}]})";
        return r;
    }
    if (body.value(QLatin1String("client_id")).toString() != m_clientId ||
        body.value(QLatin1String("client_secret")).toString() != m_clientSecret) {
        r.status = 400;
        r.body = knownException("Invalid client id or token", "jakarta.ws.rs.BadRequestException");
        return r;
    }
    const QByteArray jwt = newJwt();
    m_tokens.insert(jwt);
    r.body = R"({"access_token":")" + jwt + R"("})";
    return r;
}

void AirbyteFake::configRoute(const QByteArray &name,
                              std::function<FakeResponse(const QJsonObject &body)> handler)
{
    const QByteArray path = "/api/v1/" + name;
    m_api->methods.insert(path, "POST");
    route("POST", path, [this, path, handler = std::move(handler)](const FakeRequest &req) {
        if (m_requireAuth && !hasIssuedToken(req))
            return unauthorized();
        QJsonObject body;
        if (!req.body.trimmed().isEmpty()) {
            const QByteArray type = req.headers.value("content-type");
            if (!type.toLower().startsWith("application/json"))
                return micronautError(
                    415, QStringLiteral("Unsupported Media Type"), path,
                    QStringLiteral("Content Type [%1] not allowed. Allowed types: "
                                   "[application/json]")
                        .arg(QString::fromLatin1(type)));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(req.body, &error);
            if (!doc.isObject())
                return micronautError(400, QStringLiteral("Bad Request"), path,
                                      QStringLiteral("Invalid JSON: ") + error.errorString());
            body = doc.object();
        }
        return handler(body);
    });
}

void AirbyteFake::addConfigRoutes()
{
    // Removed in Airbyte 1.7 (workspaces/list_by_organization_id replaces it): from 1.7 on,
    // Micronaut's 404 for a path no controller takes, as the real server answers.
    configRoute("workspaces/list", [this](const QJsonObject &) {
        if (QVersionNumber::fromString(QString::fromLatin1(m_version)) >= QVersionNumber(1, 7))
            return micronautError(404, QStringLiteral("Not Found"), "/api/v1/workspaces/list",
                                  QStringLiteral("Page Not Found"));
        QJsonArray list;
        for (const ConfigApi::Workspace &w : std::as_const(m_api->workspaces))
            list.append(m_api->workspaceRead(w));
        return jsonReply(200, {{QStringLiteral("workspaces"), list}});
    });
    configRoute("workspaces/list_by_organization_id", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("organizationId"), Field::Uuid}}))
            return *bad;
        const QString organization = body.value(QStringLiteral("organizationId")).toString();
        if (organization != OrganizationId)
            return notFound(QStringLiteral("ORGANIZATION"), organization);
        const QString part = body.value(QStringLiteral("nameContains")).toString();
        QJsonArray list;
        for (const ConfigApi::Workspace &w : std::as_const(m_api->workspaces)) {
            if (w.name.contains(part, Qt::CaseInsensitive))
                list.append(m_api->workspaceRead(w));
        }
        return jsonReply(200, {{QStringLiteral("workspaces"), list}});
    });
    configRoute("workspaces/get", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("workspaceId"), Field::Uuid}}))
            return *bad;
        const QString id = body.value(QStringLiteral("workspaceId")).toString();
        for (const ConfigApi::Workspace &w : std::as_const(m_api->workspaces)) {
            if (w.id == id)
                return jsonReply(200, m_api->workspaceRead(w));
        }
        return notFound(QStringLiteral("STANDARD_WORKSPACE"), id);
    });
    configRoute("connections/list",
                [this](const QJsonObject &body) { return listConnections(body); });
    addConnectionRoutes();
    addActorRoutes(Kind::Source);
    addActorRoutes(Kind::Destination);
}

void AirbyteFake::addActorRoutes(Kind kind)
{
    const QByteArray word = keys(kind == Kind::Source).word.toLatin1();
    configRoute(word + "_definitions/list", [this, kind](const QJsonObject &body) {
        return listDefinitions(kind, body, false);
    });
    configRoute(word + "_definitions/list_for_workspace", [this, kind](const QJsonObject &body) {
        return listDefinitions(kind, body, true);
    });
    configRoute(word + "_definition_specifications/get", [this, kind](const QJsonObject &body) {
        return definitionSpecification(kind, body);
    });
    configRoute(word + "s/create",
                [this, kind](const QJsonObject &body) { return createActor(kind, body); });
    configRoute(word + "s/get",
                [this, kind](const QJsonObject &body) { return getActor(kind, body); });
    configRoute(word + "s/update",
                [this, kind](const QJsonObject &body) { return updateActor(kind, body); });
    configRoute(word + "s/delete",
                [this, kind](const QJsonObject &body) { return deleteActor(kind, body); });
    configRoute(word + "s/list",
                [this, kind](const QJsonObject &body) { return listActors(kind, body); });
    configRoute(word + "s/check_connection",
                [this, kind](const QJsonObject &body) { return checkActor(kind, body, false); });
    configRoute("scheduler/" + word + "s/check_connection",
                [this, kind](const QJsonObject &body) { return checkActor(kind, body, true); });
}

FakeResponse AirbyteFake::listDefinitions(Kind kind, const QJsonObject &body, bool forWorkspace)
{
    const KindKeys &k = keys(kind == Kind::Source);
    QSet<QString> used;
    bool onlyUsed = false;
    if (forWorkspace) {
        if (auto bad = checkFields(body, {{QStringLiteral("workspaceId"), Field::Uuid}}))
            return *bad;
        const QString workspace = body.value(QStringLiteral("workspaceId")).toString();
        if (!m_api->hasWorkspace(workspace))
            return notFound(QStringLiteral("STANDARD_WORKSPACE"), workspace);
        onlyUsed = body.value(QStringLiteral("filterByUsed")).toBool();
        for (const ConfigApi::Actor &a : std::as_const(m_api->actors[ConfigApi::index(kind)])) {
            if (a.workspaceId == workspace)
                used.insert(a.definitionId);
        }
    }
    QJsonArray list;
    for (const ConfigApi::Definition &d :
         std::as_const(m_api->definitions[ConfigApi::index(kind)])) {
        if (!onlyUsed || used.contains(d.id))
            list.append(d.read);
    }
    return jsonReply(200, {{k.definitionList, list}});
}

FakeResponse AirbyteFake::definitionSpecification(Kind kind, const QJsonObject &body)
{
    const KindKeys &k = keys(kind == Kind::Source);
    if (auto bad = checkFields(
            body, {{k.definitionId, Field::Uuid}, {QStringLiteral("workspaceId"), Field::Uuid}}))
        return *bad;
    const QString workspace = body.value(QStringLiteral("workspaceId")).toString();
    if (!m_api->hasWorkspace(workspace))
        return notFound(QStringLiteral("STANDARD_WORKSPACE"), workspace);
    const QString id = body.value(k.definitionId).toString();
    const ConfigApi::Definition *d = m_api->definition(kind, id);
    if (!d)
        return notFound(k.definitionType, id);
    QJsonObject read{{k.definitionId, d->id},
                     {QStringLiteral("connectionSpecification"),
                      d->spec.value(QStringLiteral("connectionSpecification"))},
                     {QStringLiteral("jobInfo"), synchronousJob(QStringLiteral("get_spec"), true)}};
    if (d->spec.value(QStringLiteral("documentationUrl")).isString())
        read.insert(QStringLiteral("documentationUrl"),
                    d->spec.value(QStringLiteral("documentationUrl")));
    if (d->spec.value(QStringLiteral("advanced_auth")).isObject())
        read.insert(QStringLiteral("advancedAuth"),
                    advancedAuth(d->spec.value(QStringLiteral("advanced_auth")).toObject()));
    if (kind == Kind::Destination) {
        // DestinationSyncMode as every spec version knows it (0.63 lacks update, soft_delete).
        const QStringList known{QStringLiteral("append"), QStringLiteral("overwrite"),
                                QStringLiteral("append_dedup"), QStringLiteral("overwrite_dedup")};
        QJsonArray modes;
        for (const QJsonValue &mode :
             d->spec.value(QStringLiteral("supported_destination_sync_modes")).toArray()) {
            if (known.contains(mode.toString()))
                modes.append(mode);
        }
        read.insert(QStringLiteral("supportedDestinationSyncModes"), modes);
    }
    return jsonReply(200, read);
}

FakeResponse AirbyteFake::createActor(Kind kind, const QJsonObject &body)
{
    const KindKeys &k = keys(kind == Kind::Source);
    if (auto bad = checkFields(body, {{QStringLiteral("workspaceId"), Field::Uuid},
                                      {QStringLiteral("name"), Field::String},
                                      {k.definitionId, Field::Uuid},
                                      {QStringLiteral("connectionConfiguration"), Field::Object}}))
        return *bad;
    const QString workspace = body.value(QStringLiteral("workspaceId")).toString();
    if (!m_api->hasWorkspace(workspace))
        return notFound(QStringLiteral("STANDARD_WORKSPACE"), workspace);
    const QString definitionId = body.value(k.definitionId).toString();
    if (!m_api->definition(kind, definitionId))
        return notFound(k.definitionType, definitionId);
    const QJsonObject configuration =
        body.value(QStringLiteral("connectionConfiguration")).toObject();
    if (auto refused = refuseConfiguration(m_api->schemaOf(kind, definitionId), configuration))
        return *refused;
    const QString id = addActor(kind, definitionId, body.value(QStringLiteral("name")).toString(),
                                configuration, workspace);
    FakeResponse r = jsonReply(200, m_api->actorRead(kind, *m_api->actor(kind, id)));
    if (m_dropCreates > 0) {
        --m_dropCreates;
        r.dropConnection = true;
    }
    return r;
}

FakeResponse AirbyteFake::getActor(Kind kind, const QJsonObject &body)
{
    const KindKeys &k = keys(kind == Kind::Source);
    if (auto bad = checkFields(body, {{k.id, Field::Uuid}}))
        return *bad;
    const ConfigApi::Actor *a = m_api->actor(kind, body.value(k.id).toString());
    return a ? jsonReply(200, m_api->actorRead(kind, *a))
             : notFound(k.actorType, body.value(k.id).toString());
}

FakeResponse AirbyteFake::updateActor(Kind kind, const QJsonObject &body)
{
    const KindKeys &k = keys(kind == Kind::Source);
    if (auto bad = checkFields(body, {{k.id, Field::Uuid},
                                      {QStringLiteral("connectionConfiguration"), Field::Object},
                                      {QStringLiteral("name"), Field::String}}))
        return *bad;
    ConfigApi::Actor *a = m_api->actor(kind, body.value(k.id).toString());
    if (!a)
        return notFound(k.actorType, body.value(k.id).toString());
    const QJsonObject schema = m_api->schemaOf(kind, a->definitionId);
    const QJsonObject configuration =
        restoreSecrets(schema, body.value(QStringLiteral("connectionConfiguration")),
                       a->configuration)
            .toObject();
    if (auto refused = refuseConfiguration(schema, configuration))
        return *refused;
    a->configuration = configuration;
    a->name = body.value(QStringLiteral("name")).toString();
    return jsonReply(200, m_api->actorRead(kind, *a));
}

FakeResponse AirbyteFake::deleteActor(Kind kind, const QJsonObject &body)
{
    const KindKeys &k = keys(kind == Kind::Source);
    if (auto bad = checkFields(body, {{k.id, Field::Uuid}}))
        return *bad;
    const QString id = body.value(k.id).toString();
    QList<ConfigApi::Actor> &actors = m_api->actors[ConfigApi::index(kind)];
    if (!m_api->actor(kind, id))
        return notFound(k.actorType, id);
    actors.removeIf([&](const ConfigApi::Actor &a) { return a.id == id; });
    m_api->connections.removeIf([&](const ConfigApi::Connection &c) {
        return (kind == Kind::Source ? c.sourceId : c.destinationId) == id;
    });
    FakeResponse r;
    r.status = 204;
    return r;
}

FakeResponse AirbyteFake::listActors(Kind kind, const QJsonObject &body)
{
    const KindKeys &k = keys(kind == Kind::Source);
    if (auto bad = checkFields(body, {{QStringLiteral("workspaceId"), Field::Uuid}}))
        return *bad;
    const QString workspace = body.value(QStringLiteral("workspaceId")).toString();
    if (!m_api->hasWorkspace(workspace))
        return notFound(QStringLiteral("STANDARD_WORKSPACE"), workspace);
    QJsonArray list;
    for (const ConfigApi::Actor &a : std::as_const(m_api->actors[ConfigApi::index(kind)])) {
        if (a.workspaceId == workspace)
            list.append(m_api->actorRead(kind, a));
    }
    return jsonReply(200, {{k.list, list}});
}

FakeResponse AirbyteFake::checkActor(Kind kind, const QJsonObject &body, bool beforeCreate)
{
    const KindKeys &k = keys(kind == Kind::Source);
    QJsonObject configuration;
    if (beforeCreate) {
        if (auto bad =
                checkFields(body, {{k.definitionId, Field::Uuid},
                                   {QStringLiteral("connectionConfiguration"), Field::Object},
                                   {QStringLiteral("workspaceId"), Field::Uuid}}))
            return *bad;
        const QString definitionId = body.value(k.definitionId).toString();
        if (!m_api->definition(kind, definitionId))
            return notFound(k.definitionType, definitionId);
        configuration = body.value(QStringLiteral("connectionConfiguration")).toObject();
        // Checking an edited source: its masked secrets are the stored ones.
        if (const ConfigApi::Actor *a = m_api->actor(kind, body.value(k.id).toString()))
            configuration =
                restoreSecrets(m_api->schemaOf(kind, definitionId), configuration, a->configuration)
                    .toObject();
    } else {
        if (auto bad = checkFields(body, {{k.id, Field::Uuid}}))
            return *bad;
        const ConfigApi::Actor *a = m_api->actor(kind, body.value(k.id).toString());
        if (!a)
            return notFound(k.actorType, body.value(k.id).toString());
        configuration = a->configuration;
    }
    m_api->lastChecked = configuration;
    FakeResponse r = checkResult(kind);
    r.hang = m_checkHangs;
    return r;
}

FakeResponse AirbyteFake::checkResult(Kind kind)
{
    const KindKeys &k = keys(kind == Kind::Source);
    const QString message = m_api->checkMessage;
    switch (m_api->checkStatus) {
    case CheckStatus::Succeeded: {
        QJsonObject read{{QStringLiteral("status"), QStringLiteral("succeeded")},
                         {QStringLiteral("jobInfo"), synchronousJob(k.checkJob, true)}};
        if (!message.isEmpty())
            read.insert(QStringLiteral("message"), message);
        return jsonReply(200, read);
    }
    case CheckStatus::Failed:
        return jsonReply(200, {{QStringLiteral("status"), QStringLiteral("failed")},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("jobInfo"), synchronousJob(k.checkJob, true)}});
    case CheckStatus::JobFailed:
        break;
    }
    const QJsonObject failure{{QStringLiteral("failureOrigin"), k.word},
                              {QStringLiteral("failureType"), QStringLiteral("system_error")},
                              {QStringLiteral("externalMessage"), message},
                              {QStringLiteral("internalMessage"), message},
                              {QStringLiteral("retryable"), false},
                              {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()}};
    return jsonReply(200,
                     {{QStringLiteral("jobInfo"), synchronousJob(k.checkJob, false, failure)}});
}

FakeResponse AirbyteFake::listConnections(const QJsonObject &body)
{
    if (auto bad = checkFields(body, {{QStringLiteral("workspaceId"), Field::Uuid}}))
        return *bad;
    const QString workspace = body.value(QStringLiteral("workspaceId")).toString();
    if (!m_api->hasWorkspace(workspace))
        return notFound(QStringLiteral("STANDARD_WORKSPACE"), workspace);
    QJsonArray list;
    for (const ConfigApi::Connection &c : std::as_const(m_api->connections)) {
        if (c.workspaceId == workspace)
            list.append(m_api->connectionRead(c));
    }
    return jsonReply(200, {{QStringLiteral("connections"), list}});
}

// --- Connections: discovery, create, get, update, delete, sync, the web app's list and get ---

void AirbyteFake::addConnectionRoutes()
{
    configRoute("sources/discover_schema", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("sourceId"), Field::Uuid}}))
            return *bad;
        const QString id = body.value(QStringLiteral("sourceId")).toString();
        const ConfigApi::Actor *source = m_api->actor(Kind::Source, id);
        if (!source)
            return notFound(QStringLiteral("SOURCE_CONNECTION"), id);
        ++m_api->discoverCount;
        FakeResponse r;
        if (m_discoverHangs) {
            r.hang = true;
            return r;
        }
        if (!m_api->discoverFailure.isEmpty()) {
            // The job ran and failed: 200, no catalog, the connector's reason in the job.
            const QJsonObject reason{
                {QStringLiteral("failureOrigin"), QStringLiteral("source")},
                {QStringLiteral("failureType"), QStringLiteral("config_error")},
                {QStringLiteral("externalMessage"), m_api->discoverFailure},
                {QStringLiteral("internalMessage"),
                 QStringLiteral("io.airbyte.workers.exception.WorkerException: ") +
                     m_api->discoverFailure},
                {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()}};
            QJsonObject job = synchronousJob(QStringLiteral("discover_schema"), false, reason);
            job.insert(QStringLiteral("configId"), id);
            return jsonReply(200, {{QStringLiteral("jobInfo"), job}});
        }
        QJsonObject job = synchronousJob(QStringLiteral("discover_schema"), true);
        job.insert(QStringLiteral("configId"), id);
        return jsonReply(200, {{QStringLiteral("catalog"), m_api->discover(*source)},
                               {QStringLiteral("jobInfo"), job},
                               {QStringLiteral("catalogId"), newId()}});
    });

    // Validates a create or update's schedule and catalog as Airbyte does; the messages are
    // ours where Airbyte's could not be checked.
    const auto refuse = [this](const QJsonObject &body,
                               const QString &destinationId) -> std::optional<FakeResponse> {
        const QString type = body.value(QStringLiteral("scheduleType")).toString();
        const QJsonObject data = body.value(QStringLiteral("scheduleData")).toObject();
        if (type == QLatin1String("cron")) {
            const QJsonObject cron = data.value(QStringLiteral("cron")).toObject();
            const QString expression = cron.value(QStringLiteral("cronExpression")).toString();
            const QString zone = cron.value(QStringLiteral("cronTimeZone")).toString();
            const QString connectionId = body.value(QStringLiteral("connectionId")).toString();
            if (expression.isEmpty() || zone.isEmpty())
                return problem(QStringLiteral("error:cron-validation/missing-component"),
                               QStringLiteral("Missing cron component"),
                               QStringLiteral("A cron schedule needs both an expression and a "
                                              "time zone."),
                               {{QStringLiteral("connectionId"), connectionId},
                                {QStringLiteral("cronExpression"), expression},
                                {QStringLiteral("cronTimezone"), zone}});
            // Airbyte refuses the Etc/ zones by name (ConnectionScheduleHelper).
            if (zone.startsWith(QLatin1String("etc"), Qt::CaseInsensitive) ||
                !QTimeZone(zone.toUtf8()).isValid())
                return problem(QStringLiteral("error:cron-validation/invalid-timezone"),
                               QStringLiteral("Invalid cron timezone"),
                               QStringLiteral("The time zone %1 is not supported.").arg(zone),
                               {{QStringLiteral("connectionId"), connectionId},
                                {QStringLiteral("cronTimezone"), zone}});
            if (!isQuartz(expression))
                return problem(QStringLiteral("error:cron-validation/invalid-expression"),
                               QStringLiteral("Invalid cron expression"),
                               QStringLiteral("The cron expression %1 is not a valid Quartz "
                                              "expression.")
                                   .arg(expression),
                               {{QStringLiteral("connectionId"), connectionId},
                                {QStringLiteral("cronExpression"), expression}});
        } else if (type == QLatin1String("basic")) {
            const QJsonObject basic = data.value(QStringLiteral("basicSchedule")).toObject();
            if (basic.value(QStringLiteral("units")).toInteger() < 1 ||
                basic.value(QStringLiteral("timeUnit")).toString().isEmpty())
                return invalidInput(QStringLiteral("A basic schedule needs units and a timeUnit"),
                                    QStringLiteral("scheduleData.basicSchedule"));
        }
        const ConfigApi::Actor *destination = m_api->actor(Kind::Destination, destinationId);
        const ConfigApi::Definition *d =
            destination ? m_api->definition(Kind::Destination, destination->definitionId) : nullptr;
        const QJsonArray supported =
            d ? d->spec.value(QStringLiteral("supported_destination_sync_modes")).toArray()
              : QJsonArray();
        for (const QJsonValue &v : body.value(QStringLiteral("syncCatalog"))
                                       .toObject()
                                       .value(QStringLiteral("streams"))
                                       .toArray()) {
            const QJsonObject stream = v.toObject().value(QStringLiteral("stream")).toObject();
            const QJsonObject config = v.toObject().value(QStringLiteral("config")).toObject();
            if (!config.value(QStringLiteral("selected")).toBool())
                continue;
            const QString name = stream.value(QStringLiteral("name")).toString();
            const QString mode = config.value(QStringLiteral("destinationSyncMode")).toString();
            if (!supported.isEmpty() && !supported.contains(mode))
                return invalidInput(
                    QStringLiteral("Stream %1: destination sync mode %2 is not supported by the "
                                   "destination")
                        .arg(name, mode),
                    QStringLiteral("syncCatalog.streams.config.destinationSyncMode"), mode);
            if (config.value(QStringLiteral("syncMode")).toString() ==
                    QLatin1String("incremental") &&
                !stream.value(QStringLiteral("sourceDefinedCursor")).toBool() &&
                config.value(QStringLiteral("cursorField")).toArray().isEmpty())
                return invalidInput(
                    QStringLiteral("Stream %1: an incremental sync needs a cursor field").arg(name),
                    QStringLiteral("syncCatalog.streams.config.cursorField"));
            if (mode.endsWith(QLatin1String("_dedup")) &&
                config.value(QStringLiteral("primaryKey")).toArray().isEmpty() &&
                stream.value(QStringLiteral("sourceDefinedPrimaryKey")).toArray().isEmpty())
                return invalidInput(
                    QStringLiteral("Stream %1: a deduplicated sync needs a primary key").arg(name),
                    QStringLiteral("syncCatalog.streams.config.primaryKey"));
        }
        return std::nullopt;
    };
    static const QStringList settingKeys{QStringLiteral("namespaceDefinition"),
                                         QStringLiteral("namespaceFormat"),
                                         QStringLiteral("prefix"),
                                         QStringLiteral("syncCatalog"),
                                         QStringLiteral("scheduleType"),
                                         QStringLiteral("scheduleData"),
                                         QStringLiteral("schedule"),
                                         QStringLiteral("status"),
                                         QStringLiteral("sourceCatalogId"),
                                         QStringLiteral("notifySchemaChanges"),
                                         QStringLiteral("nonBreakingChangesPreference")};

    configRoute("connections/create", [this, refuse](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("sourceId"), Field::Uuid},
                                          {QStringLiteral("destinationId"), Field::Uuid},
                                          {QStringLiteral("status"), Field::String}}))
            return *bad;
        const QString sourceId = body.value(QStringLiteral("sourceId")).toString();
        const QString destinationId = body.value(QStringLiteral("destinationId")).toString();
        const ConfigApi::Actor *source = m_api->actor(Kind::Source, sourceId);
        if (!source)
            return notFound(QStringLiteral("SOURCE_CONNECTION"), sourceId);
        if (!m_api->actor(Kind::Destination, destinationId))
            return notFound(QStringLiteral("DESTINATION_CONNECTION"), destinationId);
        if (auto refused = refuse(body, destinationId))
            return *refused;
        ConfigApi::Connection c{newId(),
                                body.value(QStringLiteral("name")).toString(),
                                sourceId,
                                destinationId,
                                source->workspaceId,
                                QDateTime::currentSecsSinceEpoch(),
                                {},
                                {},
                                0,
                                {}};
        if (c.name.isEmpty())
            c.name = QStringLiteral("Connection %1").arg(m_api->connections.size() + 1);
        for (const QString &key : settingKeys) {
            if (body.contains(key))
                c.settings.insert(key, body.value(key));
        }
        c.settings.insert(QStringLiteral("syncCatalog"),
                          selectedStreams(body.value(QStringLiteral("syncCatalog")).toObject()));
        c.discovered = m_api->discover(*source);
        m_api->connections.append(c);
        FakeResponse r = jsonReply(200, m_api->connectionRead(c));
        if (m_dropConnectionCreates > 0) {
            --m_dropConnectionCreates;
            r.dropConnection = true;
        }
        return r;
    });
    configRoute("connections/get", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("connectionId"), Field::Uuid}}))
            return *bad;
        const QString id = body.value(QStringLiteral("connectionId")).toString();
        const ConfigApi::Connection *c = m_api->connection(id);
        return c ? jsonReply(200, m_api->connectionRead(*c))
                 : notFound(QStringLiteral("STANDARD_SYNC"), id);
    });
    configRoute("connections/update", [this, refuse](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("connectionId"), Field::Uuid}}))
            return *bad;
        const QString id = body.value(QStringLiteral("connectionId")).toString();
        ConfigApi::Connection *c = m_api->connection(id);
        if (!c)
            return notFound(QStringLiteral("STANDARD_SYNC"), id);
        // Patch: what the body lacks stays.
        QJsonObject merged = m_api->connectionRead(*c);
        for (auto it = body.begin(); it != body.end(); ++it)
            merged.insert(it.key(), it.value());
        if (auto refused = refuse(merged, c->destinationId))
            return *refused;
        if (body.contains(QStringLiteral("name")))
            c->name = body.value(QStringLiteral("name")).toString();
        for (const QString &key : settingKeys) {
            if (body.contains(key))
                c->settings.insert(key, body.value(key));
        }
        if (body.contains(QStringLiteral("syncCatalog"))) {
            c->settings.remove(QStringLiteral("breakingChange"));
            c->settings.insert(
                QStringLiteral("syncCatalog"),
                selectedStreams(body.value(QStringLiteral("syncCatalog")).toObject()));
            // A catalog saved after a refresh is the one the source has now.
            if (const ConfigApi::Actor *source = m_api->actor(Kind::Source, c->sourceId))
                c->discovered = m_api->discover(*source);
        }
        return jsonReply(200, m_api->connectionRead(*c));
    });
    configRoute("connections/delete", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("connectionId"), Field::Uuid}}))
            return *bad;
        const QString id = body.value(QStringLiteral("connectionId")).toString();
        if (!m_api->connection(id))
            return notFound(QStringLiteral("STANDARD_SYNC"), id);
        // Airbyte marks it deprecated; lists no longer show it.
        m_api->connections.removeIf([&](const ConfigApi::Connection &c) { return c.id == id; });
        FakeResponse r;
        r.status = 204;
        return r;
    });
    addJobRoutes(); // connections/sync among them: a sync makes a job

    configRoute("web_backend/connections/list", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("workspaceId"), Field::Uuid}}))
            return *bad;
        const QString workspace = body.value(QStringLiteral("workspaceId")).toString();
        if (!m_api->hasWorkspace(workspace))
            return notFound(QStringLiteral("STANDARD_WORKSPACE"), workspace);
        const QJsonArray sources = body.value(QStringLiteral("sourceId")).toArray();
        const QJsonArray destinations = body.value(QStringLiteral("destinationId")).toArray();
        const int pageSize = body.value(QStringLiteral("pageSize")).toInt(20);
        const QString cursor = body.value(QStringLiteral("cursor")).toString();
        bool started = cursor.isEmpty();
        QJsonArray list;
        for (const ConfigApi::Connection &c : std::as_const(m_api->connections)) {
            if (!started) {
                started = c.id == cursor;
                continue;
            }
            if (c.workspaceId != workspace ||
                (!sources.isEmpty() && !sources.contains(c.sourceId)) ||
                (!destinations.isEmpty() && !destinations.contains(c.destinationId)))
                continue;
            if (list.size() >= pageSize)
                break;
            const QJsonObject read = m_api->connectionRead(c);
            QJsonObject item{
                {QStringLiteral("connectionId"), c.id},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("scheduleType"), read.value(QStringLiteral("scheduleType"))},
                {QStringLiteral("status"), read.value(QStringLiteral("status"))},
                {QStringLiteral("isSyncing"), c.latestSyncJobStatus == QLatin1String("running")},
                {QStringLiteral("schemaChange"), QStringLiteral("no_change")},
                {QStringLiteral("tags"), QJsonArray()},
                {QStringLiteral("onDemandEnabled"), false},
                {QStringLiteral("sourceActorDefinitionVersion"),
                 m_api->versionRead(Kind::Source, c.sourceId)},
                {QStringLiteral("destinationActorDefinitionVersion"),
                 m_api->versionRead(Kind::Destination, c.destinationId)}};
            if (read.contains(QStringLiteral("scheduleData")))
                item.insert(QStringLiteral("scheduleData"),
                            read.value(QStringLiteral("scheduleData")));
            for (const Kind kind : {Kind::Source, Kind::Destination}) {
                const KindKeys &k = keys(kind == Kind::Source);
                const QString actorId = kind == Kind::Source ? c.sourceId : c.destinationId;
                const ConfigApi::Actor *a = m_api->actor(kind, actorId);
                const ConfigApi::Definition *d =
                    a ? m_api->definition(kind, a->definitionId) : nullptr;
                QJsonObject snippet{
                    {k.id, actorId},
                    {QStringLiteral("name"), a ? a->name : QString()},
                    {k.definitionId, a ? a->definitionId : QString()},
                    {k.actorName,
                     d ? d->read.value(QStringLiteral("name")).toString() : QString()}};
                if (d && d->read.contains(QStringLiteral("icon")))
                    snippet.insert(QStringLiteral("icon"), d->read.value(QStringLiteral("icon")));
                item.insert(kind == Kind::Source ? QStringLiteral("source")
                                                 : QStringLiteral("destination"),
                            snippet);
            }
            if (!c.latestSyncJobStatus.isEmpty()) {
                item.insert(QStringLiteral("latestSyncJobStatus"), c.latestSyncJobStatus);
                item.insert(QStringLiteral("latestSyncJobCreatedAt"), c.latestSyncJobCreatedAt);
            }
            list.append(item);
        }
        return jsonReply(200, {{QStringLiteral("connections"), list}});
    });

    configRoute("web_backend/connections/get", [this](const QJsonObject &body) {
        if (auto bad = checkFields(body, {{QStringLiteral("connectionId"), Field::Uuid}}))
            return *bad;
        const QString id = body.value(QStringLiteral("connectionId")).toString();
        ConfigApi::Connection *c = m_api->connection(id);
        if (!c)
            return notFound(QStringLiteral("STANDARD_SYNC"), id);
        QJsonObject read = m_api->connectionRead(*c);
        QString schemaChange = QStringLiteral("no_change");
        if (body.value(QStringLiteral("withRefreshedCatalog")).toBool()) {
            const ConfigApi::Actor *source = m_api->actor(Kind::Source, c->sourceId);
            ++m_api->discoverCount;
            if (m_discoverHangs) {
                FakeResponse r;
                r.hang = true;
                return r;
            }
            if (!m_api->discoverFailure.isEmpty() || !source) {
                const QString className =
                    QStringLiteral("io.airbyte.commons.server.errors.ValueConflictKnownException");
                const QString message =
                    QStringLiteral("Discover schema failed: %1").arg(m_api->discoverFailure);
                return jsonReply(
                    500, {{QStringLiteral("message"), message},
                          {QStringLiteral("exceptionClassName"), className},
                          {QStringLiteral("exceptionStack"), javaStack(className, message)}});
            }
            const QJsonObject saved = read.value(QStringLiteral("syncCatalog")).toObject();
            const QJsonObject fresh = m_api->discover(*source);
            const QJsonObject diff = catalogDiff(saved, fresh);
            bool breaking = false;
            for (const QJsonValue &t : diff.value(QStringLiteral("transforms")).toArray()) {
                for (const QJsonValue &f : t.toObject()
                                               .value(QStringLiteral("updateStream"))
                                               .toObject()
                                               .value(QStringLiteral("fieldTransforms"))
                                               .toArray())
                    breaking = breaking || f.toObject().value(QStringLiteral("breaking")).toBool();
            }
            if (!diff.value(QStringLiteral("transforms")).toArray().isEmpty())
                schemaChange =
                    breaking ? QStringLiteral("breaking") : QStringLiteral("non_breaking");
            if (breaking) {
                // Airbyte turns a connection off on a breaking change until it is accepted
                // (updateSchemaChangesAndAutoDisableConnectionIfNeeded).
                c->settings.insert(QStringLiteral("status"), QStringLiteral("inactive"));
                c->settings.insert(QStringLiteral("breakingChange"), true);
                read.insert(QStringLiteral("status"), QStringLiteral("inactive"));
            }
            read.insert(QStringLiteral("syncCatalog"), carryOver(saved, fresh));
            read.insert(QStringLiteral("catalogDiff"), diff);
            read.insert(QStringLiteral("catalogId"), newId());
        } else if (!c->discovered.isEmpty()) {
            // The saved streams, and the others of the catalog discovered then, unselected.
            read.insert(
                QStringLiteral("syncCatalog"),
                carryOver(read.value(QStringLiteral("syncCatalog")).toObject(), c->discovered));
        }
        read.remove(QStringLiteral("breakingChange"));
        read.remove(QStringLiteral("workspaceId"));
        read.remove(QStringLiteral("created_at"));
        read.insert(QStringLiteral("source"),
                    m_api->actorRead(Kind::Source, *m_api->actor(Kind::Source, c->sourceId)));
        read.insert(QStringLiteral("destination"),
                    m_api->actorRead(Kind::Destination,
                                     *m_api->actor(Kind::Destination, c->destinationId)));
        read.insert(QStringLiteral("isSyncing"),
                    c->latestSyncJobStatus == QLatin1String("running"));
        read.insert(QStringLiteral("schemaChange"), schemaChange);
        read.insert(QStringLiteral("onDemandEnabled"), false);
        read.insert(QStringLiteral("sourceActorDefinitionVersion"),
                    m_api->versionRead(Kind::Source, c->sourceId));
        read.insert(QStringLiteral("destinationActorDefinitionVersion"),
                    m_api->versionRead(Kind::Destination, c->destinationId));
        if (!c->latestSyncJobStatus.isEmpty()) {
            read.insert(QStringLiteral("latestSyncJobStatus"), c->latestSyncJobStatus);
            read.insert(QStringLiteral("latestSyncJobCreatedAt"), c->latestSyncJobCreatedAt);
        }
        return jsonReply(200, read);
    });
}

void AirbyteFake::setDiscoverFailure(const QString &reason)
{
    m_api->discoverFailure = reason;
}

void AirbyteFake::setDiscoveredCatalog(const QString &sourceId, const QJsonObject &catalog)
{
    m_api->catalogOverrides.insert(sourceId, catalog);
}

void AirbyteFake::changeBusinessDbSchema()
{
    m_api->schemaMigrated = true;
}

int AirbyteFake::discoverCount() const
{
    return m_api->discoverCount;
}

int AirbyteFake::connectionCount() const
{
    return int(m_api->connections.size());
}

QJsonObject AirbyteFake::connection(const QString &id) const
{
    ConfigApi::Connection *c = m_api->connection(id);
    return c ? m_api->connectionRead(*c) : QJsonObject();
}

QString AirbyteFake::defaultWorkspaceId()
{
    return DefaultWorkspaceId;
}

QString AirbyteFake::postgresSourceDefinitionId()
{
    return QStringLiteral("decd338e-5647-4c0b-adf4-da0e75f5a750");
}

QString AirbyteFake::s3DestinationDefinitionId()
{
    return QStringLiteral("4816b78f-1489-44c1-9060-4b19d5fa9362");
}

QString AirbyteFake::postgresDestinationDefinitionId()
{
    return QStringLiteral("25c5221d-dce2-4163-ade9-739ef790f503");
}

QString AirbyteFake::maskedSecret()
{
    return Masked;
}

bool AirbyteFake::loadRegistry(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && m_api->loadDefinitions(file.readAll());
}

int AirbyteFake::sourceDefinitionCount() const
{
    return int(m_api->definitions[ConfigApi::index(Kind::Source)].size());
}

int AirbyteFake::destinationDefinitionCount() const
{
    return int(m_api->definitions[ConfigApi::index(Kind::Destination)].size());
}

QString AirbyteFake::addWorkspace(const QString &name)
{
    m_api->workspaces.append({newId(), name, newId()});
    return m_api->workspaces.last().id;
}

QString AirbyteFake::addActor(Kind kind, const QString &definitionId, const QString &name,
                              const QJsonObject &configuration, const QString &workspaceId)
{
    if (!m_api->definition(kind, definitionId))
        return {};
    m_api->actors[ConfigApi::index(kind)].append(
        {newId(), definitionId, workspaceId.isEmpty() ? DefaultWorkspaceId : workspaceId, name,
         configuration, QDateTime::currentSecsSinceEpoch()});
    return m_api->actors[ConfigApi::index(kind)].last().id;
}

QString AirbyteFake::addSource(const QString &definitionId, const QString &name,
                               const QJsonObject &configuration, const QString &workspaceId)
{
    return addActor(Kind::Source, definitionId, name, configuration, workspaceId);
}

QString AirbyteFake::addDestination(const QString &definitionId, const QString &name,
                                    const QJsonObject &configuration, const QString &workspaceId)
{
    return addActor(Kind::Destination, definitionId, name, configuration, workspaceId);
}

QString AirbyteFake::addConnection(const QString &sourceId, const QString &destinationId,
                                   const QString &name)
{
    const ConfigApi::Actor *source = m_api->actor(Kind::Source, sourceId);
    ConfigApi::Connection c{newId(),
                            name,
                            sourceId,
                            destinationId,
                            source ? source->workspaceId : DefaultWorkspaceId,
                            QDateTime::currentSecsSinceEpoch(),
                            {},
                            {},
                            0,
                            {}};
    // Nothing selected yet; the source's catalog is what the web app's get shows.
    if (source)
        c.discovered = m_api->discover(*source);
    c.settings.insert(QStringLiteral("syncCatalog"),
                      QJsonObject{{QStringLiteral("streams"), QJsonArray()}});
    m_api->connections.append(c);
    return m_api->connections.last().id;
}

int AirbyteFake::sourceCount() const
{
    return int(m_api->actors[ConfigApi::index(Kind::Source)].size());
}

int AirbyteFake::destinationCount() const
{
    return int(m_api->actors[ConfigApi::index(Kind::Destination)].size());
}

QJsonObject AirbyteFake::storedConfiguration(const QString &actorId) const
{
    for (const Kind kind : {Kind::Source, Kind::Destination}) {
        if (const ConfigApi::Actor *a = m_api->actor(kind, actorId))
            return a->configuration;
    }
    return {};
}

QJsonObject AirbyteFake::lastCheckedConfiguration() const
{
    return m_api->lastChecked;
}

void AirbyteFake::setCheckResult(CheckStatus status, const QString &message)
{
    m_api->checkStatus = status;
    m_api->checkMessage = message;
}

int AirbyteFake::requestCount(const QByteArray &path) const
{
    return m_api->received.value(fullPath(path)).count;
}

QJsonObject AirbyteFake::lastBody(const QByteArray &path) const
{
    return m_api->received.value(fullPath(path)).lastBody;
}

// --- Jobs: the engine of airbytejobsfake.cpp behind its routes ---

void AirbyteFake::addJobRoutes()
{
    const auto lookup = [this](const QString &id) {
        AirbyteJobsFake::Connection out;
        const ConfigApi::Connection *c = m_api->connection(id);
        if (!c)
            return out;
        out.exists = true;
        out.workspaceId = c->workspaceId;
        out.active =
            c->settings.value(QStringLiteral("status")).toString(QStringLiteral("active")) ==
            QLatin1String("active");
        const QJsonArray streams = c->settings.value(QStringLiteral("syncCatalog"))
                                       .toObject()
                                       .value(QStringLiteral("streams"))
                                       .toArray();
        for (const QJsonValue &v : streams) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("selected"))
                     .toBool(true))
                continue;
            const QJsonObject stream = e.value(QStringLiteral("stream")).toObject();
            out.streams.append({stream.value(QStringLiteral("name")).toString(),
                                stream.value(QStringLiteral("namespace")).toString()});
        }
        return out;
    };
    const auto changed = [this](const QString &id, const QString &status, qint64 createdAt) {
        ConfigApi::Connection *c = m_api->connection(id);
        // The newest job's (history added afterwards may be older).
        if (c && createdAt >= c->latestSyncJobCreatedAt) {
            c->latestSyncJobStatus = status;
            c->latestSyncJobCreatedAt = createdAt;
        }
    };
    m_jobs = std::make_unique<AirbyteJobsFake>(lookup, changed, [this] {
        return QVersionNumber::fromString(QString::fromLatin1(m_version));
    });
    const auto before = [this](int major, int minor, int micro) {
        return QVersionNumber::fromString(QString::fromLatin1(m_version)) <
               QVersionNumber(major, minor, micro);
    };
    configRoute("connections/sync", [this](const QJsonObject &body) {
        FakeResponse r = m_jobs->sync(body);
        if (r.status == 200)
            ++m_syncs[body.value(QStringLiteral("connectionId")).toString()];
        return r;
    });
    configRoute("connections/reset",
                [this](const QJsonObject &body) { return m_jobs->reset(body, false); });
    configRoute("connections/reset/stream",
                [this](const QJsonObject &body) { return m_jobs->reset(body, true); });
    // The clear routes (0.57.3+) run the reset handler.
    for (const bool streams : {false, true}) {
        const QByteArray route = streams ? "connections/clear/stream" : "connections/clear";
        configRoute(route, [this, before, streams, route](const QJsonObject &body) {
            if (before(0, 57, 3))
                return micronautError(404, QStringLiteral("Not Found"), "/api/v1/" + route,
                                      QStringLiteral("Page Not Found"));
            return m_jobs->reset(body, streams);
        });
    }
    configRoute("connections/refresh",
                [this](const QJsonObject &body) { return m_jobs->refresh(body); });
    configRoute("connections/sync_progress",
                [this](const QJsonObject &body) { return m_jobs->syncProgress(body); });
    configRoute("jobs/list", [this](const QJsonObject &body) { return m_jobs->list(body, false); });
    configRoute("jobs/list_for_workspaces",
                [this](const QJsonObject &body) { return m_jobs->list(body, true); });
    configRoute("jobs/get", [this](const QJsonObject &body) { return m_jobs->get(body, true); });
    configRoute("jobs/get_without_logs",
                [this](const QJsonObject &body) { return m_jobs->get(body, false); });
    configRoute("jobs/get_light",
                [this](const QJsonObject &body) { return m_jobs->getLight(body); });
    configRoute("jobs/cancel", [this](const QJsonObject &body) { return m_jobs->cancel(body); });
    configRoute("jobs/get_last_replication_job",
                [this](const QJsonObject &body) { return m_jobs->lastReplicationJob(body); });
    configRoute("attempt/get_for_job",
                [this](const QJsonObject &body) { return m_jobs->attemptForJob(body); });
}

} // namespace Dsp::Fakes
