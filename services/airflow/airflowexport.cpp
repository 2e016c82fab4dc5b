#include "airflow/airflowexport.h"

#include "airbyte/cronschedule.h"
#include "airflow/airflowtr.h"

#include <QHash>

namespace Dsp {

namespace {

constexpr qsizetype MaxDagIdLength = 200; // Airflow allows 250

// A character kept as it is inside a Python string literal: printable ASCII but the quote and
// the backslash, and letters, marks, digits, punctuation and symbols of other scripts. Spaces
// other than U+0020, line and paragraph separators, controls, format characters (bidi
// overrides), surrogates and unassigned code points are escaped, so the text reads as it is.
bool keptInLiteral(char32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c < 0x7f && c != U'"' && c != U'\\';
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    default:
        return true;
    }
}

// `text` as a double-quoted Python 3 string literal that evaluates to exactly `text` (a lone
// surrogate included), on one line, whatever it holds.
QString pythonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        switch (c) {
        case U'"':
            out += u"\\\"";
            continue;
        case U'\\':
            out += u"\\\\";
            continue;
        case U'\n':
            out += u"\\n";
            continue;
        case U'\r':
            out += u"\\r";
            continue;
        case U'\t':
            out += u"\\t";
            continue;
        default:
            break;
        }
        if (keptInLiteral(c))
            out += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (c < 0x10000)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    }
    out += u'"';
    return out;
}

// One word for a POSIX shell, always in single quotes (so a command never ends in ".sh",
// which BashOperator would take for a template file's name).
QString shellWord(const QString &word)
{
    return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

// `text` as Jinja renders it back unchanged: BashOperator's bash_command is a template, so
// each "{" that would open a Jinja tag ("{{", "{%", "{#") is written as the expression {{ '{' }}.
QString jinjaVerbatim(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (text.at(i) == u'{' && (next == u'{' || next == u'%' || next == u'#'))
            out += QStringLiteral("{{ '{' }}");
        else
            out += text.at(i);
    }
    return out;
}

// ASCII letters and digits of `text` in lower case, every other run of characters a single
// "_"; accents dropped first (é → e).
QString identifierWords(const QString &text)
{
    QString out;
    bool gap = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
            if (gap && !out.isEmpty())
                out += u'_';
            out += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

QString safeDagId(QString id)
{
    id.truncate(MaxDagIdLength);
    while (id.endsWith(u'_'))
        id.chop(1);
    return id;
}

QString effectiveConnId(const QString &id)
{
    return id.trimmed().isEmpty() ? QStringLiteral("airbyte_default") : id.trimmed();
}

QString scheduleLine(const AirflowDagOptions &o)
{
    switch (o.schedule) {
    case AirflowDagOptions::Schedule::None:
        break;
    case AirflowDagOptions::Schedule::Preset:
        return QStringLiteral("    schedule=%1,  # an Airflow preset, in UTC\n")
            .arg(pythonString(o.scheduleText.trimmed()));
    case AirflowDagOptions::Schedule::Cron:
        return QStringLiteral("    schedule=%1,  # cron: minute hour day month weekday, in UTC\n")
            .arg(pythonString(o.scheduleText.simplified()));
    }
    return QStringLiteral("    schedule=None,  # only when triggered: by hand, the REST API or "
                          "another DAG\n");
}

// A duration for Python, at least one second.
QString seconds(std::chrono::seconds duration)
{
    return QString::number(qMax<qint64>(1, duration.count()));
}

QString dbtCommand(const AirflowDagOptions &o)
{
    QString command =
        QStringLiteral("dbt run --project-dir ") + shellWord(o.dbtProjectDir.trimmed());
    if (!o.dbtSelect.trimmed().isEmpty())
        command += QStringLiteral(" --select ") + shellWord(o.dbtSelect.trimmed());
    return command;
}

// Why Airflow would refuse the schedule (empty: it takes it).
QString scheduleProblem(const AirflowDagOptions &o)
{
    switch (o.schedule) {
    case AirflowDagOptions::Schedule::None:
        return {};
    case AirflowDagOptions::Schedule::Preset:
        if (airflowSchedulePresets().contains(o.scheduleText.trimmed()))
            return {};
        return AirflowTr::tr("Airflow has no schedule preset \"%1\".").arg(o.scheduleText);
    case AirflowDagOptions::Schedule::Cron:
        break;
    }
    const QString line = o.scheduleText.simplified();
    const qsizetype fields = line.isEmpty() ? 0 : line.count(u' ') + 1;
    if (fields != 5) {
        return AirflowTr::tr("An Airflow cron schedule has 5 fields (minute hour day month "
                             "weekday); this one has %1.")
            .arg(fields);
    }
    // Airflow runs a line that sets both days when either matches, which CronSchedule (made for
    // Airbyte's Quartz) refuses: each half is checked on its own then.
    const QStringList parts = line.split(u' ');
    QStringList lines{line};
    if (parts.at(2) != u"*" && parts.at(4) != u"*") {
        QStringList days = parts;
        QStringList weekdays = parts;
        days[4] = weekdays[2] = QStringLiteral("*");
        lines = {days.join(u' '), weekdays.join(u' ')};
    }
    for (const QString &half : lines) {
        if (const Result<CronSchedule> cron = CronSchedule::parse(half); !cron)
            return cron.error().message;
    }
    return {};
}

const char DagHeader[] =
    R"py("""Syncs an Airbyte connection from Airflow, then optionally runs dbt.

Made by Data Stack Panel ("Use in Airflow"): put this file in Airflow's dags/ folder. It needs
apache-airflow-providers-airbyte >= 4 and the Airflow connection named by airbyte_conn_id below
(the panel gives it too, for `airflow connections add ... --conn-json '...'`). Set the
connection's schedule to Manual in Airbyte, so that only this DAG starts its syncs.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow import DAG
from airflow.providers.airbyte.operators.airbyte import AirbyteTriggerSyncOperator
)py";

