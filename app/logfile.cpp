#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdio>
#endif

namespace Dsp {

namespace {

constexpr qint64 MaxLogBytes = 1024 * 1024;
QtMessageHandler g_previous = nullptr;
QFile *g_file = nullptr;
QMutex g_mutex;

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isKnownQtNoise(message))
        return;
    {
        QMutexLocker lock(&g_mutex); // probes log from worker threads too
        if (g_file) {
            if (g_file->size() > MaxLogBytes) {
                const QString path = g_file->fileName();
                g_file->close();
                QFile::remove(path + QStringLiteral(".1"));
                QFile::rename(path, path + QStringLiteral(".1"));
                g_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
            }
            const QByteArray line =
                QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                typeName(type) + ' ' + (context.category ? context.category : "default") + ": " +
                message.toUtf8() + '\n';
            g_file->write(line);
            g_file->flush();
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

void filterOnly(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!isKnownQtNoise(message) && g_previous)
        g_previous(type, context, message);
}

} // namespace

bool isKnownQtNoise(const QString &message)
{
    return message.startsWith(QLatin1String("setCachingEnabled: ")) ||
           message.startsWith(QLatin1String("QNetworkReplyImpl: backend error: caching was "
                                            "enabled after some bytes had been written"));
}

QString installLogFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/logs");
    QDir().mkpath(dir);
    auto file = new QFile(dir + QStringLiteral("/datastackpanel.log"));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        g_previous = qInstallMessageHandler(filterOnly);
        return {};
    }
    g_file = file;
    g_previous = qInstallMessageHandler(handler);
    return file->fileName();
}

void attachParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
#endif
}

} // namespace Dsp
