#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace Dsp {

// How a stream is read (AirbyteStream.supportedSyncModes) and how it is written
// (DestinationDefinitionSpecificationRead.supportedDestinationSyncModes).
enum class SyncMode { FullRefresh, Incremental };
enum class DestinationSyncMode {
    Append,
    Overwrite,
    AppendDedup,
    OverwriteDedup,
    Update,
    SoftDelete
};

// One choice in the sync mode list: "Incremental | Append + Deduped".
struct SyncModes
{
    SyncMode source = SyncMode::FullRefresh;
    DestinationSyncMode destination = DestinationSyncMode::Overwrite;
    bool operator==(const SyncModes &o) const
    {
        return source == o.source && destination == o.destination;
    }
    bool operator!=(const SyncModes &o) const { return !(*this == o); }

    bool needsCursor() const { return source == SyncMode::Incremental; }
    // Dedup, update and soft delete find the destination's row by the stream's key.
    bool needsPrimaryKey() const;
    // "Incremental | Append + Deduped", as Airbyte's web app names it, translated.
    QString displayName() const;
};

QString syncModeApiName(SyncMode mode);
QString destinationSyncModeApiName(DestinationSyncMode mode);
std::optional<SyncMode> syncModeFromApi(QStringView name);
std::optional<DestinationSyncMode> destinationSyncModeFromApi(QStringView name);
// The modes the destination can write, from its specification's answer; unknown names
// (a newer server's) are skipped. An answer without any (a destination older than the field)
// gives append and overwrite.
QList<DestinationSyncMode> destinationSyncModesFromApi(const QJsonObject &specificationRead);

// The combinations both ends allow, in the web app's order (deduped first, then append,
// then overwrite; update and soft delete last).
QList<SyncModes> availableSyncModes(const QList<SyncMode> &source,
                                    const QList<DestinationSyncMode> &destination);

// A field of a stream by its path from the record's root: ["address", "city"].
using FieldPath = QStringList;
QString fieldPathText(const FieldPath &path);          // "address.city"
QString fieldPathsText(const QList<FieldPath> &paths); // a key: "order_id, line_no"

// A field of a stream's JSON schema, nested objects' fields included, in declaration order.
struct CatalogField
{
    FieldPath path;
    QString type;   // the JSON type other than "null": string, integer, number, object...
    QString format; // date-time, date..., or Airbyte's airbyte_type when the spec gives one
    bool nullable = false;
};

// What the user chooses for a stream (AirbyteStreamConfiguration).
struct StreamConfig
{
    bool selected = false;
    SyncModes modes;
    FieldPath cursorField;
    QList<FieldPath> primaryKey;
    QString aliasName;
    bool fieldSelectionEnabled = false;
    QList<FieldPath> selectedFields; // top-level and nested paths, when enabled
};

// One stream of a discovered or saved catalog: the source's part, fixed, and the config.
struct CatalogStream
{
    QString name;
    QString nameSpace;  // "namespace", empty when the source defines none
    int fieldCount = 0; // top-level properties of its JSON schema
    QList<SyncMode> supportedSyncModes;
    bool sourceDefinedCursor = false;
    FieldPath defaultCursorField;
    QList<FieldPath> sourceDefinedPrimaryKey;
    bool hasUpdatedAt = false; // a top-level "updated_at" field, the usual cursor
    StreamConfig config;

    // Where the stream's "stream" object lies in the catalog's text, sent back unchanged.
    qsizetype streamOffset = 0;
    qsizetype streamLength = 0;
    // The config's members the panel does not model (suggested, mappers, generationId...),
    // as JSON text `"key":value,...`, sent back as they came.
    QByteArray configExtra;
};

} // namespace Dsp

// Qt values and plain ones: a list of streams grows by moving its memory, not stream by stream.
Q_DECLARE_TYPEINFO(Dsp::CatalogStream, Q_RELOCATABLE_TYPE);

