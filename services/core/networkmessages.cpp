#include "networkmessages.h"

#include "coretr.h"
#include "durationtext.h"

namespace Dsp::NetworkMessages {

QString connectionRefused(const QString &target)
{
    return CoreTr::tr("connection refused on %1").arg(target);
}

QString hostNotFound(const QString &host)
{
    return CoreTr::tr("host not found: %1").arg(host);
}

QString timedOut(std::chrono::milliseconds after)
{
    return CoreTr::tr("timed out after %1").arg(durationText(after));
}

QString networkError(const QString &target, const QString &detail)
{
    return CoreTr::tr("network error talking to %1: %2").arg(target, detail);
}

} // namespace Dsp::NetworkMessages
