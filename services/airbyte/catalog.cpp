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

namespace Dsp {

namespace {

namespace od = simdjson::ondemand;

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

QStringList stringArray(od::value value)
{
    QStringList out;
    if (value.type().value() != od::json_type::array)
        return out;
    for (auto item : value.get_array()) {
        od::value v = item.value();
        if (v.type().value() == od::json_type::string)
            out.append(toQString(v.get_string().value()));
    }
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

// Reads the "stream" object (AirbyteStream) into `s`.
void readStream(od::object stream, CatalogStream &s)
{
    for (auto field : stream) {
        const std::string_view key = field.unescaped_key().value();
        od::value v = field.value();
        if (key == "name") {
            if (v.type().value() == od::json_type::string)
                s.name = toQString(v.get_string().value());
        } else if (key == "namespace") {
            if (v.type().value() == od::json_type::string)
                s.nameSpace = toQString(v.get_string().value());
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
            for (const QString &m : stringArray(v)) {
                if (const auto mode = syncModeFromApi(m))
                    s.supportedSyncModes.append(*mode);
            }
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
    std::optional<DestinationSyncMode> destination;
    for (auto field : config) {
        const std::string_view key = field.unescaped_key().value();
        od::value v = field.value();
        if (key == "syncMode") {
            if (v.type().value() == od::json_type::string) {
                if (const auto m = syncModeFromApi(toQString(v.get_string().value())))
                    c.modes.source = *m;
            }
        } else if (key == "destinationSyncMode") {
            if (v.type().value() == od::json_type::string) {
                destination = destinationSyncModeFromApi(toQString(v.get_string().value()));
                if (destination)
                    c.modes.destination = *destination;
            }
        } else if (key == "cursorField") {
            c.cursorField = stringArray(v);
        } else if (key == "primaryKey") {
            c.primaryKey = pathArray(v);
        } else if (key == "aliasName") {
            if (v.type().value() == od::json_type::string)
                c.aliasName = toQString(v.get_string().value());
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
            appendJsonString(s.configExtra, toQString(key));
            s.configExtra.append(':');
            const std::string_view raw = rawValue(v);
            s.configExtra.append(raw.data(), qsizetype(raw.size()));
        }
    }
    return fieldSelection;
}

void appendPath(QByteArray &out, const FieldPath &path)
{
    out.append('[');
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i)
            out.append(',');
        appendJsonString(out, path.at(i));
    }
    out.append(']');
}

void appendPaths(QByteArray &out, const QList<FieldPath> &paths)
{
    out.append('[');
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (i)
            out.append(',');
        appendPath(out, paths.at(i));
    }
    out.append(']');
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
    return mode == SyncMode::Incremental ? QStringLiteral("incremental")
                                         : QStringLiteral("full_refresh");
}

QString destinationSyncModeApiName(DestinationSyncMode mode)
{
    switch (mode) {
    case DestinationSyncMode::Append:
        return QStringLiteral("append");
    case DestinationSyncMode::Overwrite:
        return QStringLiteral("overwrite");
    case DestinationSyncMode::AppendDedup:
        return QStringLiteral("append_dedup");
    case DestinationSyncMode::OverwriteDedup:
        return QStringLiteral("overwrite_dedup");
    case DestinationSyncMode::Update:
        return QStringLiteral("update");
    case DestinationSyncMode::SoftDelete:
        return QStringLiteral("soft_delete");
    }
    return {};
}

std::optional<SyncMode> syncModeFromApi(QStringView name)
{
    if (name == QLatin1String("full_refresh"))
        return SyncMode::FullRefresh;
    if (name == QLatin1String("incremental"))
        return SyncMode::Incremental;
    return std::nullopt;
}

std::optional<DestinationSyncMode> destinationSyncModeFromApi(QStringView name)
{
    for (DestinationSyncMode m :
         {DestinationSyncMode::Append, DestinationSyncMode::Overwrite,
          DestinationSyncMode::AppendDedup, DestinationSyncMode::OverwriteDedup,
          DestinationSyncMode::Update, DestinationSyncMode::SoftDelete}) {
        if (name == destinationSyncModeApiName(m))
            return m;
    }
    return std::nullopt;
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
    QByteArray out;
    out.reserve((m_text ? m_text->size() : 0) + qsizetype(m_streams.size()) * 256 + 16);
    out.append("{\"streams\":[");
    for (qsizetype i = 0; i < m_streams.size(); ++i) {
        const CatalogStream &s = m_streams.at(i);
        const StreamConfig &c = s.config;
        if (i)
            out.append(',');
        out.append("{\"stream\":");
        out.append(m_text->constData() + s.streamOffset, s.streamLength);
        out.append(",\"config\":{\"syncMode\":\"");
        out.append(syncModeApiName(c.modes.source).toLatin1());
        out.append("\",\"destinationSyncMode\":\"");
        out.append(destinationSyncModeApiName(c.modes.destination).toLatin1());
        out.append("\",\"cursorField\":");
        appendPath(out, c.cursorField);
        out.append(",\"primaryKey\":");
        appendPaths(out, c.primaryKey);
        if (!c.aliasName.isEmpty()) {
            out.append(",\"aliasName\":");
            appendJsonString(out, c.aliasName);
        }
        out.append(c.selected ? ",\"selected\":true" : ",\"selected\":false");
        if (m_fieldSelection || c.fieldSelectionEnabled) {
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
            out.append(s.configExtra);
        }
        out.append("}}");
    }
    out.append("]}");
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
    const auto capacity = size_t(length + text->data_ptr().freeSpaceAtEnd());
    const std::string_view key(catalogKey.constData(), size_t(catalogKey.size()));

    CatalogAnswer answer;
    QByteArray rest("{");
    try {
        od::parser parser;
        od::document doc = parser.iterate(text->constData(), size_t(length), capacity);
        od::object top = doc.get_object();
        for (auto field : top) {
            const std::string_view name = field.unescaped_key().value();
            od::value value = field.value();
            if (name != key) {
                if (rest.size() > 1)
                    rest.append(',');
                appendJsonString(rest, toQString(name));
                rest.append(':');
                const std::string_view raw = rawValue(value);
                rest.append(raw.data(), qsizetype(raw.size()));
                continue;
            }
            if (value.type().value() != od::json_type::object)
                continue; // null: no catalog
            Catalog catalog;
            catalog.m_text = text;
            for (auto member : value.get_object()) {
                if (member.unescaped_key().value() != "streams")
                    continue;
                od::value streams = member.value();
                if (streams.type().value() != od::json_type::array)
                    return invalidCatalog(AirbyteTr::tr("its streams are not a list"));
                for (auto item : streams.get_array()) {
                    CatalogStream s;
                    od::value entry = item.value();
                    if (entry.type().value() != od::json_type::object)
                        return invalidCatalog(AirbyteTr::tr("a stream is not an object"));
                    for (auto part : entry.get_object()) {
                        const std::string_view partName = part.unescaped_key().value();
                        od::value partValue = part.value();
                        if (partValue.type().value() != od::json_type::object)
                            continue;
                        if (partName == "stream") {
                            // One pass: the object's bytes run from its brace to the token
                            // after it, less what lies between.
                            const char *start = partValue.raw_json_token().data();
                            readStream(partValue.get_object(), s);
                            const char *end = doc.current_location().value();
                            while (end > start && *(end - 1) != '}')
                                --end;
                            s.streamOffset = qsizetype(start - text->constData());
                            s.streamLength = qsizetype(end - start);
                        } else if (partName == "config") {
                            if (readConfig(partValue.get_object(), s))
                                catalog.m_fieldSelection = true;
                        }
                    }
                    if (s.streamLength == 0)
                        return invalidCatalog(AirbyteTr::tr("a stream has no schema"));
                    if (s.name.isEmpty())
                        return invalidCatalog(AirbyteTr::tr("a stream has no name"));
                    catalog.m_streams.append(std::move(s));
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
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
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
            out.append(ch);
        }
    }
    out.append('"');
}

} // namespace Dsp
