#include "airbyte/catalogdiff.h"

#include "airbyte/airbytetr.h"

#include <QJsonArray>

namespace Dsp {

namespace {

QString typeOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    QString out;
    if (type.isString()) {
        out = type.toString();
    } else {
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() != QLatin1String("null")) {
                out = t.toString();
                break;
            }
        }
    }
    const QString airbyteType = schema.value(QStringLiteral("airbyte_type")).toString();
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (!airbyteType.isEmpty())
        out += QStringLiteral(" (%1)").arg(airbyteType);
    else if (!format.isEmpty())
        out += QStringLiteral(" (%1)").arg(format);
    return out;
}

QStringList pathOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &p : v.toArray())
        out << p.toString();
    return out;
}

const CatalogStream *find(const Catalog &catalog, const StreamChange &change)
{
    const int i = catalog.indexOf(change.nameSpace, change.name);
    return i < 0 ? nullptr : &catalog.stream(i);
}

} // namespace

QStringList StreamChange::describe() const
{
    QStringList lines;
    switch (kind) {
    case Kind::Added:
        lines << AirbyteTr::tr("New stream: %1").arg(name);
        break;
    case Kind::Removed:
        lines << AirbyteTr::tr("Stream removed: %1").arg(name);
        break;
    case Kind::Updated:
        if (keyChanged)
            lines << AirbyteTr::tr("%1: its primary key changed").arg(name);
        for (const FieldChange &f : fields) {
            const QString field = fieldPathText(f.path);
            switch (f.kind) {
            case FieldChange::Kind::Added:
                lines << AirbyteTr::tr("%1: field %2 added (%3)").arg(name, field, f.newType);
                break;
            case FieldChange::Kind::Removed:
                lines << AirbyteTr::tr("%1: field %2 removed").arg(name, field);
                break;
            case FieldChange::Kind::TypeChanged:
                lines << AirbyteTr::tr("%1: field %2 changed from %3 to %4")
                             .arg(name, field, f.oldType, f.newType);
                break;
            }
        }
        break;
    }
    return lines;
}

CatalogDiff CatalogDiff::fromApi(const QJsonObject &catalogDiff)
{
    CatalogDiff diff;
    for (const QJsonValue &v : catalogDiff.value(QStringLiteral("transforms")).toArray()) {
        const QJsonObject t = v.toObject();
        StreamChange s;
        const QJsonObject descriptor = t.value(QStringLiteral("streamDescriptor")).toObject();
        s.name = descriptor.value(QStringLiteral("name")).toString();
        s.nameSpace = descriptor.value(QStringLiteral("namespace")).toString();
        const QString type = t.value(QStringLiteral("transformType")).toString();
        if (type == QLatin1String("add_stream")) {
            s.kind = StreamChange::Kind::Added;
        } else if (type == QLatin1String("remove_stream")) {
            s.kind = StreamChange::Kind::Removed;
        } else if (type == QLatin1String("update_stream")) {
            s.kind = StreamChange::Kind::Updated;
            const QJsonObject update = t.value(QStringLiteral("updateStream")).toObject();
            for (const QJsonValue &fv : update.value(QStringLiteral("fieldTransforms")).toArray()) {
                const QJsonObject f = fv.toObject();
                FieldChange c;
                c.path = pathOf(f.value(QStringLiteral("fieldName")));
                c.breaking = f.value(QStringLiteral("breaking")).toBool();
                const QString fieldType = f.value(QStringLiteral("transformType")).toString();
                if (fieldType == QLatin1String("add_field")) {
                    c.kind = FieldChange::Kind::Added;
                    c.newType = typeOf(f.value(QStringLiteral("addField"))
                                           .toObject()
                                           .value(QStringLiteral("schema"))
                                           .toObject());
                } else if (fieldType == QLatin1String("remove_field")) {
                    c.kind = FieldChange::Kind::Removed;
                    c.oldType = typeOf(f.value(QStringLiteral("removeField"))
                                           .toObject()
                                           .value(QStringLiteral("schema"))
                                           .toObject());
                } else if (fieldType == QLatin1String("update_field_schema")) {
                    c.kind = FieldChange::Kind::TypeChanged;
                    const QJsonObject u = f.value(QStringLiteral("updateFieldSchema")).toObject();
                    c.oldType = typeOf(u.value(QStringLiteral("oldSchema")).toObject());
                    c.newType = typeOf(u.value(QStringLiteral("newSchema")).toObject());
                } else {
                    continue; // a newer server's kind of change
                }
                s.breaking = s.breaking || c.breaking;
                s.fields.append(c);
            }
            for (const QJsonValue &av :
                 update.value(QStringLiteral("streamAttributeTransforms")).toArray()) {
                const QJsonObject a = av.toObject();
                if (a.value(QStringLiteral("transformType")).toString() ==
                    QLatin1String("update_primary_key")) {
                    s.keyChanged = true;
                    s.breaking = s.breaking || a.value(QStringLiteral("breaking")).toBool();
                }
            }
        } else {
            continue;
        }
        diff.streams.append(s);
    }
    return diff;
}

