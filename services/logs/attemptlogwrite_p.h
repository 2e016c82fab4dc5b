#pragma once

// One answer of attempt/get_for_job written into an AttemptLogSource's spool, on a worker
// thread: which of its records are new (Airbyte answers the whole log each time, or its last
// million records), their lines, the separator before a new attempt and the line after one
// that ended. Private to AttemptLogSource, which runs one write at a time.

#include "airbyte/attemptlog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Dsp::Logs {

class LogSpool;

// What a write did, for the GUI thread's bookkeeping.
struct AttemptLogWrite
{
    QString error;            // empty: all written
    bool rewritten = false;   // the attempt's records were written again from recordsOffset
    qint64 bytes = 0;         // bytes added (a rewrite: written)
    quint64 lines = 0;        // lines added (a rewrite: the attempt's lines from recordsOffset)
    qint64 recordsOffset = 0; // where the attempt's records start
    QList<size_t> keys;       // one per record of the attempt written so far
};

// One write of an attempt's answer into the spool, on a worker: its separator (a new
// attempt), the records `plan` picks, an end line. The spool is only ever written here, by one
// worker at a time.
struct AttemptLogWriteTask
{
    LogSpool *spool = nullptr;
    QByteArray separator;
    AttemptLog log;
    QList<size_t> keys;
    qint64 recordsOffset = 0;
    QByteArray end;
};

AttemptLogWrite writeAttemptLog(const AttemptLogWriteTask &task);

} // namespace Dsp::Logs
