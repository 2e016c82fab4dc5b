// "Use in Airflow": the DAG must compile and pass the Airbyte provider only arguments it has,
// whatever the options and however hostile the names; the Airflow connection must be what
// the provider >= 4 reads, with the secret only when asked. Python itself judges the DAG
// (py_compile, and its ast for the calls).
#include "airflow/airflowexport.h"

#include "pythoncheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

// The keyword arguments the provider's classes take, read in apache/airflow:
// AirbyteTriggerSyncOperator.__init__, providers/airbyte/src/airflow/providers/airbyte/operators/
// airbyte.py at commit 0b57348a2100c4a16faab13c64b251b5d643b228 (provider 5.5.x):
const QStringList OperatorArguments{"connection_id", "airbyte_conn_id", "asynchronous",
                                    "deferrable",    "api_version",     "wait_seconds",
                                    "workspace_id",  "timeout"};
const QStringList OperatorRequired{"connection_id"};
// AirbyteJobSensor.__init__ (keyword-only), providers/airbyte/src/airflow/providers/airbyte/
// sensors/airbyte.py at commit 08bd9f39bb22ab4144f56864000e7819a0178c4b:
const QStringList SensorArguments{"airbyte_job_id", "deferrable", "airbyte_conn_id", "api_version"};
const QStringList SensorRequired{"airbyte_job_id"};
// What the sensor hands to BaseSensorOperator.__init__, task-sdk/src/airflow/sdk/bases/
// sensor.py at commit 028148b065470e15a6135696c71c8902ffdec443 (Airflow 2's
// airflow/sensors/base.py has these names too):
const QStringList BaseSensorArguments{
    "poke_interval", "timeout",     "soft_fail",           "mode",
    "max_wait",      "silent_fail", "exponential_backoff", "never_fail"};
// And BaseOperator's, of which the DAG passes only the task id.
const QStringList BaseOperatorArguments{"task_id"};
// The calls a DAG file may hold; anything else came in through a name.
const QStringList AllowedCalls{
    "DAG",      "AirbyteTriggerSyncOperator", "AirbyteJobSensor", "BashOperator", "datetime",
    "timedelta"};

const QString ConnectionId = QStringLiteral("6b4f0c2e-4a39-4d0e-9f1c-2d7c1a4e8b55");
const QString Secret = QStringLiteral("s3cr3t-'\"$(id)-xyz");

// Quotes of both kinds and triple, backslashes, every line break Python or an editor knows,
// a NUL, bidi override, Jinja and shell syntax, an attempt to close the string and run code.
QString hostileName()
{
    return QStringLiteral("Clients \"VIP\" ''' \"\"\" \\ \\\" \\n\n\r\n\u2028\u2029\u0085"
                          "\u202e\t\"); import os; os.system(\"id\") # {{ dag }} ${HOME} "
                          "`id` é 日本 😀") +
           QChar(0) + QStringLiteral("\\");
}

AirflowDagOptions baseOptions(const QString &name = QStringLiteral("customers"))
{
    AirflowDagOptions o;
    o.connectionId = ConnectionId;
    o.connectionName = name;
    o.startDate = QDate(2025, 1, 1);
    o.retries = 2;
    o.retryDelay = 5min;
    return o;
}

QJsonObject structureOf(const QString &source)
{
    QString error;
    const QJsonObject structure = Testing::pythonStructure(source, &error);
    if (!error.isEmpty())
        qWarning("%s\n%s", qPrintable(error), qPrintable(source));
    return structure;
}

QList<QJsonObject> callsNamed(const QJsonObject &structure, const QString &name)
{
    QList<QJsonObject> calls;
    for (const QJsonValue &call : structure.value(u"calls").toArray()) {
        if (call[u"name"].toString() == name)
            calls.append(call.toObject());
    }
    return calls;
}

QStringList keys(const QJsonObject &call)
{
    return call.value(u"keywords").toObject().keys();
}

QJsonValue keyword(const QJsonObject &call, const QString &name)
{
    return call.value(u"keywords").toObject().value(name);
}

