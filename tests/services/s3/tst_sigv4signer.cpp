#include "s3/sigv4signer.h"

#include "sharedref.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Dsp;

// AWS's published Signature Version 4 suite (../shared/ref/sigv4): for each request, the
// canonical request, string to sign and Authorization header must match AWS's to the byte.
class TestSigV4Signer : public QObject
{
    Q_OBJECT

private:
    static QString suiteDir() { return Testing::sharedPath(QStringLiteral("ref/sigv4")); }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = f.readAll();
        data.replace("\r\n", "\n");
        return data;
    }

    // Parses AWS's .req format: request line, headers (indented lines continue the previous
    // value), blank line, body.
    static SigV4Request parseRequest(const QByteArray &raw, QByteArray *body)
    {
        SigV4Request req;
        const int headerEnd = raw.indexOf("\n\n");
        const QByteArray head = headerEnd < 0 ? raw : raw.left(headerEnd);
        *body = headerEnd < 0 ? QByteArray() : raw.mid(headerEnd + 2);
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray requestLine = lines.first();
        const int sp1 = requestLine.indexOf(' ');
        const int sp2 = requestLine.lastIndexOf(' ');
        req.method = requestLine.left(sp1);
        const QByteArray target = requestLine.mid(sp1 + 1, sp2 - sp1 - 1);
        const int q = target.indexOf('?');
        req.path = QString::fromUtf8(q < 0 ? target : target.left(q));
        if (q >= 0) {
            for (const QByteArray &pair : target.mid(q + 1).split('&')) {
                const int eq = pair.indexOf('=');
                const QByteArray k = eq < 0 ? pair : pair.left(eq);
                const QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
                req.query.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                                  QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
            }
        }
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.isEmpty())
                continue;
            if (line.at(0) == ' ' || line.at(0) == '\t') {
                req.headers.last().second += ' ' + line.trimmed();
                continue;
            }
            const int colon = line.indexOf(':');
            req.headers.emplaceBack(line.left(colon), line.mid(colon + 1));
        }
        req.payloadHash = SigV4Signer::sha256Hex(*body);
        return req;
    }

private slots:
    void matchesAwsTestSuite_data()
    {
        QTest::addColumn<QString>("dir");
        DSP_REQUIRE_SHARED(suiteDir());
        int count = 0;
        QDir root(suiteDir());
        const QStringList cases = QDir(suiteDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : cases) {
            QDir d(root.filePath(name));
            if (QFile::exists(d.filePath(name + QStringLiteral(".req")))) {
                QTest::newRow(qPrintable(name)) << d.path();
                ++count;
                continue;
            }
            for (const QString &sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (QFile::exists(
                        d.filePath(sub + QLatin1Char('/') + sub + QStringLiteral(".req")))) {
                    QTest::newRow(qPrintable(name + QLatin1Char('/') + sub)) << d.filePath(sub);
                    ++count;
                }
            }
        }
        QVERIFY2(count >= 30, "the suite should hold at least 30 cases");
    }

    void matchesAwsTestSuite()
    {
        QFETCH(QString, dir);
        const QString name = QFileInfo(dir).fileName();
        const QString base = dir + QLatin1Char('/') + name;
        QByteArray body;
        SigV4Request req = parseRequest(readFile(base + QStringLiteral(".req")), &body);

        // Some cases give the session token only in the signed request (.sreq); it is signed
        // except in "header-after", where it is added once the signature is made.
        QByteArray body2;
        const SigV4Request signedReq =
            parseRequest(readFile(base + QStringLiteral(".sreq")), &body2);
        auto isToken = [](const auto &h) {
            return h.first.compare("X-Amz-Security-Token", Qt::CaseInsensitive) == 0;
        };
        if (name == QLatin1String("post-sts-header-after")) {
            req.headers.removeIf(isToken);
        } else if (std::none_of(req.headers.cbegin(), req.headers.cend(), isToken)) {
            for (const auto &h : signedReq.headers) {
                if (isToken(h))
                    req.headers.append(h);
            }
        }

        const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("service"),
                                 SigV4Signer::PathStyle::Normalized);
        const QDateTime time = QDateTime::fromString(QStringLiteral("20150830T123600Z"),
                                                     QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        const QDateTime utc(time.date(), time.time(), Qt::UTC);
        SigV4Credentials creds;
        creds.accessKey = QStringLiteral("AKIDEXAMPLE");
        creds.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

        const QByteArray creq = signer.canonicalRequest(req);
        QCOMPARE(creq, readFile(base + QStringLiteral(".creq")).trimmed());
        QCOMPARE(signer.stringToSign(utc, creq), readFile(base + QStringLiteral(".sts")).trimmed());
        QCOMPARE(signer.authorization(creds, utc, req),
                 readFile(base + QStringLiteral(".authz")).trimmed());
    }

    // AWS S3 documentation's worked example (GET /test.txt with a Range header): S3 encodes
    // the path once and signs x-amz-content-sha256.
    void matchesS3DocumentationExample()
    {
        const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("s3"));
        SigV4Request req;
        req.path = QStringLiteral("/test.txt");
        req.payloadHash = SigV4Signer::sha256Hex({});
        req.headers = {{"Host", "examplebucket.s3.amazonaws.com"},
                       {"Range", "bytes=0-9"},
                       {"x-amz-content-sha256", req.payloadHash},
                       {"x-amz-date", "20130524T000000Z"}};
        SigV4Credentials creds;
        creds.accessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        creds.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        const QDateTime time(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
        QCOMPARE(
            signer.authorization(creds, time, req),
            QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/"
                       "s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;"
                       "x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd"
                       "91039c6036bdb41"));
    }

    void encodesS3KeysOnceAndKeepsSlashes()
    {
        const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("s3"));
        QCOMPARE(signer.encodedPath(QStringLiteral("/airbyte-logs/job 42/../a+b=ç.log")),
                 QByteArray("/airbyte-logs/job%2042/../a%2Bb%3D%C3%A7.log"));
        QCOMPARE(SigV4Signer::encodedQuery({{QStringLiteral("prefix"), QStringLiteral("a/b c")},
                                            {QStringLiteral("list-type"), QStringLiteral("2")}}),
                 QByteArray("list-type=2&prefix=a%2Fb%20c"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
