#include "airbyte/catalog.h"

#include "airbyte/airbytetr.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace Dsp {

namespace {

namespace od = simdjson::ondemand;

// The API's names of the modes, in the enums' order.
const QLatin1String SyncModeNames[] = {QLatin1String("full_refresh"), QLatin1String("incremental")};
const QLatin1String DestinationSyncModeNames[] = {
    QLatin1String("append"),          QLatin1String("overwrite"), QLatin1String("append_dedup"),
    QLatin1String("overwrite_dedup"), QLatin1String("update"),    QLatin1String("soft_delete"),
};

QByteArrayView bytes(QLatin1String name)
{
    return QByteArrayView(name.data(), name.size());
}

// The mode `names` gives `name`, nullopt for a name it does not have. `name` is UTF-16 or, read
// from an answer, UTF-8 bytes taken as Latin-1: the names are ASCII, so both match the same.
template<typename Mode, size_t N, typename Name>
std::optional<Mode> modeNamed(const QLatin1String (&names)[N], Name name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return Mode(i);
    }
    return std::nullopt;
}

template<typename Mode, size_t N>
std::optional<Mode> modeNamed(const QLatin1String (&names)[N], std::string_view name)
{
    return modeNamed<Mode>(names, QLatin1String(name.data(), qsizetype(name.size())));
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Error invalidCatalog(const QString &why)
{
    Error e =
        Error::make(ErrorKind::InvalidResponse,
                    AirbyteTr::tr("Airbyte sent a catalog the panel cannot read: %1").arg(why));
    e.service = QStringLiteral("Airbyte");
    return e;
}

// Where JSON text goes: a QByteArray, or one of the two below, which let the request be sized
// first and then written in parts on several threads into one buffer.
struct JsonSize
{
    qsizetype size = 0;
    void append(char) { ++size; }
    void append(QByteArrayView bytes) { size += bytes.size(); }
};

struct JsonWriter
{
    char *at;
    void append(char c) { *at++ = c; }
    void append(QByteArrayView bytes)
    {
        std::memcpy(at, bytes.data(), size_t(bytes.size()));
        at += bytes.size();
    }
};

// The `n` characters at `begin` (UTF-8 bytes, or UTF-16 known to be ASCII) as a JSON string,
// quotes included.
template<typename Sink, typename Char> void appendEscaped(Sink &out, const Char *begin, qsizetype n)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const Char *p = begin; p != begin + n; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else if (c < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\r':
                out.append("\\r");
                break;
            default:
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            }
        } else {
            out.append(char(c));
        }
    }
    out.append('"');
}

template<typename Sink> void appendString(Sink &out, QStringView value)
{
    // Names are ASCII nearly always: written as they are, without a UTF-8 copy first.
    if (std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        appendEscaped(out, value.utf16(), value.size());
    } else {
        const QByteArray utf8 = value.toUtf8();
        appendEscaped(out, utf8.constData(), utf8.size());
    }
}

// A key as read from an answer (UTF-8, checked by simdjson), written back as a JSON string.
void appendKey(QByteArray &out, std::string_view key)
{
    appendEscaped(out, key.data(), qsizetype(key.size()));
}

// The value's JSON text as it came (objects and arrays whole; scalars as their token).
std::string_view rawValue(od::value value)
{
    switch (value.type().value()) {
    case od::json_type::object: {
        od::object object = value.get_object();
        return object.raw_json().value();
    }
    case od::json_type::array: {
        od::array array = value.get_array();
        return array.raw_json().value();
    }
    default: {
        std::string_view token = value.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' ||
                                  token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        return token;
    }
    }
}

// Calls `use` with each string (unescaped) of the array `value`; other items are skipped, and
// a value that is not an array has none.
template<typename Use> void forEachString(od::value value, Use use)
{
    if (value.type().value() != od::json_type::array)
        return;
    for (auto item : value.get_array()) {
        od::value v = item.value();
        if (v.type().value() == od::json_type::string)
            use(v.get_string().value());
    }
}

QStringList stringArray(od::value value)
{
    QStringList out;
    forEachString(value, [&out](std::string_view s) { out.append(toQString(s)); });
    return out;
}

QList<FieldPath> pathArray(od::value value)
{
    QList<FieldPath> out;
    if (value.type().value() != od::json_type::array)
        return out;
    for (auto item : value.get_array())
        out.append(stringArray(item.value()));
    return out;
}

