#pragma once

#include "httptypes.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Dsp {

class HttpRequestTask;

// Handle on a request in flight. cancel() completes it with ErrorKind::Cancelled;
// a handle whose request already ended does nothing.
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(HttpRequestTask *task);
    void cancel();
    bool isRunning() const;

private:
    QPointer<HttpRequestTask> m_task;
};

using HttpCallback = std::function<void(const Result<HttpResponse> &)>;

// Asynchronous HTTP for every service client. Owned by the application, used on the GUI
// thread. Every request has a total deadline and a size cap; transport failures become
// typed Errors, while any HTTP status that arrives is a response for the caller to judge.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The callback runs once on the GUI thread, and never after `context` is destroyed:
    // destroying the context aborts the request silently.
    RequestHandle send(const HttpRequest &request, QObject *context, HttpCallback callback);

private:
    // The shared manager, or for a request that trusts CAs of its own, a manager of that set
    // of CAs: Qt pools connections by host and port and keeps the TLS settings of the request
    // that opened the pool, so requests with other CAs must not share it.
    QNetworkAccessManager *networkFor(const HttpRequest &request);

    QNetworkAccessManager *m_network;
    QHash<QByteArray, QNetworkAccessManager *> m_caNetworks; // by the CAs' digests
    // For requests that name no timeout of their own; probes always name theirs.
    const std::chrono::milliseconds m_defaultTimeout{std::chrono::seconds(10)};
};

} // namespace Dsp
