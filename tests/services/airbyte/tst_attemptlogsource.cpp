// A job's log read from the Airbyte fake as a user reads it: every attempt after its separator,
// in both log forms and through the old servers' jobs/get; a running attempt followed, its new
// lines appended once each (past the server's tail cap, with an event sorted in late, into the
// next attempt), a rewritten log replaced; a server that hangs or dies leaves a typed error and
// the text already shown. Following is driven by refresh() (the poll interval set to an hour)
// so that the requests counted are exactly those of each step.
#include "airbyte/airbyteclient.h"
#include "logs/attemptlogsource.h"
#include "logs/logevents.h"

#include "airbytetestbed.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace Dsp::Logs;
using namespace std::chrono_literals;

namespace {

using Record = AirbyteJobsFake::LogRecord;

QByteArray fileText(const LogSource &source)
{
    QFile f(source.filePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

// The records as the viewer must show them: the formatted lines as they are, or each event
// in the formatted shape (logevents' rendering).
QByteArray shown(const QList<Record> &records, bool events)
{
    if (!events)
        return (AirbyteJobsFake::formattedLines(records).join(QLatin1Char('\n')) +
                QLatin1Char('\n'))
            .toUtf8();
    QByteArray out;
    for (const Record &r : records) {
        LogEvent e;
        e.timestampMs = r.timestampMs;
        e.level = r.level.toUtf8().toUpper();
        e.logSource = r.source.toUtf8();
        e.message = r.message.toUtf8();
        e.callerClass = r.callerClass.toUtf8();
        e.callerMethod = r.callerMethod.toUtf8();
        e.callerLine = r.callerLine;
        e.stackTrace = r.stackTrace.toUtf8();
        out += renderLogEvent(e);
    }
    return out;
}

Record line(const QString &source, const QString &message, const QString &level = "INFO")
{
    Record r;
    r.source = source;
    r.message = message;
    r.level = level;
    return r;
}

quint64 lineCount(const QByteArray &text)
{
    return quint64(text.count('\n'));
}

} // namespace

class TestAttemptLogSource : public QObject
{
    Q_OBJECT

private:
    AirbyteTestBed m_bed;
    QString m_connection;

    AirbyteJobsFake &engine() { return m_bed.jobs(); }
    int attemptCalls() const { return m_bed.fake->requestCount("attempt/get_for_job"); }
    int jobCalls() const { return m_bed.fake->requestCount("jobs/get_without_logs"); }

    qint64 sync()
    {
        std::optional<Result<qint64>> r;
        m_bed.client->syncConnection(m_connection, this, [&r](const Result<qint64> &x) { r = x; });
        return QTest::qWaitFor([&] { return r.has_value(); }, 10000) && *r ? r->value() : 0;
    }

    Job job(qint64 id)
    {
        std::optional<Result<Job>> r;
        m_bed.client->getJob(id, this, [&r](const Result<Job> &x) { r = x; });
        return QTest::qWaitFor([&] { return r.has_value(); }, 10000) && *r ? r->value() : Job();
    }

    // A source on the job as it is now, reading until it rests (following or not).
    std::unique_ptr<AttemptLogSource> open(qint64 id, bool follow, AirbyteClient *client = nullptr)
    {
        auto source =
            std::make_unique<AttemptLogSource>(client ? client : m_bed.client.get(), job(id));
        source->setPollInterval(1h);
        source->setFollowing(follow);
        QSignalSpy rested(source.get(), &AttemptLogSource::upToDate);
        source->start();
        if (!rested.wait(10000))
            qWarning() << "no rest:" << source->lastError().message;
        return source;
    }

    // One refresh, up to its rest.
    static bool step(AttemptLogSource &source)
    {
        QSignalSpy rested(&source, &AttemptLogSource::upToDate);
        source.refresh();
        return rested.wait(10000);
    }

    bool events() { return engine().servesEvents(); }
    QByteArray shown(qint64 id, int attempt)
    {
        return ::shown(engine().log(id, attempt), events());
    }

private slots:
    void init()
    {
        QVERIFY(m_bed.start());
        m_connection = m_bed.addConnection(QStringLiteral("shop"));
    }

    void cleanup() { m_bed.stop(); }

    void writesEveryAttemptAfterItsSeparator_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("structured");
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("versionKnown");
        QTest::newRow("1.8: events")
            << QByteArray("1.8.0") << true << QStringLiteral("attempt/get_for_job") << true;
        QTest::newRow("1.8: formatted files")
            << QByteArray("1.8.0") << false << QStringLiteral("attempt/get_for_job") << true;
        QTest::newRow("1.2.4: events spelling strackTrace")
            << QByteArray("1.2.4") << true << QStringLiteral("attempt/get_for_job") << true;
        QTest::newRow("0.63: lines")
            << QByteArray("0.63.20") << false << QStringLiteral("attempt/get_for_job") << true;
        QTest::newRow("0.50.5: jobs/get")
            << QByteArray("0.50.5") << false << QStringLiteral("jobs/get") << true;
        QTest::newRow("0.50.5 unannounced: jobs/get after a 404")
            << QByteArray("0.50.5") << false << QStringLiteral("jobs/get") << false;
    }

    void writesEveryAttemptAfterItsSeparator()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, structured);
        QFETCH(QString, route);
        QFETCH(bool, versionKnown);
        m_bed.fake->setVersion(version);
        m_bed.client->setServerVersion(versionKnown ? QString::fromLatin1(version) : QString());
        if (!structured)
            engine().setLogForm(AirbyteJobsFake::LogForm::Lines);
        QCOMPARE(engine().servesEvents(), structured);
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.failingAttempts = 2;
        script.retryDelaySecs = 10;
        script.failureOrigin = QStringLiteral("source");
        script.externalMessage = QStringLiteral("Connection to the database was lost");
        engine().setScript(script);
        const qint64 id = sync();
        QVERIFY(id > 0);
        engine().advance(300);
        QCOMPARE(engine().jobStatus(id), QStringLiteral("succeeded"));

