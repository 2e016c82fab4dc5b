#pragma once

// One attempt's log as Airbyte's API serves it (API-NOTES §3): attempt/get_for_job's
// AttemptInfoRead, or the attempt's entry in jobs/get's JobInfoRead on servers before 0.50.9.
// Its records stay in one block of bytes with two offsets each, so a log of a million lines
// costs its bytes rather than a string per line; structured events are rendered into lines
// only when asked (a follower renders only the ones it had not written). Plain values; any
// thread.

#include "airbyte/jobs.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Dsp {

struct AttemptLog
{
    // Lines: `logLines` (every version; "formatted" in 1.2+). Events: `events` with a
    // timestamp, level, source, caller and stack trace (1.2+, "structured").
    enum class Form { Lines, Events };

    Attempt attempt;
    Form form = Form::Lines;
    // The records in the server's order: for Lines each line (unescaped) with a '\n' added,
    // for Events each event's JSON object as the server wrote it (inside the answer's bytes).
    // Two fetches of a growing log are compared by these: Airbyte has no offset, and answers
    // the last 1,000,000 records at most.
    QByteArray text;
    QList<qsizetype> starts;
    QList<qsizetype> ends;

    qsizetype recordCount() const { return starts.size(); }
    QByteArrayView record(qsizetype i) const
    {
        return QByteArrayView(text).sliced(starts.at(i), ends.at(i) - starts.at(i));
    }
    // Records [first, first + count) as the viewer's lines, each ending in '\n': a line as it
    // is; an event in the formatted log's shape (Logs::renderLogEvent: "2024-12-20 16:32:14
    // platform > ERROR i.a.b.Application(main):28 - ...", then its message's further lines and
    // its stack trace).
    QByteArray lines(qsizetype first, qsizetype count) const;
};

// An AttemptInfoRead ({attempt, logType?, logs?}); no `logs` gives no records. Not an object
// or no `attempt`: InvalidResponse with the path in detail. simdjson's On Demand parser; on a
// worker thread for a big log (see AirbyteClient::getAttemptLog).
Result<AttemptLog> parseAttemptInfo(const QByteArray &body);
// The attempt numbered `attemptNumber` (0-based) among a JobInfoRead's attempts (jobs/get);
// NotFound when the job has no such attempt.
Result<AttemptLog> parseJobInfoAttempt(const QByteArray &body, int attemptNumber);

} // namespace Dsp
