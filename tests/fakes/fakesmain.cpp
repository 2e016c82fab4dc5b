// dsp-fakes: the Airbyte and Dremio fakes as a process, for the sandbox.
// The Dremio user's password comes from DSP_DREMIO_PASSWORD, never from the command line (any
// user can read /proc/*/cmdline); the user name may come from --dremio-user.
// --airbyte-registry serves every connector of Airbyte's registry file (../shared has one).
// --airbyte-demo adds two connections with a month of sync history and a sync running now
// (the sandbox's DSP_SANDBOX_DEMO=1), for trying the Jobs page and for screenshots.
// --airbyte-jobs N adds four connections with N finished jobs between them and a sync running
// for hours on the first one (bench_jobs: the panel measured apart from the server's work).
// Prints `READY {"airbyte": port, "dremio": port}` (no credentials) and serves until stdin closes.
#include "airbytefake.h"
#include "dremiofake.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

void addDemo(Dsp::Fakes::AirbyteFake &airbyte)
{
    using Dsp::Fakes::AirbyteFake;
    Dsp::Fakes::AirbyteJobsFake &jobs = *airbyte.jobs();
    const QString db = airbyte.addSource(AirbyteFake::postgresSourceDefinitionId(),
                                         QStringLiteral("demo_shop_db"), {});
    const QString crmDb = airbyte.addSource(AirbyteFake::postgresSourceDefinitionId(),
                                            QStringLiteral("demo_crm_db"), {});
    const QString lake = airbyte.addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                                QStringLiteral("demo_lake"), {});
    const QString shop = airbyte.addConnection(db, lake, QStringLiteral("demo shop → lake"));
    const QString crm = airbyte.addConnection(crmDb, lake, QStringLiteral("demo crm → lake"));
    const QList<Dsp::Fakes::AirbyteJobsFake::Stream> streams{
        {QStringLiteral("orders"), QStringLiteral("public")},
        {QStringLiteral("customers"), QStringLiteral("public")},
        {QStringLiteral("order_items"), QStringLiteral("public")}};
    jobs.setStreams(shop, streams);
    jobs.setStreams(crm, streams);
    // A month of syncs every 6 hours, a failure now and then, one clear.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 120; i >= 1; --i) {
        const qint64 at = now - i * 6 * 3600;
        const QString status = i % 17 == 0   ? QStringLiteral("failed")
                               : i % 29 == 0 ? QStringLiteral("cancelled")
                                             : QStringLiteral("succeeded");
        jobs.addFinishedJob(shop, QStringLiteral("sync"), status, at, 40'000 + 150 * (120 - i));
        jobs.addFinishedJob(crm, QStringLiteral("sync"), status, at + 1800, 8'000 + 20 * i);
    }
    jobs.addFinishedJob(crm, QStringLiteral("reset_connection"), QStringLiteral("succeeded"),
                        now - 3 * 86400);
    Dsp::Fakes::AirbyteJobsFake::Script script;
    script.attemptSecs = 1800;
    script.recordsPerStream = 200'000;
    jobs.setScript(script);
    const qint64 running = jobs.startSyncElsewhere(shop);
    // The running sync logs as a real one does: a few records every two seconds, a warning
    // now and then (the Logs page follows it).
    auto *ticker = new QTimer(&airbyte);
    QObject::connect(ticker, &QTimer::timeout, &airbyte, [&jobs, running, n = 0]() mutable {
        using Record = Dsp::Fakes::AirbyteJobsFake::LogRecord;
        QList<Record> records;
        for (int i = 0; i < 3; ++i, ++n) {
            Record r;
            r.source = i == 2 ? QStringLiteral("destination") : QStringLiteral("source");
            r.message = i == 2 ? QStringLiteral("Flushing %1 records to the lake").arg(n * 500)
                               : QStringLiteral("Reading stream orders: %1 records").arg(n * 500);
            r.callerClass = QStringLiteral("io.airbyte.cdk.integrations.source.jdbc.JdbcSource");
            r.callerMethod = QStringLiteral("read");
            r.callerLine = 212;
            if (n % 20 == 19) {
                r.level = QStringLiteral("WARN");
                r.message = QStringLiteral("Slow query: 2.4 s for a batch of 500 rows");
            }
            records.append(r);
        }
        jobs.appendLog(running, records);
    });
    ticker->start(2000);
}