// The arguments of `calls` that `accepted` lacks, and the `required` ones missing.
QStringList unknownOrMissing(const QList<QJsonObject> &calls, const QStringList &accepted,
                             const QStringList &required)
{
    QStringList wrong;
    for (const QJsonObject &call : calls) {
        if (call.value(u"positional").toInt() != 0)
            wrong.append(QStringLiteral("(positional arguments)"));
        for (const QString &key : keys(call)) {
            if (!accepted.contains(key))
                wrong.append(QStringLiteral("unknown: ") + key);
        }
        for (const QString &key : required) {
            if (!keys(call).contains(key))
                wrong.append(QStringLiteral("missing: ") + key);
        }
    }
    return wrong;
}

QStringList unexpectedCalls(const QJsonObject &structure)
{
    QStringList unexpected;
    for (const QJsonValue &call : structure.value(u"calls").toArray()) {
        if (!AllowedCalls.contains(call[u"name"].toString()))
            unexpected.append(call[u"name"].toString());
    }
    return unexpected;
}

} // namespace

class TestAirflowExport : public QObject
{
    Q_OBJECT

private slots:
    void dagCompilesAndCallsTheProviderAsItsSourceSays_data();
    void dagCompilesAndCallsTheProviderAsItsSourceSays();
    void hostileTextStaysInsideItsLiterals();
    void dbtCommandSurvivesJinjaAndTheShell();
    void dagIdIsSafeWhateverTheName_data();
    void dagIdIsSafeWhateverTheName();
    void dagNeverHoldsTheSecret();
    void connectionHasTheProvidersFields_data();
    void connectionHasTheProvidersFields();
    void connectionHoldsTheSecretOnlyWhenAsked();
    void connectionWithoutClientIdHasNoCredentials();
    void reportsWhatAirflowWouldRefuse();
    void describesTheSchedule();
    void writesFilesWholeAndPrivately();
};

void TestAirflowExport::dagCompilesAndCallsTheProviderAsItsSourceSays_data()
{
    QTest::addColumn<bool>("asynchronous");
    QTest::addColumn<bool>("dbt");
    QTest::addColumn<int>("schedule");
    QTest::addColumn<QString>("scheduleText");
    QTest::addColumn<QString>("name");
    const QList<std::pair<AirflowDagOptions::Schedule, QString>> schedules{
        {AirflowDagOptions::Schedule::None, {}},
        {AirflowDagOptions::Schedule::Preset, QStringLiteral("@daily")},
        {AirflowDagOptions::Schedule::Preset, QStringLiteral("@once")},
        {AirflowDagOptions::Schedule::Cron, QStringLiteral("0 */6 * * *")}};
    for (const bool asynchronous : {false, true}) {
        for (const bool dbt : {false, true}) {
            for (const auto &[schedule, text] : schedules) {
                for (const QString &name : {QStringLiteral("customers"), hostileName()}) {
                    const QString row =
                        QStringLiteral("%1 %2 %3 %4")
                            .arg(asynchronous ? "async" : "blocking", dbt ? "dbt" : "no-dbt",
                                 text.isEmpty() ? QStringLiteral("none") : text,
                                 name == u"customers" ? "plain" : "hostile");
                    QTest::newRow(qPrintable(row))
                        << asynchronous << dbt << int(schedule) << text << name;
                }
            }
        }
    }
}

