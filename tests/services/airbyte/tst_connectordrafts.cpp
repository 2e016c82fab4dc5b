#include "airbyte/connectordrafts.h"
#include "airbyte/connectorspec.h"

#include "sharedref.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dsp;
using namespace Dsp::Testing;

namespace {

const QString PostgresDefinition = QStringLiteral("decd338e-5647-4c0b-adf4-da0e75f5a750");
const QString Password = QStringLiteral("Pa55-w0rd!typed");
const QString SshKey = QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\n"
                                      "MIIEowIBAAKCAQEAtypedsshkeymaterialXYZ0123456789\n"
                                      "-----END RSA PRIVATE KEY-----\n");

QString specPath()
{
    return Testing::sharedPath(QStringLiteral("ref/airbyte/connectors/source-postgres.json"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What a user types in the PostgreSQL form: a password and an SSH key inside tunnel_method's
// oneOf (the "SSH Key Authentication" option).
QJsonObject typedConfiguration(const QString &password = Password)
{
    return QJsonObject{
        {QStringLiteral("host"), QStringLiteral("db.internal.example")},
        {QStringLiteral("port"), 5433},
        {QStringLiteral("database"), QStringLiteral("business_db")},
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("public"), QStringLiteral("sales")}},
        {QStringLiteral("username"), QStringLiteral("analyst_ro")},
        {QStringLiteral("password"), password},
        {QStringLiteral("ssl_mode"),
         QJsonObject{{QStringLiteral("mode"), QStringLiteral("require")}}},
        {QStringLiteral("replication_method"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("Standard")}}},
        {QStringLiteral("tunnel_method"),
         QJsonObject{{QStringLiteral("tunnel_method"), QStringLiteral("SSH_KEY_AUTH")},
                     {QStringLiteral("tunnel_host"), QStringLiteral("bastion.example")},
                     {QStringLiteral("tunnel_port"), 2222},
                     {QStringLiteral("tunnel_user"), QStringLiteral("jump")},
                     {QStringLiteral("ssh_key"), SshKey}}},
    };
}

ConnectorDraft typedDraft(const QString &instanceId = QString())
{
    ConnectorDraft draft;
    draft.definitionId = PostgresDefinition;
    draft.instanceId = instanceId;
    draft.name = QStringLiteral("business_db (typed)");
    draft.configuration = typedConfiguration();
    draft.savedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    return draft;
}

QJsonObject withoutKey(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

} // namespace

class TestConnectorDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesDraftWithoutItsSecrets();
    void resumesWithSecretsInTheSameSession();
    void listsSecretsLostInARestart();
    void keepsListingLostSecretsWhenSavedAgain();
    void forgetsLostSecretOfAnOptionNoLongerChosen();
    void keepsAirbyteMaskedSecretOnDisk();
    void removeForgetsFileAndSecrets();
    void keepsEnvironmentsApart();
    void refusesToSaveWithoutSpec();
    void corruptDraftIsNoDraft_data();
    void corruptDraftIsNoDraft();
    void keysAreSafeFileNames_data();
    void keysAreSafeFileNames();
    void keysTellEveryObjectApart();
    void refusesUnsafeKeys();

private:
    ConnectorSpec m_spec;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnectorDrafts::initTestCase()
{
    DSP_REQUIRE_SHARED(specPath());
    const Result<ConnectorSpec> spec = ConnectorSpec::parse(readFile(specPath()));
    QVERIFY(spec);
    m_spec = spec.value();
    QVERIFY(m_spec.maskedSecretPaths().contains(QStringLiteral("/password")));
    QVERIFY(m_spec.maskedSecretPaths().contains(QStringLiteral("/tunnel_method/ssh_key")));
}

void TestConnectorDrafts::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectorDrafts::cleanup()
{
    ConnectorDrafts::forgetSecretsForTests();
    m_dir.reset();
}

