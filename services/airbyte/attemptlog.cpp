// The attempt's log: its answers parsed (simdjson), and AirbyteClient::getAttemptLog().
#include "attemptlog.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/airbytetr.h"
#include "health/healthtr.h"
#include "logs/logevents.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <algorithm>

namespace Dsp {

namespace {

namespace od = simdjson::ondemand;

Error invalid(const QString &route, const QString &what, const QString &detail = {})
{
    Error e = Error::make(ErrorKind::InvalidResponse,
                          HealthTr::tr("invalid answer from %1: %2").arg(route, what), detail);
    e.service = QStringLiteral("Airbyte");
    return e;
}

bool isA(od::value &value, od::json_type type)
{
    return value.type().value() == type;
}

// An AttemptInfoRead's members, in whatever order they come: the attempt, and its logs in
// the form found (logType says which in 1.2+; before, only logLines exist). Events stay as
// their bytes in `origin` (the answer); lines are unescaped into `lines`. Throws
// simdjson_error on malformed JSON.
void readAttemptInfo(od::object info, const char *origin, AttemptLog &log, QByteArray &lines,
                     bool &hasAttempt)
{
    for (auto field : info) {
        const std::string_view key = field.unescaped_key().value();
        od::value value = field.value();
        if (key == "attempt" && isA(value, od::json_type::object)) {
            od::object attempt = value.get_object();
            const std::string_view raw = attempt.raw_json().value();
            log.attempt = Attempt::fromApi(
                QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())))
                    .object());
            hasAttempt = true;
        } else if (key == "logType" && isA(value, od::json_type::string)) {
            if (value.get_string().value() == "structured")
                log.form = AttemptLog::Form::Events;
        } else if (key == "logs" && isA(value, od::json_type::object)) {
            for (auto member : value.get_object()) {
                const std::string_view name = member.unescaped_key().value();
                od::value list = member.value();
                if (!isA(list, od::json_type::array))
                    continue;
                if (name == "events") {
                    log.form = AttemptLog::Form::Events;
                    for (auto item : list.get_array()) {
                        od::value event = item.value();
                        if (!isA(event, od::json_type::object))
                            continue;
                        od::object object = event.get_object();
                        const std::string_view raw = object.raw_json().value();
                        log.starts.append(qsizetype(raw.data() - origin));
                        log.ends.append(qsizetype(raw.data() - origin + raw.size()));
                    }
                } else if (name == "logLines") {
                    for (auto item : list.get_array()) {
                        od::value line = item.value();
                        if (!isA(line, od::json_type::string))
                            continue;
                        const std::string_view text = line.get_string().value();
                        log.starts.append(lines.size());
                        lines.append(text.data(), qsizetype(text.size()));
                        if (!lines.endsWith('\n'))
                            lines.append('\n');
                        log.ends.append(lines.size());
                    }
                }
            }
        }
    }
}

// Reads `body` (an AttemptInfoRead, or with `attemptNumber` >= 0 a JobInfoRead whose attempt
// of that number is wanted).
Result<AttemptLog> read(const QByteArray &body, int attemptNumber, const QString &route)
{
    // On Demand reads up to SIMDJSON_PADDING bytes past the end: a copy when the answer has
    // no such room.
    QByteArray text = body;
    if (text.data_ptr().freeSpaceAtEnd() < qsizetype(simdjson::SIMDJSON_PADDING))
        text.reserve(text.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    const size_t capacity = size_t(text.size() + text.data_ptr().freeSpaceAtEnd());
    AttemptLog found;
    QByteArray foundLines;
    bool hasAttempt = false;
    bool hasJob = false;
    qint64 jobId = 0;
    try {
        od::parser parser;
        od::document doc = parser.iterate(text.constData(), size_t(text.size()), capacity);
        if (doc.type().value() != od::json_type::object)
            return invalid(route, QStringLiteral("not a JSON object"));
        od::object root = doc.get_object();
        if (attemptNumber < 0) {
            readAttemptInfo(root, text.constData(), found, foundLines, hasAttempt);
        } else {
            for (auto field : root) {
                const std::string_view key = field.unescaped_key().value();
                od::value value = field.value();
                if (key == "job" && isA(value, od::json_type::object)) {
                    for (auto member : value.get_object()) {
                        od::value id = member.value();
                        if (member.unescaped_key().value() == "id" &&
                            isA(id, od::json_type::number))
                            jobId = id.get_int64().value();
                    }
                } else if (key == "attempts" && isA(value, od::json_type::array)) {
                    hasJob = true;
                    for (auto item : value.get_array()) {
                        od::value entry = item.value();
                        if (!isA(entry, od::json_type::object))
                            continue;
                        AttemptLog log;
                        QByteArray lines;
                        bool entryHasAttempt = false;
                        readAttemptInfo(entry.get_object(), text.constData(), log, lines,
                                        entryHasAttempt);
                        if (entryHasAttempt && log.attempt.number == attemptNumber) {
                            found = std::move(log);
                            foundLines = std::move(lines);
                            hasAttempt = true;
                        }
                    }
                }
            }
        }
    } catch (const simdjson::simdjson_error &e) {
        return invalid(route, QString::fromUtf8(e.what()));
    }
    if (attemptNumber >= 0 && !hasJob)
        return invalid(route, QStringLiteral("no attempts"), QStringLiteral("attempts"));
    if (attemptNumber >= 0 && !hasAttempt) {
        Error e = Error::make(
            ErrorKind::NotFound,
            AirbyteTr::tr("Job %1 has no attempt %2.").arg(jobId).arg(attemptNumber + 1),
            QStringLiteral("jobs/get: no attempt %1").arg(attemptNumber));
        e.httpStatus = 404;
        e.service = QStringLiteral("Airbyte");
        return e;
    }
    if (!hasAttempt)
        return invalid(route, QStringLiteral("no attempt"), QStringLiteral("attempt"));
    found.text = found.form == AttemptLog::Form::Events ? text : foundLines;
    return found;
}

// An attempt's log parsed on a worker (tens of megabytes); `callback` runs on `context`'s
// thread, never after `context` is destroyed (the watcher goes with it).
void parseLogAsync(const QByteArray &body,
                   std::function<Result<AttemptLog>(const QByteArray &)> parse, QObject *context,
                   std::function<void(const Result<AttemptLog> &)> callback)
{
    if (!context)
        return;
    using Answer = std::shared_ptr<const Result<AttemptLog>>;
    auto *watcher = new QFutureWatcher<Answer>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)] {
                         const Answer answer = watcher->result();
                         watcher->deleteLater();
                         callback(*answer);
                     });
    watcher->setFuture(
        QtConcurrent::run(QThreadPool::globalInstance(), [body, parse = std::move(parse)] {
            return Answer(std::make_shared<const Result<AttemptLog>>(parse(body)));
        }));
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Micronaut's 404 for a path no controller takes: no Airbyte exception class in the body.
bool routeMissing(const Error &e)
{
    return e.kind == ErrorKind::NotFound && e.detail.isEmpty();
}

} // namespace

