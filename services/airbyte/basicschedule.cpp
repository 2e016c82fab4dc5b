#include "airbyte/basicschedule.h"

#include "airbyte/airbytetr.h"

#include <limits>

namespace Dsp {

namespace {

struct UnitName
{
    BasicSchedule::TimeUnit unit;
    const char *api;
};

constexpr UnitName UnitNames[] = {{BasicSchedule::TimeUnit::Minutes, "minutes"},
                                  {BasicSchedule::TimeUnit::Hours, "hours"},
                                  {BasicSchedule::TimeUnit::Days, "days"},
                                  {BasicSchedule::TimeUnit::Weeks, "weeks"},
                                  {BasicSchedule::TimeUnit::Months, "months"}};

} // namespace

QString BasicSchedule::describe() const
{
    if (units < 1)
        return {};
    // One of each is its own phrase, so the English source reads right without a translator.
    const int n = int(qMin<qint64>(units, std::numeric_limits<int>::max()));
    switch (timeUnit) {
    case TimeUnit::Minutes:
        //: n is 2 or more
        return n == 1 ? AirbyteTr::tr("Every minute")
                      : AirbyteTr::tr("Every %n minutes", nullptr, n);
    case TimeUnit::Hours:
        //: n is 2 or more
        return n == 1 ? AirbyteTr::tr("Every hour") : AirbyteTr::tr("Every %n hours", nullptr, n);
    case TimeUnit::Days:
        //: n is 2 or more
        return n == 1 ? AirbyteTr::tr("Every day") : AirbyteTr::tr("Every %n days", nullptr, n);
    case TimeUnit::Weeks:
        //: n is 2 or more
        return n == 1 ? AirbyteTr::tr("Every week") : AirbyteTr::tr("Every %n weeks", nullptr, n);
    case TimeUnit::Months:
        //: n is 2 or more
        return n == 1 ? AirbyteTr::tr("Every month") : AirbyteTr::tr("Every %n months", nullptr, n);
    }
    return {};
}

QString BasicSchedule::apiTimeUnit() const
{
    for (const UnitName &name : UnitNames) {
        if (name.unit == timeUnit)
            return QLatin1String(name.api);
    }
    return {};
}

std::optional<BasicSchedule::TimeUnit> BasicSchedule::timeUnitFromApi(const QString &text)
{
    for (const UnitName &name : UnitNames) {
        if (text == QLatin1String(name.api))
            return name.unit;
    }
    return std::nullopt;
}

QList<BasicSchedule> BasicSchedule::webAppPresets()
{
    QList<BasicSchedule> presets;
    for (const qint64 hours : {24, 12, 8, 6, 3, 2, 1})
        presets.append({TimeUnit::Hours, hours});
    return presets;
}

} // namespace Dsp