bool boolValue(od::value value)
{
    return value.type().value() == od::json_type::boolean && value.get_bool().value();
}

// The string `value` holds, nullopt for another type.
std::optional<std::string_view> stringValue(od::value value)
{
    if (value.type().value() != od::json_type::string)
        return std::nullopt;
    return value.get_string().value();
}

// Reads the "stream" object (AirbyteStream) into `s`.
void readStream(od::object stream, CatalogStream &s)
{
    for (auto field : stream) {
        const std::string_view key = field.unescaped_key().value();
        od::value v = field.value();
        if (key == "name") {
            if (const auto name = stringValue(v))
                s.name = toQString(*name);
        } else if (key == "namespace") {
            if (const auto nameSpace = stringValue(v))
                s.nameSpace = toQString(*nameSpace);
        } else if (key == "jsonSchema") {
            if (v.type().value() != od::json_type::object)
                continue;
            for (auto member : v.get_object()) {
                if (member.unescaped_key().value() != "properties")
                    continue;
                od::value props = member.value();
                if (props.type().value() != od::json_type::object)
                    continue;
                for (auto property : props.get_object()) {
                    ++s.fieldCount;
                    // The raw key: no unescaping for each of a warehouse's columns.
                    if (property.key().value() == "updated_at")
                        s.hasUpdatedAt = true;
                }
            }
        } else if (key == "supportedSyncModes") {
            forEachString(v, [&s](std::string_view name) {
                if (const auto mode = modeNamed<SyncMode>(SyncModeNames, name))
                    s.supportedSyncModes.append(*mode);
            });
        } else if (key == "sourceDefinedCursor") {
            s.sourceDefinedCursor = boolValue(v);
        } else if (key == "defaultCursorField") {
            s.defaultCursorField = stringArray(v);
        } else if (key == "sourceDefinedPrimaryKey") {
            s.sourceDefinedPrimaryKey = pathArray(v);
        }
    }
}

// Reads the "config" object (AirbyteStreamConfiguration); returns whether it had
// fieldSelectionEnabled, the sign of a server that knows field selection.
bool readConfig(od::object config, CatalogStream &s)
{
    bool fieldSelection = false;
    StreamConfig &c = s.config;
    for (auto field : config) {
        const std::string_view key = field.unescaped_key().value();
        od::value v = field.value();
        if (key == "syncMode") {
            if (const auto name = stringValue(v)) {
                if (const auto m = modeNamed<SyncMode>(SyncModeNames, *name))
                    c.modes.source = *m;
            }
        } else if (key == "destinationSyncMode") {
            if (const auto name = stringValue(v)) {
                if (const auto m = modeNamed<DestinationSyncMode>(DestinationSyncModeNames, *name))
                    c.modes.destination = *m;
            }
        } else if (key == "cursorField") {
            c.cursorField = stringArray(v);
        } else if (key == "primaryKey") {
            c.primaryKey = pathArray(v);
        } else if (key == "aliasName") {
            if (const auto alias = stringValue(v))
                c.aliasName = toQString(*alias);
        } else if (key == "selected") {
            c.selected = boolValue(v);
        } else if (key == "fieldSelectionEnabled") {
            fieldSelection = true;
            c.fieldSelectionEnabled = boolValue(v);
        } else if (key == "selectedFields") {
            if (v.type().value() != od::json_type::array)
                continue;
            for (auto item : v.get_array()) {
                od::value entry = item.value();
                if (entry.type().value() != od::json_type::object)
                    continue;
                for (auto m : entry.get_object()) {
                    if (m.unescaped_key().value() == "fieldPath")
                        c.selectedFields.append(stringArray(m.value()));
                }
            }
        } else {
            if (!s.configExtra.isEmpty())
                s.configExtra.append(',');
            appendKey(s.configExtra, key);
            s.configExtra.append(':');
            const std::string_view raw = rawValue(v);
            s.configExtra.append(raw.data(), qsizetype(raw.size()));
        }
    }
    return fieldSelection;
}

