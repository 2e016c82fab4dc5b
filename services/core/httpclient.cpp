#include "httpclient.h"

#include "coretr.h"
#include "httprequesttask_p.h"
#include "logging.h"
#include "networkmessages.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace Dsp {

namespace {

// The system's certificate authorities, read once. Qt loads them on demand only while a
// configuration names no CA of its own (OpenSSL on Linux): once we add ours, it would trust
// ours alone, so the system's are named too.
const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

// The names a certificate is valid for: its DNS and IP subject alternative names, or else
// its common name.
QString certificateNames(const QSslCertificate &certificate)
{
    const auto alternatives = certificate.subjectAlternativeNames();
    QStringList names = alternatives.values(QSsl::DnsEntry);
    names += alternatives.values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    constexpr int MaxNames = 5;
    if (names.size() > MaxNames) {
        names = names.mid(0, MaxNames);
        names.append(QString(QChar(0x2026)));
    }
    return names.join(QStringLiteral(", "));
}

QString certificateName(const QSslCertificate &certificate)
{
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? certificate.serialNumber() : cn.first();
}

// One reason a certificate was refused, in words, with its rank: the reasons of one
// handshake are listed most fundamental first (trust before names before dates).
std::pair<int, QString> certificateProblem(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return {0, CoreTr::tr("its certificate is not issued by a certificate authority this "
                              "computer trusts (for a private CA, give its CA file)")};
    case QSslError::HostNameMismatch:
        return {1, CoreTr::tr("its certificate is for %1, not for %2")
                       .arg(certificateNames(certificate), host)};
    case QSslError::CertificateExpired:
        return {2, CoreTr::tr("certificate \"%1\" expired on %2")
                       .arg(certificateName(certificate),
                            certificate.expiryDate().toUTC().date().toString(Qt::ISODate))};
    case QSslError::CertificateNotYetValid:
        return {2, CoreTr::tr("certificate \"%1\" is not valid before %2")
                       .arg(certificateName(certificate),
                            certificate.effectiveDate().toUTC().date().toString(Qt::ISODate))};
    case QSslError::CertificateRevoked:
        return {3, CoreTr::tr("certificate \"%1\" was revoked").arg(certificateName(certificate))};
    default:
        return {4, error.errorString()};
    }
}

// The body of a request that must not be sent twice (HttpRequest::idempotent false). Qt 6.4's
// HTTP/1 channel sends the current request again by itself when the connection closes before
// any answer (QHttpNetworkConnectionChannel::_q_error(RemoteHostClosedError) calls
// resendCurrentRequest(), handleUnexpectedEOF() calls closeAndResendCurrentRequest()), and
// every such resend first rewinds the body: QHttpNetworkConnectionPrivate::_q_startNextRequest()
// calls resetUploadData(), which ends the reply with ContentReSendError when the rewind fails.
// No request attribute turns the resend off in 6.4. This body refuses the rewind once any of it
// was read, so the request goes out at most once; before that (a request Qt moves to another
// connection before writing it) the rewind is harmless and allowed.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return !m_read && QIODevice::reset(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_read = true;
        const qint64 count = std::min(maxSize, qint64(m_data.size()) - pos());
        if (count <= 0)
            return 0;
        std::memcpy(data, m_data.constData() + pos(), size_t(count));
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    bool m_read = false;
};

} // namespace

QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &caCertificates)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty())
        tls.setCaCertificates(systemCaCertificates() + caCertificates);
    return tls;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RequestHandle::RequestHandle(HttpRequestTask *task)
    : m_task(task)
{}

void RequestHandle::cancel()
{
    if (m_task)
        m_task->cancel();
}

bool RequestHandle::isRunning() const
{
    return !m_task.isNull();
}

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QNetworkAccessManager *HttpClient::networkFor(const HttpRequest &request)
{
    if (request.caCertificates.isEmpty() || request.url.scheme() != QLatin1String("https"))
        return m_network;
    QList<QByteArray> digests;
    for (const QSslCertificate &certificate : request.caCertificates)
        digests.append(certificate.digest(QCryptographicHash::Sha256));
    std::sort(digests.begin(), digests.end());
    digests.erase(std::unique(digests.begin(), digests.end()), digests.end());
    const QByteArray key = digests.join();
    QNetworkAccessManager *&network = m_caNetworks[key];
    if (!network) {
        network = new QNetworkAccessManager(this);
        network->setProxy(m_network->proxy());
        network->setRedirectPolicy(m_network->redirectPolicy());
        network->setTransferTimeout(m_network->transferTimeout());
    }
    return network;
}

