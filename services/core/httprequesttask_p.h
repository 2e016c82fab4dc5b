#pragma once

#include "httpclient.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace Dsp {

// The TLS settings of a request that trusts `caCertificates` besides the system's
// authorities. Internal to HttpClient; tests read it.
QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &caCertificates);

// One request in flight: a child of the caller's context, so it dies with it. The reply is
// watched, not owned: whoever owns it (the network manager) may destroy it first, and the
// task then completes with Cancelled instead of touching freed memory. Internal to HttpClient.
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
    void onReplyDestroyed();
    void complete(const Result<HttpResponse> &result);
    Error transportError() const;
    Error tlsError(const QString &detail) const;

    QPointer<QNetworkReply> m_reply;
    HttpCallback m_callback;
    QTimer m_deadline;
    QByteArray m_body;
    qint64 m_maxBytes;
    std::chrono::milliseconds m_timeout;
    QString m_service;
    QString m_target;             // "host:port" for messages
    QList<QSslError> m_sslErrors; // why the peer's certificate was refused, if it was
    AbortReason m_abortReason = AbortReason::None;
};

} // namespace Dsp