// Reads one entry of the streams list ({"stream": {...}, "config": {...}}) into `s`. The
// stream's offset counts from `origin`, the start of the text `doc` reads, plus `shift` (an
// entry read in a copy points into the answer). Returns why the entry cannot be used, empty
// when it can.
QString readEntry(od::value entry, od::document &doc, const char *origin, qsizetype shift,
                  CatalogStream &s, bool &fieldSelection)
{
    if (entry.type().value() != od::json_type::object)
        return AirbyteTr::tr("a stream is not an object");
    for (auto part : entry.get_object()) {
        const std::string_view partName = part.unescaped_key().value();
        od::value partValue = part.value();
        if (partValue.type().value() != od::json_type::object)
            continue;
        if (partName == "stream") {
            // One pass: the object's bytes run from its brace to the token after it, less what
            // lies between.
            const char *start = partValue.raw_json_token().data();
            readStream(partValue.get_object(), s);
            const char *end = doc.current_location().value();
            while (end > start && *(end - 1) != '}')
                --end;
            s.streamOffset = qsizetype(start - origin) + shift;
            s.streamLength = qsizetype(end - start);
        } else if (partName == "config") {
            if (readConfig(partValue.get_object(), s))
                fieldSelection = true;
        }
    }
    if (s.streamLength == 0)
        return AirbyteTr::tr("a stream has no schema");
    if (s.name.isEmpty())
        return AirbyteTr::tr("a stream has no name");
    return {};
}

// A catalog answer as read, before it becomes a CatalogAnswer.
struct ReadCatalog
{
    QList<CatalogStream> streams;
    bool fieldSelection = false;
    qsizetype listOffset = -1; // its one streams list's '[', -1 when it has none or several
};

struct ReadAnswer
{
    QJsonObject rest;
    std::optional<ReadCatalog> catalog;
};

// How much of `text`'s buffer simdjson may read: its bytes and the slack after them.
size_t capacity(QByteArray &text)
{
    return size_t(text.size() + text.data_ptr().freeSpaceAtEnd());
}

// The whole answer in one simdjson document. `text` has simdjson's padding.
Result<ReadAnswer> readWhole(QByteArray &text, std::string_view key)
{
    ReadAnswer answer;
    QByteArray rest("{");
    try {
        od::parser parser;
        od::document doc = parser.iterate(text.constData(), size_t(text.size()), capacity(text));
        od::object top = doc.get_object();
        for (auto field : top) {
            const std::string_view name = field.unescaped_key().value();
            od::value value = field.value();
            if (name != key) {
                if (rest.size() > 1)
                    rest.append(',');
                appendKey(rest, name);
                rest.append(':');
                const std::string_view raw = rawValue(value);
                rest.append(raw.data(), qsizetype(raw.size()));
                continue;
            }
            if (value.type().value() != od::json_type::object)
                continue; // null: no catalog
            ReadCatalog catalog;
            int lists = 0;
            for (auto member : value.get_object()) {
                if (member.unescaped_key().value() != "streams")
                    continue;
                od::value streams = member.value();
                if (streams.type().value() != od::json_type::array)
                    return invalidCatalog(AirbyteTr::tr("its streams are not a list"));
                catalog.listOffset =
                    ++lists == 1 ? qsizetype(streams.raw_json_token().data() - text.constData())
                                 : -1;
                for (auto item : streams.get_array()) {
                    CatalogStream s;
                    const QString why = readEntry(item.value(), doc, text.constData(), 0, s,
                                                  catalog.fieldSelection);
                    if (!why.isEmpty())
                        return invalidCatalog(why);
                    catalog.streams.append(std::move(s));
                }
            }
            answer.catalog = std::move(catalog);
        }
    } catch (const simdjson::simdjson_error &e) {
        return invalidCatalog(QString::fromUtf8(e.what()));
    }
    rest.append('}');
    QJsonParseError error;
    const QJsonDocument restDoc = QJsonDocument::fromJson(rest, &error);
    if (!restDoc.isObject())
        return invalidCatalog(error.errorString());
    answer.rest = restDoc.object();
    return answer;
}

// A big streams list is read in slices of about this many bytes, each copied between brackets
// and indexed on its own: a slice's index stays in the cache, where the whole answer's (four
// bytes per structural character, 30 MB for 10,000 streams) would be written to fresh memory
// page by page.
constexpr qsizetype SliceBytes = 256 * 1024;

// Where the streams list starts, and where one of its entries ends and the next begins. Neither
// can lie inside a string: the quote after the brace opens one ("stream"), so the bytes before
// it are outside any. They are a list of objects that start with "stream", which in a catalog
// answer is the streams list; readSliced() checks that it is.
constexpr std::string_view FirstEntry = R"([{"stream":{)";
constexpr std::string_view EntryBoundary = R"(},{"stream":{)";