RequestHandle HttpClient::send(const HttpRequest &request, QObject *context, HttpCallback callback)
{
    Q_ASSERT(context);
    QNetworkRequest req(request.url);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Nothing we fetch is cached; Qt 6.4 also warns when caching meets an HTTP/2 reply.
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!request.caCertificates.isEmpty() && request.url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(tlsConfiguration(request.caCertificates));
    if (request.http2Direct) {
        req.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    } else {
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }

    HttpRequest effective = request;
    if (effective.timeout.count() <= 0)
        effective.timeout = m_defaultTimeout;

    qCDebug(lcHttp) << request.method << request.url.toDisplayString(QUrl::RemoveUserInfo);
    QNetworkAccessManager *network = networkFor(request);
    QNetworkReply *reply = nullptr;
    if (request.method == "HEAD") {
        // Sent as a custom verb, Qt would wait for the Content-Length bytes a HEAD never gets
        // until the server closes the connection; head() knows the answer has no body.
        reply = network->head(req);
    } else if (!request.idempotent) {
        auto body = new OneShotBody(request.body);
        reply = network->sendCustomRequest(req, request.method, body);
        body->setParent(reply); // read by the network layer until the reply is gone
    } else if (request.body.isEmpty() && request.method != "POST") {
        reply = network->sendCustomRequest(req, request.method);
    } else {
        reply = network->sendCustomRequest(req, request.method, request.body);
    }
    auto task = new HttpRequestTask(reply, effective, std::move(callback), context);
    return RequestHandle(task);
}

HttpRequestTask::HttpRequestTask(QNetworkReply *reply, const HttpRequest &request,
                                 HttpCallback callback, QObject *context)
    : QObject(context)
    , m_reply(reply)
    , m_callback(std::move(callback))
    , m_maxBytes(request.maxResponseBytes)
    , m_timeout(request.timeout)
    , m_service(request.service)
{
    m_target = NetworkMessages::endpointText(request.url);
    connect(reply, &QNetworkReply::readyRead, this, &HttpRequestTask::onReadyRead);
    // Not ignored, so the handshake fails; kept to say why.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, &HttpRequestTask::onFinished);
    // The network manager deletes its replies without `finished` when it is destroyed.
    connect(reply, &QObject::destroyed, this, &HttpRequestTask::onReplyDestroyed);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // coarse timers may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AbortReason::Timeout); });
    m_deadline.start(m_timeout);
}

HttpRequestTask::~HttpRequestTask()
{
    // Destroyed with its context before the reply ended: abort without calling back. The
    // QPointer is null when the reply is already gone.
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpRequestTask::onReplyDestroyed()
{
    // The reply vanished without finishing (its manager is being destroyed). Complete later,
    // from the event loop: the caller's objects may be mid-destruction right now, and if the
    // context dies first this task dies with it and nobody is called.
    m_deadline.stop();
    m_reply = nullptr;
    Error e = Error::make(
        ErrorKind::Cancelled,
        CoreTr::tr("request to %1 abandoned: the network layer was shut down").arg(m_target));
    e.service = m_service;
    QMetaObject::invokeMethod(
        this, [this, e] { complete(e); }, Qt::QueuedConnection);
}

void HttpRequestTask::complete(const Result<HttpResponse> &result)
{
    // The callback may destroy our context (and so this task): touch no member after it.
    HttpCallback callback = std::move(m_callback);
    deleteLater();
    if (callback)
        callback(result);
}

void HttpRequestTask::cancel()
{
    abortWith(AbortReason::Cancelled);
}

void HttpRequestTask::abortWith(AbortReason reason)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason; // abort() looks the same for every reason; remember ours
    m_reply->abort();
}

void HttpRequestTask::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    if (m_body.size() + m_reply->bytesAvailable() > m_maxBytes) {
        abortWith(AbortReason::TooLarge);
        return;
    }
    m_body += m_reply->readAll();
}

