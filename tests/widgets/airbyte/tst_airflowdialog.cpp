// "Use in Airflow" driven as a user drives it: the previews follow every option, the saved DAG
// compiles under Python, and the client secret is read only once "Include the client secret"
// is ticked, shown only while it stays ticked, and never lands in the DAG.
#include "airbyte/airflowdialog.h"

#include "airflow/airflowexport.h"

#include "pythoncheck.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;

namespace {

const QString ConnectionId = QStringLiteral("6b4f0c2e-4a39-4d0e-9f1c-2d7c1a4e8b55");
const QString ClientId = QStringLiteral("0c5d2a9e-client");
const QString Secret = QStringLiteral("s3cr3t-'\"-value");

// A secret store that answers when the test says so, counting what it was asked.
struct FakeSecretStore
{
    QList<std::function<void(const Result<QString> &)>> pending;
    int reads = 0;

    AirflowDialog::SecretFetcher fetcher()
    {
        return [this](QObject *, std::function<void(const Result<QString> &)> done) {
            ++reads;
            pending.append(std::move(done));
        };
    }
    void answer(const Result<QString> &secret)
    {
        const auto done = pending.takeFirst();
        done(secret);
    }
};

// Clicks near the left edge, on the indicator: a check box or radio button laid out wider
// than its text ignores clicks beside the text.
void click(QAbstractButton *button)
{
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton, {},
                      QPoint(qMin(8, button->width() / 2), button->height() / 2));
}

void chooseSchedule(AirflowDialog &dialog, const QString &data)
{
    QComboBox *combo = dialog.scheduleCombo();
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestAirflowDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewsTheBlockingDagWithTheRealConnectionId();
    void previewsFollowTheOptions();
    void savesADagThatCompilesAsItsId();
    void refusesToSaveWhatAirflowWouldRefuse();
    void readsTheSecretOnlyWhenAskedAndForgetsIt();
    void dropsASecretThatArrivesAfterUnticking();
    void saysWhyTheSecretCouldNotBeRead();
    void copiesToTheClipboard();
};

void TestAirflowDialog::previewsTheBlockingDagWithTheRealConnectionId()
{
    FakeSecretStore store;
    AirflowDialog dialog(ConnectionId, QStringLiteral("Postgres → MinIO"),
                         QStringLiteral("http://localhost:8000"), ClientId, store.fetcher());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QString dag = dialog.dagPreview()->toPlainText();
    QVERIFY(dag.contains(QStringLiteral("connection_id=\"%1\"").arg(ConnectionId)));
    QVERIFY(!dag.contains(u"<your-connection-id>"));
    QVERIFY(dag.contains(u"dag_id=\"airbyte_postgres_minio\""));
    QVERIFY(dag.contains(u"asynchronous=False"));
    QVERIFY(dag.contains(u"schedule=None"));
    QVERIFY(!dag.contains(u"AirbyteJobSensor"));
    QVERIFY(!dag.contains(u"BashOperator"));
    QVERIFY(dialog.blockingButton()->isChecked());
    QVERIFY(dialog.saveDagButton()->isEnabled());
    QVERIFY(dialog.problemsLabel()->isHidden());

    const QJsonObject conn =
        QJsonDocument::fromJson(dialog.connectionPreview()->toPlainText().toUtf8()).object();
    QCOMPARE(conn.value(u"conn_type").toString(), QStringLiteral("airbyte"));
    QCOMPARE(conn.value(u"host").toString(),
             QStringLiteral("http://localhost:8000/api/public/v1/"));
    QCOMPARE(conn.value(u"login").toString(), ClientId);
    QCOMPARE(conn.value(u"password").toString(), airflowSecretPlaceholder());
    QCOMPARE(store.reads, 0);
}

