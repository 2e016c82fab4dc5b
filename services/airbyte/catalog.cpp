#include "airbyte/catalog.h"
#include "airbyte/catalogjson_p.h"

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

using namespace CatalogJson;

namespace {

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

    Result<ReadAnswer> read = readCatalogAnswer(*text, key);
    if (!read)
        return read.error();
    CatalogAnswer answer;
    answer.rest = std::move(read.value().rest);
    if (read.value().catalog) {
        Catalog catalog;
        catalog.m_text = text;
        catalog.m_streams = std::move(read.value().catalog->streams);
        catalog.m_fieldSelection = read.value().catalog->fieldSelection;
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
