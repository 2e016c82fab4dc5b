#pragma once

#include "health/healthtypes.h"
#include "settings/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Dsp {

class ServiceTester;

// Where Detect looks: the stack's default ports.
struct StackPorts
{
    int airbyte = 8000;        // abctl 1.x, or docker-compose's proxy
    int airbyteCompose = 8001; // docker-compose's API
    int minio = 9000;
    int minioConsole = 9001;
    int postgres = 5432;
    int dremio = 9047;
    int temporal = 7233;
    int temporalUi = 8080;
};

// "Detect" in the environment editor: runs each service's real probe on the stack's default
// ports (and the common alternatives) and fills in what answers. For Airbyte it also tells
// the layout: abctl 1.x (everything under :8000/api), docker-compose with its API on :8001,
// or docker-compose behind the :8000 proxy with basic auth.
class StackDetector : public QObject
{
    Q_OBJECT
public:
    using Ports = StackPorts;

    struct Finding
    {
        bool found = false;
        QString summary; // one line for the user, e.g. "answers on :9000"
    };

    struct Detection
    {
        Profile profile; // the input with what was found filled in
        QHash<QString, Finding> services;
        int foundCount() const;
    };

    explicit StackDetector(ServiceTester *tester, QObject *parent = nullptr);

    bool isRunning() const { return m_pending > 0; }
    // Starts from `base` (whatever the user typed: user names, passwords) and probes `host`.
    void detect(const Profile &base, const QString &host = QStringLiteral("localhost"),
                const Ports &ports = Ports());

signals:
    void finished(const Dsp::StackDetector::Detection &detection);

private:
    void probe(const QString &service, const Profile &candidate,
               std::function<void(const ProbeResult &)> then);
    // One service on one port: `fill` writes it into the detection when something answers,
    // and the finding says so in words.
    void probeOnPort(const QString &service, const Profile &candidate, int port,
                     std::function<void(Profile &)> fill);
    void tryAirbyteCompose();
    void settle(const QString &service, const Finding &finding);

    ServiceTester *m_tester;
    Detection m_detection;
    QString m_host;
    Ports m_ports;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace Dsp
