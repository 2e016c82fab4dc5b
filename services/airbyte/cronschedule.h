#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTimeZone;
QT_END_NAMESPACE

namespace Dsp {

struct CronFields;

// A connection's cron schedule as Airbyte runs it: a Quartz expression (seconds first, `?` in
// one of the day fields), checked here so the wizard can explain it and show the next runs
// without asking the server. A crontab line is converted on the way in. An immutable value,
// cheap to copy; any thread.
class CronSchedule
{
public:
    CronSchedule(); // no schedule: quartz() and describe() empty, nextRuns() none

    // A Quartz expression (6 or 7 fields: second minute hour day-of-month month day-of-week
    // [year]), a crontab line (5 fields, day of week 0-7 with 0 and 7 Sunday) or a crontab
    // shortcut (@hourly, @daily, @weekly, @monthly, @yearly). The error (kind InvalidInput)
    // says in words what Airbyte would refuse, naming the field: "hour: 25 is out of range
    // 0-23"; also runs less than a minute apart, which Airbyte always refuses.
    static Result<CronSchedule> parse(const QString &text);

    bool isNull() const { return !m_fields; }

    // The expression to send as scheduleData.cron.cronExpression: "0 0 */6 * * ?". Quartz
    // input comes back with single spaces and names upper-cased (Quartz reads them so).
    QString quartz() const;

    // The input was a crontab line or shortcut, converted to quartz().
    bool wasUnix() const;

    // More than one run in some hour. Airbyte Cloud refuses these without a faster-sync plan;
    // self-managed Airbyte accepts them (flag platform.allow-sub-one-hour-sync-frequency, on by
    // default), so this is for a hint, not a refusal.
    bool runsMoreThanHourly() const;

    // "Every 6 hours, at minute 0", "At 09:00, on Monday through Friday": words through
    // AirbyteTr, names of days and months, times and lists in `locale`.
    QString describe(const QLocale &locale = QLocale()) const;

    // The first `count` runs strictly after `after`, as times in `zone` (empty for an invalid
    // zone, and when the schedule never fires again: Feb 30, a past year). The fields are
    // wall-clock times in `zone`, as Quartz reads them: a time that a DST change skips (02:30 on
    // the spring-forward night in Europe/Paris) is not run that day; a time that occurs twice
    // (the autumn night) runs once, at its first occurrence. Looks at most 100 years ahead
    // (up to 2099 with a year field), so it always returns quickly.
    QList<QDateTime> nextRuns(const QDateTime &after, const QTimeZone &zone, int count = 3) const;

    // `zone` as scheduleData.cron.cronTimeZone: "UTC" for the zones that are UTC under another
    // name (Etc/UTC, the system zone of many Linux machines), the IANA id otherwise, and empty
    // for zones Airbyte refuses (any other Etc/..., fixed offsets such as UTC+01:00).
    static QString airbyteTimeZoneId(const QTimeZone &zone);

private:
    std::shared_ptr<const CronFields> m_fields;
};

} // namespace Dsp
