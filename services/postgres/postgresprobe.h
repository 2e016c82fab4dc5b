#pragma once

#include "health/healthprobe.h"
#include "postgresinspector.h"

#include <QFuture>
#include <QPointer>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QHostAddress;
class QThreadPool;
QT_END_NAMESPACE

namespace Dsp {

// PostgreSQL: the GUI thread resolves the host and reaches the port with a QTcpSocket (typed
// errors, no DNS or connect in libpq), then a PostgresInspector on `pool` logs in to that
// address and reads the facts. Ending the check (verdict, deadline, destruction) sets the
// worker's cancel flag; it stops within 50 ms. At most one inspection per probe is queued or
// running. The pool's owner outlives the probe and joins the pool on exit. GUI thread only.
class PostgresProbe : public HealthProbe
{
    Q_OBJECT
public:
    PostgresProbe(const PostgresTarget &target, QThreadPool *pool, QObject *parent = nullptr);
    bool isConfigured() const override;

protected:
    void start() override;

private:
    void checkReachable();
    void inspect(const QHostAddress &address);
    void onReport(const PostgresReport &report);

    PostgresTarget m_target;
    QPointer<QThreadPool> m_pool;
    QFuture<PostgresReport> m_inspection;          // the latest one, perhaps still stopping
    std::shared_ptr<std::atomic_bool> m_cancelled; // the current check's
};

} // namespace Dsp