void TestConnectorDrafts::writesDraftWithoutItsSecrets()
{
    // The folder of one environment, not created yet: save() makes it.
    ConnectorDrafts drafts(m_dir->filePath(QStringLiteral("drafts/local")));
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(drafts.save(key, m_spec, typedDraft()));

    const QByteArray bytes = readFile(drafts.directory() + QLatin1Char('/') + key + ".json");
    QVERIFY(!bytes.isEmpty());
    const QByteArray keyCore = "MIIEowIBAAKCAQEAtypedsshkeymaterialXYZ0123456789";
    for (const QByteArray &secret : {Password.toUtf8(), keyCore, SshKey.toUtf8()}) {
        QVERIFY2(!bytes.contains(secret), secret.constData());
        QVERIFY2(!bytes.contains(secret.toBase64()), secret.constData());
        QVERIFY2(!bytes.contains(secret.toPercentEncoding()), secret.constData());
    }
    QVERIFY(!bytes.contains("typedsshkey"));
    QVERIFY(!bytes.contains("Pa55-w0rd"));

    const QJsonObject file = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(file.value("name").toString(), QStringLiteral("business_db (typed)"));
    QCOMPARE(file.value("definitionId").toString(), PostgresDefinition);
    const QJsonObject configuration = file.value("configuration").toObject();
    QCOMPARE(configuration.value("host").toString(), QStringLiteral("db.internal.example"));
    QCOMPARE(configuration.value("port").toInt(), 5433);
    QCOMPARE(configuration.value("username").toString(), QStringLiteral("analyst_ro"));
    QCOMPARE(configuration.value("schemas").toArray().size(), 2);
    QVERIFY(!configuration.contains("password"));
    const QJsonObject tunnel = configuration.value("tunnel_method").toObject();
    QCOMPARE(tunnel.value("tunnel_method").toString(), QStringLiteral("SSH_KEY_AUTH"));
    QCOMPARE(tunnel.value("tunnel_host").toString(), QStringLiteral("bastion.example"));
    QVERIFY(!tunnel.contains("ssh_key"));
}

void TestConnectorDrafts::resumesWithSecretsInTheSameSession()
{
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(ConnectorDrafts(m_dir->path()).save(key, m_spec, typedDraft()));

    // Another instance on the same folder (the dialog opened again): the same process memory.
    const std::optional<ConnectorDraft> draft = ConnectorDrafts(m_dir->path()).load(key, m_spec);
    QVERIFY(draft);
    QCOMPARE(draft->configuration, typedConfiguration());
    QCOMPARE(draft->name, QStringLiteral("business_db (typed)"));
    QCOMPARE(draft->definitionId, PostgresDefinition);
    QVERIFY(draft->instanceId.isEmpty());
    QCOMPARE(draft->savedAt, typedDraft().savedAt);
    QVERIFY(draft->missingSecrets.isEmpty());
}

void TestConnectorDrafts::listsSecretsLostInARestart()
{
    ConnectorDrafts drafts(m_dir->path());
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    ConnectorDraft typed = typedDraft();
    typed.savedAt = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(drafts.save(key, m_spec, typed));

    ConnectorDrafts::forgetSecretsForTests(); // the panel restarts
    const std::optional<ConnectorDraft> draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    QCOMPARE(draft->configuration, m_spec.withoutSecrets(typedConfiguration()));
    QCOMPARE(draft->missingSecrets,
             QStringList({QStringLiteral("/password"), QStringLiteral("/tunnel_method/ssh_key")}));
    QVERIFY(draft->savedAt >= before && draft->savedAt <= QDateTime::currentDateTimeUtc());
}

void TestConnectorDrafts::keepsListingLostSecretsWhenSavedAgain()
{
    ConnectorDrafts drafts(m_dir->path());
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(drafts.save(key, m_spec, typedDraft()));
    ConnectorDrafts::forgetSecretsForTests();

    // Resumed after the restart, the password typed again, saved before the SSH key is.
    std::optional<ConnectorDraft> draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    draft->configuration.insert(QStringLiteral("password"), QStringLiteral("again"));
    QVERIFY(drafts.save(key, m_spec, *draft));

    draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    QCOMPARE(draft->configuration.value("password").toString(), QStringLiteral("again"));
    QCOMPARE(draft->missingSecrets, QStringList{QStringLiteral("/tunnel_method/ssh_key")});

    // Another restart loses the password typed again too.
    ConnectorDrafts::forgetSecretsForTests();
    draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    QCOMPARE(draft->missingSecrets,
             QStringList({QStringLiteral("/password"), QStringLiteral("/tunnel_method/ssh_key")}));
}

void TestConnectorDrafts::forgetsLostSecretOfAnOptionNoLongerChosen()
{
    ConnectorDrafts drafts(m_dir->path());
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(drafts.save(key, m_spec, typedDraft()));
    ConnectorDrafts::forgetSecretsForTests();

    // The user switches to "No Tunnel": the SSH key is no longer asked for.
    std::optional<ConnectorDraft> draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    draft->configuration.insert(
        QStringLiteral("tunnel_method"),
        QJsonObject{{QStringLiteral("tunnel_method"), QStringLiteral("NO_TUNNEL")}});
    QVERIFY(drafts.save(key, m_spec, *draft));
    draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    QCOMPARE(draft->missingSecrets, QStringList{QStringLiteral("/password")});
}

