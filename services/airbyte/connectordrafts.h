#pragma once

#include "airbyte/airbyteclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dsp {

class ConnectorSpec;

// What the user typed in a new or edit connector form, kept so it survives a failed call and
// a restart of the panel.
struct ConnectorDraft
{
    QString definitionId;
    QString instanceId;        // empty for a new source or destination
    QString name;              // the name typed
    QJsonObject configuration; // as typed; secrets only while they are still in memory
    QDateTime savedAt;         // UTC; save() stamps the current time when this is invalid
    // Secret paths the draft had but could not keep (the panel restarted since): the form
    // asks for these again.
    QStringList missingSecrets;
};

// The drafts of one environment, one JSON file each in `directory` (e.g.
// <AppLocalData>/drafts/<profile id>). A file never holds a secret: the secrets typed are
// kept in this process's memory only (shared by every ConnectorDrafts of the same directory),
// so a draft resumed in the same session has them and one resumed after a restart names them
// in missingSecrets. Airbyte's masked value ("**********", an edit that keeps the stored
// secret) is not a secret and is written as it is. Cheap to construct; any thread.
class ConnectorDrafts
{
public:
    explicit ConnectorDrafts(const QString &directory);

    QString directory() const { return m_directory; }

    // A key that is also a safe file name on every platform: "<kind>.<definition>.<instance>"
    // ("new" for a new object), each part percent-encoded ([a-z0-9_-] kept, so names that
    // differ only in case stay apart on case-insensitive disks); long ids are hashed.
    static QString keyFor(AirbyteClient::Kind kind, const QString &definitionId,
                          const QString &instanceId);
    // Whether `key` can name a draft file (what keyFor() makes).
    static bool isValidKey(const QString &key);

    // Writes <directory>/<key>.json atomically, without the secrets of `draft.configuration`
    // (which stay in memory, replacing those of an earlier save). False when the key is not
    // valid or the file could not be written (logged).
    bool save(const QString &key, const ConnectorSpec &spec, const ConnectorDraft &draft);
    // The draft with the secrets still in memory put back at their paths; nullopt when there
    // is none or its file is not a draft (logged).
    std::optional<ConnectorDraft> load(const QString &key, const ConnectorSpec &spec) const;
    // Forgets the draft: its file and its secrets.
    void remove(const QString &key);
    // The keys of the drafts on disk, sorted.
    QStringList keys() const;

    // Forgets every secret in memory, as a restart of the panel does. Tests only.
    static void forgetSecretsForTests();

private:
    QString filePath(const QString &key) const;
    QString memoryKey(const QString &key) const;

    QString m_directory;
};

} // namespace Dsp
