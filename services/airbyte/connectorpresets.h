#pragma once

#include "airbyte/airbyteclient.h"
#include "core/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dsp {

class ConnectorSpec;
struct Profile;

// A connector configuration the panel fills from the active profile, so the analyst only
// confirms: the stack's own MinIO as an S3 destination, its PostgreSQL business_db as a
// source. Plain values and free functions; any thread.
struct ConnectorPreset
{
    QString id; // "minio-parquet", "postgres-business-db"
    AirbyteClient::Kind kind = AirbyteClient::Kind::Source;
    QString dockerRepository; // the definition it is for: "airbyte/destination-s3"
    QString title;            // translated: "MinIO data lake (S3, Parquet)"
    QString description;      // translated, one sentence
    // The name of the object created. Not translated: the whole team sees it in Airbyte, and
    // a retried create finds the object by this name.
    QString defaultName;      // "MinIO data lake", "business_db"
    QString endpointQuestion; // translated label: the endpoint as the Airbyte server reaches it
};

// The presets for sources or for destinations.
QList<ConnectorPreset> connectorPresets(AirbyteClient::Kind kind);

// The panel's own endpoint, the default answer to the endpoint question:
// "http://localhost:9000" (a URL) for MinIO, "localhost:5432" (host[:port]) for PostgreSQL.
QString presetDefaultEndpoint(const ConnectorPreset &preset, const Profile &profile);

// The spec's defaultConfiguration() with the preset's values put in, so the spec's other
// defaults stay. `endpoint` answers the endpoint question (empty: presetDefaultEndpoint());
// a MinIO endpoint without a scheme gets the panel's. Secrets the profile lacks are left out
// (see presetMissingValues()). PostgreSQL in verify-ca or verify-full mode reads the
// profile's CA file (a few kB) into ssl_mode.ca_certificate, as PEM.
QJsonObject presetConfiguration(const ConnectorPreset &preset, const Profile &profile,
                                const QString &endpoint, const ConnectorSpec &spec);

// The values the preset needs that its spec leaves optional, so SpecValidator accepts them
// empty: the S3 keys (MinIO has no instance role) and the PostgreSQL password. One "required"
// error per empty one (Airbyte's masked secret counts as filled); empty when all are there.
// Check with SpecValidator as well.
QList<FieldError> presetMissingValues(const ConnectorPreset &preset,
                                      const QJsonObject &configuration);

// A hint when `endpoint` is a loopback address (localhost, 127.0.0.0/8, ::1): Airbyte runs
// connectors in containers (abctl: a kind cluster), where that is the container itself; it
// suggests host.docker.internal. Empty when the endpoint is fine.
QString presetEndpointWarning(const ConnectorPreset &preset, const QString &endpoint);

} // namespace Dsp
