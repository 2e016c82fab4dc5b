#include "folderlogstore.h"

#include "logstr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Dsp::Logs {

namespace {

// Runs `work` on the global pool and `done` with its result on the context's thread, unless the
// context is gone by then (the watcher dies with it).
template<typename T, typename Work, typename Done>
void runInPool(QObject *context, Work work, Done done)
{
    auto watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

StoredLogObject objectFor(const QFileInfo &info, const QString &key)
{
    StoredLogObject object;
    object.key = key;
    object.size = info.size();
    object.lastModified = info.lastModified().toUTC();
    object.etag = FolderLogStore::fileTag(object.size, info.lastModified());
    return object;
}

// ListObjectsV2 over a folder: `prefix` is a path below the root whose last part may be the
// start of a name ("job-"); with delimiter "/", folders one level down are prefixes.
Result<StoredListing> listFolder(const QString &root, const QString &prefix,
                                 const QString &delimiter)
{
    if (!QFileInfo(root).isDir())
        return Error::make(
            ErrorKind::FileError,
            LogsTr::tr("Folder %1 does not exist.").arg(QDir::toNativeSeparators(root)));
    const qsizetype slash = prefix.lastIndexOf(QLatin1Char('/'));
    const QString dirPart = prefix.left(slash + 1);
    const QString namePart = prefix.mid(slash + 1);
    StoredListing out;
    const QDir dir(root + QLatin1Char('/') + dirPart);
    if (!dir.exists())
        return out; // nothing under that prefix, as S3 would say
    const QFileInfoList entries = dir.entryInfoList(
        QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (!name.startsWith(namePart))
            continue;
        const QString key = dirPart + name;
        if (entry.isFile()) {
            out.objects.append(objectFor(entry, key));
        } else if (entry.isDir()) {
            if (delimiter == QLatin1String("/")) {
                out.prefixes.append(key + QLatin1Char('/'));
                continue;
            }
            QDirIterator it(entry.absoluteFilePath(), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                const QString relative = QDir(root).relativeFilePath(it.filePath());
                out.objects.append(objectFor(it.fileInfo(), relative));
            }
        }
    }
    std::sort(out.objects.begin(), out.objects.end(),
              [](const StoredLogObject &a, const StoredLogObject &b) { return a.key < b.key; });
    return out;
}

Result<StoredRead> readFile(const QString &path, const QString &key, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(file.exists() ? ErrorKind::FileError : ErrorKind::NotFound,
                           LogsTr::tr("%1 cannot be read: %2").arg(key, file.errorString()));
    const QFileInfo info(path);
    StoredRead out;
    out.offset = std::max<qint64>(offset, 0);
    out.totalSize = file.size();
    out.etag = FolderLogStore::fileTag(out.totalSize, info.lastModified());
    if (out.offset >= out.totalSize) {
        out.nothingNew = true;
        return out;
    }
    qint64 count = out.totalSize - out.offset;
    if (length > 0)
        count = std::min(count, length);
    if (count > FolderLogStore::MaxObjectBytes)
        count = FolderLogStore::MaxObjectBytes;
    if (!file.seek(out.offset))
        return Error::make(ErrorKind::FileError,
                           LogsTr::tr("%1 cannot be read: %2").arg(key, file.errorString()));
    out.bytes = file.read(count);
    return out;
}

} // namespace

FolderLogStore::FolderLogStore(const QString &root, QObject *parent)
    : LogStore(parent)
    , m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{}

QString FolderLogStore::abctlFolder()
{
    return QDir::homePath() + QStringLiteral("/.airbyte/abctl/data/airbyte-local-pv");
}

QString FolderLogStore::fileTag(qint64 size, const QDateTime &modified)
{
    return QString::number(size) + QLatin1Char('-') + QString::number(modified.toMSecsSinceEpoch());
}

QString FolderLogStore::description() const
{
    return tr("folder %1").arg(QDir::toNativeSeparators(m_root));
}

void FolderLogStore::list(const QString &prefix, const QString &delimiter, QObject *context,
                          ListCallback callback)
{
    runInPool<Result<StoredListing>>(
        context, [root = m_root, prefix, delimiter] { return listFolder(root, prefix, delimiter); },
        std::move(callback));
}

void FolderLogStore::read(const QString &key, qint64 offset, qint64 length, QObject *context,
                          ReadCallback callback)
{
    // A key is a path below the root: refuse any that climbs out of it.
    const QString path = QDir::cleanPath(m_root + QLatin1Char('/') + key);
    if (!path.startsWith(m_root + QLatin1Char('/'))) {
        QMetaObject::invokeMethod(
            context,
            [callback, key] {
                callback(Error::make(ErrorKind::InvalidInput,
                                     LogsTr::tr("%1 is not a log of this folder.").arg(key)));
            },
            Qt::QueuedConnection);
        return;
    }
    runInPool<Result<StoredRead>>(
        context, [path, key, offset, length] { return readFile(path, key, offset, length); },
        std::move(callback));
}

} // namespace Dsp::Logs