void TestAirflowDialog::previewsFollowTheOptions()
{
    FakeSecretStore store;
    AirflowDialog dialog(ConnectionId, QStringLiteral("customers"),
                         QStringLiteral("http://localhost:8000"), ClientId, store.fetcher());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto dag = [&dialog] { return dialog.dagPreview()->toPlainText(); };

    click(dialog.asynchronousButton());
    QVERIFY(dag().contains(u"asynchronous=True"));
    QVERIFY(dag().contains(u"AirbyteJobSensor("));
    QVERIFY(dag().contains(u"airbyte_job_id=trigger_sync.output"));
    dialog.timeoutSpin()->setValue(90);
    QVERIFY(dag().contains(u"timeout=5400"));

    chooseSchedule(dialog, QStringLiteral("@daily"));
    QVERIFY(dag().contains(u"schedule=\"@daily\""));
    QVERIFY(dialog.cronEdit()->isHidden());
    chooseSchedule(dialog, QStringLiteral("cron"));
    QVERIFY(dialog.cronEdit()->isVisible());
    QVERIFY(dag().contains(u"schedule=\"0 */6 * * *\""));
    QVERIFY(dialog.scheduleLabel()->text().contains(u"6 hours"));
    dialog.cronEdit()->clear();
    QTest::keyClicks(dialog.cronEdit(), QStringLiteral("30 2 * * 1-5"));
    QVERIFY(dag().contains(u"schedule=\"30 2 * * 1-5\""));

    dialog.retriesSpin()->setValue(3);
    QVERIFY(dag().contains(u"\"retries\": 3"));

    QVERIFY(!dialog.dbtProjectEdit()->isEnabled());
    click(dialog.dbtCheck());
    QVERIFY(dialog.dbtProjectEdit()->isEnabled());
    QVERIFY(dialog.problemsLabel()->isVisible()); // the project directory is missing
    QVERIFY(!dialog.saveDagButton()->isEnabled());
    QTest::keyClicks(dialog.dbtProjectEdit(), QStringLiteral("/opt/dbt/business"));
    QTest::keyClicks(dialog.dbtSelectEdit(), QStringLiteral("tag:daily"));
    QVERIFY(dag().contains(
        u"bash_command=\"dbt run --project-dir '/opt/dbt/business' --select 'tag:daily'\""));
    QVERIFY(dag().contains(u"wait_for_sync >> dbt_run"));
    QVERIFY(dialog.problemsLabel()->isHidden());

    click(dialog.blockingButton());
    QVERIFY(!dag().contains(u"AirbyteJobSensor"));
    QVERIFY(dag().contains(u"trigger_sync >> dbt_run"));

    // A DAG id typed by hand; what a Python name can't hold is not taken.
    QTest::keyClicks(dialog.dagIdEdit(), QStringLiteral("sales sync!"));
    QCOMPARE(dialog.dagIdEdit()->text(), QStringLiteral("salessync"));
    QVERIFY(dag().contains(u"dag_id=\"salessync\""));

    // The Airbyte address as Airflow sees it.
    dialog.tabs()->setCurrentIndex(1);
    dialog.airbyteUrlEdit()->clear();
    QTest::keyClicks(dialog.airbyteUrlEdit(), QStringLiteral("http://host.docker.internal:8000"));
    QVERIFY(dialog.connectionPreview()->toPlainText().contains(
        u"\"host\": \"http://host.docker.internal:8000/api/public/v1/\""));
    QCOMPARE(store.reads, 0);
}

