#pragma once

#include "airbyte/airbyteclient.h"
#include "airbyte/catalog.h"
#include "airbyte/connection.h"
#include "airbyte/connectorpresets.h"

#include <optional>

namespace Dsp {

// The stack guide's pipeline: PostgreSQL business_db (the "postgres-business-db" source
// preset) to MinIO as Parquet under postgres-sync/ (the "minio-parquet" destination preset),
// streams customers and orders, Incremental | Append on updated_at (id where a table has
// none), every 6 hours. Plain functions; any thread.
namespace PipelinePreset {

// "business_db → MinIO data lake": not translated, the whole team sees it in Airbyte, and a
// retried create finds the connection by it.
QString connectionName();
// customers, orders
QStringList streamNames();
// The guide's crontab line, "0 */6 * * *", which Airbyte refuses as it is.
QString guideCronLine();

// The instance that is the preset's end, when one exists: of the preset's definition, and
// named as the preset names it or configured as it configures (database business_db; bucket
// airbyte-staging with path postgres-sync). Existing ends are reused, never made twice.
std::optional<ConnectorInstance> findEnd(const ConnectorPreset &preset, const QString &definitionId,
                                         const QList<ConnectorInstance> &instances);

// Selects the guide's streams (any namespace), unselects the others, and sets each to
// Incremental | Append with updated_at as its cursor, else id, else the source's own. Returns
// the guide's streams the catalog lacks, and those it could not set that way (in `problems`).
QStringList apply(Catalog &catalog, const QList<DestinationSyncMode> &destinationModes,
                  QStringList *problems = nullptr);

} // namespace PipelinePreset

} // namespace Dsp
