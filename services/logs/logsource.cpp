#include "logsource.h"

#include "logstr.h"

namespace Dsp::Logs {

void LogSource::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    followingChanged(following);
}

QString LogSource::lineReference(quint64 line) const
{
    return LogsTr::tr("%1, line %2").arg(title()).arg(line + 1);
}

void LogSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LogSource::fail(const Error &error)
{
    m_lastError = error;
    setState(State::Failed);
    emit failed(error);
}

} // namespace Dsp::Logs
