#include "logsource.h"

namespace Dsp::Logs {

void LogSource::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    followingChanged(following);
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