bool CatalogDiff::isBreaking() const
{
    return std::any_of(streams.begin(), streams.end(),
                       [](const StreamChange &s) { return s.breaking; });
}

QStringList CatalogDiff::streamsNeedingRefresh(const Catalog &saved) const
{
    QStringList out;
    for (const StreamChange &s : streams) {
        if (s.kind != StreamChange::Kind::Updated)
            continue;
        const CatalogStream *stream = find(saved, s);
        if (!stream || !stream->config.selected)
            continue;
        if (stream->config.modes ==
            SyncModes{SyncMode::FullRefresh, DestinationSyncMode::Overwrite})
            continue;
        if (!s.fields.isEmpty() || s.keyChanged)
            out << s.name;
    }
    return out;
}

int CatalogDiff::forgetRemovedFields(Catalog &refreshed) const
{
    int changed = 0;
    for (const StreamChange &s : streams) {
        if (s.kind != StreamChange::Kind::Updated)
            continue;
        const int i = refreshed.indexOf(s.nameSpace, s.name);
        if (i < 0)
            continue;
        const StreamConfig &c = refreshed.stream(i).config;
        FieldPath cursor = c.cursorField;
        QList<FieldPath> key = c.primaryKey;
        for (const FieldChange &f : s.fields) {
            if (f.kind != FieldChange::Kind::Removed)
                continue;
            if (cursor == f.path)
                cursor.clear();
            if (key.contains(f.path))
                key.clear(); // a composite key without one of its columns is another key
        }
        if (cursor == c.cursorField && key == c.primaryKey)
            continue;
        refreshed.setCursorField(i, cursor);
        refreshed.setPrimaryKey(i, key);
        ++changed;
    }
    return changed;
}

QStringList CatalogDiff::streamsToReconfigure(const Catalog &saved) const
{
    QStringList out;
    for (const StreamChange &s : streams) {
        const CatalogStream *stream = find(saved, s);
        if (!stream || !stream->config.selected)
            continue;
        if (s.kind == StreamChange::Kind::Removed) {
            out << s.name;
            continue;
        }
        if (s.kind != StreamChange::Kind::Updated)
            continue;
        const StreamConfig &c = stream->config;
        const bool lost = std::any_of(s.fields.begin(), s.fields.end(), [&](const FieldChange &f) {
            if (f.kind != FieldChange::Kind::Removed)
                return false;
            return (c.modes.needsCursor() && !stream->sourceDefinedCursor &&
                    f.path == c.cursorField) ||
                   (c.modes.needsPrimaryKey() && c.primaryKey.contains(f.path));
        });
        if (lost || (s.breaking && s.keyChanged))
            out << s.name;
    }
    return out;
}

} // namespace Dsp