void TestAirflowExport::dagCompilesAndCallsTheProviderAsItsSourceSays()
{
    DSP_REQUIRE_PYTHON();
    QFETCH(bool, asynchronous);
    QFETCH(bool, dbt);
    QFETCH(int, schedule);
    QFETCH(QString, scheduleText);
    QFETCH(QString, name);
    AirflowDagOptions o = baseOptions(name);
    o.asynchronous = asynchronous;
    o.dbt = dbt;
    o.dbtProjectDir = QStringLiteral("/opt/dbt/business");
    o.dbtSelect = QStringLiteral("tag:daily");
    o.schedule = AirflowDagOptions::Schedule(schedule);
    o.scheduleText = scheduleText;
    QVERIFY2(airflowDagProblems(o).isEmpty(), qPrintable(airflowDagProblems(o).join(u'\n')));
    const QString dag = airflowDag(o);

    const QString compileError = Testing::pyCompile(dag);
    QVERIFY2(compileError.isEmpty(), qPrintable(compileError + u'\n' + dag));
    const QJsonObject structure = structureOf(dag);
    QVERIFY(!structure.isEmpty());
    QCOMPARE(unexpectedCalls(structure), QStringList());
    QVERIFY(structure.value(u"docstring").toString().contains(u"dags/"));

    // The current provider's modules.
    const QVariantList imports = structure.value(u"imports").toArray().toVariantList();
    QVERIFY(imports.contains(
        QStringLiteral("airflow.providers.airbyte.operators.airbyte.AirbyteTriggerSyncOperator")));
    QCOMPARE(imports.contains(
                 QStringLiteral("airflow.providers.airbyte.sensors.airbyte.AirbyteJobSensor")),
             asynchronous);

    const QList<QJsonObject> dags = callsNamed(structure, QStringLiteral("DAG"));
    QCOMPARE(dags.size(), 1);
    const QString dagId = keyword(dags.first(), QStringLiteral("dag_id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(dagId).hasMatch(),
             qPrintable(dagId));
    QCOMPARE(keyword(dags.first(), QStringLiteral("description")).toString(),
             QStringLiteral("Airbyte sync: ") + name);
    QVERIFY(!keys(dags.first()).contains(QStringLiteral("schedule_interval"))); // gone in Airflow 3
    const QJsonValue scheduleValue = keyword(dags.first(), QStringLiteral("schedule"));
    if (scheduleText.isEmpty())
        QVERIFY(scheduleValue.isNull());
    else
        QCOMPARE(scheduleValue.toString(), scheduleText);
    QCOMPARE(keyword(dags.first(), QStringLiteral("catchup")), QJsonValue(false));

    const QList<QJsonObject> operators =
        callsNamed(structure, QStringLiteral("AirbyteTriggerSyncOperator"));
    QCOMPARE(operators.size(), 1);
    QCOMPARE(
        unknownOrMissing(operators, OperatorArguments + BaseOperatorArguments, OperatorRequired),
        QStringList());
    QCOMPARE(keyword(operators.first(), QStringLiteral("connection_id")).toString(), ConnectionId);
    QCOMPARE(keyword(operators.first(), QStringLiteral("airbyte_conn_id")).toString(),
             QStringLiteral("airbyte_default"));
    QCOMPARE(keyword(operators.first(), QStringLiteral("asynchronous")), QJsonValue(asynchronous));

    const QList<QJsonObject> sensors = callsNamed(structure, QStringLiteral("AirbyteJobSensor"));
    QCOMPARE(sensors.size(), asynchronous ? 1 : 0);
    QCOMPARE(unknownOrMissing(sensors,
                              SensorArguments + BaseSensorArguments + BaseOperatorArguments,
                              SensorRequired),
             QStringList());
    if (asynchronous) {
        QCOMPARE(keyword(sensors.first(), QStringLiteral("airbyte_job_id"))[u"expr"].toString(),
                 QStringLiteral("trigger_sync.output"));
        QCOMPARE(keyword(sensors.first(), QStringLiteral("mode")).toString(),
                 QStringLiteral("reschedule"));
    } else {
        QCOMPARE(keyword(operators.first(), QStringLiteral("timeout")).toInt(), 3600);
        QCOMPARE(keyword(operators.first(), QStringLiteral("wait_seconds")).toInt(), 3);
    }

    const QList<QJsonObject> bash = callsNamed(structure, QStringLiteral("BashOperator"));
    QCOMPARE(bash.size(), dbt ? 1 : 0);
    if (dbt) {
        QCOMPARE(keyword(bash.first(), QStringLiteral("bash_command")).toString(),
                 QStringLiteral("dbt run --project-dir '/opt/dbt/business' --select 'tag:daily'"));
        QVERIFY(
            dag.contains(asynchronous ? u"wait_for_sync >> dbt_run" : u"trigger_sync >> dbt_run"));
    }
}

void TestAirflowExport::hostileTextStaysInsideItsLiterals()
{
    DSP_REQUIRE_PYTHON();
    AirflowDagOptions o = baseOptions(hostileName());
    o.connectionId = QStringLiteral("id\"); import os #\n") + ConnectionId;
    o.airflowConnId = QStringLiteral("airbyte\"\\'x");
    o.tags = {hostileName(), QStringLiteral("airbyte")};
    o.asynchronous = true;
    o.dbt = true;
    o.dbtProjectDir = QStringLiteral("/srv/it's \"dbt\"/$(id)/`id`/\\n");
    o.dbtSelect = QStringLiteral("tag:a b; rm -rf /");
    o.schedule = AirflowDagOptions::Schedule::Cron;
    o.scheduleText = QStringLiteral("0 6 * * 1\"); import os; (\"");
    const QString dag = airflowDag(o);
    QVERIFY2(Testing::pyCompile(dag).isEmpty(), qPrintable(dag));
    const QJsonObject structure = structureOf(dag);
    QCOMPARE(unexpectedCalls(structure), QStringList());
    QCOMPARE(structure.value(u"body").toArray().toVariantList(),
             (QVariantList{"Expr", "ImportFrom", "ImportFrom", "ImportFrom", "ImportFrom",
                           "ImportFrom", "Try", "With"}));

    const QJsonObject dagCall = callsNamed(structure, QStringLiteral("DAG")).value(0);
    QCOMPARE(keyword(dagCall, QStringLiteral("description")).toString(),
             QStringLiteral("Airbyte sync: ") + hostileName());
    QCOMPARE(keyword(dagCall, QStringLiteral("schedule")).toString(), o.scheduleText);
    QCOMPARE(keyword(dagCall, QStringLiteral("tags")).toArray().toVariantList(),
             (QVariantList{hostileName(), QStringLiteral("airbyte")}));
    for (const QString &task :
         {QStringLiteral("AirbyteTriggerSyncOperator"), QStringLiteral("AirbyteJobSensor")}) {
        QCOMPARE(keyword(callsNamed(structure, task).value(0), QStringLiteral("airbyte_conn_id"))
                     .toString(),
                 o.airflowConnId);
    }
    QCOMPARE(keyword(callsNamed(structure, QStringLiteral("AirbyteTriggerSyncOperator")).value(0),
                     QStringLiteral("connection_id"))
                 .toString(),
             o.connectionId.trimmed());
    // Those are refused, but still written as nothing more than text.
    QVERIFY(!airflowDagProblems(o).isEmpty());

    // The dbt command line splits back into exactly its words.
    const QString bashCommand =
        keyword(callsNamed(structure, QStringLiteral("BashOperator")).value(0),
                QStringLiteral("bash_command"))
            .toString();
    const Testing::PythonRun split = Testing::runPython(
        {QStringLiteral("-c"), QStringLiteral("import json, shlex, sys; "
                                              "print(json.dumps(shlex.split(sys.stdin.read())))")},
        bashCommand.toUtf8());
    QVERIFY2(split.ok, qPrintable(split.message));
    QCOMPARE(
        QJsonDocument::fromJson(split.out).array().toVariantList(),
        (QVariantList{"dbt", "run", "--project-dir", o.dbtProjectDir, "--select", o.dbtSelect}));

    // A lone surrogate, which UTF-8 cannot carry, is written as an escape.
    o.connectionName = QStringLiteral("half ") + QChar(0xd800);
    QVERIFY(airflowDag(o).contains(u"\\ud800"));
    QVERIFY(Testing::pyCompile(airflowDag(o)).isEmpty());
}

void TestAirflowExport::dbtCommandSurvivesJinjaAndTheShell()
{
    DSP_REQUIRE_PYTHON();
    // bash_command is a Jinja template in Airflow: braces in a path must come out as they are.
    // scripts/install-deps.sh installs it (Debian python3-jinja2): under CI its absence fails.
    if (!Testing::runPython({QStringLiteral("-c"), QStringLiteral("import jinja2")}).ok) {
        if (Testing::isCi())
            QFAIL("python3 has no jinja2 (Debian package python3-jinja2)");
        QSKIP("python3 has no jinja2 (Debian package python3-jinja2)");
    }
    AirflowDagOptions o = baseOptions();
    o.dbt = true;
    o.dbtProjectDir = QStringLiteral("/srv/{{ dag }}/{% raw %}/{#x#}/{'}/{{{");
    o.dbtSelect = QStringLiteral("{{ ti.xcom_pull() }}");
    static const char script[] = R"py(
import ast, jinja2, json, shlex, sys
tree = ast.parse(sys.stdin.read())
call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "BashOperator")
command = next(ast.literal_eval(k.value) for k in call.keywords if k.arg == "bash_command")
print(json.dumps(shlex.split(jinja2.Environment().from_string(command).render())))
)py";
    const Testing::PythonRun run = Testing::runPython(
        {QStringLiteral("-c"), QString::fromUtf8(script)}, airflowDag(o).toUtf8());
    QVERIFY2(run.ok, qPrintable(run.message));
    QCOMPARE(
        QJsonDocument::fromJson(run.out).array().toVariantList(),
        (QVariantList{"dbt", "run", "--project-dir", o.dbtProjectDir, "--select", o.dbtSelect}));
}

