#pragma once

#include "core/result.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <bitset>

// The parsed form of a cron schedule, shared by the parser, the describer and CronSchedule's
// evaluator. Internal to services/airbyte; CronSchedule is the public face.

namespace Dsp {

// The values one cron field allows, from `lo` to `hi` (years 1970-2099 are the widest field).
struct CronValues
{
    int lo = 0;
    int hi = 0;
    std::bitset<130> bits;

    bool contains(int v) const { return v >= lo && v <= hi && bits.test(size_t(v - lo)); }
    void add(int v) { bits.set(size_t(v - lo)); }
    int count() const { return int(bits.count()); }
    bool isFull() const { return count() == hi - lo + 1; }
    int first() const
    {
        for (int v = lo; v <= hi; ++v) {
            if (contains(v))
                return v;
        }
        return -1;
    }
};

// How the day-of-month field picks days besides plain values.
enum class CronDayRule {
    NoSpec,         // ?
    Values,         // numbers, ranges, lists, steps
    Last,           // L, L-3 (days before the last), LW and L-3W (nearest weekday to that day)
    NearestWeekday, // 15W: Monday to Friday, nearest to the 15th, in the same month
};

// How the day-of-week field picks days besides plain values (1-7 = Sunday-Saturday).
enum class CronWeekdayRule {
    NoSpec, // ?
    Values,
    Last, // 6L, FRIL: the last Friday of the month
    Nth,  // 6#3: the third Friday of the month
};

struct CronFields
{
    QStringList quartz; // 6 or 7 fields, as Airbyte receives them
    bool wasUnix = false;

    CronValues seconds{0, 59, {}};
    CronValues minutes{0, 59, {}};
    CronValues hours{0, 23, {}};
    CronValues days{1, 31, {}};
    CronValues months{1, 12, {}};
    CronValues weekdays{1, 7, {}};
    CronValues years{1970, 2099, {}};
    bool hasYears = false; // the optional seventh field restricts the years

    CronDayRule dayRule = CronDayRule::Values;
    int dayNumber = 0;       // L-n: n; nW: n
    bool dayWeekday = false; // LW, L-nW

    CronWeekdayRule weekdayRule = CronWeekdayRule::NoSpec;
    int weekday = 0;    // Last and Nth: the day, 1-7
    int weekdayNth = 0; // Nth: 1-5
};

// Parses a Quartz expression or a crontab line into Quartz fields; errors in words.
Result<CronFields> parseCronFields(const QString &text);

// The schedule in words, numbers and names in `locale`, words through AirbyteTr.
QString describeCronFields(const CronFields &fields, const QLocale &locale);

} // namespace Dsp
