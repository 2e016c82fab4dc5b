#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Dsp {

// Airbyte's "basic" schedule (scheduleData.basicSchedule): a sync every `units` time units,
// counted from the previous sync, manual ones included, so no run times can be computed
// ahead. A plain value; any thread.
struct BasicSchedule
{
    enum class TimeUnit { Minutes, Hours, Days, Weeks, Months };

    TimeUnit timeUnit = TimeUnit::Hours;
    qint64 units = 24;

    // "Every 6 hours", "Every hour", "Every 2 weeks"; empty when units < 1.
    QString describe() const;

    // timeUnit as the API spells it: "minutes", "hours", "days", "weeks", "months".
    QString apiTimeUnit() const;
    static std::optional<TimeUnit> timeUnitFromApi(const QString &text);

    // What Airbyte's web app offers: every 24, 12, 8, 6, 3, 2 and 1 hours.
    static QList<BasicSchedule> webAppPresets();

    friend bool operator==(const BasicSchedule &, const BasicSchedule &) = default;
};

} // namespace Dsp