const char BashImport[] = R"py(
try:
    # Airflow 3, and Airflow 2 with apache-airflow-providers-standard
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:
    # Airflow 2
    from airflow.operators.bash import BashOperator
)py";

} // namespace

QString airflowDagId(const QString &text)
{
    const QString id = safeDagId(identifierWords(text));
    if (id.isEmpty())
        return QStringLiteral("airbyte_sync");
    return id.front().isDigit() ? QStringLiteral("dag_") + id : id;
}

QString airflowDefaultDagId(const QString &connectionName)
{
    const QString words = identifierWords(connectionName);
    return words.isEmpty() ? QStringLiteral("airbyte_sync")
                           : safeDagId(QStringLiteral("airbyte_") + words);
}

QString airflowEffectiveDagId(const AirflowDagOptions &options)
{
    return options.dagId.trimmed().isEmpty() ? airflowDefaultDagId(options.connectionName)
                                             : airflowDagId(options.dagId);
}

QStringList airflowSchedulePresets()
{
    return {QStringLiteral("@hourly"),  QStringLiteral("@daily"),     QStringLiteral("@weekly"),
            QStringLiteral("@monthly"), QStringLiteral("@quarterly"), QStringLiteral("@yearly"),
            QStringLiteral("@once")};
}

QString airflowDag(const AirflowDagOptions &o)
{
    const QString airbyteConnId = pythonString(effectiveConnId(o.airflowConnId));
    const QString connectionId = pythonString(o.connectionId.trimmed());
    const QDate start = o.startDate.isValid() ? o.startDate : QDate::currentDate();
    const QString description =
        o.connectionName.isEmpty()
            ? QStringLiteral("Airbyte sync of connection %1").arg(o.connectionId.trimmed())
            : QStringLiteral("Airbyte sync: %1").arg(o.connectionName);
    QStringList tags;
    for (const QString &tag : o.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(pythonString(tag.trimmed()));
    }

    QString py = QString::fromUtf8(DagHeader);
    if (o.asynchronous)
        py += QStringLiteral(
            "from airflow.providers.airbyte.sensors.airbyte import AirbyteJobSensor\n");
    if (o.dbt)
        py += QString::fromUtf8(BashImport);
    py += QStringLiteral("\nwith DAG(\n    dag_id=%1,\n    description=%2,\n")
              .arg(pythonString(airflowEffectiveDagId(o)), pythonString(description));
    py +=
        QStringLiteral("    # schedule= needs Airflow 2.4 or later (schedule_interval= before).\n");
    py += scheduleLine(o);
    py += QStringLiteral("    start_date=datetime(%1, %2, %3, tzinfo=timezone.utc),\n")
              .arg(start.year())
              .arg(start.month())
              .arg(start.day());
    py += QStringLiteral("    # No run for each interval already past since start_date.\n"
                         "    catchup=False,\n"
                         "    default_args={\n"
                         "        \"retries\": %1,\n"
                         "        \"retry_delay\": timedelta(minutes=%2),\n"
                         "    },\n"
                         "    tags=[%3],\n"
                         ") as dag:\n")
              .arg(qMax(0, o.retries))
              .arg(qMax<qint64>(0, o.retryDelay.count()))
              .arg(tags.join(QStringLiteral(", ")));

    QString last = QStringLiteral("trigger_sync");
    if (!o.asynchronous) {
        py += QStringLiteral(
                  "    # Starts a sync and waits in this task until it ends, holding a worker "
                  "slot; after\n"
                  "    # timeout seconds it cancels the Airbyte job and fails.\n"
                  "    trigger_sync = AirbyteTriggerSyncOperator(\n"
                  "        task_id=\"trigger_sync\",\n"
                  "        airbyte_conn_id=%1,\n"
                  "        connection_id=%2,\n"
                  "        asynchronous=False,\n"
                  "        timeout=%3,\n"
                  "        wait_seconds=%4,\n"
                  "    )\n")
                  .arg(airbyteConnId, connectionId, seconds(o.timeout), seconds(o.waitSeconds));
    } else {
        py += QStringLiteral(
                  "    # Starts a sync and returns its Airbyte job id at once.\n"
                  "    trigger_sync = AirbyteTriggerSyncOperator(\n"
                  "        task_id=\"trigger_sync\",\n"
                  "        airbyte_conn_id=%1,\n"
                  "        connection_id=%2,\n"
                  "        asynchronous=True,\n"
                  "    )\n"
                  "\n"
                  "    # Waits for that job, freeing its worker slot between checks; fails if "
                  "the job fails,\n"
                  "    # is cancelled or has not ended after timeout seconds. Reading "
                  "trigger_sync.output\n"
                  "    # also runs this task after trigger_sync.\n"
                  "    wait_for_sync = AirbyteJobSensor(\n"
                  "        task_id=\"wait_for_sync\",\n"
                  "        airbyte_conn_id=%1,\n"
                  "        airbyte_job_id=trigger_sync.output,\n"
                  "        mode=\"reschedule\",\n"
                  "        poke_interval=%3,\n"
                  "        timeout=%4,\n"
                  "    )\n")
                  .arg(airbyteConnId, connectionId, seconds(o.pokeInterval), seconds(o.timeout));
        last = QStringLiteral("wait_for_sync");
    }
    if (o.dbt) {
        py += QStringLiteral("\n"
                             "    # Runs the dbt models once the data is in.\n"
                             "    dbt_run = BashOperator(\n"
                             "        task_id=\"dbt_run\",\n"
                             "        bash_command=%1,\n"
                             "    )\n"
                             "\n"
                             "    %2 >> dbt_run\n")
                  .arg(pythonString(jinjaVerbatim(dbtCommand(o))), last);
    }
    return py;
}