// Entries text[begin, end) of the streams list: `{...},...,{...}`.
struct Slice
{
    qsizetype begin;
    qsizetype end;
};

// The offset of the ']' that closes the list whose entries start at `from`; -1 when a brace
// closes it or it runs on for more than `limit` bytes (simdjson checks the rest when the slice
// is read).
qsizetype listEnd(std::string_view text, qsizetype from, qsizetype limit)
{
    const auto size = std::min(qsizetype(text.size()), from + limit);
    int depth = 0;
    for (qsizetype i = from; i < size; ++i) {
        switch (text[size_t(i)]) {
        case '"':
            // Skips the string; a backslash escapes the next byte.
            for (++i; i < size && text[size_t(i)] != '"'; ++i) {
                if (text[size_t(i)] == '\\')
                    ++i;
            }
            break;
        case '[':
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            if (depth == 0)
                return text[size_t(i)] == ']' ? i : -1;
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

// Slices of the streams list whose '[' is at `open`, up to the ']' at `*close`.
QList<Slice> slices(std::string_view text, qsizetype open, qsizetype *close)
{
    QList<Slice> out;
    qsizetype begin = open + 1;
    for (;;) {
        const qsizetype from = begin + SliceBytes;
        const size_t at = from < qsizetype(text.size()) ? text.find(EntryBoundary, size_t(from))
                                                        : std::string_view::npos;
        if (at == std::string_view::npos) {
            // The last slice, found by reading through it (up to a few slices' length: a
            // list that runs on is read whole).
            *close = listEnd(text, begin, 4 * SliceBytes);
            if (*close >= 0)
                out.append({begin, *close});
            return out;
        }
        out.append({begin, qsizetype(at) + 1});
        begin = qsizetype(at) + 2;
    }
}

// Reads the entries of `slices` into `catalog`; false when one of them is not a list of usable
// entries.
bool readSlices(std::string_view text, const QList<Slice> &slices, ReadCatalog &catalog)
{
    od::parser parser;
    QByteArray copy;
    try {
        for (const Slice &slice : slices) {
            const qsizetype length = slice.end - slice.begin + 2;
            copy.reserve(length + qsizetype(simdjson::SIMDJSON_PADDING));
            copy.resize(length);
            copy[0] = '[';
            std::memcpy(copy.data() + 1, text.data() + slice.begin, size_t(length - 2));
            copy[length - 1] = ']';
            od::document doc = parser.iterate(copy.constData(), size_t(length), capacity(copy));
            for (auto item : doc.get_array()) {
                CatalogStream s;
                if (!readEntry(item.value(), doc, copy.constData(), slice.begin - 1, s,
                               catalog.fieldSelection)
                         .isEmpty())
                    return false;
                catalog.streams.append(std::move(s));
            }
            // The list must end with the slice, not inside it.
            if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
                return false;
        }
    } catch (const simdjson::simdjson_error &) {
        return false;
    }
    return true;
}

// The answer read in slices: the outline (the answer with its streams list emptied) in one
// document, which gives the other members and shows that the list found is the catalog's
// streams, then the slices of the list. Nullopt when the answer is not shaped so or a slice
// cannot be read: readWhole() then reads it, and says what is wrong.
std::optional<ReadAnswer> readSliced(QByteArray &text, std::string_view key)
{
    const std::string_view json(text.constData(), size_t(text.size()));
    const size_t first = json.find(FirstEntry);
    if (first == std::string_view::npos)
        return std::nullopt;
    const auto open = qsizetype(first);
    qsizetype close = -1;
    const QList<Slice> all = slices(json, open, &close);
    if (close < 0)
        return std::nullopt;

    QByteArray outline;
    outline.reserve(open + 1 + text.size() - close + qsizetype(simdjson::SIMDJSON_PADDING));
    outline.append(text.constData(), open + 1);
    outline.append(text.constData() + close, text.size() - close);
    Result<ReadAnswer> answer = readWhole(outline, key);
    if (!answer || !answer.value().catalog || answer.value().catalog->listOffset != open)
        return std::nullopt;

    if (!readSlices(json, all, *answer.value().catalog))
        return std::nullopt;
    return std::move(answer.value());
}

// A request smaller than this is written on one thread.
constexpr qsizetype RequestPartBytes = 4 * 1024 * 1024;

// How many threads forEachOnThreads() can run on.
qsizetype threadCount()
{
    return std::max(1, QThreadPool::globalInstance()->maxThreadCount());
}

// Runs `work` on each item: the first in the calling thread, the others on the global pool. An
// item no pool thread has taken by then runs in the calling thread too (QFuture steals it), so
// a busy pool slows the work down but never stalls it.
template<typename Item, typename Work> void forEachOnThreads(QList<Item> &items, const Work &work)
{
    Item *item = items.data();
    QList<QFuture<void>> others;
    for (qsizetype i = 1; i < items.size(); ++i)
        others.append(
            QtConcurrent::run(QThreadPool::globalInstance(), [&work, item, i] { work(item[i]); }));
    if (!items.isEmpty())
        work(item[0]);
    for (QFuture<void> &other : others)
        other.waitForFinished();
}

template<typename Sink> void appendPath(Sink &out, const FieldPath &path)
{
    out.append('[');
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, path.at(i));
    }
    out.append(']');
}

template<typename Sink> void appendPaths(Sink &out, const QList<FieldPath> &paths)
{
    out.append('[');
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (i)
            out.append(',');
        appendPath(out, paths.at(i));
    }
    out.append(']');
}

