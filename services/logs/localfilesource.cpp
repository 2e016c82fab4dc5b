#include "localfilesource.h"

#include "logstr.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Dsp::Logs {

namespace {

// What tells two files of the same name apart: the inode on Unix. Elsewhere the birth time,
// which a rotation (delete and create) changes too.
QByteArray fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' +
           QByteArray::number(qulonglong(st.st_ino));
#else
    return QFileInfo(path).birthTime().toString(Qt::ISODateWithMs).toLatin1();
#endif
}

} // namespace

LocalFileSource::LocalFileSource(const QString &path, QObject *parent)
    : LogSource(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &LocalFileSource::poll);
}

QString LocalFileSource::title() const
{
    const QFileInfo info(m_path);
    return tr("%1 (%2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
}

QString LocalFileSource::lineReference(quint64 line) const
{
    return QDir::toNativeSeparators(m_path) + QLatin1Char(':') + QString::number(line + 1);
}

void LocalFileSource::start()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        fail(Error::make(ErrorKind::FileError,
                         tr("%1 does not exist.").arg(QDir::toNativeSeparators(m_path))));
        return;
    }
    if (info.isDir()) {
        fail(Error::make(
            ErrorKind::FileError,
            tr("%1 is a folder, not a log file.").arg(QDir::toNativeSeparators(m_path))));
        return;
    }
    if (!info.isReadable()) {
        fail(Error::make(
            ErrorKind::FileError,
            tr("%1 cannot be read (permissions).").arg(QDir::toNativeSeparators(m_path))));
        return;
    }
    m_size = info.size();
    m_modified = info.lastModified();
    m_fileId = fileIdentity(m_path);
    setState(isFollowing() ? State::Following : State::Finished);
    if (isFollowing())
        m_timer.start();
}

void LocalFileSource::stop()
{
    m_timer.stop();
    if (state() == State::Following)
        setState(State::Finished);
}

void LocalFileSource::followingChanged(bool following)
{
    if (state() == State::Idle || state() == State::Failed)
        return;
    if (following) {
        m_timer.start();
        setState(State::Following);
        poll();
    } else {
        m_timer.stop();
        setState(State::Finished);
    }
}

void LocalFileSource::poll()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        emit statusChanged(tr("The file was removed; waiting for it to come back."));
        return;
    }
    const qint64 size = info.size();
    const QByteArray id = fileIdentity(m_path);
    const QDateTime modified = info.lastModified();
    const bool replacedFile = !id.isEmpty() && !m_fileId.isEmpty() && id != m_fileId;
    if (replacedFile || size < m_size) {
        m_size = size;
        m_modified = modified;
        m_fileId = id;
        emit statusChanged(tr("The file was replaced; read again."));
        emit replaced();
    } else if (size > m_size) {
        m_size = size;
        m_modified = modified;
        emit appended();
    }
}

} // namespace Dsp::Logs
