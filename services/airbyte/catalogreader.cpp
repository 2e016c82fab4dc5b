// Reading a catalog answer with simdjson's On Demand parser: in slices of the streams list cut
// between entries (the index stays in cache), else the whole document (catalogjson_p.h).
#include "airbyte/catalogjson_p.h"

#include "airbyte/airbytetr.h"

#include <simdjson.h>

namespace Dsp::CatalogJson {

Error invalidCatalog(const QString &why)
{
    Error e =
        Error::make(ErrorKind::InvalidResponse,
                    AirbyteTr::tr("Airbyte sent a catalog the panel cannot read: %1").arg(why));
    e.service = QStringLiteral("Airbyte");
    return e;
}

namespace {

namespace od = simdjson::ondemand;

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

} // namespace

Result<ReadAnswer> readCatalogAnswer(QByteArray &text, std::string_view key)
{
    if (std::optional<ReadAnswer> sliced = readSliced(text, key))
        return std::move(*sliced);
    return readWhole(text, key);
}

} // namespace Dsp::CatalogJson
