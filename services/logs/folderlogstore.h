#pragma once

// FolderLogStore: job logs in a folder of this computer laid out like a bucket: abctl's
// ~/.airbyte/abctl/data/airbyte-local-pv (Airbyte's `local` storage, API-NOTES §4.5), or a copy
// of a bucket. Keys are paths below the folder. Listing and reading run on the global thread
// pool, so a slow disk never stalls the GUI thread; results come back on it. GUI thread.

#include "logstore.h"

namespace Dsp::Logs {

class FolderLogStore : public LogStore
{
    Q_OBJECT
public:
    // The largest read of a whole file (a Structured object; plain logs are read in ranges).
    static constexpr qint64 MaxObjectBytes = 256 * 1024 * 1024;

    explicit FolderLogStore(const QString &root, QObject *parent = nullptr);

    // Where abctl >= 0.27 keeps job logs on the host (its local storage volume).
    static QString abctlFolder();
    QString root() const { return m_root; }

    QString description() const override;
    void list(const QString &prefix, const QString &delimiter, QObject *context,
              ListCallback callback) override;
    void read(const QString &key, qint64 offset, qint64 length, QObject *context,
              ReadCallback callback) override;

    // The ETag a file gets: its size and modification time, which change when it is written.
    static QString fileTag(qint64 size, const QDateTime &modified);

private:
    QString m_root;
};

} // namespace Dsp::Logs
