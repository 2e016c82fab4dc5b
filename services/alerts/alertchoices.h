#pragma once

namespace Dsp {

// Which alerts an environment wants (Settings, saved in its profile).
struct AlertChoices
{
    bool syncFailed = true;
    bool syncSucceeded = false;
    bool serviceChanges = true; // down, and back up
    friend bool operator==(const AlertChoices &, const AlertChoices &) = default;
};

} // namespace Dsp