void TestAirflowDialog::savesADagThatCompilesAsItsId()
{
    DSP_REQUIRE_PYTHON();
    // A name from the server may hold anything.
    const QString name = QStringLiteral("Clients \"VIP\"\n'); import os; os.system('id') #\\");
    AirflowDialog dialog(ConnectionId, name, QStringLiteral("http://localhost:8000"), ClientId, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(dialog.asynchronousButton());
    click(dialog.dbtCheck());
    QTest::keyClicks(dialog.dbtProjectEdit(), QStringLiteral("/opt/dbt/it's here"));
    chooseSchedule(dialog, QStringLiteral("cron"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dialog.saveDag(dir.path())); // a folder: saved there as <dag_id>.py
    const QString path =
        dir.filePath(QStringLiteral("airbyte_clients_vip_import_os_os_system_id.py"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    QVERIFY(dialog.statusLabel()->text().contains(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), dialog.dagPreview()->toPlainText());
    const QString compileError = Testing::pyCompileFile(path);
    QVERIFY2(compileError.isEmpty(), qPrintable(compileError));

    QString error;
    const QJsonObject structure = Testing::pythonStructure(dialog.dagText(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonValue &call : structure.value(u"calls").toArray()) {
        QVERIFY2(QStringList({"DAG", "AirbyteTriggerSyncOperator", "AirbyteJobSensor",
                              "BashOperator", "datetime", "timedelta"})
                     .contains(call[u"name"].toString()),
                 qPrintable(call[u"name"].toString()));
    }

    // Without a secret fetcher the secret can't be included.
    QVERIFY(!dialog.includeSecretCheck()->isEnabled());
}

void TestAirflowDialog::refusesToSaveWhatAirflowWouldRefuse()
{
    AirflowDialog dialog(ConnectionId, QStringLiteral("customers"),
                         QStringLiteral("http://localhost:8000"), ClientId, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseSchedule(dialog, QStringLiteral("cron"));
    dialog.cronEdit()->clear();
    QTest::keyClicks(dialog.cronEdit(), QStringLiteral("0 25 * * *"));
    QVERIFY(dialog.problemsLabel()->isVisible());
    QVERIFY(dialog.problemsLabel()->text().contains(u"25"));
    QVERIFY(!dialog.saveDagButton()->isEnabled());
    QVERIFY(dialog.saveConnectionButton()->isEnabled()); // the connection is fine

    dialog.tabs()->setCurrentIndex(1);
    dialog.airbyteUrlEdit()->clear();
    QVERIFY(!dialog.saveConnectionButton()->isEnabled());

    QTemporaryDir dir;
    QVERIFY(!dialog.saveDag(dir.filePath(QStringLiteral("missing/dag.py"))));
    QVERIFY(dialog.statusLabel()->isVisible());
    QVERIFY(dialog.statusLabel()->text().contains(u"dag.py"));
}

void TestAirflowDialog::readsTheSecretOnlyWhenAskedAndForgetsIt()
{
    FakeSecretStore store;
    AirflowDialog dialog(ConnectionId, QStringLiteral("customers"),
                         QStringLiteral("http://localhost:8000"), ClientId, store.fetcher());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(1);
    QVERIFY(dialog.includeSecretCheck()->isEnabled());
    QCOMPARE(store.reads, 0);

    click(dialog.includeSecretCheck());
    QCOMPARE(store.reads, 1);
    QVERIFY(!dialog.connectionPreview()->toPlainText().contains(u"s3cr3t")); // not yet here
    store.answer(Secret);
    const QJsonObject conn =
        QJsonDocument::fromJson(dialog.connectionPreview()->toPlainText().toUtf8()).object();
    QCOMPARE(conn.value(u"password").toString(), Secret);
    QVERIFY(dialog.connectionCommand().contains(u"s3cr3t"));
    QVERIFY(!dialog.dagText().contains(u"s3cr3t"));

    // Saved with the secret: for its owner's eyes only.
    QTemporaryDir dir;
    QVERIFY(dialog.saveConnection(dir.path()));
    const QString path = dir.filePath(QStringLiteral("airbyte_default.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), conn);
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
    QVERIFY(dialog.saveDag(dir.path()));
    QFile dagFile(dir.filePath(QStringLiteral("airbyte_customers.py")));
    QVERIFY(dagFile.open(QIODevice::ReadOnly));
    QVERIFY(!dagFile.readAll().contains("s3cr3t"));

    // Unticked: gone from the preview and from the dialog.
    click(dialog.includeSecretCheck());
    QVERIFY(!dialog.connectionPreview()->toPlainText().contains(u"s3cr3t"));
    QVERIFY(dialog.connectionPreview()->toPlainText().contains(airflowSecretPlaceholder()));
    QVERIFY(dialog.connectionOptions().clientSecret.isEmpty());
    QVERIFY(dialog.saveConnection(dir.path()));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readAll().contains("s3cr3t"));

    // Ticked again: asked again.
    click(dialog.includeSecretCheck());
    QCOMPARE(store.reads, 2);
}

void TestAirflowDialog::dropsASecretThatArrivesAfterUnticking()
{
    FakeSecretStore store;
    AirflowDialog dialog(ConnectionId, QStringLiteral("customers"),
                         QStringLiteral("http://localhost:8000"), ClientId, store.fetcher());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(1);
    click(dialog.includeSecretCheck());
    click(dialog.includeSecretCheck());
    store.answer(Secret);
    QVERIFY(!dialog.includeSecretCheck()->isChecked());
    QVERIFY(!dialog.connectionPreview()->toPlainText().contains(u"s3cr3t"));
    QVERIFY(dialog.connectionOptions().clientSecret.isEmpty());
}

void TestAirflowDialog::saysWhyTheSecretCouldNotBeRead()
{
    FakeSecretStore store;
    AirflowDialog dialog(ConnectionId, QStringLiteral("customers"),
                         QStringLiteral("http://localhost:8000"), ClientId, store.fetcher());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(1);
    click(dialog.includeSecretCheck());
    store.answer(Error::make(ErrorKind::Unsupported, QStringLiteral("The keyring is locked.")));
    QVERIFY(!dialog.includeSecretCheck()->isChecked());
    QVERIFY(dialog.statusLabel()->text().contains(u"The keyring is locked."));
    QVERIFY(dialog.connectionPreview()->toPlainText().contains(airflowSecretPlaceholder()));

    click(dialog.includeSecretCheck());
    store.answer(QString()); // nothing saved
    QVERIFY(!dialog.includeSecretCheck()->isChecked());
    QVERIFY(dialog.statusLabel()->isVisible());

    // An Airbyte without authentication has no secret to include.
    AirflowDialog open(ConnectionId, QStringLiteral("customers"),
                       QStringLiteral("http://localhost:8001"), {}, store.fetcher());
    QVERIFY(!open.includeSecretCheck()->isEnabled());
    const QJsonObject conn = QJsonDocument::fromJson(open.connectionText().toUtf8()).object();
    QVERIFY(!conn.contains(u"password"));
}

void TestAirflowDialog::copiesToTheClipboard()
{
    FakeSecretStore store;
    AirflowDialog dialog(ConnectionId, QStringLiteral("customers"),
                         QStringLiteral("http://localhost:8000"), ClientId, store.fetcher());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QClipboard *clipboard = QGuiApplication::clipboard();
    dialog.copyDag();
    QCOMPARE(clipboard->text(), dialog.dagPreview()->toPlainText());
    dialog.copyConnection();
    QCOMPARE(clipboard->text(), dialog.connectionPreview()->toPlainText());
    dialog.copyCommand();
    QVERIFY(clipboard->text().startsWith(u"airflow connections add airbyte_default --conn-json '"));
    QVERIFY(clipboard->text().contains(airflowSecretPlaceholder()));
}

QTEST_MAIN(TestAirflowDialog)
#include "tst_airflowdialog.moc"
