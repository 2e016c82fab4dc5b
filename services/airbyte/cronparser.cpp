// Parses cron schedules as Airbyte's Quartz CronExpression reads them, and converts crontab
// lines (the stack guide's `0 */6 * * *`) to that form.

#include "airbyte/airbytetr.h"
#include "airbyte/cronfields_p.h"

#include <QHash>

#include <algorithm>

namespace Dsp {

namespace {

const QStringList WeekdayNames = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
const QStringList MonthNames = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

// One field's rules: its name for messages, its range, and names standing for values
// (names.at(i) is firstName + i).
struct FieldInfo
{
    QString name;
    int lo;
    int hi;
    QStringList names;
    int firstName = 0;
    bool cyclic = true; // a range may wrap around its end (Quartz: FRI-MON, 22-2)
};

enum Field { Second, Minute, Hour, Day, Month, Weekday, Year };

FieldInfo fieldInfo(int field)
{
    //: The name of a field of a cron expression, opening an error message: "hour: 25 is ..."
    switch (field) {
    case Second:
        return {AirbyteTr::tr("second", "cron field"), 0, 59, {}, 0, true};
    case Minute:
        return {AirbyteTr::tr("minute", "cron field"), 0, 59, {}, 0, true};
    case Hour:
        return {AirbyteTr::tr("hour", "cron field"), 0, 23, {}, 0, true};
    case Day:
        return {AirbyteTr::tr("day of month", "cron field"), 1, 31, {}, 0, true};
    case Month:
        return {AirbyteTr::tr("month", "cron field"), 1, 12, MonthNames, 1, true};
    case Weekday:
        return {AirbyteTr::tr("day of week", "cron field"), 1, 7, WeekdayNames, 1, true};
    default:
        return {AirbyteTr::tr("year", "cron field"), 1970, 2099, {}, 0, false};
    }
}

QString fieldError(const FieldInfo &info, const QString &what)
{
    //: %1 names a cron field ("hour"), %2 says what is wrong with it
    return AirbyteTr::tr("%1: %2").arg(info.name, what);
}

// A number or a name of `info`'s field, in range; an error message otherwise.
QString parseValue(const QString &text, const FieldInfo &info, int *value)
{
    bool isNumber = !text.isEmpty() && text.size() <= 4;
    for (const QChar c : text)
        isNumber = isNumber && c.isDigit();
    if (isNumber) {
        *value = text.toInt();
    } else {
        const qsizetype index = info.names.indexOf(text.toUpper());
        if (index < 0) {
            return fieldError(info, info.names.isEmpty()
                                        ? AirbyteTr::tr("\"%1\" is not a number").arg(text)
                                        : AirbyteTr::tr("\"%1\" is not a number or a name such "
                                                        "as %2")
                                              .arg(text, info.names.first()));
        }
        *value = info.firstName + int(index);
    }
    if (*value < info.lo || *value > info.hi) {
        return fieldError(info, AirbyteTr::tr("%1 is out of range %2-%3")
                                    .arg(text, QString::number(info.lo), QString::number(info.hi)));
    }
    return {};
}

// Numbers, names, ranges a-b, steps */n, a/n and a-b/n, and lists of them.
QString parseValues(const QString &text, const FieldInfo &info, CronValues *values)
{
    const int span = info.hi - info.lo + 1;
    for (const QString &term : text.split(QLatin1Char(','))) {
        if (term.isEmpty())
            return fieldError(info, AirbyteTr::tr("\"%1\" has an empty value").arg(text));
        const QStringList stepParts = term.split(QLatin1Char('/'));
        const QString base = stepParts.first();
        int step = 1;
        if (stepParts.size() > 2 || (stepParts.size() == 2 && stepParts.at(1).isEmpty())) {
            return fieldError(info, AirbyteTr::tr("\"%1\" needs a number after /").arg(term));
        }
        if (stepParts.size() == 2) {
            const int maxStep = info.cyclic ? info.hi : span - 1;
            bool ok = false;
            step = stepParts.at(1).toInt(&ok);
            if (!ok || step < 1 || step > maxStep || stepParts.at(1).startsWith(QLatin1Char('+'))) {
                return fieldError(info, AirbyteTr::tr("the step in \"%1\" must be a whole number "
                                                      "from 1 to %2")
                                            .arg(term, QString::number(maxStep)));
            }
        }
        int from = info.lo;
        int to = info.hi;
        if (base != QLatin1String("*")) {
            const QStringList range = base.split(QLatin1Char('-'));
            if (range.size() > 2)
                return fieldError(info, AirbyteTr::tr("\"%1\" is not a range").arg(term));
            if (const QString error = parseValue(range.first(), info, &from); !error.isEmpty())
                return error;
            if (range.size() == 2) {
                if (const QString error = parseValue(range.at(1), info, &to); !error.isEmpty())
                    return error;
                if (to < from && !info.cyclic) {
                    return fieldError(
                        info, AirbyteTr::tr("the range \"%1\" ends before it starts").arg(base));
                }
            } else if (stepParts.size() == 1) {
                to = from;
            }
        }
        const int length = to >= from ? to - from : to - from + span;
        for (int k = 0; k <= length; k += step)
            values->add(info.lo + (from - info.lo + k) % span);
    }
    return {};
}

QString onlyAlone(const FieldInfo &info, const QString &text)
{
    return fieldError(info, AirbyteTr::tr("\"%1\" must stand alone: L, W and # cannot be combined "
                                          "with other values")
                                .arg(text));
}

// ?, L, L-3, LW, L-3W, 15W or plain values.
QString parseDays(const QString &text, const FieldInfo &info, CronFields *f)
{
    if (text == QLatin1String("?")) {
        f->dayRule = CronDayRule::NoSpec;
        return {};
    }
    if (!text.contains(QLatin1Char('L')) && !text.contains(QLatin1Char('W')))
        return parseValues(text, info, &f->days);
    if (text.contains(QLatin1Char(',')))
        return onlyAlone(info, text);
    QString rest = text;
    f->dayWeekday = rest.endsWith(QLatin1Char('W'));
    if (f->dayWeekday)
        rest.chop(1);
    bool ok = true;
    if (rest.startsWith(QLatin1Char('L'))) {
        f->dayRule = CronDayRule::Last;
        if (rest.size() > 1) {
            f->dayNumber = rest.startsWith(QLatin1String("L-")) ? rest.mid(2).toInt(&ok) : -1;
            ok = ok && f->dayNumber >= 0 && f->dayNumber <= 30;
        }
    } else {
        f->dayRule = CronDayRule::NearestWeekday;
        f->dayNumber = rest.toInt(&ok);
        ok = ok && f->dayWeekday && f->dayNumber >= 1 && f->dayNumber <= 31;
    }
    if (!ok) {
        return fieldError(info, AirbyteTr::tr("\"%1\" is not a valid use of L or W (examples: L, "
                                              "L-3, LW, 15W)")
                                    .arg(text));
    }
    return {};
}

// ?, 6L, FRIL, 6#3 or plain values; L alone is Saturday, as in Quartz.
QString parseWeekdays(const QString &text, const FieldInfo &info, CronFields *f)
{
    f->weekdayRule = CronWeekdayRule::Values;
    if (text == QLatin1String("?")) {
        f->weekdayRule = CronWeekdayRule::NoSpec;
        return {};
    }
    if (text == QLatin1String("L")) {
        f->weekdays.add(7);
        return {};
    }
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash < 0 && !text.endsWith(QLatin1Char('L')))
        return parseValues(text, info, &f->weekdays);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('-')) ||
        text.contains(QLatin1Char('/')))
        return onlyAlone(info, text);
    const QString day = hash < 0 ? text.chopped(1) : text.left(hash);
    if (const QString error = parseValue(day, info, &f->weekday); !error.isEmpty())
        return error;
    if (hash < 0) {
        f->weekdayRule = CronWeekdayRule::Last;
        return {};
    }
    bool ok = false;
    f->weekdayRule = CronWeekdayRule::Nth;
    f->weekdayNth = text.mid(hash + 1).toInt(&ok);
    if (!ok || f->weekdayNth < 1 || f->weekdayNth > 5) {
        return fieldError(info, AirbyteTr::tr("the number after # in \"%1\" must be 1 to 5 (the "
                                              "nth such day of the month)")
                                    .arg(text));
    }
    return {};
}

