#pragma once

// Airbyte's structured job-log events (1.2+) and the text lines the viewer shows for them.
// Two shapes of the same event exist (API-NOTES §3.2, §4.2):
//  - the API's (attempt/get_for_job, logType "structured"): level lowercased, `stackTrace` a
//    string (spelled `strackTrace` by 1.2.x servers);
//  - the stored one (a bucket's or abctl's local `.json` objects, `{"events": [...]}`): level
//    upper case, `throwable` a Jackson-serialised Throwable with `cause`, `message` and
//    `stackTrace: [{cn, mn, ln}]`.
// Both come out as one LogEvent; parsing runs on any thread (no Qt object involved).

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Dsp::Logs {

struct LogEvent
{
    qint64 timestampMs = 0; // since the epoch, UTC
    QByteArray level;       // upper case: "INFO", "ERROR"...; empty when absent
    QByteArray logSource;   // "platform", "source", "destination", "replication-orchestrator"
    QByteArray message;
    QByteArray callerClass; // fully qualified
    QByteArray callerMethod;
    int callerLine = 0;
    QByteArray stackTrace; // rendered, one frame per line ("\tat cls.method(line)")
};

// The events of a `{"events": [...]}` document (either shape), or of a bare array or a single
// event object. Invalid JSON: an InvalidResponse error whose detail says where.
Result<QList<LogEvent>> parseLogEvents(QByteArrayView json);

// The text lines for an event, in the formatted log's own shape so the viewer classifies them
// like any Airbyte log:
//   2024-12-20 16:32:14 platform > ERROR i.a.b.Application(main):28 - Unable to bootstrap...
// followed by the message's further lines and the stack trace, unprefixed (a continuation of
// the record). Every line ends in '\n'; control characters other than tab become spaces.
QByteArray renderLogEvent(const LogEvent &event);
// All events in timestamp order (stable: events of the same millisecond keep their order).
QByteArray renderLogEvents(QList<LogEvent> events);

} // namespace Dsp::Logs