QByteArray AttemptLog::lines(qsizetype first, qsizetype count) const
{
    if (count <= 0)
        return {};
    const qsizetype last = first + count - 1;
    if (form == Form::Lines) // one after the other in `text`, each with its '\n'
        return text.mid(starts.at(first), ends.at(last) - starts.at(first));
    QByteArray json;
    json.reserve(ends.at(last) - starts.at(first) + count + 2);
    json.append('[');
    for (qsizetype i = first; i <= last; ++i) {
        if (i > first)
            json.append(',');
        json.append(record(i));
    }
    json.append(']');
    const Result<QList<Logs::LogEvent>> events = Logs::parseLogEvents(json);
    QByteArray out;
    if (!events) { // malformed inside (On Demand skipped it unread): shown as it came
        for (qsizetype i = first; i <= last; ++i)
            out.append(record(i)).append('\n');
        return out;
    }
    for (const Logs::LogEvent &event : events.value())
        out.append(Logs::renderLogEvent(event));
    return out;
}

Result<AttemptLog> parseAttemptInfo(const QByteArray &body)
{
    return read(body, -1, QStringLiteral("attempt/get_for_job"));
}

Result<AttemptLog> parseJobInfoAttempt(const QByteArray &body, int attemptNumber)
{
    return read(body, std::max(0, attemptNumber), QStringLiteral("jobs/get"));
}

AirbyteCall AirbyteClient::getAttemptLog(qint64 jobId, int attemptNumber, QObject *context,
                                         std::function<void(const Result<AttemptLog> &)> callback)
{
    QPointer<QObject> guard(context);
    // Before 0.50.9: jobs/get, which answers every attempt with its log (API-NOTES §3.1).
    auto viaJob = [this, jobId, attemptNumber, guard, callback] {
        const QByteArray body = compactJson({{QStringLiteral("id"), jobId}});
        return postBytes(
            QStringLiteral("jobs/get"), [body] { return body; }, guard,
            [guard, attemptNumber, callback](const Result<QByteArray> &r) {
                if (!r) {
                    callback(r.error());
                    return;
                }
                parseLogAsync(
                    r.value(),
                    [attemptNumber](const QByteArray &b) {
                        return parseJobInfoAttempt(b, attemptNumber);
                    },
                    guard, callback);
            },
            Pace::Log);
    };
    const QVersionNumber version = QVersionNumber::fromString(serverVersion());
    if (m_noAttemptRoute || (!version.isNull() && version < QVersionNumber(0, 50, 9)))
        return viaJob();
    const QByteArray body = compactJson(
        {{QStringLiteral("jobId"), jobId}, {QStringLiteral("attemptNumber"), attemptNumber}});
    return postBytes(
        QStringLiteral("attempt/get_for_job"), [body] { return body; }, context,
        [this, guard, viaJob, callback](const Result<QByteArray> &r) {
            if (!r) {
                if (routeMissing(r.error()) && guard) {
                    m_noAttemptRoute = true; // asked once per client, not once per poll
                    viaJob();
                } else {
                    callback(r.error());
                }
                return;
            }
            parseLogAsync(r.value(), parseAttemptInfo, guard, callback);
        },
        Pace::Log);
}

} // namespace Dsp