// One entry of the request's streams list: the schema as it came, the config as chosen.
template<typename Sink>
void appendEntry(Sink &out, const CatalogStream &s, const char *text, bool fieldSelection)
{
    const StreamConfig &c = s.config;
    out.append("{\"stream\":");
    out.append(QByteArrayView(text + s.streamOffset, s.streamLength));
    out.append(",\"config\":{\"syncMode\":\"");
    out.append(bytes(SyncModeNames[int(c.modes.source)]));
    out.append("\",\"destinationSyncMode\":\"");
    out.append(bytes(DestinationSyncModeNames[int(c.modes.destination)]));
    out.append("\",\"cursorField\":");
    appendPath(out, c.cursorField);
    out.append(",\"primaryKey\":");
    appendPaths(out, c.primaryKey);
    if (!c.aliasName.isEmpty()) {
        out.append(",\"aliasName\":");
        appendString(out, c.aliasName);
    }
    out.append(c.selected ? ",\"selected\":true" : ",\"selected\":false");
    if (fieldSelection || c.fieldSelectionEnabled) {
        out.append(c.fieldSelectionEnabled ? ",\"fieldSelectionEnabled\":true"
                                           : ",\"fieldSelectionEnabled\":false");
        if (c.fieldSelectionEnabled) {
            out.append(",\"selectedFields\":[");
            for (qsizetype f = 0; f < c.selectedFields.size(); ++f) {
                if (f)
                    out.append(',');
                out.append("{\"fieldPath\":");
                appendPath(out, c.selectedFields.at(f));
                out.append('}');
            }
            out.append(']');
        }
    }
    if (!s.configExtra.isEmpty()) {
        out.append(',');
        out.append(QByteArrayView(s.configExtra));
    }
    out.append("}}");
}

void collectFields(const nlohmann::ordered_json &properties, const FieldPath &prefix,
                   QList<CatalogField> &out, int depth)
{
    if (!properties.is_object() || depth > 12)
        return;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        CatalogField f;
        f.path = prefix;
        f.path.append(QString::fromStdString(it.key()));
        const nlohmann::ordered_json &schema = it.value();
        if (schema.is_object()) {
            const auto type = schema.find("type");
            if (type != schema.end()) {
                if (type->is_string()) {
                    f.type = QString::fromStdString(type->get<std::string>());
                } else if (type->is_array()) {
                    for (const auto &t : *type) {
                        if (!t.is_string())
                            continue;
                        const std::string name = t.get<std::string>();
                        if (name == "null")
                            f.nullable = true;
                        else if (f.type.isEmpty())
                            f.type = QString::fromStdString(name);
                    }
                }
            }
            const auto airbyteType = schema.find("airbyte_type");
            const auto format = schema.find("format");
            if (airbyteType != schema.end() && airbyteType->is_string())
                f.format = QString::fromStdString(airbyteType->get<std::string>());
            else if (format != schema.end() && format->is_string())
                f.format = QString::fromStdString(format->get<std::string>());
        }
        const FieldPath path = f.path;
        const bool isObject = f.type == QLatin1String("object");
        out.append(std::move(f));
        if (isObject) {
            const auto nested = schema.find("properties");
            if (nested != schema.end())
                collectFields(*nested, path, out, depth + 1);
        }
    }
}

} // namespace

