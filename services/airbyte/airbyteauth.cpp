#include "airbyteauth.h"

namespace Dsp {

QString AirbyteAuth::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Basic:
        return QStringLiteral("basic");
    case Mode::ClientCredentials:
        return QStringLiteral("client_credentials");
    }
    return {};
}

AirbyteAuth::Mode AirbyteAuth::modeFromKey(const QString &key, bool *ok)
{
    const QString k = key.trimmed().toLower();
    if (ok)
        *ok = true;
    for (Mode mode : {Mode::None, Mode::Basic, Mode::ClientCredentials}) {
        if (k == modeKey(mode))
            return mode;
    }
    if (k.isEmpty())
        return Mode::None;
    if (ok)
        *ok = false;
    return Mode::None;
}

} // namespace Dsp