QStringList airflowDagProblems(const AirflowDagOptions &o)
{
    QStringList problems;
    if (o.connectionId.trimmed().isEmpty())
        problems.append(AirflowTr::tr("The Airbyte connection's id is missing."));
    if (!isValidAirflowConnId(effectiveConnId(o.airflowConnId)))
        problems.append(AirflowTr::tr("The Airflow connection id may only hold letters, digits, "
                                      "\"_\", \"-\" and \".\"."));
    if (const QString schedule = scheduleProblem(o); !schedule.isEmpty())
        problems.append(schedule);
    if (!o.startDate.isValid())
        problems.append(AirflowTr::tr("The start date is missing."));
    if (o.dbt && o.dbtProjectDir.trimmed().isEmpty())
        problems.append(AirflowTr::tr("Give the dbt project's directory, as Airflow's workers "
                                      "see it."));
    return problems;
}

QString airflowScheduleDescription(const AirflowDagOptions &o)
{
    QString words;
    switch (o.schedule) {
    case AirflowDagOptions::Schedule::None:
        return AirflowTr::tr("Only when triggered: by hand, through the REST API or by another "
                             "DAG");
    case AirflowDagOptions::Schedule::Preset: {
        const QString preset = o.scheduleText.trimmed();
        if (preset == u"@once")
            return AirflowTr::tr("Once, at the start date");
        static const QHash<QString, QString> crons = {
            {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
            {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
            {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
            {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
            {QStringLiteral("@quarterly"), QStringLiteral("0 0 1 */3 *")},
            {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")}};
        if (const Result<CronSchedule> cron = CronSchedule::parse(crons.value(preset)); cron)
            words = cron.value().describe();
        break;
    }
    case AirflowDagOptions::Schedule::Cron:
        if (!scheduleProblem(o).isEmpty())
            return {};
        if (const Result<CronSchedule> cron = CronSchedule::parse(o.scheduleText); cron)
            words = cron.value().describe();
        break;
    }
    //: %1 is a schedule in words, "Every 6 hours, at minute 0"
    return words.isEmpty() ? QString() : AirflowTr::tr("%1 (UTC)").arg(words);
}

} // namespace Dsp