void TestAirflowExport::dagIdIsSafeWhateverTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("dagId");
    QTest::newRow("words") << "Postgres → MinIO (customers)"
                           << "airbyte_postgres_minio_customers";
    QTest::newRow("accents") << "Données clients"
                             << "airbyte_donnees_clients";
    QTest::newRow("digits first") << "2024 orders"
                                  << "airbyte_2024_orders";
    QTest::newRow("nothing left") << "日本 ✓"
                                  << "airbyte_sync";
    QTest::newRow("empty") << ""
                           << "airbyte_sync";
    QTest::newRow("hostile") << hostileName()
                             << "airbyte_clients_vip_n_import_os_os_system_id_dag_home_id_e";
    QTest::newRow("long") << QString(300, u'a') << QStringLiteral("airbyte_") + QString(192, u'a');
}

void TestAirflowExport::dagIdIsSafeWhateverTheName()
{
    QFETCH(QString, name);
    QFETCH(QString, dagId);
    QCOMPARE(airflowDefaultDagId(name), dagId);
    AirflowDagOptions o = baseOptions(name);
    QCOMPARE(airflowEffectiveDagId(o), dagId);
    // One typed by hand is made safe the same way, without the prefix.
    QCOMPARE(airflowDagId(QStringLiteral("My DAG-1")), QStringLiteral("my_dag_1"));
    QCOMPARE(airflowDagId(QStringLiteral("9 lives")), QStringLiteral("dag_9_lives"));
    o.dagId = QStringLiteral("sync'); x");
    QCOMPARE(airflowEffectiveDagId(o), QStringLiteral("sync_x"));
}

