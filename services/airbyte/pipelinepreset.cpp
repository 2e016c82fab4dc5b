#include "airbyte/pipelinepreset.h"

namespace Dsp::PipelinePreset {

namespace {

bool configuredAs(const ConnectorPreset &preset, const QJsonObject &c)
{
    if (preset.kind == AirbyteClient::Kind::Source)
        return c.value(QStringLiteral("database")).toString() == QLatin1String("business_db");
    QString path = c.value(QStringLiteral("s3_bucket_path")).toString();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return c.value(QStringLiteral("s3_bucket_name")).toString() ==
               QLatin1String("airbyte-staging") &&
           path == QLatin1String("postgres-sync");
}

} // namespace

QString connectionName()
{
    return QStringLiteral("business_db → MinIO data lake");
}

QStringList streamNames()
{
    return {QStringLiteral("customers"), QStringLiteral("orders")};
}

QString guideCronLine()
{
    return QStringLiteral("0 */6 * * *");
}

std::optional<ConnectorInstance> findEnd(const ConnectorPreset &preset, const QString &definitionId,
                                         const QList<ConnectorInstance> &instances)
{
    // The preset's own name first: that is what the panel made.
    for (const ConnectorInstance &i : instances) {
        if (i.definitionId == definitionId && i.name == preset.defaultName)
            return i;
    }
    for (const ConnectorInstance &i : instances) {
        if (i.definitionId == definitionId && configuredAs(preset, i.configuration))
            return i;
    }
    return std::nullopt;
}

QStringList apply(Catalog &catalog, const QList<DestinationSyncMode> &destinationModes,
                  QStringList *problems)
{
    const QStringList wanted = streamNames();
    QStringList found;
    const SyncModes modes{SyncMode::Incremental, DestinationSyncMode::Append};
    for (int i = 0; i < catalog.size(); ++i) {
        const CatalogStream &s = catalog.stream(i);
        const bool take = wanted.contains(s.name);
        catalog.setSelected(i, take);
        if (!take)
            continue;
        found << s.name;
        if (!availableSyncModes(s.supportedSyncModes, destinationModes).contains(modes)) {
            if (problems)
                *problems << s.name;
            continue;
        }
        catalog.setSyncModes(i, modes);
        if (!s.sourceDefinedCursor) {
            FieldPath cursor;
            bool hasId = false;
            bool hasUpdatedAt = false;
            for (const CatalogField &f : catalog.fields(i)) {
                if (f.path == FieldPath{QStringLiteral("updated_at")})
                    hasUpdatedAt = true;
                if (f.path == FieldPath{QStringLiteral("id")})
                    hasId = true;
            }
            if (hasUpdatedAt)
                cursor = {QStringLiteral("updated_at")};
            else if (hasId)
                cursor = {QStringLiteral("id")};
            else
                cursor = catalog.proposedCursor(i);
            catalog.setCursorField(i, cursor);
            if (cursor.isEmpty() && problems)
                *problems << s.name;
        }
    }
    QStringList missing;
    for (const QString &name : wanted) {
        if (!found.contains(name))
            missing << name;
    }
    return missing;
}

} // namespace Dsp::PipelinePreset
