#include "logspool.h"

#include <QDir>
#include <QTemporaryFile>

namespace Dsp::Logs {

LogSpool::LogSpool()
    : m_file(std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                              QStringLiteral("/dsp-log-XXXXXX.log")))
{
    if (m_file->open())
        m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

LogSpool::~LogSpool() = default;

bool LogSpool::isOpen() const
{
    return m_file->isOpen();
}

QString LogSpool::path() const
{
    return m_file->fileName();
}

bool LogSpool::append(QByteArrayView bytes)
{
    if (!m_file->isOpen())
        return false;
    if (bytes.isEmpty())
        return true;
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size() || !m_file->flush())
        return false;
    m_size += bytes.size();
    return true;
}

bool LogSpool::clear()
{
    if (!m_file->isOpen() || !m_file->resize(0) || !m_file->seek(0))
        return false;
    m_size = 0;
    return true;
}

qint64 LogSpool::size() const
{
    return m_size;
}

QString LogSpool::errorString() const
{
    return m_file->errorString();
}

} // namespace Dsp::Logs
