#pragma once

#include "health/healthprobe.h"
#include "postgresinspector.h"

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace Dsp {

// PostgreSQL through libpq, on a worker thread (PostgresInspector); the GUI thread only
// waits for the result through a watcher owned by this check's run context.
class PostgresProbe : public HealthProbe
{
    Q_OBJECT
public:
    PostgresProbe(const PostgresTarget &target, QObject *parent = nullptr);
    bool isConfigured() const override;

protected:
    void start() override;
    void abortWork() override;

private:
    PostgresTarget m_target;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Dsp