QString parseQuartz(const QStringList &quartz, CronFields *f)
{
    for (int field = Second; field < quartz.size(); ++field) {
        const FieldInfo info = fieldInfo(field);
        const QString &text = quartz.at(field);
        if (text.contains(QLatin1Char('?')) && field != Day && field != Weekday) {
            return fieldError(info, AirbyteTr::tr("? is only allowed in the day-of-month and "
                                                  "day-of-week fields"));
        }
        if (text.contains(QLatin1Char('?')) && text != QLatin1String("?"))
            return fieldError(info, AirbyteTr::tr("? must stand alone"));
        CronValues *plain[] = {&f->seconds, &f->minutes, &f->hours, nullptr,
                               &f->months,  nullptr,     &f->years};
        const QString error = field == Day       ? parseDays(text, info, f)
                              : field == Weekday ? parseWeekdays(text, info, f)
                                                 : parseValues(text, info, plain[field]);
        if (!error.isEmpty())
            return error;
    }
    f->hasYears = quartz.size() == 7;
    if ((f->dayRule == CronDayRule::NoSpec) == (f->weekdayRule == CronWeekdayRule::NoSpec)) {
        return f->dayRule == CronDayRule::NoSpec
                   ? AirbyteTr::tr("Day of month and day of week cannot both be ?: set one of "
                                   "them to ?, and the other to the days to run (or *).")
                   : AirbyteTr::tr("Quartz cannot combine a day of month with a day of week: "
                                   "set one of them to ?.");
    }
    // Airbyte refuses runs less than a minute apart (CronExpressionHelper.validateCronExpression).
    if (f->seconds.count() != 1) {
        return fieldError(fieldInfo(Second),
                          AirbyteTr::tr("Airbyte runs a connection at most once a minute: give a "
                                        "single second, such as 0"));
    }
    return {};
}

