#include "durationtext.h"

#include "coretr.h"

#include <QLocale>

namespace Dsp {

QString durationText(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms < 1000)
        return CoreTr::tr("%1 ms").arg(QLocale().toString(ms));
    return CoreTr::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 3));
}

} // namespace Dsp
