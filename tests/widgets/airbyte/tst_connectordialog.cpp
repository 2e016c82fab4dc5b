// The new/edit source and destination dialog driven as a user drives it, against the stateful
// Airbyte fake serving the registry's real connectors and specs: pick PostgreSQL, fill, test,
// fix what Airbyte refused, create, and check what Airbyte received; the MinIO preset; an edit
// that keeps the masked password; a create whose reply is lost; a draft that survives closing
// the dialog and a restart; a check that takes too long, cancelled.
#include "airbyte/connectordialog.h"
#include "airbyte/connectorpickerpage.h"
#include "airbyte/definitionsmodel.h"
#include "forms/connectorform.h"
#include "forms/containereditors.h"
#include "forms/fieldeditor.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/connectordrafts.h"
#include "core/httpclient.h"

#include "airbytefake.h"
#include "sharedref.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

QString registryPath()
{
    return Testing::sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json"));
}

// The editor of `path` that is on screen.
FieldEditor *field(ConnectorDialog &dialog, const QString &path)
{
    for (FieldEditor *e : dialog.form()->findChildren<FieldEditor *>(path)) {
        if (e->isVisibleTo(dialog.form()))
            return e;
    }
    return nullptr;
}

QLineEdit *lineOf(ConnectorDialog &dialog, const QString &path)
{
    FieldEditor *e = field(dialog, path);
    return e ? e->findChild<QLineEdit *>() : nullptr;
}

// Chooses the option of a choice whose discriminator has `value`, as a user picks it.
bool choose(ConnectorDialog &dialog, const QString &path, const QString &value)
{
    // Optional settings are folded: the user opens them first.
    for (QToolButton *fold :
         dialog.form()->findChildren<QToolButton *>(QStringLiteral("optionalFields"))) {
        if (fold->isVisibleTo(dialog.form()) && !fold->isChecked())
            QTest::mouseClick(fold, Qt::LeftButton);
    }
    auto *choice = qobject_cast<ChoiceEditor *>(field(dialog, path));
    if (!choice)
        return false;
    for (int i = 0; i < choice->field().children.size(); ++i) {
        if (choice->field().children.at(i).optionValue == QJsonValue(value)) {
            auto *combo = choice->findChild<QComboBox *>();
            combo->setCurrentIndex(i);
            emit combo->activated(i);
            return choice->currentOption() == i;
        }
    }
    return false;
}

void type(QLineEdit *line, const QString &text)
{
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

} // namespace

class TestConnectorDialog : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    std::unique_ptr<AirbyteFake> m_fake;
    std::unique_ptr<AirbyteClient> m_client;
    QTemporaryDir m_drafts;

    // Opens the picker and chooses the connector named `name` by searching, as a user does.
    bool pick(ConnectorDialog &dialog, const QString &name)
    {
        ConnectorPickerPage *picker = dialog.picker();
        if (!QTest::qWaitFor([&] { return picker->model()->rowCount() > 500; }, 10000))
            return false;
        QTest::keyClicks(picker->search(), name);
        const QAbstractItemModel *shown = picker->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, DefinitionsModel::Name).data().toString() == name) {
                picker->view()->selectRow(row);
                QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("next")),
                                  Qt::LeftButton);
                return QTest::qWaitFor([&] { return dialog.form() != nullptr; }, 10000);
            }
        }
        return false;
    }

    // A new PostgreSQL source with what it needs typed in, as a user fills it.
    bool openFilledPostgres(ConnectorDialog &dialog)
    {
        dialog.show();
        dialog.startNew();
        if (!pick(dialog, QStringLiteral("Postgres")))
            return false;
        type(lineOf(dialog, QStringLiteral("/host")), QStringLiteral("db.internal"));
        type(lineOf(dialog, QStringLiteral("/database")), QStringLiteral("business_db"));
        type(lineOf(dialog, QStringLiteral("/username")), QStringLiteral("analyst"));
        // The spec's default, CDC, needs a replication slot: a plain cursor is what the
        // business database has.
        return choose(dialog, QStringLiteral("/replication_method"), QStringLiteral("Standard"));
    }

    Profile profile() const
    {
        Profile p;
        p.id = QStringLiteral("local");
        p.minio.endpoint = QUrl(QStringLiteral("http://localhost:9000"));
        p.minio.accessKey = QStringLiteral("minio-admin");
        p.minio.secretKey = QStringLiteral("m1n10-s3cret");
        p.postgres.host = QStringLiteral("localhost");
        p.postgres.user = QStringLiteral("analyst");
        p.postgres.password = QStringLiteral("pg-s3cret");
        return p;
    }