// `dow` with Unix numbers (0-7, 0 and 7 = Sunday) as Quartz names (SUN-SAT).
QString unixWeekdaysToQuartz(const QString &dow, QString *quartz)
{
    FieldInfo info = fieldInfo(Weekday);
    info.lo = 0;
    info.firstName = 0;
    CronValues unixDays{0, 7, {}};
    if (const QString error = parseValues(dow, info, &unixDays); !error.isEmpty())
        return error;
    QList<bool> on(8, false);
    for (int d = 0; d <= 7; ++d)
        on[d % 7 + 1] = on[d % 7 + 1] || unixDays.contains(d);
    QStringList terms;
    for (int d = 1; d <= 7; ++d) {
        if (!on[d])
            continue;
        int end = d;
        while (end < 7 && on[end + 1])
            ++end;
        if (end - d >= 2) {
            terms.append(WeekdayNames.at(d - 1) + QLatin1Char('-') + WeekdayNames.at(end - 1));
            d = end;
        } else {
            terms.append(WeekdayNames.at(d - 1));
        }
    }
    *quartz = terms.join(QLatin1Char(','));
    return {};
}

// minute hour day month weekday, as Quartz: seconds first, one day field `?`.
QString unixToQuartz(const QStringList &unixFields, QStringList *quartz)
{
    for (const QString &field : unixFields) {
        QString withoutNames = field;
        for (const QString &name : WeekdayNames + MonthNames)
            withoutNames.remove(name);
        const auto quartzOnly = [](QChar c) { return QStringLiteral("LW#?").contains(c); };
        if (std::any_of(withoutNames.cbegin(), withoutNames.cend(), quartzOnly)) {
            return AirbyteTr::tr("L, W, # and ? are Quartz features, not crontab ones: write "
                                 "all six Quartz fields (seconds first) to use them.");
        }
    }
    const bool anyDay = unixFields.at(2) == QLatin1String("*");
    const bool anyWeekday = unixFields.at(4) == QLatin1String("*");
    if (!anyDay && !anyWeekday) {
        return AirbyteTr::tr("This crontab line sets both a day of month and a day of week (cron "
                             "runs when either matches), which Quartz cannot express: keep one "
                             "of them *.");
    }
    QString weekdays = QStringLiteral("?");
    if (!anyWeekday) {
        if (const QString error = unixWeekdaysToQuartz(unixFields.at(4), &weekdays);
            !error.isEmpty())
            return error;
    }
    *quartz = {QStringLiteral("0"), unixFields.at(0),
               unixFields.at(1),    anyWeekday ? unixFields.at(2) : QStringLiteral("?"),
               unixFields.at(3),    weekdays};
    return {};
}

} // namespace

Result<CronFields> parseCronFields(const QString &text)
{
    const auto fail = [&text](const QString &message) {
        return Error::make(ErrorKind::InvalidInput, message,
                           QStringLiteral("cron expression \"%1\": %2").arg(text, message));
    };
    QString simplified = text.simplified().toUpper();
    if (simplified.isEmpty()) {
        return fail(AirbyteTr::tr("Enter a cron expression: Quartz (0 0 */6 * * ?) or a crontab "
                                  "line (0 */6 * * *)."));
    }
    CronFields f;
    if (simplified.startsWith(QLatin1Char('@'))) {
        static const QHash<QString, QString> macros = {
            {"@HOURLY", "0 * * * *"},  {"@DAILY", "0 0 * * *"},   {"@MIDNIGHT", "0 0 * * *"},
            {"@WEEKLY", "0 0 * * 0"},  {"@MONTHLY", "0 0 1 * *"}, {"@YEARLY", "0 0 1 1 *"},
            {"@ANNUALLY", "0 0 1 1 *"}};
        if (simplified == QLatin1String("@REBOOT")) {
            return fail(AirbyteTr::tr("@reboot has no Quartz equivalent: Airbyte schedules by "
                                      "the clock only."));
        }
        if (!macros.contains(simplified)) {
            return fail(AirbyteTr::tr("Unknown shortcut %1: use @hourly, @daily, @weekly, "
                                      "@monthly or @yearly.")
                            .arg(text.simplified()));
        }
        simplified = macros.value(simplified);
    }
    const QStringList fields = simplified.split(QLatin1Char(' '));
    QString error;
    if (fields.size() == 5) {
        f.wasUnix = true;
        error = unixToQuartz(fields, &f.quartz);
    } else if (fields.size() == 6 || fields.size() == 7) {
        f.quartz = fields;
    } else {
        error = AirbyteTr::tr("A cron expression has 6 or 7 fields (Quartz, seconds first) or 5 "
                              "(a crontab line); this one has %1.")
                    .arg(fields.size());
    }
    if (error.isEmpty())
        error = parseQuartz(f.quartz, &f);
    if (!error.isEmpty())
        return fail(error);
    return f;
}

} // namespace Dsp