namespace Dsp {

// What is wrong with a selected stream's choices, for the wizard to name in place.
enum class StreamProblem {
    None,
    ModeNotSupported,  // the source or destination cannot do the chosen modes
    NeedsCursor,       // incremental without a cursor field
    NeedsPrimaryKey,   // dedup (or update) without a primary key
    CursorNotSelected, // field selection leaves out the cursor
    KeyNotSelected,    // field selection leaves out part of the key
};

struct CatalogAnswer;

// A catalog (AirbyteCatalog: {streams: [{stream, config}]}) as Airbyte sends it in
// sources/discover_schema and in a connection: thousands of streams on a real warehouse, tens
// of megabytes. Parsed once with simdjson On Demand (about five times nlohmann's DOM), keeping
// each stream's schema as the bytes that came, which a create or update sends back unchanged:
// a stream's fields are parsed only when asked for. Value type; the text is shared.
class Catalog
{
public:
    Catalog() = default;

    // `text` holds an AirbyteCatalog object; InvalidResponse when it is not one.
    static Result<Catalog> parse(const QByteArray &text);

    int size() const { return int(m_streams.size()); }
    bool isEmpty() const { return m_streams.isEmpty(); }
    const CatalogStream &stream(int index) const { return m_streams.at(index); }
    const QList<CatalogStream> &streams() const { return m_streams; }
    // Index of the stream, -1 when absent.
    int indexOf(const QString &nameSpace, const QString &name) const;
    // The servers that know field selection send fieldSelectionEnabled in every config.
    bool supportsFieldSelection() const { return m_fieldSelection; }

    // Every field of the stream's schema (nested objects' fields as paths), parsed now.
    QList<CatalogField> fields(int index) const;

    void setSelected(int index, bool selected);
    // Sets the modes; a cursor or key they need and the stream lacks gets its default: the
    // source's, else the proposed one.
    void setSyncModes(int index, const SyncModes &modes);
    void setCursorField(int index, const FieldPath &cursor);
    void setPrimaryKey(int index, const QList<FieldPath> &key);
    void setFieldSelection(int index, bool enabled, const QList<FieldPath> &fields);
    void setConfig(int index, const StreamConfig &config);

    // The cursor the wizard proposes when the stream needs one: the source's default cursor,
    // else `updated_at` when the stream has it; empty otherwise.
    FieldPath proposedCursor(int index) const;
    // The key the stream is written with: the source's when it defines one, else the chosen.
    QList<FieldPath> effectiveKey(int index) const;

    // What keeps a selected stream from being saved with `destination`'s modes, None when it
    // can be (and for an unselected stream).
    StreamProblem problem(int index, const QList<DestinationSyncMode> &destination) const;
    // The problem in words, for the stream's row ("Choose a cursor field: Incremental reads
    // only what changed since the last sync.").
    static QString problemText(StreamProblem problem);

    // The catalog as the create or update request's syncCatalog: the streams' schemas as they
    // came, their configs as chosen. Compact JSON.
    QByteArray toJson() const;

private:
    friend Result<CatalogAnswer> parseCatalogAnswer(const QByteArray &, const QByteArray &);
    std::shared_ptr<const QByteArray> m_text; // the JSON the streams point into, padded
    QList<CatalogStream> m_streams;
    bool m_fieldSelection = false;
};

// An answer carrying a catalog (SourceDiscoverSchemaRead's `catalog`, ConnectionRead's and
// WebBackendConnectionRead's `syncCatalog`): the catalog parsed as above, every other member
// in `rest` (QJsonObject, small).
struct CatalogAnswer
{
    QJsonObject rest;
    std::optional<Catalog> catalog; // absent when the answer has none (a failed discovery)
};
Result<CatalogAnswer> parseCatalogAnswer(const QByteArray &body, const QByteArray &catalogKey);

// parseCatalogAnswer() on a worker thread (the global pool); `callback` runs on `context`'s
// thread, never after `context` is destroyed.
void parseCatalogAnswerAsync(const QByteArray &body, const QByteArray &catalogKey, QObject *context,
                             std::function<void(const Result<CatalogAnswer> &)> callback);

// Writes `value` as a JSON string (quotes and escapes included) onto `out`.
void appendJsonString(QByteArray &out, QStringView value);

} // namespace Dsp