        const auto source = open(id, true);
        QCOMPARE(source->state(), LogSource::State::Finished);
        QVERIFY(!source->canFollow());
        const QByteArray sep1 =
            "──── Attempt 1 of 3 · started 2024-05-01 10:00:00 UTC · failed ────\n";
        const QByteArray sep2 =
            "──── Attempt 2 of 3 · started 2024-05-01 10:01:00 UTC · failed ────\n";
        const QByteArray sep3 =
            "──── Attempt 3 of 3 · started 2024-05-01 10:02:00 UTC · succeeded ────\n";
        const QByteArray expected = sep1 + shown(id, 0) + sep2 + shown(id, 1) + sep3 + shown(id, 2);
        QCOMPARE(fileText(*source), expected);
        const quint64 second = 1 + lineCount(shown(id, 0));
        QCOMPARE(source->sectionLines(),
                 (QList<quint64>{0, second, second + 1 + lineCount(shown(id, 1))}));
        // The failure with its stack trace, and a multi-line message, as lines of the log.
        const QByteArray text = fileText(*source);
        QVERIFY(text.contains(" source > ERROR Connection to the database was lost\n"
                              "java.net.SocketTimeoutException: Read timed out\n"
                              "\tat io.airbyte.workers.general.BufferedReplicationWorker.run("));
        QVERIFY(text.contains("sync summary: {\n  \"status\" : \"completed\",\n"));
        if (structured)
            QVERIFY(text.contains(
                "2024-05-01 10:00:00 platform > INFO i.a.w.g.BufferedReplicationWorker(run):150 - "
                "Starting attempt 0 of job " +
                QByteArray::number(id) + '\n'));
        // Each attempt asked once, by the route this server has.
        if (route == QLatin1String("jobs/get")) {
            QCOMPARE(m_bed.fake->requestCount("jobs/get"), 3);
            QCOMPARE(attemptCalls(), versionKnown ? 0 : 1);
        } else {
            QCOMPARE(attemptCalls(), 3);
            QCOMPARE(m_bed.fake->requestCount("jobs/get"), 0);
        }
        QCOMPARE(source->title(), QStringLiteral("Job %1, attempts 1-3").arg(id));
    }

    void readsAJobKnownByItsIdFirst()
    {
        const qint64 id = sync();
        engine().advance(120);
        AttemptLogSource source(m_bed.client.get(), id);
        QSignalSpy rested(&source, &AttemptLogSource::upToDate);
        source.start();
        QVERIFY(rested.wait(10000));
        QCOMPARE(source.state(), LogSource::State::Finished);
        QCOMPARE(fileText(source),
                 "──── Attempt 1 of 1 · started 2024-05-01 10:00:00 UTC · succeeded ────\n" +
                     shown(id, 0));
        QCOMPARE(jobCalls(), 1);
        QCOMPARE(attemptCalls(), 1);
    }

    void followAppendsOnlyWhatIsNew_data()
    {
        QTest::addColumn<bool>("structured");
        QTest::newRow("events") << true;
        QTest::newRow("lines") << false;
    }

    void followAppendsOnlyWhatIsNew()
    {
        QFETCH(bool, structured);
        if (!structured)
            engine().setLogForm(AirbyteJobsFake::LogForm::Lines);
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        engine().setScript(script);
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true);
        QCOMPARE(source->state(), LogSource::State::Following);
        QVERIFY(source->canFollow());
        QByteArray expected =
            "──── Attempt 1 of 1 · started 2024-05-01 10:00:00 UTC · running ────\n" + shown(id, 0);
        QCOMPARE(fileText(*source), expected);
        QCOMPARE(attemptCalls(), 1);
        QSignalSpy appended(source.get(), &LogSource::appended);
        QSignalSpy replaced(source.get(), &LogSource::replaced);

        const QList<Record> more{line("source", "Reading stream orders"),
                                 line("destination", "Writing 1000 records to S3"),
                                 line("source", "Reading stream orders")}; // twice, on purpose
        engine().appendLog(id, more);
        QVERIFY(step(*source));
        expected += ::shown(engine().log(id, 0).mid(2), structured); // stamped by the server
        QCOMPARE(fileText(*source), expected);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(attemptCalls(), 2);

        QVERIFY(step(*source)); // nothing new: nothing written, nothing said
        QCOMPARE(fileText(*source), expected);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(attemptCalls(), 3);

        // The same message again in the same second, and a record of several lines.
        Record trace = line("destination", "Failed to flush\nretrying", "WARN");
        trace.stackTrace = QStringLiteral("java.io.IOException: slow\n\tat s3.Put(Put.java:1)");
        const QList<Record> again{line("source", "Reading stream orders"), trace};
        engine().appendLog(id, again);
        QVERIFY(step(*source));
        expected += ::shown(engine().log(id, 0).mid(5), structured);
        QCOMPARE(fileText(*source), expected);

        engine().advance(100); // the attempt succeeds, writing its summary
        QVERIFY(step(*source));
        expected += ::shown(engine().log(id, 0).mid(7), structured);
        QCOMPARE(fileText(*source), expected);
        QCOMPARE(source->state(), LogSource::State::Following); // one calm fetch more
        QVERIFY(step(*source));
        expected += "──── Attempt 1 ended 2024-05-01 10:01:40 UTC · succeeded ────\n";
        QCOMPARE(fileText(*source), expected);
        QCOMPARE(source->state(), LogSource::State::Finished);
        QVERIFY(!source->canFollow());
        // Every poll asked for the followed attempt once; the job was read once, to learn
        // that it is over; nothing was ever rewritten.
        QCOMPARE(attemptCalls(), 6);
        QCOMPARE(jobCalls(), 2); // open()'s, and the one after the end
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(source->sectionLines(), QList<quint64>{0});
    }

    void followsIntoTheNextAttempt()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.failingAttempts = 1;
        script.retryDelaySecs = 10;
        engine().setScript(script);
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true);
        engine().advance(40); // attempt 1 fails at 10:00:50
        QVERIFY(step(*source));
        QVERIFY(step(*source)); // its last fetch; the job waits for its retry
        QCOMPARE(source->state(), LogSource::State::Following);
        QCOMPARE(source->sectionLines().size(), 1);
        const QByteArray first =
            "──── Attempt 1 of 1 · started 2024-05-01 10:00:00 UTC · running ────\n" +
            shown(id, 0) + "──── Attempt 1 ended 2024-05-01 10:00:50 UTC · failed ────\n";
        QCOMPARE(fileText(*source), first);

        engine().advance(20); // the retry runs since 10:01:00
        QVERIFY(step(*source));
        QCOMPARE(fileText(*source),
                 first + "──── Attempt 2 of 2 · started 2024-05-01 10:01:00 UTC · running ────\n" +
                     shown(id, 1));
        QCOMPARE(source->sectionLines(), (QList<quint64>{0, lineCount(first)}));
        QCOMPARE(source->title(), QStringLiteral("Job %1, attempts 1-2").arg(id));
        engine().advance(100);
        QVERIFY(step(*source));
        QVERIFY(step(*source));
        QCOMPARE(source->state(), LogSource::State::Finished);
        QVERIFY(fileText(*source).endsWith(
            "──── Attempt 2 ended 2024-05-01 10:02:40 UTC · succeeded ────\n"));
    }

    void followsPastTheServersTailCap_data() { followAppendsOnlyWhatIsNew_data(); }

    // Airbyte answers the last million records: once a log is longer, each answer starts
    // further on, and only what follows the records already written is new.
    void followsPastTheServersTailCap()
    {
        QFETCH(bool, structured);
        if (!structured)
            engine().setLogForm(AirbyteJobsFake::LogForm::Lines);
        engine().setLogTailSize(5);
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true);
        QSignalSpy replaced(source.get(), &LogSource::replaced);
        for (int round = 0; round < 4; ++round) {
            QList<Record> batch;
            for (int i = 0; i < 3; ++i)
                batch.append(line("source", QStringLiteral("round %1 line %2").arg(round).arg(i)));
            engine().appendLog(id, batch);
            engine().advance(1);
            QVERIFY(step(*source));
        }
        QCOMPARE(fileText(*source),
                 "──── Attempt 1 of 1 · started 2024-05-01 10:00:00 UTC · running ────\n" +
                     shown(id, 0));
        QCOMPARE(replaced.count(), 0);
    }

    // Structured logs come from several writers, each flushing about once a minute; the
    // server sorts the events, so a late one lands among those already shown. It is shown
    // once, at the end.
    void anEventSortedInLateIsWrittenOnce()
    {
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true);
        Record late = line("destination", "Flushed late by another writer");
        late.timestampMs = (AirbyteTestBed::T0 + 5) * 1000;
        engine().appendLog(id, {line("source", "Read 10 records")});
        QVERIFY(step(*source));
        engine().appendLog(id, {late});
        QVERIFY(step(*source));
        engine().appendLog(id, {line("source", "Read 20 records")});
        QVERIFY(step(*source));
        const QList<Record> log = engine().log(id, 0); // in the order written
        QCOMPARE(fileText(*source),
                 "──── Attempt 1 of 1 · started 2024-05-01 10:00:00 UTC · running ────\n" +
                     shown(id, 0));
        QCOMPARE(log.at(log.size() - 2).message, late.message);
    }

    void aRewrittenLogReplacesOnlyItsAttempt()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.failingAttempts = 1;
        engine().setScript(script);
        const qint64 id = sync();
        engine().advance(70); // attempt 2 runs since 10:00:50
        const auto source = open(id, true);
        QCOMPARE(source->sectionLines().size(), 2);
        const QByteArray first =
            "──── Attempt 1 of 2 · started 2024-05-01 10:00:00 UTC · failed ────\n" + shown(id, 0);
        QSignalSpy replaced(source.get(), &LogSource::replaced);
        QSignalSpy appended(source.get(), &LogSource::appended);
        engine().setLog(id, 1, {line("platform", "The log was rotated")});
        QVERIFY(step(*source));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(appended.count(), 0);
        QCOMPARE(fileText(*source),
                 first + "──── Attempt 2 of 2 · started 2024-05-01 10:00:50 UTC · running ────\n" +
                     shown(id, 1));
        QCOMPARE(source->sectionLines(), (QList<quint64>{0, lineCount(first)}));
        engine().appendLog(id, {line("source", "Then it grew")});
        QVERIFY(step(*source));
        QCOMPARE(replaced.count(), 1);
        QVERIFY(fileText(*source).endsWith(" source > INFO Then it grew\n"));
    }

    void aHangingServerFailsWithATimeoutAndTheTextStays()
    {
        AirbyteClient::Config config = m_bed.client->config();
        config.logTimeout = 500ms;
        AirbyteClient client(&m_bed.http, config);
        client.setServerVersion(QStringLiteral("1.8.0"));
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true, &client);
        const QByteArray before = fileText(*source);
        QVERIFY(before.contains("START REPLICATION"));
        QSignalSpy failed(source.get(), &LogSource::failed);
        engine().setAttemptLogHangs(true);
        engine().appendLog(id, {line("source", "never seen")});
        source->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(source->state(), LogSource::State::Failed);
        QCOMPARE(source->lastError().kind, ErrorKind::Timeout);
        QVERIFY(!source->lastError().message.isEmpty());
        QCOMPARE(fileText(*source), before);
    }

    void aServerThatGoesAwayFailsAndTheTextStays()
    {
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true);
        const QByteArray before = fileText(*source);
        QSignalSpy failed(source.get(), &LogSource::failed);
        m_bed.fake->close();
        source->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(source->lastError().kind, ErrorKind::Refused);
        QCOMPARE(fileText(*source), before);
        QCOMPARE(source->sectionLines().size(), 1);
    }

    void anUnknownAttemptIsNotFound()
    {
        const qint64 id = sync();
        for (const auto &[job, attempt] : {std::pair<qint64, int>{id, 3}, {id + 50, 0}}) {
            std::optional<Result<AttemptLog>> r;
            m_bed.client->getAttemptLog(job, attempt, this,
                                        [&r](const Result<AttemptLog> &x) { r = x; });
            QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 10000));
            QVERIFY(!*r);
            QCOMPARE(r->error().kind, ErrorKind::NotFound);
            QCOMPARE(r->error().message,
                     QStringLiteral("Could not find attempt for job_id: %1 and attempt no: %2")
                         .arg(job)
                         .arg(attempt));
        }
        // On a server before 0.50.9, from jobs/get.
        m_bed.fake->setVersion("0.50.5");
        m_bed.client->setServerVersion(QStringLiteral("0.50.5"));
        std::optional<Result<AttemptLog>> r;
        m_bed.client->getAttemptLog(id, 3, this, [&r](const Result<AttemptLog> &x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 10000));
        QVERIFY(!*r);
        QCOMPARE(r->error().kind, ErrorKind::NotFound);
        QCOMPARE(r->error().message, QStringLiteral("Job %1 has no attempt 4.").arg(id));
    }

    // At its own pace, without refresh(): what is appended shows up, once.
    void followsOnItsOwn()
    {
        const qint64 id = sync();
        engine().advance(10);
        const auto source = open(id, true);
        source->setPollInterval(20ms);
        source->refresh(); // restarts the timer at the new interval
        QSignalSpy rested(source.get(), &AttemptLogSource::upToDate);
        engine().appendLog(id, {line("source", "Read 10 records")});
        const QByteArray expected =
            "──── Attempt 1 of 1 · started 2024-05-01 10:00:00 UTC · running ────\n" + shown(id, 0);
        QTRY_COMPARE_WITH_TIMEOUT(fileText(*source), expected, 10000);
        const qsizetype seen = rested.count();
        QTRY_VERIFY_WITH_TIMEOUT(rested.count() >= seen + 3, 10000);
        QCOMPARE(fileText(*source), expected);
    }

    void survivesItsClientAndItsOwnEnd()
    {
        const qint64 id = sync();
        engine().advance(10);
        {
            auto early = std::make_unique<AttemptLogSource>(m_bed.client.get(), id);
            early->start();
            early.reset(); // gone with its fetch in flight
            QTest::qWait(50);
        }
        AirbyteClient::Config config = m_bed.client->config();
        auto client = std::make_unique<AirbyteClient>(&m_bed.http, config);
        const auto source = open(id, true, client.get());
        const QByteArray before = fileText(*source);
        client.reset();
        QSignalSpy failed(source.get(), &LogSource::failed);
        source->refresh();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(source->state(), LogSource::State::Failed);
        QCOMPARE(fileText(*source), before);
    }
};

QTEST_GUILESS_MAIN(TestAttemptLogSource)
#include "tst_attemptlogsource.moc"
