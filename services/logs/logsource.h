#pragma once

// LogSource: where a log's text comes from (a local file, an attempt's log from the Airbyte API,
// log objects in a bucket). Every source writes the log as lines of UTF-8 text into one file
// (the local file itself, or a LogSpool it owns) and says when that file grew at its end or was
// rewritten; the LogDocument indexes that file and the LogView shows it, whatever the source.
// Owned by whoever shows it; GUI thread only; every network call asynchronous with a deadline.

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Dsp::Logs {

class LogSource : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,      // not started, or stopped
        Loading,   // reading what there is
        Following, // all read; watching for more (a running attempt, a growing file)
        Finished,  // all read, nothing more will come
        Failed,    // lastError() says why; what was read stays in the file
    };

    using QObject::QObject;

    // What the viewer's title says: "Job 42, attempts 1-3", "logs.log (~/Downloads)".
    virtual QString title() const = 0;
    // The file holding the text read so far; it exists once start() was called.
    virtual QString filePath() const = 0;
    // Reads what there is, then follows when the log can still grow and setFollowing(true).
    virtual void start() = 0;
    // Stops every request and timer; the text read so far stays.
    virtual void stop() = 0;
    // Whether the log may still grow (a running attempt, a local file).
    virtual bool canFollow() const { return false; }
    // Lines that separate parts of the log (a job's attempts), sorted; the view draws them as
    // headings and filters keep them.
    virtual QList<quint64> sectionLines() const { return {}; }
    // What "Copy link to line" puts on the clipboard for a line (0-based): something a
    // colleague can find the line with ("Job 42, attempt 2, line 1234").
    virtual QString lineReference(quint64 line) const;
    // Following: new text is fetched at the source's own calm pace (never busier than once a
    // few seconds for a network source) and appended.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }

signals:
    // Bytes were added at the end of filePath() (only there: what was shown stays valid).
    void appended();
    // filePath() was rewritten from its start (a reloaded object, a rotated file).
    void replaced();
    void stateChanged(Dsp::Logs::LogSource::State state);
    void sectionsChanged();
    // A short translated line for the status bar ("Fetched attempt 2 of 3").
    void statusChanged(const QString &text);
    void failed(const Dsp::Error &error);

protected:
    // Called when following is switched; sources that poll start or stop their timer here.
    virtual void followingChanged(bool following) { Q_UNUSED(following) }
    void setState(State state);
    void fail(const Error &error);

private:
    State m_state = State::Idle;
    bool m_following = false;
    Error m_lastError;
};

} // namespace Dsp::Logs