void TestConnectorDrafts::keepsAirbyteMaskedSecretOnDisk()
{
    // An edit: Airbyte sent the password masked and the user left it; a new SSH key was typed.
    ConnectorDrafts drafts(m_dir->path());
    const QString instance = QStringLiteral("1c2b3a4d-0000-4000-8000-00000000abcd");
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, instance);
    ConnectorDraft edit = typedDraft(instance);
    edit.configuration = typedConfiguration(ConnectorSpec::maskedSecret());
    QVERIFY(drafts.save(key, m_spec, edit));

    // The mask is not a secret: on disk as it is, so a resumed edit still keeps Airbyte's.
    const QByteArray bytes = readFile(drafts.directory() + QLatin1Char('/') + key + ".json");
    const QJsonObject onDisk = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(onDisk.value("configuration").toObject().value("password").toString(),
             ConnectorSpec::maskedSecret());
    QCOMPARE(onDisk.value("instanceId").toString(), instance);
    QVERIFY(!bytes.contains("typedsshkey"));

    ConnectorDrafts::forgetSecretsForTests();
    const std::optional<ConnectorDraft> draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    QCOMPARE(draft->instanceId, instance);
    QCOMPARE(draft->configuration.value("password").toString(), ConnectorSpec::maskedSecret());
    QCOMPARE(draft->missingSecrets, QStringList{QStringLiteral("/tunnel_method/ssh_key")});
}

void TestConnectorDrafts::removeForgetsFileAndSecrets()
{
    ConnectorDrafts drafts(m_dir->path());
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(drafts.save(key, m_spec, typedDraft()));
    QCOMPARE(drafts.keys(), QStringList{key});

    drafts.remove(key);
    QVERIFY(!QFile::exists(drafts.directory() + QLatin1Char('/') + key + ".json"));
    QVERIFY(!drafts.load(key, m_spec));
    QVERIFY(drafts.keys().isEmpty());
    drafts.remove(key); // nothing left: no warning

    // A later draft under the same key does not get the removed one's secrets back.
    ConnectorDraft later = typedDraft();
    later.configuration = withoutKey(typedConfiguration(), QStringLiteral("password"));
    later.configuration.remove(QStringLiteral("tunnel_method"));
    QVERIFY(drafts.save(key, m_spec, later));
    const std::optional<ConnectorDraft> draft = drafts.load(key, m_spec);
    QVERIFY(draft);
    QVERIFY(!draft->configuration.contains("password"));
    QVERIFY(draft->missingSecrets.isEmpty());
}

void TestConnectorDrafts::keepsEnvironmentsApart()
{
    ConnectorDrafts local(m_dir->filePath(QStringLiteral("local")));
    ConnectorDrafts production(m_dir->filePath(QStringLiteral("production")));
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(local.save(key, m_spec, typedDraft()));
    ConnectorDraft other = typedDraft();
    other.configuration = withoutKey(typedConfiguration(), QStringLiteral("password"));
    QVERIFY(production.save(key, m_spec, other));

    QCOMPARE(local.load(key, m_spec).value_or(ConnectorDraft()).configuration.value("password"),
             Password);
    QVERIFY(production.load(key, m_spec));
    QVERIFY(!production.load(key, m_spec)->configuration.contains("password"));
    // The same folder written differently is the same environment.
    ConnectorDrafts again(m_dir->path() + QStringLiteral("/production/../local/"));
    QCOMPARE(again.load(key, m_spec).value_or(ConnectorDraft()).configuration.value("password"),
             Password);
}

void TestConnectorDrafts::refusesToSaveWithoutSpec()
{
    // Without the spec nothing tells the secrets: nothing is written.
    ConnectorDrafts drafts(m_dir->path());
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no connector spec")));
    QVERIFY(!drafts.save(key, ConnectorSpec(), typedDraft()));
    QVERIFY(drafts.keys().isEmpty());
}

void TestConnectorDrafts::corruptDraftIsNoDraft_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage \x01", 14);
    QTest::newRow("truncated") << QByteArray(
        R"({"format":"dsp-connector-draft","version":1,"configuration":{"host":)");
    QTest::newRow("array") << QByteArray(R"([1, 2, 3])");
    QTest::newRow("another file") << QByteArray(R"({"host":"db","port":5432})");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"dsp-connector-draft","version":2,"configuration":{}})");
    QTest::newRow("configuration not an object")
        << QByteArray(R"({"format":"dsp-connector-draft","version":1,"configuration":"x"})");
}

