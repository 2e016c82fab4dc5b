#include "connectoricons.h"

#include "core/httpclient.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Dsp {

namespace {

using namespace std::chrono_literals;
constexpr int MaxParallel = 4;
constexpr qint64 MaxIconBytes = 256 * 1024;
constexpr std::chrono::milliseconds IconTimeout{15s};

bool looksLikeSvg(const QByteArray &body)
{
    const QByteArray start = body.left(1024).trimmed().toLower();
    return start.startsWith("<svg") || (start.startsWith("<?xml") && start.contains("<svg")) ||
           (start.startsWith("<!--") && start.contains("<svg"));
}

} // namespace

ConnectorIcons::ConnectorIcons(HttpClient *http, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_directory(cacheDirectory)
{}

QString ConnectorIcons::cacheFile(const QUrl &url) const
{
    if (m_directory.isEmpty())
        return {};
    const QByteArray digest =
        QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(digest.left(32)) +
           QStringLiteral(".svg");
}

QByteArray ConnectorIcons::svg(const QUrl &url)
{
    if (const auto it = m_svgs.constFind(url); it != m_svgs.constEnd())
        return it.value();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        m_failed.contains(url))
        return {};
    if (const QString path = cacheFile(url); !path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray cached = file.read(MaxIconBytes + 1);
            if (cached.size() <= MaxIconBytes && looksLikeSvg(cached)) {
                m_svgs.insert(url, cached);
                return cached;
            }
        }
    }
    if (!m_queued.contains(url)) {
        m_queued.insert(url);
        m_queue.append(url);
        startNext();
    }
    return {};
}

void ConnectorIcons::startNext()
{
    while (m_running < MaxParallel && !m_queue.isEmpty()) {
        const QUrl url = m_queue.takeFirst();
        HttpRequest request;
        request.url = url;
        request.timeout = IconTimeout;
        request.maxResponseBytes = MaxIconBytes;
        request.service = QStringLiteral("Airbyte");
        ++m_running;
        m_http->send(request, this, [this, url](const Result<HttpResponse> &r) {
            --m_running;
            m_queued.remove(url);
            if (!r || !r.value().isSuccess() || !looksLikeSvg(r.value().body)) {
                qCDebug(lcAirbyte) << "no icon from" << url.toDisplayString()
                                   << (r ? QString::number(r.value().status) : r.error().detail);
                m_failed.insert(url);
            } else {
                m_svgs.insert(url, r.value().body);
                if (const QString path = cacheFile(url); !path.isEmpty()) {
                    QDir().mkpath(m_directory);
                    QSaveFile file(path);
                    if (file.open(QIODevice::WriteOnly)) {
                        file.write(r.value().body);
                        file.commit();
                    }
                }
                emit iconReady(url);
            }
            startNext();
        });
    }
}

} // namespace Dsp
