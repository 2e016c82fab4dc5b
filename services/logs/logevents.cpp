#include "logevents.h"

#include "logstr.h"

#include <QDateTime>

#include <simdjson.h>

#include <algorithm>

namespace Dsp::Logs {

namespace {

namespace dom = simdjson::dom;

QByteArray bytes(dom::element element)
{
    std::string_view text;
    if (element.get_string().get(text) == simdjson::SUCCESS)
        return QByteArray(text.data(), qsizetype(text.size()));
    return {};
}

QByteArray field(dom::object object, std::string_view key)
{
    dom::element value;
    if (object.at_key(key).get(value) != simdjson::SUCCESS)
        return {};
    return bytes(value);
}

qint64 integer(dom::object object, std::string_view key)
{
    dom::element value;
    if (object.at_key(key).get(value) != simdjson::SUCCESS)
        return 0;
    int64_t i = 0;
    if (value.get_int64().get(i) == simdjson::SUCCESS)
        return i;
    uint64_t u = 0;
    if (value.get_uint64().get(u) == simdjson::SUCCESS)
        return qint64(std::min<uint64_t>(u, uint64_t(std::numeric_limits<qint64>::max())));
    double d = 0;
    if (value.get_double().get(d) == simdjson::SUCCESS)
        return qint64(d);
    return 0;
}

// A stored Throwable (Jackson's shape): its message, its frames, then its causes.
void renderThrowable(dom::object throwable, QByteArray *out, int depth)
{
    if (depth > 0)
        out->append("Caused by: ");
    QByteArray message = field(throwable, "message");
    out->append(message.isEmpty() ? QByteArray("(no message)") : message);
    out->append('\n');
    dom::array frames;
    if (throwable.at_key("stackTrace").get_array().get(frames) == simdjson::SUCCESS) {
        for (dom::element frame : frames) {
            dom::object f;
            if (frame.get_object().get(f) != simdjson::SUCCESS)
                continue;
            out->append("\tat ");
            out->append(field(f, "cn"));
            out->append('.');
            out->append(field(f, "mn"));
            out->append('(');
            out->append(QByteArray::number(integer(f, "ln")));
            out->append(")\n");
        }
    }
    dom::object cause;
    if (depth < 32 && throwable.at_key("cause").get_object().get(cause) == simdjson::SUCCESS)
        renderThrowable(cause, out, depth + 1);
}

LogEvent eventFrom(dom::object object)
{
    LogEvent event;
    event.timestampMs = integer(object, "timestamp");
    event.level = field(object, "level").toUpper();
    event.logSource = field(object, "logSource");
    event.message = field(object, "message");
    dom::object caller;
    if (object.at_key("caller").get_object().get(caller) == simdjson::SUCCESS) {
        event.callerClass = field(caller, "className");
        event.callerMethod = field(caller, "methodName");
        event.callerLine = int(integer(caller, "lineNumber"));
    }
    event.stackTrace = field(object, "stackTrace");
    if (event.stackTrace.isEmpty())
        event.stackTrace = field(object, "strackTrace"); // Airbyte 1.2.x's spelling
    dom::object throwable;
    if (event.stackTrace.isEmpty() &&
        object.at_key("throwable").get_object().get(throwable) == simdjson::SUCCESS)
        renderThrowable(throwable, &event.stackTrace, 0);
    return event;
}

// "io.airbyte.bootloader.Application" -> "i.a.b.Application", as logback's %logger{36} would.
QByteArray shortClass(const QByteArray &name)
{
    const qsizetype last = name.lastIndexOf('.');
    if (last < 0)
        return name;
    QByteArray out;
    bool start = true;
    for (qsizetype i = 0; i <= last; ++i) {
        if (start)
            out.append(name.at(i));
        start = name.at(i) == '.';
        if (start)
            out.append('.');
    }
    out.append(name.mid(last + 1));
    return out;
}

// Appends `text` as lines: control characters (but tab) become spaces, "\r\n" and "\r" end lines.
void appendLines(QByteArray *out, QByteArrayView text)
{
    const qsizetype start = out->size();
    out->append(text.data(), text.size());
    for (qsizetype i = start; i < out->size(); ++i) {
        char &c = (*out)[i];
        if (c == '\r')
            c = (i + 1 < out->size() && out->at(i + 1) == '\n') ? ' ' : '\n';
        else if (uchar(c) < 0x20 && c != '\n' && c != '\t')
            c = ' ';
    }
    while (out->size() > start && (out->endsWith('\n') || out->endsWith(' ')))
        out->chop(1);
    out->append('\n');
}

} // namespace

Result<QList<LogEvent>> parseLogEvents(QByteArrayView json)
{
    dom::parser parser;
    dom::element root;
    const auto error = parser.parse(json.data(), size_t(json.size())).get(root);
    if (error != simdjson::SUCCESS)
        return Error::make(ErrorKind::InvalidResponse,
                           LogsTr::tr("The log events are not valid JSON."),
                           QString::fromUtf8(simdjson::error_message(error)));
    dom::array events;
    dom::object object;
    if (root.get_array().get(events) != simdjson::SUCCESS) {
        if (root.get_object().get(object) != simdjson::SUCCESS)
            return Error::make(ErrorKind::InvalidResponse,
                               LogsTr::tr("The log events are not a JSON object."));
        if (object.at_key("events").get_array().get(events) != simdjson::SUCCESS)
            return QList<LogEvent>{eventFrom(object)};
    }
    QList<LogEvent> out;
    out.reserve(qsizetype(events.size()));
    for (dom::element element : events) {
        dom::object event;
        if (element.get_object().get(event) == simdjson::SUCCESS)
            out.append(eventFrom(event));
    }
    return out;
}

QByteArray renderLogEvent(const LogEvent &event)
{
    QByteArray out;
    out.reserve(64 + event.message.size() + event.stackTrace.size());
    out.append(QDateTime::fromMSecsSinceEpoch(event.timestampMs, Qt::UTC)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   .toLatin1());
    out.append(' ');
    out.append(event.logSource.isEmpty() ? QByteArray("platform") : event.logSource);
    out.append(" > ");
    if (!event.level.isEmpty()) {
        out.append(event.level);
        out.append(' ');
    }
    if (!event.callerClass.isEmpty()) {
        out.append(shortClass(event.callerClass));
        out.append('(');
        out.append(event.callerMethod);
        out.append("):");
        out.append(QByteArray::number(event.callerLine));
        out.append(" - ");
    }
    appendLines(&out, event.message);
    if (!event.stackTrace.isEmpty())
        appendLines(&out, event.stackTrace);
    return out;
}

QByteArray renderLogEvents(QList<LogEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const LogEvent &a, const LogEvent &b) {
        return a.timestampMs < b.timestampMs;
    });
    QByteArray out;
    for (const LogEvent &event : events)
        out.append(renderLogEvent(event));
    return out;
}

} // namespace Dsp::Logs