void TestAirflowExport::dagNeverHoldsTheSecret()
{
    AirflowConnectionOptions c;
    c.airbyteUrl = QStringLiteral("http://localhost:8000");
    c.clientId = QStringLiteral("client-id-1");
    c.clientSecret = Secret;
    c.includeSecret = true;
    QVERIFY(airflowConnectionJson(c).contains(u"s3cr3t"));
    for (const bool asynchronous : {false, true}) {
        AirflowDagOptions o = baseOptions();
        o.asynchronous = asynchronous;
        o.dbt = true;
        o.dbtProjectDir = QStringLiteral("/opt/dbt");
        const QString dag = airflowDag(o);
        QVERIFY(!dag.contains(u"s3cr3t"));
        QVERIFY(!dag.contains(u"client-id-1"));
        QVERIFY(!dag.contains(u"password", Qt::CaseInsensitive));
    }
}

void TestAirflowExport::connectionHasTheProvidersFields_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    const QString local = QStringLiteral("http://localhost:8000/api/public/v1/");
    QTest::newRow("abctl") << "http://localhost:8000" << local;
    QTest::newRow("slash") << "http://localhost:8000/" << local;
    QTest::newRow("api") << "http://localhost:8000/api" << local;
    QTest::newRow("config api") << "http://localhost:8000/api/v1/" << local;
    QTest::newRow("public api") << "http://localhost:8000/api/public/v1" << local;
    QTest::newRow("no scheme") << " localhost:8000 " << local;
    QTest::newRow("https, path") << "https://data.example/airbyte/"
                                 << "https://data.example/airbyte/api/public/v1/";
    QTest::newRow("user info, query") << "http://admin:pw@airbyte:8000/api?x=1#top"
                                      << "http://airbyte:8000/api/public/v1/";
}