// N finished jobs, one every 15 minutes back from now, spread over four connections, with a
// failure, a cancel and a clear now and then; then a long sync running on the first one.
void addJobHistory(Dsp::Fakes::AirbyteFake &airbyte, int count)
{
    using Dsp::Fakes::AirbyteFake;
    Dsp::Fakes::AirbyteJobsFake &jobs = *airbyte.jobs();
    const QString lake = airbyte.addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                                QStringLiteral("bench_lake"), {});
    QStringList connections;
    for (const QString &name : {QStringLiteral("shop"), QStringLiteral("crm"),
                                QStringLiteral("billing"), QStringLiteral("events")}) {
        const QString db = airbyte.addSource(AirbyteFake::postgresSourceDefinitionId(),
                                             name + QStringLiteral("_db"), {});
        connections.append(airbyte.addConnection(db, lake, name + QStringLiteral(" → lake")));
        jobs.setStreams(connections.last(),
                        {{QStringLiteral("orders"), QStringLiteral("public")},
                         {QStringLiteral("customers"), QStringLiteral("public")},
                         {QStringLiteral("order_items"), QStringLiteral("public")}});
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = count; i >= 1; --i) {
        const QString &connection = connections.at(i % connections.size());
        const bool clear = i % 97 == 0;
        const QString status = i % 13 == 0   ? QStringLiteral("failed")
                               : i % 31 == 0 ? QStringLiteral("cancelled")
                                             : QStringLiteral("succeeded");
        jobs.addFinishedJob(connection,
                            clear ? QStringLiteral("reset_connection") : QStringLiteral("sync"),
                            status, now - qint64(i) * 15 * 60, clear ? 0 : 1000 + 37 * (i % 500));
    }
    Dsp::Fakes::AirbyteJobsFake::Script script;
    script.attemptSecs = 6 * 3600;
    script.recordsPerStream = 5'000'000;
    jobs.setScript(script);
    jobs.startSyncElsewhere(connections.first());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("airbyte-port"), QStringLiteral("port"),
                        QStringLiteral("port"), QStringLiteral("0")},
                       {QStringLiteral("dremio-port"), QStringLiteral("port"),
                        QStringLiteral("port"), QStringLiteral("0")},
                       {QStringLiteral("dremio-user"), QStringLiteral("user"),
                        QStringLiteral("user"), QStringLiteral("dremio")},
                       {QStringLiteral("airbyte-registry"),
                        QStringLiteral("Airbyte's connector registry (oss_registry.json) to serve"),
                        QStringLiteral("file")},
                       {QStringLiteral("airbyte-demo"),
                        QStringLiteral("Connections with a sync history and a running sync")},
                       {QStringLiteral("airbyte-jobs"),
                        QStringLiteral("Connections with this many finished jobs and a running "
                                       "sync"),
                        QStringLiteral("count")}});
    parser.process(app);

    Dsp::Fakes::AirbyteFake airbyte;
    Dsp::Fakes::DremioFake dremio;
    // Every connector of the registry, when there is one; the built-in three otherwise.
    const QString registry = parser.value(QStringLiteral("airbyte-registry"));
    if (!registry.isEmpty() && !airbyte.loadRegistry(registry))
        std::fprintf(stderr, "dsp-fakes: cannot read the registry %s\n", qPrintable(registry));
    if (parser.isSet(QStringLiteral("airbyte-demo")))
        addDemo(airbyte);
    if (const int count = parser.value(QStringLiteral("airbyte-jobs")).toInt(); count > 0)
        addJobHistory(airbyte, count);
    const QString password = qEnvironmentVariable("DSP_DREMIO_PASSWORD");
    if (password.isEmpty())
        std::fprintf(stderr,
                     "dsp-fakes: DSP_DREMIO_PASSWORD is not set: every Dremio login fails\n");
    dremio.addUser(parser.value(QStringLiteral("dremio-user")), password);
    if (!airbyte.listen(quint16(parser.value(QStringLiteral("airbyte-port")).toUInt())) ||
        !dremio.listen(quint16(parser.value(QStringLiteral("dremio-port")).toUInt()))) {
        std::fprintf(stderr, "dsp-fakes: cannot listen\n");
        return 1;
    }
    const QJsonObject ready{{QStringLiteral("airbyte"), airbyte.port()},
                            {QStringLiteral("dremio"), dremio.port()}};
    std::printf("READY %s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&] {
        char buf[256];
        if (::read(STDIN_FILENO, buf, sizeof buf) <= 0)
            app.quit();
    });
    return app.exec();
}
