#include "airbyte/connectorspec.h"
#include "airbyte/specvalidator.h"

#include "sharedref.h"
#include "specfiller.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Dsp;
using namespace Dsp::Testing;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

// Every warning fails the test that caused it (checked in cleanup()).
void failOnWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One spec of the reference material: its name and its connectionSpecification as bytes.
struct NamedSpec
{
    QString name;
    QByteArray json;
};

// The registry's 559 specs, then connectors/ and connectors-edge/ (bytes as in the files).
QList<NamedSpec> allSpecs()
{
    QList<NamedSpec> specs;
    const QJsonObject registry =
        QJsonDocument::fromJson(
            readFile(Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json"))))
            .object();
    for (const QString &kind : {QStringLiteral("sources"), QStringLiteral("destinations")}) {
        for (const QJsonValue entry : registry.value(kind).toArray()) {
            const QJsonObject spec = entry.toObject()
                                         .value(QStringLiteral("spec"))
                                         .toObject()
                                         .value(QStringLiteral("connectionSpecification"))
                                         .toObject();
            specs.append({entry.toObject().value(QStringLiteral("dockerRepository")).toString(),
                          QJsonDocument(spec).toJson(QJsonDocument::Compact)});
        }
    }
    for (const QString &folder :
         {QStringLiteral("connectors"), QStringLiteral("connectors-edge")}) {
        const QDir dir(Testing::sharedPath(QStringLiteral("ref/airbyte/") + folder));
        for (const QString &file :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            specs.append({folder + QLatin1Char('/') + file, readFile(dir.filePath(file))});
    }
    return specs;
}

ConnectorSpec parsed(const QByteArray &json)
{
    const Result<ConnectorSpec> spec = ConnectorSpec::parse(json);
    return spec ? spec.value() : ConnectorSpec();
}

ConnectorSpec referenceSpec(const QString &file)
{
    return parsed(readFile(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/") + file)));
}

QJsonValue schemaAt(const QJsonValue &root, const QString &pointer)
{
    QJsonValue node = root;
    if (pointer.isEmpty())
        return node;
    for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        node = node.isArray() ? node.toArray().at(token.toInt()) : node.toObject().value(token);
    }
    return node;
}

const SpecField *child(const QList<SpecField> &fields, const QString &key)
{
    for (const SpecField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList keys(const QList<SpecField> &fields)
{
    QStringList out;
    for (const SpecField &f : fields)
        out.append(f.key);
    return out;
}

QJsonObject removed(QJsonObject object, const QStringList &tokens)
{
    if (tokens.size() == 1) {
        object.remove(tokens.first());
        return object;
    }
    const QJsonValue inner = object.value(tokens.first());
    if (inner.isObject()) {
        object.insert(tokens.first(), removed(inner.toObject(), tokens.mid(1)));
    } else if (inner.isArray()) {
        QJsonArray array = inner.toArray();
        const int index = tokens.at(1).toInt();
        array.replace(index, removed(array.at(index).toObject(), tokens.mid(2)));
        object.insert(tokens.first(), array);
    }
    return object;
}

QJsonObject without(const QJsonObject &configuration, const QString &path)
{
    return removed(configuration, path.mid(1).split(QLatin1Char('/')));
}

} // namespace

// ConnectorSpec and SpecValidator against Airbyte's real specs: the registry's 559 connectors,
// the five reference specs and the platform's secret-handling edge cases.
class TestConnectorSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(failOnWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
    void cleanup()
    {
        const QStringList warnings = std::exchange(g_warnings, {});
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void readsEverySpecWithAFieldPerProperty();
    void defaultsPlusRequiredValuesAreValidAndEachMissingOneIsNamed_data();
    void defaultsPlusRequiredValuesAreValidAndEachMissingOneIsNamed();
    void readsPostgresSourceForms();
    void readsS3DestinationForms();
    void readsSpecWhoseTopLevelIsAChoice();
    void placesFieldsWithoutOrderAsDeclared();
    void datePickerWritesThePatternsForm_data();
    void datePickerWritesThePatternsForm();
    void resolvesLocalReferencesAndKeepsTheRestAsRawJson();
    void refusesWhatIsNotAJsonObject();
    void acceptsMaskedSecretsOnlyForSecretFields();
    void saysWhatIsWrongInWords();
    void checksPatternsWithLookbehindAndLongTextWithoutCrashing();
    void findsSecretsInListsAndChoices();
};

void TestConnectorSpec::readsEverySpecWithAFieldPerProperty()
{
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json")));
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors-edge")));
    const QList<NamedSpec> specs = allSpecs();
    QCOMPARE(specs.size(), 559 + 5 + 11);
    QStringList raw;
    QStringList problems;
    for (const NamedSpec &named : specs) {
        const Result<ConnectorSpec> result = ConnectorSpec::parse(named.json);
        QVERIFY2(result, qPrintable(named.name));
        const ConnectorSpec &spec = result.value();
        const QJsonValue schema = QJsonDocument::fromJson(named.json).object();
        // Each object's properties and each oneOf's options have a field each, recursively.
        std::function<void(const QList<SpecField> &)> check = [&](const QList<SpecField> &fields) {
            for (const SpecField &f : fields) {
                const QJsonObject node = schemaAt(schema, f.schemaPath).toObject();
                if (f.kind == SpecFieldKind::Raw) {
                    raw.append(QStringLiteral("%1 %2 (%3)").arg(named.name, f.path, f.rawReason));
                } else if (f.kind == SpecFieldKind::Object &&
                           !f.schemaPath.endsWith(QLatin1String("/required"))) {
                    const int declared = node.value(QStringLiteral("properties")).toObject().size();
                    const bool merged = !f.children.isEmpty() && f.children.last().key.isEmpty();
                    if (f.children.size() - (merged ? 1 : 0) < declared)
                        problems.append(named.name + f.schemaPath +
                                        QLatin1String(": fields missing"));
                } else if (f.kind == SpecFieldKind::OneOf) {
                    if (f.children.size() != node.value(QStringLiteral("oneOf")).toArray().size())
                        problems.append(named.name + f.schemaPath +
                                        QLatin1String(": options missing"));
                    // Every real connector's choices have a discriminator; the edge cases don't.
                    if (f.discriminator.isEmpty() &&
                        !named.name.startsWith(QLatin1String("connectors-edge")))
                        problems.append(named.name + f.schemaPath +
                                        QLatin1String(": no discriminator"));
                }
                if (f.title.isEmpty() &&
                    !f.path.endsWith(QLatin1String("/*"))) // items may have none
                    problems.append(named.name + f.path + QLatin1String(": no title"));
                check(f.children);
            }
        };
        check(spec.fields());
        const int declared = schema[QLatin1String("properties")].toObject().size();
        if (spec.fields().size() < declared)
            problems.append(named.name + QLatin1String(": top-level fields missing"));
        const QStringList own = raw.filter(QRegularExpression(
            QLatin1Char('^') + QRegularExpression::escape(named.name) + QLatin1Char(' ')));
        if (spec.rawFieldCount() != own.size())
            problems.append(named.name + QLatin1String(": rawFieldCount() disagrees"));
        // valijson compiles every spec.
        const SpecValidator validator(spec);
        if (!validator.isReady())
            problems.append(named.name + QLatin1String(": ") + validator.errorString());
    }
    qInfo().noquote() << "raw_fields:" << raw.size();
    for (const QString &line : std::as_const(raw))
        qInfo().noquote() << "  raw:" << line;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The one construct no form can model: source-newsdata's "OneOf" property has no type and
    // no properties (its would-be properties are written as keywords), so it takes any JSON.
    QCOMPARE(raw.size(), 1);
    QVERIFY(raw.first().startsWith(QLatin1String("airbyte/source-newsdata /OneOf")));
}

void TestConnectorSpec::defaultsPlusRequiredValuesAreValidAndEachMissingOneIsNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json")));
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors-edge")));
    for (const NamedSpec &named : allSpecs())
        QTest::newRow(qPrintable(named.name)) << named.json;
}

void TestConnectorSpec::defaultsPlusRequiredValuesAreValidAndEachMissingOneIsNamed()
{
    QFETCH(QByteArray, json);
    const ConnectorSpec spec = parsed(json);
    QVERIFY(!spec.isNull());
    const SpecValidator validator(spec);
    QVERIFY2(validator.isReady(), qPrintable(validator.errorString()));

    Filler filler;
    const QJsonObject configuration = filler.complete(spec);
    QVERIFY2(filler.problems.isEmpty(), qPrintable(filler.problems.join(QLatin1String("; "))));
    const QList<FieldError> errors = validator.validate(configuration);
    if (!errors.isEmpty()) {
        const QByteArray text = QJsonDocument(configuration).toJson(QJsonDocument::Compact);
        QFAIL(qPrintable(errorsText(errors) + QLatin1String("\nin ") + QString::fromUtf8(text)));
    }
    for (const QString &path : std::as_const(filler.requiredPaths)) {
        const QList<FieldError> missing = validator.validate(without(configuration, path));
        if (!names(missing, path, QStringLiteral("required")))
            QFAIL(qPrintable(path + QLatin1String(" removed: ") + errorsText(missing)));
    }
}

void TestConnectorSpec::readsPostgresSourceForms()
{
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/source-postgres.json")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("source-postgres.json"));
    QCOMPARE(spec.rawFieldCount(), 0);
    // "order" first, then declaration order (tunnel_method has none).
    QCOMPARE(keys(spec.fields()),
             QStringList({"host", "port", "database", "schemas", "username", "password",
                          "jdbc_url_params", "ssl_mode", "replication_method", "tunnel_method"}));
    QCOMPARE(spec.groups().size(), 4);
    QCOMPARE(spec.groups().at(0).id, QStringLiteral("db"));
    QCOMPARE(spec.groups().at(0).title, QString());
    QCOMPARE(spec.groups().at(2).id, QStringLiteral("security"));
    QCOMPARE(spec.groups().at(2).title, QStringLiteral("Security"));
    QCOMPARE(spec.groups().at(3).title, QStringLiteral("Advanced"));

    const SpecField *port = child(spec.fields(), QStringLiteral("port"));
    QVERIFY(port);
    QCOMPARE(port->kind, SpecFieldKind::Integer);
    QCOMPARE(port->group, QStringLiteral("db"));
    QVERIFY(port->required);
    QCOMPARE(port->defaultValue.toInt(), 5432);
    QCOMPARE(port->minimum.value_or(-1), 0.0);
    QCOMPARE(port->maximum.value_or(-1), 65536.0);
    QCOMPARE(child(spec.fields(), QStringLiteral("schemas"))->kind, SpecFieldKind::ScalarArray);
    const SpecField *password = child(spec.fields(), QStringLiteral("password"));
    QVERIFY(password->secret && password->alwaysShow && !password->required);
    QCOMPARE(child(spec.fields(), QStringLiteral("jdbc_url_params"))->patternDescriptor,
             QStringLiteral("key1=value1&key2=value2"));

    const SpecField *ssl = child(spec.fields(), QStringLiteral("ssl_mode"));
    QCOMPARE(ssl->kind, SpecFieldKind::OneOf);
    QCOMPARE(ssl->discriminator, QStringLiteral("mode"));
    QCOMPARE(ssl->children.size(), 6);
    QCOMPARE(ssl->children.at(4).title, QStringLiteral("verify-ca"));
    QCOMPARE(ssl->children.at(4).optionValue.toString(), QStringLiteral("verify-ca"));
    QCOMPARE(keys(ssl->children.at(4).children),
             QStringList({"mode", "ca_certificate", "client_certificate", "client_key",
                          "client_key_password"}));
    const SpecField &ca = ssl->children.at(4).children.at(1);
    QVERIFY(ca.secret && ca.multiline && ca.required);
    QCOMPARE(ca.path, QStringLiteral("/ssl_mode/ca_certificate"));
    QVERIFY(ssl->children.at(4).children.at(0).isDiscriminator);

    const SpecField *replication = child(spec.fields(), QStringLiteral("replication_method"));
    QCOMPARE(replication->discriminator, QStringLiteral("method"));
    QCOMPARE(replication->displayType, QStringLiteral("radio"));
    QCOMPARE(replication->defaultOption, 0); // "default": "CDC"
    QCOMPARE(replication->children.at(2).optionValue.toString(), QStringLiteral("Standard"));
    const SpecField *tunnel = child(spec.fields(), QStringLiteral("tunnel_method"));
    QCOMPARE(tunnel->discriminator, QStringLiteral("tunnel_method"));
    QCOMPARE(tunnel->children.at(1).title, QStringLiteral("SSH Key Authentication"));
    QCOMPARE(tunnel->selectedOption(QJsonObject{{"tunnel_method", "SSH_PASSWORD_AUTH"}}), 2);

    const QStringList secrets = spec.maskedSecretPaths();
    for (const char *path : {"/password", "/ssl_mode/ca_certificate", "/ssl_mode/client_key",
                             "/ssl_mode/client_key_password", "/tunnel_method/ssh_key",
                             "/tunnel_method/tunnel_user_password"})
        QVERIFY2(secrets.contains(QLatin1String(path)), path);
    QVERIFY(!secrets.contains(QStringLiteral("/username")));

    const QJsonObject defaults = spec.defaultConfiguration();
    QCOMPARE(defaults.value("port").toInt(), 5432);
    QCOMPARE(defaults.value("schemas").toArray(), QJsonArray({"public"}));
    QCOMPARE(defaults.value("ssl_mode").toObject(), QJsonObject({{"mode", "disable"}}));
    QCOMPARE(defaults.value("tunnel_method").toObject(),
             QJsonObject({{"tunnel_method", "NO_TUNNEL"}}));
    const QJsonObject cdc = defaults.value("replication_method").toObject();
    QCOMPARE(cdc.value("method").toString(), QStringLiteral("CDC"));
    QCOMPARE(cdc.value("plugin").toString(), QStringLiteral("pgoutput"));
    QCOMPARE(cdc.value("initial_waiting_seconds").toInt(), 1200);
    QVERIFY(!defaults.contains("host"));
}

void TestConnectorSpec::readsS3DestinationForms()
{
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/destination-s3.json")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("destination-s3.json"));
    QCOMPARE(spec.rawFieldCount(), 0);
    QCOMPARE(keys(spec.fields()).mid(0, 7),
             QStringList({"access_key_id", "secret_access_key", "role_arn", "s3_bucket_name",
                          "s3_bucket_path", "s3_bucket_region", "format"}));
    QVERIFY(spec.groups().isEmpty());
    const SpecField *region = child(spec.fields(), QStringLiteral("s3_bucket_region"));
    QCOMPARE(region->kind, SpecFieldKind::Enum);
    QVERIFY(region->enumValues.contains(QStringLiteral("us-east-1")));
    const SpecField *format = child(spec.fields(), QStringLiteral("format"));
    QCOMPARE(format->kind, SpecFieldKind::OneOf);
    QCOMPARE(format->discriminator, QStringLiteral("format_type")); // one-value enums
    QCOMPARE(format->children.size(), 4);
    QCOMPARE(format->children.at(3).optionValue.toString(), QStringLiteral("Parquet"));
    QCOMPARE(format->children.at(3).title, QStringLiteral("Parquet: Columnar Storage"));
    // A oneOf inside a oneOf option: Avro's codec, CSV's compression.
    const SpecField *codec =
        child(format->children.at(2).children, QStringLiteral("compression_codec"));
    QCOMPARE(codec->kind, SpecFieldKind::OneOf);
    QCOMPARE(codec->discriminator, QStringLiteral("codec"));
    QCOMPARE(codec->path, QStringLiteral("/format/compression_codec"));
    const SpecField *level =
        child(codec->children.at(4).children, QStringLiteral("compression_level"));
    QCOMPARE(level->minimum.value_or(0), -5.0);
    QCOMPARE(level->maximum.value_or(0), 22.0);
    QCOMPARE(child(format->children.at(0).children, QStringLiteral("compression"))->discriminator,
             QStringLiteral("compression_type"));
    QCOMPARE(spec.maskedSecretPaths(), QStringList({"/access_key_id", "/secret_access_key"}));

    // The MinIO preset: Parquet, and the validator follows the chosen option only.
    QJsonObject configuration = spec.defaultConfiguration();
    QCOMPARE(configuration.value("format").toObject().value("format_type").toString(),
             QStringLiteral("CSV"));
    configuration.insert("s3_bucket_name", "airbyte-staging");
    configuration.insert("s3_bucket_path", "postgres-sync");
    configuration.insert("s3_bucket_region", "us-east-1");
    configuration.insert("format", QJsonObject{{"format_type", "Parquet"}, {"block_size_mb", 128}});
    const SpecValidator validator(spec);
    QCOMPARE(errorsText(validator.validate(configuration)), QString());
    configuration.insert(
        "format", QJsonObject{{"format_type", "Avro"},
                              {"compression_codec",
                               QJsonObject{{"codec", "zstandard"}, {"compression_level", 30}}}});
    const QList<FieldError> errors = validator.validate(configuration);
    QCOMPARE(errorsText(errors),
             QStringLiteral("/format/compression_codec/compression_level: must be at most 22"));
    configuration.insert("format", QJsonObject{{"format_type", "ORC"}});
    QCOMPARE(errorsText(validator.validate(configuration)),
             QStringLiteral("/format/format_type: must be one of: CSV, JSONL, Avro, Parquet"));
}

void TestConnectorSpec::readsSpecWhoseTopLevelIsAChoice()
{
    // source-e2e-test's whole configuration is a oneOf (its modes), discriminated by "type".
    const QByteArray json =
        "{\"type\":\"object\",\"title\":\"E2E\",\"oneOf\":["
        "{\"title\":\"Infinite\",\"type\":\"object\",\"required\":[\"type\",\"max_records\"],"
        "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"INFINITE_FEED\"},"
        "\"max_records\":{\"type\":\"integer\"}}},"
        "{\"title\":\"Continuous\",\"type\":\"object\",\"required\":[\"type\"],"
        "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"CONTINUOUS_FEED\"},"
        "\"seed\":{\"type\":\"integer\",\"default\":0,\"min\":0}}}]}";
    const ConnectorSpec spec = parsed(json);
    QCOMPARE(spec.fields().size(), 1);
    const SpecField &choice = spec.fields().first();
    QCOMPARE(choice.kind, SpecFieldKind::OneOf);
    QVERIFY(choice.key.isEmpty());
    QCOMPARE(choice.discriminator, QStringLiteral("type"));
    QCOMPARE(choice.children.at(1).children.at(1).path, QStringLiteral("/seed"));
    QCOMPARE(spec.defaultConfiguration(), QJsonObject({{"type", "INFINITE_FEED"}}));
    const SpecValidator validator(spec);
    QCOMPARE(errorsText(validator.validate(spec.defaultConfiguration())),
             QStringLiteral("/max_records: required"));
    QCOMPARE(
        errorsText(validator.validate(QJsonObject{{"type", "CONTINUOUS_FEED"}, {"seed", "x"}})),
        QStringLiteral("/seed: must be a whole number"));
    const SpecField *seed =
        spec.fieldAt(QStringLiteral("/seed"), QJsonObject{{"type", "CONTINUOUS_FEED"}});
    QVERIFY(seed);
    QCOMPARE(seed->title, QStringLiteral("Seed"));
}

void TestConnectorSpec::placesFieldsWithoutOrderAsDeclared()
{
    // Declared out of alphabetical order, some with "order": those first, by it, then the
    // others as the text declares them (QJsonObject would sort them), at any depth.
    const QByteArray properties =
        "\"properties\":{\"zeta\":{\"type\":\"string\"},\"alpha\":{\"type\":\"string\",\"order\":1}"
        ","
        "\"mid\":{\"type\":\"string\"},\"beta\":{\"type\":\"string\",\"order\":0},"
        "\"choice\":{\"type\":\"object\",\"oneOf\":[{\"title\":\"One\",\"properties\":{"
        "\"kind\":{\"const\":\"one\"},\"y\":{\"type\":\"string\"},\"x\":{\"type\":\"string\"}}}]}}";
    const ConnectorSpec plain = parsed("{\"type\":\"object\"," + properties + "}");
    QCOMPARE(keys(plain.fields()), QStringList({"beta", "alpha", "zeta", "mid", "choice"}));
    QCOMPARE(keys(plain.fields().last().children.first().children),
             QStringList({"kind", "y", "x"}));
    const ConnectorSpec wrapped = parsed("{\"documentationUrl\":\"u\",\"connectionSpecification\":{"
                                         "\"type\":\"object\"," +
                                         properties + "}}");
    QCOMPARE(keys(wrapped.fields()), QStringList({"beta", "alpha", "zeta", "mid", "choice"}));
}

void TestConnectorSpec::datePickerWritesThePatternsForm_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<SpecDateKind>("kind");
    QTest::addColumn<QString>("written");
    const QString dateTimeZ =
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$");
    QTest::newRow("date-time Z") << "date-time" << dateTimeZ << SpecDateKind::DateTime
                                 << "2021-03-14T05:06:07Z";
    QTest::newRow("date-time, no format")
        << "" << dateTimeZ << SpecDateKind::DateTime << "2021-03-14T05:06:07Z";
    QTest::newRow("date") << "date"
                          << "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" << SpecDateKind::Date << "2021-03-14";
    QTest::newRow("date or empty")
        << "date"
        << "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$" << SpecDateKind::Date << "2021-03-14";
    QTest::newRow("milliseconds")
        << "date-time"
        << "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}.[0-9]{3}Z$"
        << SpecDateKind::DateTime << "2021-03-14T05:06:07.089Z";
    QTest::newRow("microseconds")
        << "date-time"
        << "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}.[0-9]{6}Z$"
        << SpecDateKind::DateTime << "2021-03-14T05:06:07.089000Z";
    QTest::newRow("space") << ""
                           << "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
                           << SpecDateKind::DateTime << "2021-03-14 05:06:07";
    QTest::newRow("date-time format, date pattern")
        << "date-time"
        << "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" << SpecDateKind::Date << "2021-03-14";
    QTest::newRow("day first") << "date"
                               << "^[0-9]{2}-[0-9]{2}-[0-9]{4}$" << SpecDateKind::Date
                               << "14-03-2021";
    QTest::newRow("month") << ""
                           << "^[0-9]{4}-[0-9]{2}$" << SpecDateKind::Date << "2021-03";
    QTest::newRow("compact") << ""
                             << "^[0-9]{8}T[0-9]{6}Z$" << SpecDateKind::DateTime
                             << "20210314T050607Z";
    QTest::newRow("format only") << "date-time"
                                 << "" << SpecDateKind::DateTime << "2021-03-14T05:06:07Z";
    QTest::newRow("digits are not a date") << ""
                                           << "^[0-9_\\-]+$" << SpecDateKind::None << "";
    QTest::newRow("host names are not a date")
        << ""
        << "^[A-Za-z0-9-.]+\\.[A-Z-a-z0-9-.]+" << SpecDateKind::None << "";
}

void TestConnectorSpec::datePickerWritesThePatternsForm()
{
    QFETCH(QString, format);
    QFETCH(QString, pattern);
    QFETCH(SpecDateKind, kind);
    QFETCH(QString, written);
    QJsonObject property{{"type", "string"}};
    if (!format.isEmpty())
        property.insert("format", format);
    if (!pattern.isEmpty())
        property.insert("pattern", pattern);
    const ConnectorSpec spec =
        ConnectorSpec::parse(
            QJsonObject{{"type", "object"}, {"properties", QJsonObject{{"start_date", property}}}})
            .value();
    const SpecField &f = spec.fields().first();
    QCOMPARE(f.dateKind, kind);
    if (kind != SpecDateKind::None) {
        const QDateTime sample(QDate(2021, 3, 14), QTime(5, 6, 7, 89), QTimeZone::utc());
        QCOMPARE(QLocale::c().toString(sample, f.dateFormat), written);
    }
}

void TestConnectorSpec::resolvesLocalReferencesAndKeepsTheRestAsRawJson()
{
    const QByteArray json =
        "{\"type\":\"object\",\"required\":[\"auth\"],"
        "\"definitions\":{\"key\":{\"type\":\"string\",\"airbyte_secret\":true,\"title\":\"Key\"},"
        "\"loop\":{\"$ref\":\"#/definitions/loop\"}},"
        "\"properties\":{\"auth\":{\"type\":\"object\",\"properties\":{\"key\":{\"$ref\":\"#/"
        "definitions/key\"}}},"
        "\"cycle\":{\"$ref\":\"#/definitions/loop\"},"
        "\"mixed\":{\"type\":[\"string\",\"integer\"]},"
        "\"maybe\":{\"type\":[\"string\",\"null\"]},"
        "\"pick\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}}}";
    const ConnectorSpec spec = parsed(json);
    const SpecField *key =
        child(child(spec.fields(), QStringLiteral("auth"))->children, QStringLiteral("key"));
    QCOMPARE(key->kind, SpecFieldKind::String);
    QVERIFY(key->secret);
    QCOMPARE(key->title, QStringLiteral("Key"));
    QCOMPARE(child(spec.fields(), QStringLiteral("cycle"))->kind, SpecFieldKind::Raw);
    QCOMPARE(child(spec.fields(), QStringLiteral("mixed"))->rawReason,
             QStringLiteral("several types"));
    QCOMPARE(child(spec.fields(), QStringLiteral("pick"))->rawReason, QStringLiteral("uses anyOf"));
    const SpecField *maybe = child(spec.fields(), QStringLiteral("maybe"));
    QCOMPARE(maybe->kind, SpecFieldKind::String);
    QVERIFY(maybe->nullable);
    QCOMPARE(spec.rawFieldCount(), 3);
    QCOMPARE(spec.maskedSecretPaths(), QStringList({"/auth/key"}));
    const SpecValidator validator(spec);
    QVERIFY(validator.isReady());
    QCOMPARE(errorsText(validator.validate(
                 QJsonObject{{"auth", QJsonObject{{"key", 5}}}, {"pick", true}})),
             QStringLiteral("/auth/key: must be text; /pick: is not a valid value"));
}

void TestConnectorSpec::refusesWhatIsNotAJsonObject()
{
    const Result<ConnectorSpec> broken = ConnectorSpec::parse(QByteArray("{\"type\": "));
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, ErrorKind::InvalidResponse);
    QVERIFY(!ConnectorSpec::parse(QByteArray("[1, 2]")));
    QVERIFY(ConnectorSpec().isNull());
    QVERIFY(ConnectorSpec().fields().isEmpty());
    // A definition specification answer: the spec is read from its connectionSpecification.
    const Result<ConnectorSpec> wrapped = ConnectorSpec::parse(
        QByteArray("{\"documentationUrl\":\"x\",\"connectionSpecification\":{\"type\":\"object\","
                   "\"properties\":{\"api_key\":{\"type\":\"string\"}}}}"));
    QVERIFY(wrapped);
    QCOMPARE(wrapped.value().fields().first().title, QStringLiteral("Api key"));
}

void TestConnectorSpec::acceptsMaskedSecretsOnlyForSecretFields()
{
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/source-postgres.json")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("source-postgres.json"));
    const SpecValidator validator(spec);
    const QString mask = ConnectorSpec::maskedSecret();
    QJsonObject edited{{"host", "db"},
                       {"port", 5432},
                       {"database", "business_db"},
                       {"username", "etl"},
                       {"password", mask},
                       {"ssl_mode", QJsonObject{{"mode", "verify-ca"}, {"ca_certificate", mask}}},
                       {"tunnel_method", QJsonObject{{"tunnel_method", "SSH_KEY_AUTH"},
                                                     {"tunnel_host", "bastion"},
                                                     {"tunnel_port", 22},
                                                     {"tunnel_user", "u"},
                                                     {"ssh_key", mask}}}};
    QCOMPARE(errorsText(validator.validate(edited)), QString());
    // The mask is no wildcard for fields that are not secret.
    edited.insert("port", mask);
    QCOMPARE(errorsText(validator.validate(edited)),
             QStringLiteral("/port: must be a whole number"));
    QCOMPARE(spec.secretPathsIn(edited),
             QStringList({"/password", "/ssl_mode/ca_certificate", "/tunnel_method/ssh_key"}));
    const QJsonObject draft = spec.withoutSecrets(edited);
    QVERIFY(!draft.contains("password"));
    QCOMPARE(draft.value("ssl_mode").toObject(), QJsonObject({{"mode", "verify-ca"}}));
    QCOMPARE(draft.value("tunnel_method").toObject().value("tunnel_host").toString(),
             QStringLiteral("bastion"));
    QCOMPARE(draft.value("username").toString(), QStringLiteral("etl"));
}

void TestConnectorSpec::saysWhatIsWrongInWords()
{
    DSP_REQUIRE_SHARED(
        Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/source-postgres.json")));
    const ConnectorSpec spec = referenceSpec(QStringLiteral("source-postgres.json"));
    const SpecValidator validator(spec);
    QJsonObject configuration{{"host", "db"},
                              {"port", -1},
                              {"database", "d"},
                              {"username", "u"},
                              {"jdbc_url_params", "a b"},
                              {"replication_method", QJsonObject{{"method", "Xmin"}}},
                              {"ssl_mode", QJsonObject{{"mode", "verify-full"}}},
                              {"unknown_setting", true}};
    const QList<FieldError> errors = validator.validate(configuration);
    QVERIFY2(names(errors, "/port", "must be at least 0"), qPrintable(errorsText(errors)));
    QVERIFY2(names(errors, "/ssl_mode/ca_certificate", "required"), qPrintable(errorsText(errors)));
    QCOMPARE(errors.size(),
             2); // jdbc_url_params has a descriptor but no pattern; extra keys are allowed

    // Pattern with its descriptor; draft-07 exclusive bounds; enum; minimum.
    const QByteArray json =
        "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"customer_id\"],"
        "\"properties\":{"
        "\"customer_id\":{\"type\":\"string\",\"pattern\":\"^[0-9]{10}(,[0-9]{10})*$\","
        "\"pattern_descriptor\":\"10 digits\",\"order\":0,\"group\":\"x\",\"always_show\":true},"
        "\"page_size\":{\"type\":\"integer\",\"exclusiveMinimum\":0,\"airbyte_hidden\":true},"
        "\"start\":{\"type\":\"string\",\"format\":\"date-time\",\"examples\":[\"2021-01-01T00:00:"
        "00Z\"],"
        "\"pattern\":\"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$\"},"
        "\"when\":{\"type\":\"string\",\"format\":\"date-time\"},"
        "\"level\":{\"type\":\"string\",\"enum\":[\"low\",\"high\"]},"
        "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,"
        "\"uniqueItems\":true}}}";
    const ConnectorSpec custom = parsed(json);
    const SpecValidator check(custom);
    const QList<FieldError> found = check.validate(QJsonObject{{"customer_id", "123"},
                                                               {"page_size", 0},
                                                               {"start", "2021-01-01"},
                                                               {"when", "tomorrow"},
                                                               {"level", "mid"},
                                                               {"tags", QJsonArray{"a", "a"}},
                                                               {"extra", 1}});
    QCOMPARE(errorsText(found),
             QStringLiteral("/customer_id: does not match the expected form: 10 digits; "
                            "/extra: is not a setting of this connector; "
                            "/level: must be one of: low, high; "
                            "/page_size: must be greater than 0; "
                            "/start: does not match the expected form, e.g. 2021-01-01T00:00:00Z; "
                            "/tags: must not hold the same value twice"));
    QCOMPARE(errorsText(check.validate(
                 QJsonObject{{"customer_id", "0123456789"}, {"tags", QJsonArray()}})),
             QStringLiteral("/tags: needs at least one entry"));
    QCOMPARE(errorsText(check.validate(QJsonObject{})), QStringLiteral("/customer_id: required"));
    QCOMPARE(errorsText(check.validate(QJsonObject{{"customer_id", 5}})),
             QStringLiteral("/customer_id: must be text"));
}

void TestConnectorSpec::checksPatternsWithLookbehindAndLongTextWithoutCrashing()
{
    // source-github's repository pattern uses a lookbehind, which std::regex cannot compile.
    const QByteArray json =
        "{\"type\":\"object\",\"properties\":{"
        "\"repository\":{\"type\":\"string\",\"pattern\":"
        "\"^([\\\\w.-]+/(\\\\*|[\\\\w.-]+(?<!\\\\.git))\\\\s+)*[\\\\w.-]+/"
        "(\\\\*|[\\\\w.-]+(?<!\\\\.git))$\","
        "\"pattern_descriptor\":\"org/repo org/another-repo org/*\"},"
        "\"name\":{\"type\":\"string\",\"pattern\":\"^(?!(cohort_|RESERVED_)).*$\"},"
        "\"broken\":{\"type\":\"string\",\"pattern\":\"([unclosed\"}}}";
    const ConnectorSpec spec = parsed(json);
    const SpecValidator validator(spec);
    QVERIFY(validator.isReady());
    QCOMPARE(errorsText(
                 validator.validate(QJsonObject{{"repository", "airbytehq/airbyte airbytehq/*"}})),
             QString());
    QCOMPARE(errorsText(validator.validate(QJsonObject{{"repository", "airbytehq/airbyte.git"}})),
             QStringLiteral(
                 "/repository: does not match the expected form: org/repo org/another-repo org/*"));
    // std::regex recurses per character and overflows the stack on such text; PCRE does not.
    const QString longText(300000, QLatin1Char('a'));
    QCOMPARE(errorsText(validator.validate(QJsonObject{{"name", longText}, {"broken", "x"}})),
             QString());
    QCOMPARE(
        errorsText(validator.validate(QJsonObject{{"name", "cohort_1"}})),
        QStringLiteral("/name: does not match the expected form: ^(?!(cohort_|RESERVED_)).*$"));
}

void TestConnectorSpec::findsSecretsInListsAndChoices()
{
    DSP_REQUIRE_SHARED(Testing::sharedPath(QStringLiteral("ref/airbyte/connectors-edge")));
    const QString edge = Testing::sharedPath(QStringLiteral("ref/airbyte/connectors-edge/"));
    const ConnectorSpec array = parsed(readFile(edge + QStringLiteral("array.json")));
    QCOMPARE(array.maskedSecretPaths(),
             QStringList({"/rotating_key_strings/*", "/rotating_key_objects/*/a"}));
    const QString mask = ConnectorSpec::maskedSecret();
    const QJsonObject configuration{
        {"username", "u"},
        {"rotating_key_strings", QJsonArray{mask, "new"}},
        {"rotating_key_objects", QJsonArray{QJsonObject{{"a", mask}}, QJsonObject{{"a", "b"}}}}};
    QCOMPARE(array.secretPathsIn(configuration),
             QStringList({"/rotating_key_strings/0", "/rotating_key_strings/1",
                          "/rotating_key_objects/0/a", "/rotating_key_objects/1/a"}));
    QCOMPARE(errorsText(SpecValidator::validate(array, configuration)), QString());
    QCOMPARE(array.withoutSecrets(configuration),
             QJsonObject({{"username", "u"},
                          {"rotating_key_objects", QJsonArray{QJsonObject(), QJsonObject()}}}));
    const SpecField *item =
        array.fieldAt(QStringLiteral("/rotating_key_objects/1/a"), configuration);
    QVERIFY(item && item->secret);

    // Options told apart by their shape, not by a discriminator.
    const ConnectorSpec shapes = parsed(readFile(edge + QStringLiteral("array2.json")));
    const SpecField &cred = shapes.fields().first();
    QCOMPARE(cred.kind, SpecFieldKind::OneOf);
    QVERIFY(cred.discriminator.isEmpty());
    QCOMPARE(cred.children.at(1).kind, SpecFieldKind::ScalarArray);
    QCOMPARE(cred.selectedOption(QJsonArray{"x"}), 1);
    QCOMPARE(cred.selectedOption(QStringLiteral("x")), 0);
    const SpecField *key = shapes.fieldAt("/cred/1", QJsonObject{{"cred", QJsonArray{"k1", "k2"}}});
    QVERIFY(key && key->secret && key->kind == SpecFieldKind::String);
    QCOMPARE(shapes.secretPathsIn(QJsonObject{{"cred", QJsonArray{"k1", "k2"}}}),
             QStringList({"/cred/0", "/cred/1"}));
    QCOMPARE(errorsText(SpecValidator::validate(shapes, QJsonObject{{"cred", 5}})),
             QStringLiteral("/cred: matches none of the choices"));

    const ConnectorSpec nested = parsed(readFile(edge + QStringLiteral("nested_oneof.json")));
    const QList<FieldError> errors = SpecValidator::validate(
        nested, QJsonObject{{"username", "u"},
                            {"password1", QJsonObject{{"key2", QJsonObject{{"key4", 1}}}}},
                            {"password2", QJsonObject{{"key5", "x"}}}});
    QCOMPARE(errorsText(errors), QStringLiteral("/password1/key2/key4: must be text"));
}

QTEST_GUILESS_MAIN(TestConnectorSpec)
#include "tst_connectorspec.moc"