private slots:
    void initTestCase() { DSP_REQUIRE_SHARED(registryPath()); }

    void init()
    {
        m_fake = std::make_unique<AirbyteFake>();
        QVERIFY(m_fake->loadRegistry(registryPath()));
        QVERIFY(m_fake->listen());
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fake->port()));
        config.slowTimeout = 3s;
        m_client = std::make_unique<AirbyteClient>(&m_http, config);
        ConnectorDrafts::forgetSecretsForTests();
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void createsPostgresSourceAfterFixingWhatAirbyteRefused()
    {
        ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Source,
                               AirbyteFake::defaultWorkspaceId());
        QAbstractItemModelTester tester(dialog.picker()->model());
        dialog.show();
        dialog.startNew();
        QVERIFY(pick(dialog, QStringLiteral("Postgres")));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Postgres"));
        type(dialog.nameEdit(), QStringLiteral("business_db"));

        // Create with nothing filled: refused here, next to the fields, nothing sent.
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("nothing was sent")));
        QCOMPARE(m_fake->requestCount("scheduler/sources/check_connection"), 0);

        type(lineOf(dialog, QStringLiteral("/host")), QStringLiteral("db.internl"));
        type(lineOf(dialog, QStringLiteral("/database")), QStringLiteral("business_db"));
        type(lineOf(dialog, QStringLiteral("/username")), QStringLiteral("analyst"));
        // The spec's default, CDC, needs a replication slot: a plain cursor is what the
        // business database has.
        QVERIFY(choose(dialog, QStringLiteral("/replication_method"), QStringLiteral("Standard")));
        QLineEdit *password = lineOf(dialog, QStringLiteral("/password"));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        type(password, QStringLiteral("pg-s3cret"));

        // Airbyte cannot connect: its reason is shown, everything typed stays.
        m_fake->setCheckResult(AirbyteFake::CheckStatus::Failed,
                               QStringLiteral("Could not connect: unknown host db.internl"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(
            dialog.statusLabel()->text().contains(QStringLiteral("unknown host db.internl")));
        QCOMPARE(lineOf(dialog, QStringLiteral("/host"))->text(), QStringLiteral("db.internl"));
        QCOMPARE(password->text(), QStringLiteral("pg-s3cret"));
        QCOMPARE(m_fake->sourceCount(), 0);

        type(lineOf(dialog, QStringLiteral("/host")), QStringLiteral("db.internal"));
        m_fake->setCheckResult(AirbyteFake::CheckStatus::Succeeded);
        QSignalSpy saved(&dialog, &ConnectorDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_fake->sourceCount(), 1);
        const QJsonObject sent = m_fake->lastBody("sources/create");
        QCOMPARE(sent.value("name").toString(), QStringLiteral("business_db"));
        const QJsonObject configuration = sent.value("connectionConfiguration").toObject();
        QCOMPARE(configuration.value("host").toString(), QStringLiteral("db.internal"));
        QCOMPARE(configuration.value("port").toInt(), 5432);
        QCOMPARE(configuration.value("password").toString(), QStringLiteral("pg-s3cret"));
        QCOMPARE(m_fake->lastCheckedConfiguration().value("host").toString(),
                 QStringLiteral("db.internal"));
    }

    void createsMinioDestinationFromThePreset()
    {
        ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Destination,
                               AirbyteFake::defaultWorkspaceId());
        dialog.setProfile(profile());
        dialog.show();
        dialog.startNew();
        QPushButton *preset = nullptr;
        QTRY_VERIFY((preset = dialog.picker()->findChild<QPushButton *>(
                         QStringLiteral("preset:minio-parquet"))));
        QTest::mouseClick(preset, Qt::LeftButton);
        // Asked where Airbyte reaches MinIO, starting from the panel's address, warned about
        // localhost (inside Airbyte's containers it is the container itself).
        QCOMPARE(dialog.endpointEdit()->text(), QStringLiteral("http://localhost:9000"));
        type(dialog.endpointEdit(), QStringLiteral("http://minio:9000"));
        QTest::keyClick(dialog.endpointEdit(), Qt::Key_Return);
        QTRY_VERIFY(dialog.form());
        QSignalSpy saved(&dialog, &ConnectorDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        const QJsonObject c =
            m_fake->lastBody("destinations/create").value("connectionConfiguration").toObject();
        QCOMPARE(c.value("s3_bucket_name").toString(), QStringLiteral("airbyte-staging"));
        QCOMPARE(c.value("s3_bucket_path").toString(), QStringLiteral("postgres-sync"));
        QCOMPARE(c.value("s3_bucket_region").toString(), QStringLiteral("us-east-1"));
        QCOMPARE(c.value("s3_endpoint").toString(), QStringLiteral("http://minio:9000"));
        QCOMPARE(c.value("access_key_id").toString(), QStringLiteral("minio-admin"));
        QCOMPARE(c.value("secret_access_key").toString(), QStringLiteral("m1n10-s3cret"));
        QCOMPARE(c.value("format").toObject().value("format_type").toString(),
                 QStringLiteral("Parquet"));
    }

    void editingKeepsTheMaskedPassword()
    {
        const QString id = m_fake->addSource(AirbyteFake::postgresSourceDefinitionId(),
                                             QStringLiteral("business_db"),
                                             {{"host", "db.internal"},
                                              {"port", 5432},
                                              {"database", "business_db"},
                                              {"username", "analyst"},
                                              {"password", "pg-s3cret"},
                                              {"schemas", QJsonArray{"public"}}});
        QList<ConnectorInstance> instances;
        m_client->listInstances(AirbyteClient::Kind::Source, AirbyteFake::defaultWorkspaceId(),
                                this, [&](const Result<QList<ConnectorInstance>> &r) {
                                    if (r)
                                        instances = r.value();
                                });
        QTRY_COMPARE(instances.size(), 1);
        QCOMPARE(instances.first().configuration.value("password").toString(),
                 AirbyteFake::maskedSecret());

        ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Source,
                               AirbyteFake::defaultWorkspaceId());
        dialog.show();
        dialog.startEdit(instances.first());
        QTRY_VERIFY(dialog.form());
        QLineEdit *password = lineOf(dialog, QStringLiteral("/password"));
        QVERIFY(password->text().isEmpty()); // the mask is not shown as if it were the password
        type(lineOf(dialog, QStringLiteral("/host")), QStringLiteral("db2.internal"));
        QSignalSpy saved(&dialog, &ConnectorDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        // The check ran with the stored password, and the update kept it.
        QCOMPARE(m_fake->lastCheckedConfiguration().value("password").toString(),
                 QStringLiteral("pg-s3cret"));
        QCOMPARE(m_fake->storedConfiguration(id).value("host").toString(),
                 QStringLiteral("db2.internal"));
        QCOMPARE(m_fake->storedConfiguration(id).value("password").toString(),
                 QStringLiteral("pg-s3cret"));
    }

    void aCreateWhoseReplyIsLostIsNotMadeTwice()
    {
        ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Source,
                               AirbyteFake::defaultWorkspaceId());
        QVERIFY(openFilledPostgres(dialog));
        m_fake->dropNextCreateReply();
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("looks it up by name")),
                 qPrintable(dialog.statusLabel()->text()));
        QSignalSpy saved(&dialog, &ConnectorDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(m_fake->sourceCount(), 1);
    }

    void aDraftSurvivesClosingAndARestartWithoutItsSecrets()
    {
        ConnectorDrafts drafts(m_drafts.filePath(QStringLiteral("local")));
        {
            ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Source,
                                   AirbyteFake::defaultWorkspaceId());
            dialog.setDrafts(&drafts);
            dialog.show();
            dialog.startNew();
            QVERIFY(pick(dialog, QStringLiteral("Postgres")));
            type(lineOf(dialog, QStringLiteral("/host")), QStringLiteral("db.internal"));
            type(lineOf(dialog, QStringLiteral("/password")), QStringLiteral("pg-s3cret"));
            type(dialog.nameEdit(), QStringLiteral("business_db"));
            dialog.reject();
        }
        ConnectorDrafts::forgetSecretsForTests(); // what a restart of the panel does
        ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Source,
                               AirbyteFake::defaultWorkspaceId());
        dialog.setDrafts(&drafts);
        dialog.show();
        dialog.startNew();
        QVERIFY(pick(dialog, QStringLiteral("Postgres")));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("draftNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Password")), qPrintable(note->text()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resumeDraft")),
                          Qt::LeftButton);
        QCOMPARE(lineOf(dialog, QStringLiteral("/host"))->text(), QStringLiteral("db.internal"));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("business_db"));
        QVERIFY(lineOf(dialog, QStringLiteral("/password"))->text().isEmpty());
        // Nothing secret on disk.
        for (const QString &file :
             QDir(m_drafts.filePath(QStringLiteral("local"))).entryList(QDir::Files)) {
            QFile f(m_drafts.filePath(QStringLiteral("local/") + file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("pg-s3cret"));
        }
    }

    void aCheckThatTakesTooLongCanBeCancelled()
    {
        ConnectorDialog dialog(m_client.get(), AirbyteClient::Kind::Source,
                               AirbyteFake::defaultWorkspaceId());
        QVERIFY(openFilledPostgres(dialog));
        m_fake->setCheckHangs(true);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelCall"));
        QVERIFY(cancel->isVisible());
        QVERIFY(!dialog.form()->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Test cancelled."));
        QVERIFY(dialog.form()->isEnabled());
        QCOMPARE(lineOf(dialog, QStringLiteral("/host"))->text(), QStringLiteral("db.internal"));
        // A check that never ends runs into the slow-call deadline and says so.
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("The test did not run")),
                 qPrintable(dialog.statusLabel()->text()));
    }
};

QTEST_MAIN(TestConnectorDialog)
#include "tst_connectordialog.moc"