void TestAirflowExport::connectionHasTheProvidersFields()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    AirflowConnectionOptions c;
    c.airbyteUrl = url;
    c.clientId = QStringLiteral("2f0a6b5e-client");
    c.clientSecret = Secret;
    QCOMPARE(airbytePublicApiUrl(url), host);
    QCOMPARE(airflowConnectionProblems(c), QStringList());

    QJsonParseError error;
    const QJsonObject conn =
        QJsonDocument::fromJson(airflowConnectionJson(c).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(conn.value(u"conn_type").toString(), QStringLiteral("airbyte"));
    QCOMPARE(conn.value(u"host").toString(), host);
    QCOMPARE(conn.value(u"schema").toString(), host + QStringLiteral("applications/token"));
    QCOMPARE(conn.value(u"login").toString(), c.clientId);
    QCOMPARE(conn.value(u"password").toString(), airflowSecretPlaceholder());
    QCOMPARE(conn.keys(), (QStringList{"conn_type", "host", "login", "password", "schema"}));
    QVERIFY(!airflowConnectionJson(c).contains(u"pw"));
    QVERIFY(airflowConnectionCommand(c).startsWith(
        u"airflow connections add airbyte_default --conn-json '{\"conn_type\":\"airbyte\""));
}

void TestAirflowExport::connectionHoldsTheSecretOnlyWhenAsked()
{
    DSP_REQUIRE_PYTHON();
    AirflowConnectionOptions c;
    c.airbyteUrl = QStringLiteral("http://localhost:8000");
    c.clientId = QStringLiteral("client-id-1");
    c.clientSecret = Secret;
    QVERIFY(!airflowConnectionJson(c).contains(u"s3cr3t"));
    QVERIFY(!airflowConnectionCommand(c).contains(u"s3cr3t"));
    QVERIFY(airflowConnectionJson(c).contains(airflowSecretPlaceholder()));

    c.includeSecret = true;
    const QJsonObject conn = QJsonDocument::fromJson(airflowConnectionJson(c).toUtf8()).object();
    QCOMPARE(conn.value(u"password").toString(), Secret);

    // The command line, as a shell splits it, gives the same connection (the secret's quotes
    // and $(...) included).
    c.airflowConnId = QStringLiteral("airbyte.local-1");
    const Testing::PythonRun split = Testing::runPython(
        {QStringLiteral("-c"), QStringLiteral("import json, shlex, sys; "
                                              "print(json.dumps(shlex.split(sys.stdin.read())))")},
        airflowConnectionCommand(c).toUtf8());
    QVERIFY2(split.ok, qPrintable(split.message));
    const QVariantList words = QJsonDocument::fromJson(split.out).array().toVariantList();
    QCOMPARE(words.size(), 6);
    QCOMPARE(words.mid(0, 5),
             (QVariantList{"airflow", "connections", "add", "airbyte.local-1", "--conn-json"}));
    QCOMPARE(QJsonDocument::fromJson(words.at(5).toString().toUtf8()).object(), conn);

    // Asked, but not known: the placeholder stays.
    c.clientSecret.clear();
    QVERIFY(airflowConnectionJson(c).contains(airflowSecretPlaceholder()));
}

void TestAirflowExport::connectionWithoutClientIdHasNoCredentials()
{
    AirflowConnectionOptions c;
    c.airbyteUrl = QStringLiteral("http://airbyte:8001");
    c.clientSecret = Secret;
    c.includeSecret = true;
    const QJsonObject conn = QJsonDocument::fromJson(airflowConnectionJson(c).toUtf8()).object();
    QCOMPARE(conn.keys(), (QStringList{"conn_type", "host"}));
    QCOMPARE(conn.value(u"host").toString(), QStringLiteral("http://airbyte:8001/api/public/v1/"));
}

