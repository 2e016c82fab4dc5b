#pragma once

#include "airbytefake.h"

#include "airbyte/airbyteclient.h"
#include "core/httpclient.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <memory>

namespace Dsp::Fakes {

// What the jobs tests start from: the Airbyte fake listening, its job engine on a clock the
// test moves (from T0), and a client of it with a short timeout that knows the server is
// 1.8.0. Test code; GUI thread.
struct AirbyteTestBed
{
    static constexpr qint64 T0 = 1'714'557'600; // 2024-05-01 10:00 UTC

    QNetworkAccessManager network;
    HttpClient http{&network};
    std::unique_ptr<AirbyteFake> fake;
    std::unique_ptr<AirbyteClient> client;

    bool start()
    {
        fake = std::make_unique<AirbyteFake>();
        if (!fake->listen())
            return false;
        fake->jobs()->setNow(T0);
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake->port()));
        config.timeout = std::chrono::seconds(5);
        client = std::make_unique<AirbyteClient>(&http, config);
        client->setServerVersion(QStringLiteral("1.8.0"));
        return true;
    }

    // The client goes first: its calls in flight end before the server does.
    void stop()
    {
        client.reset();
        fake.reset();
    }

    AirbyteJobsFake &jobs() { return *fake->jobs(); }
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(fake->jobs()->now(), Qt::UTC); }

    // A connection `name` from <name>_db (PostgreSQL) to <name>_lake (S3) whose jobs move
    // `streams`.
    QString addConnection(const QString &name,
                          const QList<AirbyteJobsFake::Stream> &streams = {
                              {QStringLiteral("orders"), QStringLiteral("public")},
                              {QStringLiteral("customers"), QStringLiteral("public")}})
    {
        const QString source = fake->addSource(AirbyteFake::postgresSourceDefinitionId(),
                                               name + QStringLiteral("_db"), {});
        const QString destination = fake->addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                                         name + QStringLiteral("_lake"), {});
        const QString id = fake->addConnection(source, destination, name);
        fake->jobs()->setStreams(id, streams);
        return id;
    }
};

} // namespace Dsp::Fakes
