#include "airbyte/basicschedule.h"
#include "airbyte/cronschedule.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Dsp;

namespace {

// The fixed clock of these tests: 00:30 UTC on the night Europe/Paris moves to summer time
// (02:00 CET becomes 03:00 CEST, at 01:00 UTC).
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
}

QTimeZone paris()
{
    return QTimeZone("Europe/Paris");
}

// The runs as ISO times with their offset, so the zone is checked along with the instant.
QStringList isoTimes(const QList<QDateTime> &runs)
{
    QStringList times;
    for (const QDateTime &run : runs)
        times.append(run.toString(Qt::ISODate));
    return times;
}

// For QVERIFY2, which evaluates its message even when the check passes.
QString errorOf(const Result<CronSchedule> &result)
{
    return result ? QString() : result.error().message;
}

CronSchedule parsed(const QString &text)
{
    const Result<CronSchedule> result = CronSchedule::parse(text);
    if (!result)
        qWarning("%s: %s", qPrintable(text), qPrintable(result.error().message));
    return result ? result.value() : CronSchedule();
}

} // namespace

// Airbyte schedules connections with Quartz cron expressions; the stack guide and most people
// write crontab lines. The panel takes both and shows what will happen, before Airbyte does.
class TestCronSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(paris().isValid(), "needs the tz database (tzdata)"); }

    void convertsTheGuidesCrontabLineAndShowsItsNextRuns()
    {
        const Result<CronSchedule> schedule = CronSchedule::parse(QStringLiteral("0 */6 * * *"));
        QVERIFY2(schedule, qPrintable(errorOf(schedule)));
        QCOMPARE(schedule.value().quartz(), QStringLiteral("0 0 */6 * * ?"));
        QVERIFY(schedule.value().wasUnix());
        QVERIFY(!schedule.value().runsMoreThanHourly());
        QCOMPARE(schedule.value().describe(QLocale::c()),
                 QStringLiteral("Every 6 hours, at minute 0"));

        QCOMPARE(isoTimes(schedule.value().nextRuns(fixedNow(), QTimeZone::utc())),
                 QStringList({"2026-03-29T06:00:00+00:00", "2026-03-29T12:00:00+00:00",
                              "2026-03-29T18:00:00+00:00"}));
        // 00:30 UTC is 01:30 CET; the next 06:00 is already summer time.
        const QList<QDateTime> inParis = schedule.value().nextRuns(fixedNow(), paris());
        QCOMPARE(isoTimes(inParis),
                 QStringList({"2026-03-29T06:00:00+02:00", "2026-03-29T12:00:00+02:00",
                              "2026-03-29T18:00:00+02:00"}));
        QCOMPARE(inParis.first().timeZone(), paris());
        QCOMPARE(inParis.first().toUTC(),
                 QDateTime(QDate(2026, 3, 29), QTime(4, 0), QTimeZone::utc()));
        QCOMPARE(isoTimes(schedule.value().nextRuns(fixedNow(), paris(), 5)).size(), 5);
    }

    // What Airbyte's web app offers and a few common schedules, as typed into its cron field.
    void readsQuartzExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quartz");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("runs"); // after fixedNow(), in UTC

        QTest::newRow("web app default: noon")
            << "0 0 12 * * ?"
            << "0 0 12 * * ?"
            << "At 12:00, every day"
            << QStringList{"2026-03-29T12:00:00+00:00", "2026-03-30T12:00:00+00:00",
                           "2026-03-31T12:00:00+00:00"};
        QTest::newRow("hourly") << "0 0 * * * ?"
                                << "0 0 * * * ?"
                                << "Every hour, at minute 0"
                                << QStringList{"2026-03-29T01:00:00+00:00",
                                               "2026-03-29T02:00:00+00:00",
                                               "2026-03-29T03:00:00+00:00"};
        QTest::newRow("daily") << "0 0 0 * * ?"
                               << "0 0 0 * * ?"
                               << "At 00:00, every day"
                               << QStringList{"2026-03-30T00:00:00+00:00",
                                              "2026-03-31T00:00:00+00:00",
                                              "2026-04-01T00:00:00+00:00"};
        QTest::newRow("every 2 hours")
            << "0 0 */2 * * ?"
            << "0 0 */2 * * ?"
            << "Every 2 hours, at minute 0"
            << QStringList{"2026-03-29T02:00:00+00:00", "2026-03-29T04:00:00+00:00",
                           "2026-03-29T06:00:00+00:00"};
        QTest::newRow("every 6 hours from 1")
            << "0 30 1/6 * * ?"
            << "0 30 1/6 * * ?"
            << "Every 6 hours from hour 1, at minute 30"
            << QStringList{"2026-03-29T01:30:00+00:00", "2026-03-29T07:30:00+00:00",
                           "2026-03-29T13:30:00+00:00"};
        QTest::newRow("weekdays, names in lower case")
            << "0  0 9 ? * mon-fri"
            << "0 0 9 ? * MON-FRI"
            << "At 09:00, on Monday through Friday"
            << QStringList{"2026-03-30T09:00:00+00:00", "2026-03-31T09:00:00+00:00",
                           "2026-04-01T09:00:00+00:00"};
        QTest::newRow("weekly") << "0 0 0 ? * SUN"
                                << "0 0 0 ? * SUN"
                                << "At 00:00, on Sunday"
                                << QStringList{"2026-04-05T00:00:00+00:00",
                                               "2026-04-12T00:00:00+00:00",
                                               "2026-04-19T00:00:00+00:00"};
        QTest::newRow("monthly") << "0 0 0 1 * ?"
                                 << "0 0 0 1 * ?"
                                 << "At 00:00, on day 1 of the month"
                                 << QStringList{"2026-04-01T00:00:00+00:00",
                                                "2026-05-01T00:00:00+00:00",
                                                "2026-06-01T00:00:00+00:00"};
        QTest::newRow("twice a day, list")
            << "0 0 8,18 * * ?"
            << "0 0 8,18 * * ?"
            << "At 08:00 and 18:00, every day"
            << QStringList{"2026-03-29T08:00:00+00:00", "2026-03-29T18:00:00+00:00",
                           "2026-03-30T08:00:00+00:00"};
        QTest::newRow("every 15 minutes")
            << "0 */15 * * * ?"
            << "0 */15 * * * ?"
            << "Every 15 minutes"
            << QStringList{"2026-03-29T00:45:00+00:00", "2026-03-29T01:00:00+00:00",
                           "2026-03-29T01:15:00+00:00"};
        QTest::newRow("office hours")
            << "0 0/30 9-17 ? * MON-FRI"
            << "0 0/30 9-17 ? * MON-FRI"
            << "At minutes 0 and 30, during hours 9 through 17, on "
               "Monday through Friday"
            << QStringList{"2026-03-30T09:00:00+00:00", "2026-03-30T09:30:00+00:00",
                           "2026-03-30T10:00:00+00:00"};
        QTest::newRow("minutes list")
            << "0 15,45 * * * ?"
            << "0 15,45 * * * ?"
            << "Every hour, at minutes 15 and 45"
            << QStringList{"2026-03-29T00:45:00+00:00", "2026-03-29T01:15:00+00:00",
                           "2026-03-29T01:45:00+00:00"};
        QTest::newRow("quarterly, year field")
            << "0 0 6 1 1/3 ? 2027"
            << "0 0 6 1 1/3 ? 2027"
            << "At 06:00, on day 1 of the month, every 3 "
               "months, in 2027"
            << QStringList{"2027-01-01T06:00:00+00:00", "2027-04-01T06:00:00+00:00",
                           "2027-07-01T06:00:00+00:00"};
        QTest::newRow("months by name, second")
            << "30 0 0 1 JAN,JUL ?"
            << "30 0 0 1 JAN,JUL ?"
            << "At 00:00, at second 30, on day 1 of the "
               "month, in January and July"
            << QStringList{"2026-07-01T00:00:30+00:00", "2027-01-01T00:00:30+00:00",
                           "2027-07-01T00:00:30+00:00"};
        QTest::newRow("weekend wraps around")
            << "0 0 10 ? * SAT-SUN"
            << "0 0 10 ? * SAT-SUN"
            << "At 10:00, on Saturday and Sunday"
            << QStringList{"2026-03-29T10:00:00+00:00", "2026-04-04T10:00:00+00:00",
                           "2026-04-05T10:00:00+00:00"};
        QTest::newRow("L alone is Saturday")
            << "0 0 0 ? * L"
            << "0 0 0 ? * L"
            << "At 00:00, on Saturday"
            << QStringList{"2026-04-04T00:00:00+00:00", "2026-04-11T00:00:00+00:00",
                           "2026-04-18T00:00:00+00:00"};
    }
    void readsQuartzExpressions()
    {
        QFETCH(QString, text);
        QFETCH(QString, quartz);
        QFETCH(QString, words);
        QFETCH(QStringList, runs);
        const Result<CronSchedule> schedule = CronSchedule::parse(text);
        QVERIFY2(schedule, qPrintable(errorOf(schedule)));
        QCOMPARE(schedule.value().quartz(), quartz);
        QVERIFY(!schedule.value().wasUnix());
        QCOMPARE(schedule.value().describe(QLocale::c()), words);
        QCOMPARE(isoTimes(schedule.value().nextRuns(fixedNow(), QTimeZone::utc())), runs);
    }

    void convertsCrontabLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quartz");
        QTest::newRow("weekdays 1-5 are MON-FRI") << "0 9 * * 1-5"
                                                  << "0 0 9 ? * MON-FRI";
        QTest::newRow("day of month") << "30 2 1 * *"
                                      << "0 30 2 1 * ?";
        QTest::newRow("0 is Sunday") << "0 0 * * 0"
                                     << "0 0 0 ? * SUN";
        QTest::newRow("7 is Sunday too") << "0 0 * * 7"
                                         << "0 0 0 ? * SUN";
        QTest::newRow("5-7 is Friday to Sunday") << "0 0 * * 5-7"
                                                 << "0 0 0 ? * SUN,FRI,SAT";
        QTest::newRow("names") << "0 0 * * sat,sun"
                               << "0 0 0 ? * SUN,SAT";
        QTest::newRow("step over days") << "0 0 * * */2"
                                        << "0 0 0 ? * SUN,TUE,THU,SAT";
        QTest::newRow("every 5 minutes") << "*/5 * * * *"
                                         << "0 */5 * * * ?";
        QTest::newRow("month name") << "0 0 1 jan *"
                                    << "0 0 0 1 JAN ?";
        QTest::newRow("@hourly") << "@hourly"
                                 << "0 0 * * * ?";
        QTest::newRow("@daily") << "@daily"
                                << "0 0 0 * * ?";
        QTest::newRow("@midnight") << "@midnight"
                                   << "0 0 0 * * ?";
        QTest::newRow("@weekly") << "@weekly"
                                 << "0 0 0 ? * SUN";
        QTest::newRow("@monthly") << "@monthly"
                                  << "0 0 0 1 * ?";
        QTest::newRow("@yearly") << "@Yearly"
                                 << "0 0 0 1 1 ?";
        QTest::newRow("@annually") << "@annually"
                                   << "0 0 0 1 1 ?";
    }
    void convertsCrontabLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, quartz);
        const Result<CronSchedule> schedule = CronSchedule::parse(text);
        QVERIFY2(schedule, qPrintable(errorOf(schedule)));
        QCOMPARE(schedule.value().quartz(), quartz);
        QVERIFY(schedule.value().wasUnix());
        // The converted expression reads the same as Quartz input.
        QCOMPARE(parsed(quartz).nextRuns(fixedNow(), paris(), 5),
                 schedule.value().nextRuns(fixedNow(), paris(), 5));
    }

    void refusesWhatAirbyteWouldRefuseAndSaysWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "  "
                               << "Enter a cron expression: Quartz (0 0 */6 * * ?) or a "
                                  "crontab line (0 */6 * * *).";
        QTest::newRow("four fields") << "0 0 * *"
                                     << "A cron expression has 6 or 7 fields (Quartz, seconds "
                                        "first) or 5 (a crontab line); this one has 4.";
        QTest::newRow("hour 25") << "0 0 25 * * ?"
                                 << "hour: 25 is out of range 0-23";
        QTest::newRow("minute 60, crontab") << "60 * * * *"
                                            << "minute: 60 is out of range 0-59";
        QTest::newRow("day of week 8") << "0 0 0 ? * 8"
                                       << "day of week: 8 is out of range 1-7";
        QTest::newRow("crontab day of week 8") << "0 0 * * 8"
                                               << "day of week: 8 is out of range 0-7";
        QTest::newRow("year 1969") << "0 0 0 ? * MON 1969"
                                   << "year: 1969 is out of range 1970-2099";
        QTest::newRow("year range backwards") << "0 0 0 ? * MON 2030-2026"
                                              << "year: the range \"2030-2026\" ends before it "
                                                 "starts";
        QTest::newRow("unknown name") << "0 0 0 ? FOO *"
                                      << "month: \"FOO\" is not a number or a name such as JAN";
        QTest::newRow("not a number") << "0 x * * * ?"
                                      << "minute: \"X\" is not a number";
        QTest::newRow("step 0") << "0 0 */0 * * ?"
                                << "hour: the step in \"*/0\" must be a whole number from 1 to 23";
        QTest::newRow("empty list item") << "0 0 1,,2 * * ?"
                                         << "hour: \"1,,2\" has an empty value";
        QTest::newRow("? in hours") << "0 0 ? * * ?"
                                    << "hour: ? is only allowed in the day-of-month and "
                                       "day-of-week fields";
        QTest::newRow("both days") << "0 0 0 * * *"
                                   << "Quartz cannot combine a day of month with a day of week: "
                                      "set one of them to ?.";
        QTest::newRow("both days set") << "0 0 0 1 * MON"
                                       << "Quartz cannot combine a day of month with a day of "
                                          "week: set one of them to ?.";
        QTest::newRow("neither day") << "0 0 0 ? * ?"
                                     << "Day of month and day of week cannot both be ?: set one "
                                        "of them to ?, and the other to the days to run (or *).";
        QTest::newRow("crontab with both days") << "0 9 1 * 1"
                                                << "This crontab line sets both a day of month "
                                                   "and a day of week (cron runs when either "
                                                   "matches), which Quartz cannot express: keep "
                                                   "one of them *.";
        QTest::newRow("crontab with L") << "0 0 L * *"
                                        << "L, W, # and ? are Quartz features, not crontab ones: "
                                           "write all six Quartz fields (seconds first) to use "
                                           "them.";
        QTest::newRow("@reboot") << "@reboot"
                                 << "@reboot has no Quartz equivalent: Airbyte schedules by the "
                                    "clock only.";
        QTest::newRow("unknown shortcut") << "@every 5m"
                                          << "Unknown shortcut @every 5m: use @hourly, @daily, "
                                             "@weekly, @monthly or @yearly.";
        QTest::newRow("every second") << "* * * * * ?"
                                      << "second: Airbyte runs a connection at most once a "
                                         "minute: give a single second, such as 0";
        QTest::newRow("twice a minute") << "0,30 * * * * ?"
                                        << "second: Airbyte runs a connection at most once a "
                                           "minute: give a single second, such as 0";
        QTest::newRow("L in a list") << "0 0 0 L,15 * ?"
                                     << "day of month: \"L,15\" must stand alone: L, W and # "
                                        "cannot be combined with other values";
        QTest::newRow("W in a list") << "0 0 0 15W,20 * ?"
                                     << "day of month: \"15W,20\" must stand alone: L, W and # "
                                        "cannot be combined with other values";
        QTest::newRow("bad W") << "0 0 0 32W * ?"
                               << "day of month: \"32W\" is not a valid use of L or W (examples: "
                                  "L, L-3, LW, 15W)";
        QTest::newRow("# in a list") << "0 0 0 ? * 2#1,6#3"
                                     << "day of week: \"2#1,6#3\" must stand alone: L, W and # "
                                        "cannot be combined with other values";
        QTest::newRow("sixth Friday") << "0 0 0 ? * 6#6"
                                      << "day of week: the number after # in \"6#6\" must be 1 "
                                         "to 5 (the nth such day of the month)";
    }
    void refusesWhatAirbyteWouldRefuseAndSaysWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<CronSchedule> schedule = CronSchedule::parse(text);
        QVERIFY(!schedule);
        QCOMPARE(schedule.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(schedule.error().message, message);
        QVERIFY(schedule.error().detail.contains(text));
    }

    void runsOnLastNearestAndNthDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("days"); // of the runs after fixedNow(), at 00:00 UTC

        QTest::newRow("L") << "0 0 0 L * ?"
                           << "At 00:00, on the last day of the month"
                           << QStringList{"2026-03-31", "2026-04-30", "2026-05-31"};
        // March 29th at 00:00 is before the fixed clock.
        QTest::newRow("L-2") << "0 0 0 L-2 * ?"
                             << "At 00:00, 2 days before the last day of the month"
                             << QStringList{"2026-04-28", "2026-05-29", "2026-06-28"};
        // May 31st 2026 is a Sunday: Friday the 29th.
        QTest::newRow("LW") << "0 0 0 LW * ?"
                            << "At 00:00, on the last weekday of the month"
                            << QStringList{"2026-03-31", "2026-04-30", "2026-05-29"};
        // August 15th: Saturday in 2026 (Friday 14th), Sunday in 2027 (Monday 16th).
        QTest::newRow("15W") << "0 0 0 15W 8 ?"
                             << "At 00:00, on the weekday nearest to day 15 of the month, in "
                                "August"
                             << QStringList{"2026-08-14", "2027-08-16", "2028-08-15"};
        // The 1st on a Saturday moves to Monday the 3rd, not back into July.
        QTest::newRow("1W") << "0 0 0 1W AUG ?"
                            << "At 00:00, on the weekday nearest to day 1 of the month, in August"
                            << QStringList{"2026-08-03", "2027-08-02", "2028-08-01"};
        QTest::newRow("6L") << "0 0 0 ? * 6L"
                            << "At 00:00, on the last Friday of the month"
                            << QStringList{"2026-04-24", "2026-05-29", "2026-06-26"};
        QTest::newRow("FRIL") << "0 0 0 ? * FRIL"
                              << "At 00:00, on the last Friday of the month"
                              << QStringList{"2026-04-24", "2026-05-29", "2026-06-26"};
        QTest::newRow("6#3") << "0 0 0 ? * 6#3"
                             << "At 00:00, on the third Friday of the month"
                             << QStringList{"2026-04-17", "2026-05-15", "2026-06-19"};
        QTest::newRow("MON#5") << "0 0 0 ? * MON#5"
                               << "At 00:00, on the fifth Monday of the month"
                               << QStringList{"2026-03-30", "2026-06-29", "2026-08-31"};
    }
    void runsOnLastNearestAndNthDays()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(QStringList, days);
        const CronSchedule schedule = parsed(text);
        QVERIFY(!schedule.isNull());
        QCOMPARE(schedule.describe(QLocale::c()), words);
        QStringList expected;
        for (const QString &day : days)
            expected.append(day + QStringLiteral("T00:00:00+00:00"));
        QCOMPARE(isoTimes(schedule.nextRuns(fixedNow(), QTimeZone::utc())), expected);
    }

    void givesNoRunsForDatesThatNeverCome_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("February 30th") << "0 0 0 30 2 ?";
        QTest::newRow("April 31st") << "0 0 0 31 APR ?";
        QTest::newRow("a past year") << "0 0 0 ? * MON 2020";
        QTest::newRow("Feb 30th, every minute") << "0 * * 30 2 ?";
    }
    void givesNoRunsForDatesThatNeverCome()
    {
        QFETCH(QString, text);
        const CronSchedule schedule = parsed(text);
        QVERIFY(!schedule.isNull());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(schedule.nextRuns(fixedNow(), paris()).isEmpty());
        qInfo("%s: no runs, found in %lld ms", qPrintable(text), timer.elapsed());
    }

    void skipsTimesThatDaylightSavingSkips()
    {
        // 02:30 does not exist in Paris on March 29th 2026: that day has no run, as in Quartz.
        const CronSchedule schedule = parsed(QStringLiteral("0 30 2 * * ?"));
        const QDateTime before = QDateTime(QDate(2026, 3, 28), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(isoTimes(schedule.nextRuns(before, paris())),
                 QStringList({"2026-03-30T02:30:00+02:00", "2026-03-31T02:30:00+02:00",
                              "2026-04-01T02:30:00+02:00"}));
        // Hourly: 02:00 does not exist either; 03:00 CEST is 01:00 UTC, an hour after 01:00 CET.
        QCOMPARE(isoTimes(parsed(QStringLiteral("0 0 * * * ?")).nextRuns(fixedNow(), paris())),
                 QStringList({"2026-03-29T03:00:00+02:00", "2026-03-29T04:00:00+02:00",
                              "2026-03-29T05:00:00+02:00"}));
    }

    void runsRepeatedTimesOnceWhenClocksGoBack()
    {
        // October 25th 2026: 03:00 CEST becomes 02:00 CET, so 02:00-02:59 happen twice.
        const CronSchedule schedule = parsed(QStringLiteral("0 30 2 * * ?"));
        const QDateTime before = QDateTime(QDate(2026, 10, 24), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(isoTimes(schedule.nextRuns(before, paris())),
                 QStringList({"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00",
                              "2026-10-27T02:30:00+01:00"}));
        // Asked during the second 02:30 (01:30 UTC), the first one is already past.
        const QDateTime second = QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc());
        QCOMPARE(isoTimes(schedule.nextRuns(second, paris(), 1)),
                 QStringList({"2026-10-26T02:30:00+01:00"}));
        // Hourly from 01:30 CEST: 02:00 runs once (CEST), then 03:00 CET two hours later.
        const QDateTime night = QDateTime(QDate(2026, 10, 24), QTime(23, 30), QTimeZone::utc());
        QCOMPARE(isoTimes(parsed(QStringLiteral("0 0 * * * ?")).nextRuns(night, paris())),
                 QStringList({"2026-10-25T02:00:00+02:00", "2026-10-25T03:00:00+01:00",
                              "2026-10-25T04:00:00+01:00"}));
    }

    void countsStrictlyAfterTheGivenTime()
    {
        const CronSchedule schedule = parsed(QStringLiteral("0 0 * * * ?"));
        const QDateTime onTheHour = QDateTime(QDate(2026, 3, 29), QTime(6, 0), QTimeZone::utc());
        QCOMPARE(isoTimes(schedule.nextRuns(onTheHour, QTimeZone::utc(), 1)),
                 QStringList({"2026-03-29T07:00:00+00:00"}));
        // `after` in another zone is the same instant.
        QCOMPARE(schedule.nextRuns(onTheHour.toTimeZone(paris()), QTimeZone::utc(), 1),
                 schedule.nextRuns(onTheHour, QTimeZone::utc(), 1));
        QVERIFY(schedule.nextRuns(onTheHour, QTimeZone(), 3).isEmpty());
        QVERIFY(schedule.nextRuns(onTheHour, QTimeZone::utc(), 0).isEmpty());
        QVERIFY(CronSchedule().nextRuns(onTheHour, QTimeZone::utc()).isEmpty());
        QVERIFY(CronSchedule().quartz().isEmpty());
    }

    void flagsSchedulesRunningMoreThanHourly()
    {
        QVERIFY(parsed(QStringLiteral("*/15 * * * *")).runsMoreThanHourly());
        QVERIFY(parsed(QStringLiteral("0 0,59 * * * ?")).runsMoreThanHourly());
        QVERIFY(!parsed(QStringLiteral("0 0 * * * ?")).runsMoreThanHourly());
        QVERIFY(!parsed(QStringLiteral("0 5 */2 * * ?")).runsMoreThanHourly());
    }

    void namesDaysAndMonthsInTheLocale()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QString words = parsed(QStringLiteral("0 0 9 ? 1 MON")).describe(french);
        QVERIFY2(words.contains(QStringLiteral("lundi")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("janvier")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("09:00")), qPrintable(words));
    }

    void offersZonesAirbyteAccepts()
    {
        QCOMPARE(CronSchedule::airbyteTimeZoneId(QTimeZone::utc()), QStringLiteral("UTC"));
        QCOMPARE(CronSchedule::airbyteTimeZoneId(QTimeZone("Etc/UTC")), QStringLiteral("UTC"));
        QCOMPARE(CronSchedule::airbyteTimeZoneId(paris()), QStringLiteral("Europe/Paris"));
        QCOMPARE(CronSchedule::airbyteTimeZoneId(QTimeZone("Etc/GMT+5")), QString());
        QCOMPARE(CronSchedule::airbyteTimeZoneId(QTimeZone(3600)), QString());
        QCOMPARE(CronSchedule::airbyteTimeZoneId(QTimeZone()), QString());
    }

    void describesBasicSchedules_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("api");
        using Unit = BasicSchedule::TimeUnit;
        QTest::newRow("6 hours") << int(Unit::Hours) << qint64(6) << "Every 6 hours"
                                 << "hours";
        QTest::newRow("1 hour") << int(Unit::Hours) << qint64(1) << "Every hour"
                                << "hours";
        QTest::newRow("15 minutes") << int(Unit::Minutes) << qint64(15) << "Every 15 minutes"
                                    << "minutes";
        QTest::newRow("1 day") << int(Unit::Days) << qint64(1) << "Every day"
                               << "days";
        QTest::newRow("2 weeks") << int(Unit::Weeks) << qint64(2) << "Every 2 weeks"
                                 << "weeks";
        QTest::newRow("1 month") << int(Unit::Months) << qint64(1) << "Every month"
                                 << "months";
        QTest::newRow("0 hours") << int(Unit::Hours) << qint64(0) << ""
                                 << "hours";
    }
    void describesBasicSchedules()
    {
        QFETCH(int, unit);
        QFETCH(qint64, units);
        QFETCH(QString, words);
        QFETCH(QString, api);
        const BasicSchedule schedule{BasicSchedule::TimeUnit(unit), units};
        QCOMPARE(schedule.describe(), words);
        QCOMPARE(schedule.apiTimeUnit(), api);
        QCOMPARE(BasicSchedule::timeUnitFromApi(api), std::optional(schedule.timeUnit));
    }

    void offersTheWebAppsBasicIntervals()
    {
        QStringList words;
        for (const BasicSchedule &preset : BasicSchedule::webAppPresets())
            words.append(preset.describe());
        QCOMPARE(words,
                 QStringList({"Every 24 hours", "Every 12 hours", "Every 8 hours", "Every 6 hours",
                              "Every 3 hours", "Every 2 hours", "Every hour"}));
        QVERIFY(!BasicSchedule::timeUnitFromApi(QStringLiteral("fortnights")));
    }

    // Not a timed assertion: the figures are printed for the closing note.
    void staysFastForTheWizard()
    {
        const CronSchedule guide = parsed(QStringLiteral("0 */6 * * *"));
        const CronSchedule lastFriday = parsed(QStringLiteral("0 0 0 ? * 6L"));
        const CronSchedule never = parsed(QStringLiteral("0 0 0 30 2 ?"));
        QElapsedTimer timer;
        timer.start();
        qsizetype runs = 0;
        for (int i = 0; i < 1000; ++i) {
            const QDateTime after = fixedNow().addSecs(i * 3607);
            runs += guide.nextRuns(after, paris()).size();
            runs += lastFriday.nextRuns(after, paris()).size();
        }
        const qint64 runMs = timer.restart();
        for (int i = 0; i < 1000; ++i)
            runs += CronSchedule::parse(QStringLiteral("0 0/30 9-17 ? * MON-FRI")).hasValue();
        const qint64 parseMs = timer.restart();
        for (int i = 0; i < 100; ++i)
            runs += never.nextRuns(fixedNow(), paris()).size();
        const qint64 neverMs = timer.elapsed();
        QCOMPARE(runs, qsizetype(6000 + 1000));
        qInfo("2000 nextRuns(3) in Europe/Paris: %lld ms; 1000 parses: %lld ms; "
              "100 never-firing nextRuns: %lld ms",
              runMs, parseMs, neverMs);
    }
};

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cronschedule.moc"
