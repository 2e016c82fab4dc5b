#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <chrono>

// "Use in Airflow": the text an Airflow user needs to run an Airbyte connection's syncs from a
// DAG, made from plain option structs. Checked against the Airbyte provider's source,
// apache/airflow providers/airbyte/src/airflow/providers/airbyte/{operators,sensors}/airbyte.py
// (operator at commit 0b57348a2100, sensor at 08bd9f39bb22: provider 5.5.x). The arguments
// used here are also in the 3.x operator (airflow/providers/airbyte/operators/airbyte.py at
// 0d704cd29ed3), so they hold for every provider >= 4. Pure functions; any thread.

namespace Dsp {

// What the DAG file holds. Every string is written into Python as an escaped literal, so any
// text (quotes, backslashes, newlines, any script) gives valid Python that runs nothing else.
struct AirflowDagOptions
{
    enum class Schedule {
        None,   // only when triggered (by hand, the API or another DAG)
        Preset, // one of airflowSchedulePresets(): "@daily"
        Cron,   // a five-field cron line, in the DAG's zone (UTC): "0 */6 * * *"
    };

    QString connectionId;   // Airbyte's connection id (a UUID), not its name
    QString connectionName; // for the DAG's description and its default id
    QString airflowConnId = QStringLiteral("airbyte_default"); // the provider's default name
    QString dagId; // empty: airflowDagId(connectionName); always made safe by airflowDagId()
    Schedule schedule = Schedule::None;
    QString scheduleText;                   // the preset or the cron line
    QDate startDate = QDate::currentDate(); // midnight UTC; catchup is off
    int retries = 1;
    std::chrono::minutes retryDelay{5};
    // Blocking: the operator waits for the job (holding a worker slot). Asynchronous: it returns
    // the job id at once and an AirbyteJobSensor waits, in reschedule mode.
    bool asynchronous = false;
    std::chrono::seconds timeout{3600};    // operator's wait (blocking) or sensor's (async)
    std::chrono::seconds waitSeconds{3};   // blocking: between two looks at the job
    std::chrono::seconds pokeInterval{60}; // asynchronous: between two sensor checks
    // After the sync, optionally: BashOperator running `dbt run --project-dir <dir>
    // [--select <selection>]` (shell-quoted, and out of reach of Airflow's Jinja templating).
    bool dbt = false;
    QString dbtProjectDir;
    QString dbtSelect;
    QStringList tags{QStringLiteral("airbyte")};
};

// The Airflow connection of the provider >= 4 (PLATFORM.md): host = Airbyte's public API
// ending in /api/public/v1/, login / password = the application's client id / secret, schema =
// the token URL. Without a client id (an Airbyte with authentication off), no credentials.
struct AirflowConnectionOptions
{
    QString airflowConnId = QStringLiteral("airbyte_default");
    // Airbyte as Airflow's workers reach it: http://host:8000, .../api, or the public API URL.
    QString airbyteUrl;
    QString clientId;
    QString clientSecret; // written only with includeSecret
    bool includeSecret = false;
};

// What stands for the secret when it is not included: "<client-secret>".
QString airflowSecretPlaceholder();

// The DAG file's Python source (UTF-8 when saved), in the stack guide's form with the real
// connection id. Never holds a secret: the credentials live in the Airflow connection.
QString airflowDag(const AirflowDagOptions &options);

// A DAG id (also the file's base name) from any text: ASCII letters, digits and underscores
// only (accents dropped, anything else a single "_"), lower case, at most 200 characters;
// "airbyte_" + the name for a connection name; "airbyte_sync" when nothing is left.
QString airflowDagId(const QString &text);
QString airflowDefaultDagId(const QString &connectionName);
// The dag id airflowDag() writes: options.dagId made safe, or the default from the name.
QString airflowEffectiveDagId(const AirflowDagOptions &options);

// Airflow's presets for schedule= ("@hourly", "@daily", ...), "@once" included.
QStringList airflowSchedulePresets();

// What would make Airflow refuse the DAG or the sync fail, in words (empty: none). A cron line
// is checked as CronSchedule reads crontab lines (so L, W and # are refused, as for Airbyte).
QStringList airflowDagProblems(const AirflowDagOptions &options);
// The schedule in words, "Every 6 hours, at minute 0 (UTC)"; empty when there is none or
// it is invalid.
QString airflowScheduleDescription(const AirflowDagOptions &options);

// The public API URL, ending in "/api/public/v1/" (no user info, query or fragment); empty
// when `airbyteUrl` is not an http(s) URL with a host.
QString airbytePublicApiUrl(const QString &airbyteUrl);

// The connection as `airflow connections add <id> --conn-json '<json>'` takes it: conn_type
// "airbyte", host, login, password (airflowSecretPlaceholder() unless includeSecret with a
// secret), schema = <host>applications/token. Indented, keys in order.
QString airflowConnectionJson(const AirflowConnectionOptions &options);
// The whole command line, quoted for a POSIX shell.
QString airflowConnectionCommand(const AirflowConnectionOptions &options);
QStringList airflowConnectionProblems(const AirflowConnectionOptions &options);
// Letters, digits, "_", "-" and "." (what Airflow's own connection ids hold), 1-250 of them.
bool isValidAirflowConnId(const QString &id);

// Writes `text` as UTF-8, atomically. `ownerOnly`: readable by the owner alone (a file holding
// a secret). A failure is an Error of kind FileError saying why.
Result<bool> writeAirflowFile(const QString &path, const QString &text, bool ownerOnly = false);

} // namespace Dsp
