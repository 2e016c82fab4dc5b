#pragma once

#include "health/servicetester.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QThreadPool;
QT_END_NAMESPACE

namespace Dsp {

class HttpClient;

// ServiceTester over the real probes, with a network stack of its own so that a test never
// waits behind the dashboard's checks. Safe to destroy with tests in flight (their callbacks
// are then never called).
class ProbeTester : public QObject, public ServiceTester
{
    Q_OBJECT
public:
    explicit ProbeTester(QObject *parent = nullptr);
    ~ProbeTester() override;

    void test(const Profile &profile, const QString &service, QObject *context,
              Callback callback) override;

private:
    std::unique_ptr<QThreadPool> m_pool;
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    QObject *m_probes; // parent of the probes in flight
};

} // namespace Dsp
