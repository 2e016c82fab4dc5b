#pragma once

namespace Dsp {

// Which alerts an environment wants (Settings, saved in its profile).
struct AlertChoices
{
    bool syncFailed = true;
    bool syncSucceeded = false;
    bool serviceChanges = true; // down, and back up
    // Each finished job's attempts' logs copied to the log bucket while the panel runs
    // (the stack guide's job-<id>/attempt-<n>/ layout; off: only "Archive Log" does).
    bool archiveFinishedLogs = false;
    friend bool operator==(const AlertChoices &, const AlertChoices &) = default;
};

} // namespace Dsp
