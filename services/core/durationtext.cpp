#include "durationtext.h"

#include "coretr.h"

#include <QLocale>

namespace Dsp {

QString durationText(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    const QLocale locale;
    if (ms < 1000)
        return CoreTr::tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60 * 1000) {
        // Tenths below ten seconds ("1.5 s"), whole seconds above; never an exponent.
        const double seconds = ms / 1000.0;
        const int decimals = ms < 10 * 1000 && ms % 1000 >= 50 && ms % 1000 < 950 ? 1 : 0;
        return CoreTr::tr("%1 s").arg(locale.toString(seconds, 'f', decimals));
    }
    const qint64 totalSeconds = (ms + 500) / 1000;
    const qint64 minutes = totalSeconds / 60;
    const qint64 seconds = totalSeconds % 60;
    if (minutes < 60) {
        if (seconds == 0)
            return CoreTr::tr("%1 min").arg(locale.toString(minutes));
        return CoreTr::tr("%1 min %2 s").arg(locale.toString(minutes), locale.toString(seconds));
    }
    return CoreTr::tr("%1 h %2 min")
        .arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
}

} // namespace Dsp