bool SyncModes::needsPrimaryKey() const
{
    switch (destination) {
    case DestinationSyncMode::AppendDedup:
    case DestinationSyncMode::OverwriteDedup:
    case DestinationSyncMode::Update:
    case DestinationSyncMode::SoftDelete:
        return true;
    case DestinationSyncMode::Append:
    case DestinationSyncMode::Overwrite:
        break;
    }
    return false;
}

QString SyncModes::displayName() const
{
    const QString read = source == SyncMode::Incremental ? AirbyteTr::tr("Incremental")
                                                         : AirbyteTr::tr("Full refresh");
    QString write;
    switch (destination) {
    case DestinationSyncMode::Append:
        write = AirbyteTr::tr("Append");
        break;
    case DestinationSyncMode::Overwrite:
        write = AirbyteTr::tr("Overwrite");
        break;
    case DestinationSyncMode::AppendDedup:
        write = AirbyteTr::tr("Append + Deduped");
        break;
    case DestinationSyncMode::OverwriteDedup:
        write = AirbyteTr::tr("Overwrite + Deduped");
        break;
    case DestinationSyncMode::Update:
        write = AirbyteTr::tr("Update");
        break;
    case DestinationSyncMode::SoftDelete:
        write = AirbyteTr::tr("Soft delete");
        break;
    }
    return read + QStringLiteral(" | ") + write;
}

QString syncModeApiName(SyncMode mode)
{
    return SyncModeNames[int(mode)];
}

QString destinationSyncModeApiName(DestinationSyncMode mode)
{
    return DestinationSyncModeNames[int(mode)];
}

std::optional<SyncMode> syncModeFromApi(QStringView name)
{
    return modeNamed<SyncMode>(SyncModeNames, name);
}

std::optional<DestinationSyncMode> destinationSyncModeFromApi(QStringView name)
{
    return modeNamed<DestinationSyncMode>(DestinationSyncModeNames, name);
}

QList<DestinationSyncMode> destinationSyncModesFromApi(const QJsonObject &specificationRead)
{
    QList<DestinationSyncMode> out;
    for (const QJsonValue &v :
         specificationRead.value(QStringLiteral("supportedDestinationSyncModes")).toArray()) {
        if (const auto m = destinationSyncModeFromApi(v.toString()); m && !out.contains(*m))
            out.append(*m);
    }
    // Destinations that predate the field write append and overwrite.
    if (out.isEmpty())
        out = {DestinationSyncMode::Overwrite, DestinationSyncMode::Append};
    return out;
}

QList<SyncModes> availableSyncModes(const QList<SyncMode> &source,
                                    const QList<DestinationSyncMode> &destination)
{
    using S = SyncMode;
    using D = DestinationSyncMode;
    static const SyncModes order[] = {
        {S::Incremental, D::AppendDedup}, {S::FullRefresh, D::OverwriteDedup},
        {S::Incremental, D::Append},      {S::FullRefresh, D::Append},
        {S::FullRefresh, D::Overwrite},   {S::Incremental, D::Update},
        {S::FullRefresh, D::Update},      {S::Incremental, D::SoftDelete},
        {S::FullRefresh, D::SoftDelete},
    };
    QList<SyncModes> out;
    for (const SyncModes &m : order) {
        if (source.contains(m.source) && destination.contains(m.destination))
            out.append(m);
    }
    return out;
}

QString fieldPathText(const FieldPath &path)
{
    return path.join(QLatin1Char('.'));
}

QString fieldPathsText(const QList<FieldPath> &paths)
{
    QStringList parts;
    for (const FieldPath &p : paths)
        parts << fieldPathText(p);
    return parts.join(QStringLiteral(", "));
}

Result<Catalog> Catalog::parse(const QByteArray &text)
{
    Result<CatalogAnswer> r = parseCatalogAnswer(
        QByteArrayLiteral("{\"catalog\":") + text + QByteArrayLiteral("}"), "catalog");
    if (!r)
        return r.error();
    if (!r.value().catalog)
        return invalidCatalog(AirbyteTr::tr("no catalog"));
    return *r.value().catalog;
}

int Catalog::indexOf(const QString &nameSpace, const QString &name) const
{
    for (int i = 0; i < size(); ++i) {
        const CatalogStream &s = m_streams.at(i);
        if (s.name == name && s.nameSpace == nameSpace)
            return i;
    }
    return -1;
}