Error HttpRequestTask::transportError() const
{
    const QString detail = m_reply->errorString();
    switch (m_abortReason) {
    case AbortReason::Timeout:
        return Error::make(ErrorKind::Timeout, NetworkMessages::timedOut(m_timeout), detail);
    case AbortReason::Cancelled:
        return Error::make(ErrorKind::Cancelled, CoreTr::tr("cancelled"), detail);
    case AbortReason::TooLarge:
        return Error::make(
            ErrorKind::InvalidResponse,
            CoreTr::tr("response from %1 larger than %2 MiB, cut off")
                .arg(m_target, QLocale().toString(double(m_maxBytes) / (1024 * 1024), 'g', 3)),
            detail);
    case AbortReason::None:
        break;
    }
    if (!m_sslErrors.isEmpty())
        return tlsError(detail);
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorKind::Refused, NetworkMessages::connectionRefused(m_target),
                           detail);
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorKind::HostNotFound,
                           NetworkMessages::hostNotFound(m_reply->url().host()), detail);
    case QNetworkReply::TimeoutError:
        return Error::make(ErrorKind::Timeout, NetworkMessages::timedOut(m_timeout), detail);
    case QNetworkReply::ContentReSendError: // closed before an answer, not sent again
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(
            ErrorKind::InvalidResponse,
            CoreTr::tr("%1 closed the connection without a valid reply").arg(m_target), detail);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (m_reply->url().scheme() == QLatin1String("https"))
            return tlsError(detail);
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error::make(ErrorKind::InvalidResponse,
                           CoreTr::tr("%1 did not answer in the expected protocol").arg(m_target),
                           detail);
    default:
        break;
    }
    return Error::make(ErrorKind::Unreachable, NetworkMessages::networkError(m_target, detail),
                       detail);
}

Error HttpRequestTask::tlsError(const QString &detail) const
{
    std::vector<std::pair<int, QString>> problems;
    QStringList technical{detail};
    for (const QSslError &error : m_sslErrors) {
        auto problem = certificateProblem(error, m_reply->url().host());
        if (std::find(problems.begin(), problems.end(), problem) == problems.end())
            problems.push_back(std::move(problem));
        technical.append(error.errorString());
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList reasons;
    for (const auto &problem : problems)
        reasons.append(problem.second);
    QString message;
    if (!reasons.isEmpty()) {
        message = CoreTr::tr("TLS handshake with %1 failed: %2")
                      .arg(m_target, reasons.join(QStringLiteral("; ")));
    } else if (!detail.isEmpty()) {
        // No certificate was judged: the handshake itself failed, most often because the
        // port does not speak TLS; the TLS layer's own words follow.
        message = CoreTr::tr("TLS handshake with %1 failed (is it an HTTPS port?): %2")
                      .arg(m_target, detail);
    } else {
        message = CoreTr::tr("TLS handshake with %1 failed").arg(m_target);
    }
    technical.removeAll(QString());
    technical.removeDuplicates();
    return Error::make(ErrorKind::TlsFailed, message, technical.join(QStringLiteral("; ")));
}

void HttpRequestTask::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool gotHttpStatus = statusAttr.isValid() && m_abortReason == AbortReason::None;

    auto makeResult = [&]() -> Result<HttpResponse> {
        if (!gotHttpStatus) {
            Error e = transportError();
            e.service = m_service;
            qCDebug(lcHttp) << "failed" << m_target << e.message << e.detail;
            return e;
        }
        if (m_body.size() + reply->bytesAvailable() > m_maxBytes) {
            m_abortReason = AbortReason::TooLarge;
            Error e = transportError();
            e.service = m_service;
            return e;
        }
        HttpResponse response;
        response.status = statusAttr.toInt();
        response.headers = reply->rawHeaderPairs();
        // Appended in place: the buffer keeps its slack, which lets a big JSON answer be parsed
        // without a copy (simdjson reads a few bytes past the end).
        m_body += reply->readAll();
        response.body = std::exchange(m_body, QByteArray());
        response.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        return response;
    };
    const Result<HttpResponse> result = makeResult();
    m_reply = nullptr;
    complete(result);
}

} // namespace Dsp