void TestConnectorDrafts::corruptDraftIsNoDraft()
{
    QFETCH(QByteArray, bytes);
    ConnectorDrafts drafts(m_dir->path());
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, PostgresDefinition, {});
    QVERIFY(writeFile(m_dir->filePath(key + ".json"), bytes));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not a draft")));
    QVERIFY(!drafts.load(key, m_spec));
    // It can be replaced by a good one.
    QVERIFY(drafts.save(key, m_spec, typedDraft()));
    QVERIFY(drafts.load(key, m_spec));
}

void TestConnectorDrafts::keysAreSafeFileNames_data()
{
    QTest::addColumn<QString>("definitionId");
    QTest::addColumn<QString>("instanceId");
    QTest::newRow("uuid") << PostgresDefinition << QString();
    QTest::newRow("path climbing") << QStringLiteral("../../etc/passwd") << QStringLiteral("..");
    QTest::newRow("windows specials")
        << QStringLiteral(R"(a/b\c:d*e?f"g<h>i|j)") << QStringLiteral("x.y. ");
    QTest::newRow("device name") << QStringLiteral("CON") << QStringLiteral("nul");
    QTest::newRow("unicode") << QStringLiteral("définition ünicode 連結") << QString();
    QTest::newRow("percent and tilde") << QStringLiteral("%41~x") << QStringLiteral("~");
    QTest::newRow("control characters") << QStringLiteral("a\nb\tc\x01") << QString();
    QTest::newRow("very long") << QString(500, QLatin1Char('Z')) << QString(300, QLatin1Char('/'));
}

void TestConnectorDrafts::keysAreSafeFileNames()
{
    QFETCH(QString, definitionId);
    QFETCH(QString, instanceId);
    const QString key =
        ConnectorDrafts::keyFor(AirbyteClient::Kind::Destination, definitionId, instanceId);
    QVERIFY(ConnectorDrafts::isValidKey(key));
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9._%~-]*$")).match(key).hasMatch(),
             qPrintable(key));
    QVERIFY(!key.contains(QLatin1String("..")));
    QVERIFY(key.size() <= 200);

    ConnectorDrafts drafts(m_dir->path());
    ConnectorDraft draft = typedDraft(instanceId);
    draft.definitionId = definitionId;
    QVERIFY(drafts.save(key, m_spec, draft));
    // One file, right in the folder, found again by its key.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{key + ".json"});
    QCOMPARE(drafts.keys(), QStringList{key});
    const std::optional<ConnectorDraft> loaded = drafts.load(key, m_spec);
    QVERIFY(loaded);
    QCOMPARE(loaded->definitionId, definitionId);
    QCOMPARE(loaded->instanceId, instanceId);
}

void TestConnectorDrafts::keysTellEveryObjectApart()
{
    const QStringList ids{
        PostgresDefinition,    QStringLiteral("Abc"),          QStringLiteral("abc"),
        QStringLiteral("a.b"), QStringLiteral("a%2eb"),        QStringLiteral("new"),
        QStringLiteral("a b"), QString(500, QLatin1Char('z')), QString(501, QLatin1Char('z'))};
    QSet<QString> keys;
    int count = 0;
    for (const AirbyteClient::Kind kind :
         {AirbyteClient::Kind::Source, AirbyteClient::Kind::Destination}) {
        for (const QString &definition : ids) {
            for (const QString &instance : QStringList{QString()} + ids) {
                // Case-insensitive disks (Windows, macOS) must not merge two drafts either.
                keys.insert(ConnectorDrafts::keyFor(kind, definition, instance).toLower());
                ++count;
            }
        }
    }
    QCOMPARE(keys.size(), count);
}

void TestConnectorDrafts::refusesUnsafeKeys()
{
    ConnectorDrafts drafts(m_dir->filePath(QStringLiteral("env")));
    for (const QString &key :
         {QString(), QStringLiteral("../escape"), QStringLiteral("a/b"), QStringLiteral(".hidden"),
          QStringLiteral("con"), QStringLiteral("Source.x"), QString(201, QLatin1Char('a'))}) {
        QVERIFY2(!ConnectorDrafts::isValidKey(key), qPrintable(key));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a draft key")));
        QVERIFY(!drafts.save(key, m_spec, typedDraft()));
        QVERIFY(!drafts.load(key, m_spec));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escape.json"))));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no definition id")));
    QVERIFY(ConnectorDrafts::keyFor(AirbyteClient::Kind::Source, {}, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectorDrafts)
#include "tst_connectordrafts.moc"