QList<CatalogField> Catalog::fields(int index) const
{
    QList<CatalogField> out;
    const CatalogStream &s = m_streams.at(index);
    if (!m_text || s.streamLength <= 0)
        return out;
    const char *begin = m_text->constData() + s.streamOffset;
    const nlohmann::ordered_json stream =
        nlohmann::ordered_json::parse(begin, begin + s.streamLength, nullptr, false);
    if (!stream.is_object())
        return out;
    const auto schema = stream.find("jsonSchema");
    if (schema == stream.end() || !schema->is_object())
        return out;
    const auto properties = schema->find("properties");
    if (properties != schema->end())
        collectFields(*properties, {}, out, 0);
    return out;
}

void Catalog::setSelected(int index, bool selected)
{
    m_streams[index].config.selected = selected;
}

void Catalog::setSyncModes(int index, const SyncModes &modes)
{
    StreamConfig &c = m_streams[index].config;
    c.modes = modes;
    if (modes.needsCursor() && c.cursorField.isEmpty())
        c.cursorField = proposedCursor(index);
    if (modes.needsPrimaryKey() && c.primaryKey.isEmpty())
        c.primaryKey = m_streams.at(index).sourceDefinedPrimaryKey;
}

void Catalog::setCursorField(int index, const FieldPath &cursor)
{
    m_streams[index].config.cursorField = cursor;
}

void Catalog::setPrimaryKey(int index, const QList<FieldPath> &key)
{
    m_streams[index].config.primaryKey = key;
}

void Catalog::setFieldSelection(int index, bool enabled, const QList<FieldPath> &fields)
{
    StreamConfig &c = m_streams[index].config;
    c.fieldSelectionEnabled = enabled;
    c.selectedFields = enabled ? fields : QList<FieldPath>();
}

void Catalog::setConfig(int index, const StreamConfig &config)
{
    m_streams[index].config = config;
}

FieldPath Catalog::proposedCursor(int index) const
{
    const CatalogStream &s = m_streams.at(index);
    if (!s.defaultCursorField.isEmpty())
        return s.defaultCursorField;
    if (s.hasUpdatedAt)
        return {QStringLiteral("updated_at")};
    return {};
}

QList<FieldPath> Catalog::effectiveKey(int index) const
{
    const CatalogStream &s = m_streams.at(index);
    return s.sourceDefinedPrimaryKey.isEmpty() ? s.config.primaryKey : s.sourceDefinedPrimaryKey;
}

StreamProblem Catalog::problem(int index, const QList<DestinationSyncMode> &destination) const
{
    const CatalogStream &s = m_streams.at(index);
    const StreamConfig &c = s.config;
    if (!c.selected)
        return StreamProblem::None;
    if (!s.supportedSyncModes.contains(c.modes.source) ||
        !destination.contains(c.modes.destination))
        return StreamProblem::ModeNotSupported;
    if (c.modes.needsCursor() && !s.sourceDefinedCursor && c.cursorField.isEmpty())
        return StreamProblem::NeedsCursor;
    const QList<FieldPath> key = effectiveKey(index);
    if (c.modes.needsPrimaryKey() && key.isEmpty())
        return StreamProblem::NeedsPrimaryKey;
    if (c.fieldSelectionEnabled) {
        // A selected nested field carries its parents; a selected parent carries its children.
        const auto covered = [&](const FieldPath &path) {
            return std::any_of(c.selectedFields.begin(), c.selectedFields.end(),
                               [&](const FieldPath &f) {
                                   const qsizetype n = std::min(f.size(), path.size());
                                   return f.mid(0, n) == path.mid(0, n);
                               });
        };
        const FieldPath cursor = s.sourceDefinedCursor ? s.defaultCursorField : c.cursorField;
        if (c.modes.needsCursor() && !cursor.isEmpty() && !covered(cursor))
            return StreamProblem::CursorNotSelected;
        if (c.modes.needsPrimaryKey() && !std::all_of(key.begin(), key.end(), covered))
            return StreamProblem::KeyNotSelected;
    }
    return StreamProblem::None;
}

