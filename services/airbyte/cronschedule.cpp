#include "airbyte/cronschedule.h"

#include "airbyte/cronfields_p.h"

#include <QTimeZone>

#include <optional>

namespace Dsp {

namespace {

constexpr qint64 DaySeconds = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
// UTC offsets in use go down to -12 h, so the instant of a wall-clock time w is at most w + 12 h.
constexpr qint64 MaxWestOffset = 12 * 3600;

// Quartz's W: the weekday (Monday to Friday) nearest to `day`, without leaving the month.
int nearestWeekday(int year, int month, int day, int daysInMonth)
{
    const int weekday = QDate(year, month, day).dayOfWeek();
    if (weekday == Qt::Saturday)
        return day == 1 ? 3 : day - 1;
    if (weekday == Qt::Sunday)
        return day == daysInMonth ? day - 2 : day + 1;
    return day;
}

bool dayMatches(const CronFields &f, const QDate &date)
{
    const int day = date.day();
    const int daysInMonth = date.daysInMonth();
    switch (f.dayRule) {
    case CronDayRule::NoSpec:
        break;
    case CronDayRule::Values:
        if (!f.days.contains(day))
            return false;
        break;
    case CronDayRule::Last: {
        int target = daysInMonth - f.dayNumber;
        if (target < 1)
            return false;
        if (f.dayWeekday)
            target = nearestWeekday(date.year(), date.month(), target, daysInMonth);
        if (day != target)
            return false;
        break;
    }
    case CronDayRule::NearestWeekday:
        if (f.dayNumber > daysInMonth ||
            day != nearestWeekday(date.year(), date.month(), f.dayNumber, daysInMonth))
            return false;
        break;
    }
    const int weekday = date.dayOfWeek() % 7 + 1; // Quartz: 1 = Sunday
    switch (f.weekdayRule) {
    case CronWeekdayRule::NoSpec:
        return true;
    case CronWeekdayRule::Values:
        return f.weekdays.contains(weekday);
    case CronWeekdayRule::Last:
        return weekday == f.weekday && day + 7 > daysInMonth;
    case CronWeekdayRule::Nth:
        return weekday == f.weekday && (day - 1) / 7 + 1 == f.weekdayNth;
    }
    return false;
}

// Wall-clock seconds (local time counted as if it were UTC) to instants in one zone.
class WallClock
{
public:
    explicit WallClock(const QTimeZone &zone)
        : m_zone(zone)
    {}

    // Prepares for the wall-clock times of the day starting at `dayStart`: one offset for the
    // whole day when no transition comes near it.
    void startDay(qint64 dayStart)
    {
        const qint64 from = dayStart - DaySeconds;
        const qint64 to = dayStart + 2 * DaySeconds;
        m_dayOffset = offsetAt(from);
        m_constant = m_dayOffset == offsetAt(to);
        if (m_constant && m_zone.hasTransitions()) {
            const QTimeZone::OffsetData next = m_zone.nextTransition(utc(from));
            m_constant = !next.atUtc.isValid() || next.atUtc.toSecsSinceEpoch() > to;
        }
    }

    // The instant of `wall`: none in a gap, the first one in an overlap.
    std::optional<qint64> instant(qint64 wall) const
    {
        if (m_constant)
            return wall - m_dayOffset;
        std::optional<qint64> first;
        // The offsets a day before and after: one of them applies to `wall`, if any does.
        for (const qint64 probe : {wall - DaySeconds, wall + DaySeconds}) {
            const int offset = offsetAt(probe);
            const qint64 candidate = wall - offset;
            if (offsetAt(candidate) == offset && (!first || candidate < *first))
                first = candidate;
        }
        return first;
    }

private:
    static QDateTime utc(qint64 secs)
    {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    }
    int offsetAt(qint64 secs) const { return m_zone.offsetFromUtc(utc(secs)); }

