#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Dsp {

class HttpClient;

// Connector icons that Airbyte 1.x gives as URLs (a definition's `icon` or `iconUrl`, on
// connectors.airbyte.com): downloaded once, a few at a time, and kept on disk so the next run
// shows them at once and offline. Only http(s) URLs, SVG answers of at most 256 KB; a failed
// download is not retried during this run. Owned by whoever shows icons; GUI thread only.
class ConnectorIcons : public QObject
{
    Q_OBJECT
public:
    // `cacheDirectory`: e.g. <CacheLocation>/connector-icons; empty keeps icons in memory only.
    ConnectorIcons(HttpClient *http, const QString &cacheDirectory, QObject *parent = nullptr);

    // The SVG when it is here already (memory, then disk). Otherwise empty, and a download
    // starts (unless one did and failed); iconReady() tells when it arrives.
    QByteArray svg(const QUrl &url);

signals:
    void iconReady(const QUrl &url);

private:
    QString cacheFile(const QUrl &url) const;
    void startNext();

    HttpClient *m_http;
    QString m_directory;
    QHash<QUrl, QByteArray> m_svgs;
    QSet<QUrl> m_failed;
    QSet<QUrl> m_queued;
    QList<QUrl> m_queue;
    int m_running = 0;
};

} // namespace Dsp