QString Catalog::problemText(StreamProblem problem)
{
    switch (problem) {
    case StreamProblem::None:
        return {};
    case StreamProblem::ModeNotSupported:
        return AirbyteTr::tr(
            "Choose another sync mode: the source or the destination cannot sync this one.");
    case StreamProblem::NeedsCursor:
        return AirbyteTr::tr("Choose a cursor field: an incremental sync reads only the records "
                             "whose cursor grew since the last sync.");
    case StreamProblem::NeedsPrimaryKey:
        return AirbyteTr::tr("Choose a primary key: deduplication keeps one record per key.");
    case StreamProblem::CursorNotSelected:
        return AirbyteTr::tr("Select the cursor field: an incremental sync needs it.");
    case StreamProblem::KeyNotSelected:
        return AirbyteTr::tr("Select every primary key field: deduplication needs them.");
    }
    return {};
}

QByteArray Catalog::toJson() const
{
    // The entries in parts, each sized and then written into its place in one buffer, on
    // several threads for a big catalog: copying its tens of megabytes of schemas is the work.
    struct Part
    {
        qsizetype first = 0;
        qsizetype last = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    const qsizetype count = m_streams.size();
    const qsizetype partCount =
        std::clamp<qsizetype>((m_text ? m_text->size() : 0) / RequestPartBytes, 1, threadCount());
    QList<Part> parts(partCount);
    for (qsizetype i = 0; i < partCount; ++i) {
        parts[i].first = i * count / partCount;
        parts[i].last = (i + 1) * count / partCount;
    }
    const char *text = m_text ? m_text->constData() : nullptr;
    const auto appendEntries = [this, text](auto &out, const Part &part) {
        for (qsizetype i = part.first; i < part.last; ++i) {
            if (i)
                out.append(',');
            appendEntry(out, m_streams.at(i), text, m_fieldSelection);
        }
    };
    forEachOnThreads(parts, [&appendEntries](Part &part) {
        JsonSize size;
        appendEntries(size, part);
        part.size = size.size;
    });

    const QByteArrayView head("{\"streams\":[");
    const QByteArrayView tail("]}");
    qsizetype total = head.size();
    for (Part &part : parts) {
        part.offset = total;
        total += part.size;
    }
    QByteArray out(total + tail.size(), Qt::Uninitialized);
    char *data = out.data();
    JsonWriter{data}.append(head);
    JsonWriter{data + total}.append(tail);
    forEachOnThreads(parts, [&appendEntries, data](Part &part) {
        JsonWriter writer{data + part.offset};
        appendEntries(writer, part);
    });
    return out;
}

Result<CatalogAnswer> parseCatalogAnswer(const QByteArray &body, const QByteArray &catalogKey)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end (whatever they hold). A buffer
    // with that much slack is shared as it is; another is copied once with padding.
    const qsizetype length = body.size();
    const auto padding = qsizetype(simdjson::SIMDJSON_PADDING);
    auto text = std::make_shared<QByteArray>(body); // shared, not copied
    if (text->data_ptr().freeSpaceAtEnd() < padding) {
        QByteArray padded;
        padded.reserve(length + padding);
        padded.append(body);
        *text = std::move(padded);
    }
    const std::string_view key(catalogKey.constData(), size_t(catalogKey.size()));

    std::optional<ReadAnswer> read = readSliced(*text, key);
    if (!read) {
        Result<ReadAnswer> whole = readWhole(*text, key);
        if (!whole)
            return whole.error();
        read = std::move(whole.value());
    }
    CatalogAnswer answer;
    answer.rest = std::move(read->rest);
    if (read->catalog) {
        Catalog catalog;
        catalog.m_text = text;
        catalog.m_streams = std::move(read->catalog->streams);
        catalog.m_fieldSelection = read->catalog->fieldSelection;
        answer.catalog = std::move(catalog);
    }
    return answer;
}

void parseCatalogAnswerAsync(const QByteArray &body, const QByteArray &catalogKey, QObject *context,
                             std::function<void(const Result<CatalogAnswer> &)> callback)
{
    using Answer = std::shared_ptr<const Result<CatalogAnswer>>;
    // The watcher belongs to `context`: destroyed with it, it never calls back.
    auto *watcher = new QFutureWatcher<Answer>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)] {
                         const Answer answer = watcher->result();
                         watcher->deleteLater();
                         callback(*answer);
                     });
    watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [body, catalogKey] {
        return Answer(
            std::make_shared<const Result<CatalogAnswer>>(parseCatalogAnswer(body, catalogKey)));
    }));
}

void appendJsonString(QByteArray &out, QStringView value)
{
    appendString(out, value);
}

} // namespace Dsp