void TestAirflowExport::reportsWhatAirflowWouldRefuse()
{
    AirflowDagOptions o = baseOptions();
    QCOMPARE(airflowDagProblems(o), QStringList());
    o.schedule = AirflowDagOptions::Schedule::Cron;
    // Airflow runs this when either day matches: fine, although Airbyte's Quartz can't say it.
    o.scheduleText = QStringLiteral("0 6 1 * MON");
    QCOMPARE(airflowDagProblems(o), QStringList());
    o.scheduleText = QStringLiteral("0 */6 * *");
    QCOMPARE(airflowDagProblems(o).size(), 1);
    QVERIFY(airflowDagProblems(o).first().contains(u"5 fields"));
    o.scheduleText = QStringLiteral("0 25 * * *");
    QCOMPARE(airflowDagProblems(o).size(), 1);
    QVERIFY(airflowDagProblems(o).first().contains(u"25"));
    o.scheduleText = QStringLiteral("0 0 */6 * * ?"); // Quartz, as Airbyte takes it
    QCOMPARE(airflowDagProblems(o).size(), 1);
    o.schedule = AirflowDagOptions::Schedule::Preset;
    o.scheduleText = QStringLiteral("@fortnightly");
    QCOMPARE(airflowDagProblems(o).size(), 1);
    o.scheduleText = QStringLiteral("@weekly");
    o.dbt = true;
    QCOMPARE(airflowDagProblems(o).size(), 1); // no project directory
    o.dbtProjectDir = QStringLiteral("/opt/dbt");
    o.connectionId.clear();
    o.airflowConnId = QStringLiteral("my conn");
    QCOMPARE(airflowDagProblems(o).size(), 2);

    AirflowConnectionOptions c;
    QCOMPARE(airflowConnectionProblems(c).size(), 1); // no URL
    c.airbyteUrl = QStringLiteral("ftp://airbyte");
    QCOMPARE(airflowConnectionProblems(c).size(), 1);
    c.airbyteUrl = QStringLiteral("http://airbyte:8000");
    c.airflowConnId = QStringLiteral("a b");
    QCOMPARE(airflowConnectionProblems(c).size(), 1);
    c.airflowConnId.clear(); // the provider's default
    QCOMPARE(airflowConnectionProblems(c), QStringList());
}

void TestAirflowExport::describesTheSchedule()
{
    AirflowDagOptions o = baseOptions();
    QVERIFY(airflowScheduleDescription(o).contains(u"triggered"));
    o.schedule = AirflowDagOptions::Schedule::Cron;
    o.scheduleText = QStringLiteral("0 */6 * * *");
    QVERIFY(airflowScheduleDescription(o).contains(u"6 hours"));
    QVERIFY(airflowScheduleDescription(o).endsWith(u"(UTC)"));
    o.scheduleText = QStringLiteral("nonsense");
    QCOMPARE(airflowScheduleDescription(o), QString());
    o.schedule = AirflowDagOptions::Schedule::Preset;
    for (const QString &preset : airflowSchedulePresets()) {
        o.scheduleText = preset;
        QVERIFY2(!airflowScheduleDescription(o).isEmpty(), qPrintable(preset));
    }
}

void TestAirflowExport::writesFilesWholeAndPrivately()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dag = airflowDag(baseOptions(QStringLiteral("Données")));
    const QString dagPath = dir.filePath(QStringLiteral("dag.py"));
    QVERIFY(writeAirflowFile(dagPath, dag));
    QFile read(dagPath);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(read.readAll()), dag);

    const QString connPath = dir.filePath(QStringLiteral("airbyte_default.json"));
    QVERIFY(writeAirflowFile(connPath, QStringLiteral("{}"), true));
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(connPath).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                  QFileDevice::WriteOther),
             QFileDevice::Permissions());
#endif

    const Result<bool> failed =
        writeAirflowFile(dir.filePath(QStringLiteral("missing/dag.py")), dag);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, ErrorKind::FileError);
    QVERIFY(failed.error().message.contains(u"dag.py"));
}

QTEST_GUILESS_MAIN(TestAirflowExport)
#include "tst_airflowexport.moc"