    const QTimeZone &m_zone;
    int m_dayOffset = 0;
    bool m_constant = true;
};

} // namespace

CronSchedule::CronSchedule() = default;

Result<CronSchedule> CronSchedule::parse(const QString &text)
{
    Result<CronFields> fields = parseCronFields(text);
    if (!fields)
        return fields.error();
    CronSchedule schedule;
    schedule.m_fields = std::make_shared<const CronFields>(std::move(fields.value()));
    return schedule;
}

QString CronSchedule::quartz() const
{
    return m_fields ? m_fields->quartz.join(QLatin1Char(' ')) : QString();
}

bool CronSchedule::wasUnix() const
{
    return m_fields && m_fields->wasUnix;
}

bool CronSchedule::runsMoreThanHourly() const
{
    return m_fields && m_fields->minutes.count() > 1;
}

QString CronSchedule::describe(const QLocale &locale) const
{
    return m_fields ? describeCronFields(*m_fields, locale) : QString();
}

QList<QDateTime> CronSchedule::nextRuns(const QDateTime &after, const QTimeZone &zone,
                                        int count) const
{
    QList<QDateTime> runs;
    if (!m_fields || !zone.isValid() || !after.isValid() || count <= 0)
        return runs;
    const CronFields &f = *m_fields;
    const qint64 afterSecs = after.toSecsSinceEpoch();
    // A day early: in an overlap, the first occurrence of a time can fall on the day before.
    QDate date = after.toTimeZone(zone).date().addDays(-1);
    const int lastYear = f.hasYears ? f.years.hi : date.year() + 100;
    WallClock clock(zone);
    while (runs.size() < count && date.year() <= lastYear) {
        if (f.hasYears && !f.years.contains(date.year())) {
            date = QDate(date.year() + 1, 1, 1);
            continue;
        }
        if (!f.months.contains(date.month())) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            continue;
        }
        if (dayMatches(f, date)) {
            const qint64 dayStart = (date.toJulianDay() - UnixEpochJulianDay) * DaySeconds;
            if (dayStart + DaySeconds + MaxWestOffset > afterSecs) {
                clock.startDay(dayStart);
                for (int h = 0; h < 24 && runs.size() < count; ++h) {
                    if (!f.hours.contains(h))
                        continue;
                    for (int m = 0; m < 60 && runs.size() < count; ++m) {
                        if (!f.minutes.contains(m))
                            continue;
                        for (int s = 0; s < 60 && runs.size() < count; ++s) {
                            const qint64 wall = dayStart + h * 3600 + m * 60 + s;
                            if (!f.seconds.contains(s) || wall + MaxWestOffset <= afterSecs)
                                continue;
                            const std::optional<qint64> at = clock.instant(wall);
                            if (at && *at > afterSecs)
                                runs.append(QDateTime::fromSecsSinceEpoch(*at, zone));
                        }
                    }
                }
            }
        }
        date = date.addDays(1);
    }
    return runs;
}

QString CronSchedule::airbyteTimeZoneId(const QTimeZone &zone)
{
    if (!zone.isValid())
        return {};
    const QString id = QString::fromUtf8(zone.id());
    static const QStringList utcNames = {
        "UTC",      "UCT",     "Universal", "Zulu",      "GMT",       "GMT0",
        "GMT+0",    "GMT-0",   "Greenwich", "Etc/UTC",   "Etc/UCT",   "Etc/Universal",
        "Etc/Zulu", "Etc/GMT", "Etc/GMT0",  "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich"};
    if (utcNames.contains(id, Qt::CaseInsensitive))
        return QStringLiteral("UTC");
    // ConnectionScheduleHelper refuses ids starting with "etc"; Joda knows no "UTC+01:00".
    if (id.startsWith(QLatin1String("etc"), Qt::CaseInsensitive) ||
        id.startsWith(QLatin1String("UTC"), Qt::CaseInsensitive))
        return {};
    return id;
}

} // namespace Dsp
