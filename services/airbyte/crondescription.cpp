// A cron schedule in words: "Every 6 hours, at minute 0", "At 09:00, on Monday through Friday".
// Clauses are whole translatable phrases, joined with a translatable separator; names of days
// and months, times and lists come from the QLocale.

#include "airbyte/airbytetr.h"
#include "airbyte/cronfields_p.h"

#include <QRegularExpression>
#include <QTime>

#include <functional>

namespace Dsp {

namespace {

QString joined(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    //: Joins two parts of a schedule in words: "every 6 hours" and "at minute 0"
    return AirbyteTr::tr("%1, %2").arg(first, second);
}

// "a", "a and b", "a, b and c": in the language of the words (the tr() strings), which is not
// always the locale's (QLocale::c() lists without "and").
QString listed(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    //: The end of a list in a schedule: "Monday, Wednesday and Friday"
    return AirbyteTr::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// The step when three or more values run n apart from the first to the field's end ("*/n",
// "a/n", n >= 2); 0 otherwise. Two values read better as a list: "at 00:00 and 12:00".
int stepOf(const CronValues &values)
{
    const int first = values.first();
    if (values.count() < 3)
        return 0;
    int second = first + 1;
    while (!values.contains(second))
        ++second;
    const int step = second - first;
    for (int v = values.lo; v <= values.hi; ++v) {
        if ((v >= first && (v - first) % step == 0) != values.contains(v))
            return 0;
    }
    return step >= 2 ? step : 0;
}

// The values in `order` that `contains` accepts, runs of three or more as ranges.
QString listText(const QList<int> &order, const std::function<bool(int)> &contains,
                 const std::function<QString(int)> &label)
{
    QStringList items;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (!contains(order.at(i)))
            continue;
        qsizetype end = i;
        while (end + 1 < order.size() && contains(order.at(end + 1)))
            ++end;
        if (end - i >= 2) {
            //: A range in a schedule: "Monday through Friday", "9 through 17"
            items.append(
                AirbyteTr::tr("%1 through %2").arg(label(order.at(i)), label(order.at(end))));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                items.append(label(order.at(k)));
        }
        i = end;
    }
    return listed(items);
}

QString numbersText(const CronValues &values, const QLocale &locale)
{
    QList<int> order;
    for (int v = values.lo; v <= values.hi; ++v)
        order.append(v);
    const bool years = values.lo == 1970;
    return listText(
        order, [&values](int v) { return values.contains(v); },
        [&](int v) { return years ? QString::number(v) : locale.toString(v); });
}

// A time of day in the locale's short format, without seconds (the C locale's has them).
QString clockText(int hour, int minute, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]s+")));
    return locale.toString(QTime(hour, minute), format);
}

QString weekdayName(int quartzDay, const QLocale &locale)
{
    return locale.dayName(quartzDay == 1 ? 7 : quartzDay - 1, QLocale::LongFormat);
}

QString timeClause(const CronFields &f, const QLocale &locale, bool *atClockTimes)
{
    const CronValues &minutes = f.minutes;
    const CronValues &hours = f.hours;
    const int minuteStep = minutes.first() == 0 ? stepOf(minutes) : 0;
    QString minutePart;
    if (minutes.isFull())
        minutePart = AirbyteTr::tr("every minute");
    else if (minuteStep)
        //: n is 2 or more
        minutePart = AirbyteTr::tr("every %n minutes", nullptr, minuteStep);
    else if (minutes.count() == 1)
        minutePart = AirbyteTr::tr("at minute %1").arg(minutes.first());
    else
        minutePart = AirbyteTr::tr("at minutes %1").arg(numbersText(minutes, locale));

    if (hours.isFull())
        return minutes.isFull() || minuteStep ? minutePart
                                              : joined(AirbyteTr::tr("every hour"), minutePart);
    if (const int hourStep = stepOf(hours)) {
        //: n is 2 or more
        const QString hourPart =
            hours.first() == 0 ? AirbyteTr::tr("every %n hours", nullptr, hourStep)
                               //: n is 2 or more; %1 is the first hour, 0-23
                               : AirbyteTr::tr("every %n hours from hour %1", nullptr, hourStep)
                                     .arg(hours.first());
        return joined(hourPart, minutePart);
    }
    if (minutes.count() == 1 && hours.count() <= 6) {
        QStringList times;
        for (int h = 0; h < 24; ++h) {
            if (hours.contains(h))
                times.append(clockText(h, minutes.first(), locale));
        }
        *atClockTimes = true;
        //: %1 is a time of day or a list of them: "at 09:00", "at 08:00 and 18:00"
        return AirbyteTr::tr("at %1").arg(listed(times));
    }
    //: %1 lists hours of the day: "9 through 17"
    return joined(minutePart, AirbyteTr::tr("during hours %1").arg(numbersText(hours, locale)));
}

QString nthWeekdayText(int nth, const QString &day)
{
    //: %1 is the name of a day of the week
    switch (nth) {
    case 1:
        return AirbyteTr::tr("on the first %1 of the month").arg(day);
    case 2:
        return AirbyteTr::tr("on the second %1 of the month").arg(day);
    case 3:
        return AirbyteTr::tr("on the third %1 of the month").arg(day);
    case 4:
        return AirbyteTr::tr("on the fourth %1 of the month").arg(day);
    default:
        return AirbyteTr::tr("on the fifth %1 of the month").arg(day);
    }
}

QString dayOfMonthClause(const CronFields &f, const QLocale &locale)
{
    const CronValues &days = f.days;
    switch (f.dayRule) {
    case CronDayRule::NoSpec:
        return {};
    case CronDayRule::Values:
        if (days.isFull())
            return {};
        if (days.count() == 1)
            return AirbyteTr::tr("on day %1 of the month").arg(days.first());
        if (const int step = stepOf(days)) {
            //: n is 2 or more
            return days.first() == 1
                       ? AirbyteTr::tr("every %n days of the month", nullptr, step)
                       //: n is 2 or more; %1 is the first day of the month
                       : AirbyteTr::tr("every %n days of the month from day %1", nullptr, step)
                             .arg(days.first());
        }
        return AirbyteTr::tr("on days %1 of the month").arg(numbersText(days, locale));
    case CronDayRule::Last:
        if (f.dayWeekday) {
            //: A weekday is Monday to Friday
            return f.dayNumber == 0
                       ? AirbyteTr::tr("on the last weekday of the month")
                       //: %1 is a number of days
                       : AirbyteTr::tr("on the weekday nearest to %1 days before the last "
                                       "day of the month")
                             .arg(f.dayNumber);
        }
        if (f.dayNumber == 0)
            return AirbyteTr::tr("on the last day of the month");
        if (f.dayNumber == 1)
            return AirbyteTr::tr("on the day before the last day of the month");
        //: n is 2 or more
        return AirbyteTr::tr("%n days before the last day of the month", nullptr, f.dayNumber);
    case CronDayRule::NearestWeekday:
        //: A weekday is Monday to Friday
        return AirbyteTr::tr("on the weekday nearest to day %1 of the month").arg(f.dayNumber);
    }
    return {};
}

QString dayOfWeekClause(const CronFields &f, const QLocale &locale)
{
    switch (f.weekdayRule) {
    case CronWeekdayRule::NoSpec:
        return {};
    case CronWeekdayRule::Values: {
        if (f.weekdays.isFull())
            return {};
        QList<int> order; // from the locale's first day of the week, in Quartz numbers
        for (int i = 0; i < 7; ++i)
            order.append((int(locale.firstDayOfWeek()) + i) % 7 + 1);
        const QString list = listText(
            order, [&f](int d) { return f.weekdays.contains(d); },
            [&locale](int d) { return weekdayName(d, locale); });
        //: %1 is a day of the week or a list of them: "on Monday through Friday"
        return AirbyteTr::tr("on %1").arg(list);
    }
    case CronWeekdayRule::Last:
        //: %1 is the name of a day of the week
        return AirbyteTr::tr("on the last %1 of the month").arg(weekdayName(f.weekday, locale));
    case CronWeekdayRule::Nth:
        return nthWeekdayText(f.weekdayNth, weekdayName(f.weekday, locale));
    }
    return {};
}

QString monthClause(const CronFields &f, const QLocale &locale)
{
    const CronValues &months = f.months;
    if (months.isFull())
        return {};
    const auto name = [&locale](int m) { return locale.monthName(m, QLocale::LongFormat); };
    if (const int step = stepOf(months)) {
        //: n is 2 or more
        return months.first() == 1 ? AirbyteTr::tr("every %n months", nullptr, step)
                                   //: n is 2 or more; %1 is the name of the first month
                                   : AirbyteTr::tr("every %n months from %1", nullptr, step)
                                         .arg(name(months.first()));
    }
    QList<int> order;
    for (int m = 1; m <= 12; ++m)
        order.append(m);
    //: %1 is a month, a year, or a list of them: "in January and July", "in 2027"
    return AirbyteTr::tr("in %1").arg(listText(
        order, [&months](int m) { return months.contains(m); }, name));
}

QString yearClause(const CronFields &f, const QLocale &locale)
{
    if (!f.hasYears || f.years.isFull())
        return {};
    if (const int step = stepOf(f.years)) {
        //: n is 2 or more; %1 is the first year
        return AirbyteTr::tr("every %n years from %1", nullptr, step).arg(f.years.first());
    }
    return AirbyteTr::tr("in %1").arg(numbersText(f.years, locale));
}

} // namespace

QString describeCronFields(const CronFields &f, const QLocale &locale)
{
    bool atClockTimes = false;
    QString text = timeClause(f, locale, &atClockTimes);
    if (const int second = f.seconds.first(); second != 0)
        text = joined(text, AirbyteTr::tr("at second %1").arg(second));
    QString days = joined(dayOfMonthClause(f, locale), dayOfWeekClause(f, locale));
    days = joined(joined(days, monthClause(f, locale)), yearClause(f, locale));
    if (days.isEmpty() && atClockTimes)
        days = AirbyteTr::tr("every day");
    text = joined(text, days);
    return locale.toUpper(text.left(1)) + text.mid(1);
}

} // namespace Dsp
