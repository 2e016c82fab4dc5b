#pragma once

// For the tests of logs kept in a bucket: s3rver behind the SigV4-checking front (TestStack),
// an S3Client on a network manager that records every request it sends (method, key, Range),
// so a test can assert what was fetched, and blocking helpers to put objects and make buckets.
// Test code only.

#include "core/httpclient.h"
#include "s3/s3client.h"
#include "teststack.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

namespace Dsp::Testing {

struct RecordedRequest
{
    QByteArray method;
    QString path; // decoded: /<bucket>/<key>
    QString query;
    QByteArray range;
};

class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<RecordedRequest> requests;

    // GETs of one object's key (under any bucket), in order.
    QList<RecordedRequest> gets(const QString &key) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : requests) {
            if (r.method == "GET" && r.path.endsWith(QLatin1Char('/') + key) &&
                !r.query.contains(QLatin1String("list-type")))
                out.append(r);
        }
        return out;
    }
    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const RecordedRequest &r : requests)
            n += r.method == method && !r.query.contains(QLatin1String("list-type"));
        return n;
    }
    int listings() const
    {
        int n = 0;
        for (const RecordedRequest &r : requests)
            n += r.query.contains(QLatin1String("list-type"));
        return n;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        RecordedRequest r;
        switch (op) {
        case HeadOperation:
            r.method = "HEAD";
            break;
        case GetOperation:
            r.method = "GET";
            break;
        case PutOperation:
            r.method = "PUT";
            break;
        case PostOperation:
            r.method = "POST";
            break;
        case DeleteOperation:
            r.method = "DELETE";
            break;
        default:
            r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        r.path = request.url().path(QUrl::FullyDecoded);
        r.query = request.url().query(QUrl::FullyDecoded);
        r.range = request.rawHeader("range");
        requests.append(r);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

class BucketFixture
{
public:
    // Starts s3rver (once per fixture). False, with the stack's log printed, when it cannot.
    bool start()
    {
        if (m_stack)
            return true;
        auto stack = std::make_unique<TestStack>();
        if (!stack->start(QStringLiteral("s3"))) {
            qWarning().noquote() << stack->error();
            return false;
        }
        m_stack = std::move(stack);
        m_http = std::make_unique<HttpClient>(&network);
        S3Config config;
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_stack->s3Port()));
        config.credentials.accessKey = m_stack->s3AccessKey();
        config.credentials.secretKey = m_stack->s3SecretKey();
        m_client = std::make_unique<S3Client>(m_http.get(), config);
        m_client->setTimeout(std::chrono::seconds(10));
        return true;
    }

    S3Client *client() const { return m_client.get(); }
    TestStack *stack() const { return m_stack.get(); }

    // A bucket of its own for one test function, so none depends on another's objects.
    QString newBucket(const QString &stem)
    {
        const QString name =
            QStringLiteral("%1-%2").arg(stem).arg(QRandomGenerator::global()->bounded(100000000));
        return createBucket(name) ? name : QString();
    }

    bool createBucket(const QString &name)
    {
        std::optional<bool> ok;
        QObject context;
        m_client->send("PUT", name, {}, {}, {}, {}, &context, [&](const Result<HttpResponse> &r) {
            if (!r)
                qWarning().noquote() << "create bucket" << name << r.error().message;
            ok = bool(r);
        });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    }

    bool put(const QString &bucket, const QString &key, const QByteArray &body)
    {
        std::optional<bool> ok;
        QObject context;
        m_client->putObject(bucket, key, body, "application/octet-stream", &context,
                            [&](const Result<S3ObjectInfo> &r) {
                                if (!r)
                                    qWarning().noquote() << "put" << key << r.error().message;
                                ok = bool(r);
                            });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    }

    RecordingNetwork network;

private:
    std::unique_ptr<TestStack> m_stack;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<S3Client> m_client;
};

} // namespace Dsp::Testing
