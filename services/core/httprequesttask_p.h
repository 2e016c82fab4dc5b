#pragma once

#include "httpclient.h"

#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace Dsp {

// One request in flight: a child of the caller's context, so it dies with it.
// Internal to HttpClient.
class HttpRequestTask : public QObject
{
    Q_OBJECT
public:
    enum class AbortReason { None, Timeout, Cancelled, TooLarge };

    HttpRequestTask(QNetworkReply *reply, const HttpRequest &request, HttpCallback callback,
                    QObject *context);
    ~HttpRequestTask() override;

    void cancel();

private:
    void onReadyRead();
    void onFinished();
    void abortWith(AbortReason reason);
    Error transportError() const;

    QNetworkReply *m_reply;
    HttpCallback m_callback;
    QTimer m_deadline;
    QByteArray m_body;
    qint64 m_maxBytes;
    std::chrono::milliseconds m_timeout;
    QString m_service;
    QString m_target; // "host:port" for messages
    AbortReason m_abortReason = AbortReason::None;
};

} // namespace Dsp
