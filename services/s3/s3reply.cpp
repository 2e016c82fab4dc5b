#include "s3reply_p.h"

#include "s3tr.h"

#include <QXmlStreamReader>

namespace Dsp::S3Reply {

S3ErrorBody parseErrorBody(const QByteArray &xml)
{
    S3ErrorBody out;
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("Error")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Code"))
                    out.code = reader.readElementText();
                else if (reader.name() == QLatin1String("Message"))
                    out.message = reader.readElementText();
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    return out;
}

// S3 sends ETags quoted ("\"9b2cf535f27731c974343645a3985328\""), in listings and headers alike.
QString unquotedEtag(QString etag)
{
    etag = etag.trimmed();
    if (etag.startsWith(QLatin1String("W/")))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

// "bytes 0-99/1234" or "bytes */1234": the first byte (-1 for "*") and the total (-1 for "*").
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes "))
        return false;
    const qsizetype slash = v.indexOf('/');
    if (slash < 0)
        return false;
    const QByteArray range = v.mid(6, slash - 6).trimmed();
    const QByteArray size = v.mid(slash + 1).trimmed();
    bool ok = true;
    *total = size == "*" ? -1 : size.toLongLong(&ok);
    if (!ok)
        return false;
    if (range == "*") {
        *first = -1;
        return true;
    }
    const qsizetype dash = range.indexOf('-');
    *first = dash < 0 ? -1 : range.left(dash).toLongLong(&ok);
    return ok && dash > 0;
}

QDateTime httpDate(const QByteArray &value)
{
    return QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
}

Error invalidRange(const QString &bucket, const QString &key, const QString &detail)
{
    Error e = Error::make(
        ErrorKind::InvalidResponse,
        S3Tr::tr("the S3 server answered another part of %1/%2 than asked").arg(bucket, key),
        detail);
    e.service = QStringLiteral("MinIO");
    return e;
}

Result<S3ObjectList> parseListBucketResult(const QString &bucket, const QByteArray &xml)
{
    S3ObjectList list;
    list.bucket = bucket;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("ListBucketResult")) {
        return Error::make(ErrorKind::InvalidResponse,
                           S3Tr::tr("the S3 server sent an unexpected answer to a bucket listing"),
                           QString::fromUtf8(xml.left(200)));
    }
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("Contents")) {
            S3Object object;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Key"))
                    object.key = reader.readElementText();
                else if (reader.name() == QLatin1String("Size"))
                    object.size = reader.readElementText().toLongLong();
                else if (reader.name() == QLatin1String("LastModified"))
                    object.lastModified =
                        QDateTime::fromString(reader.readElementText(), Qt::ISODateWithMs);
                else if (reader.name() == QLatin1String("ETag"))
                    object.etag = unquotedEtag(reader.readElementText());
                else
                    reader.skipCurrentElement();
            }
            list.objects.append(object);
        } else if (name == QLatin1String("CommonPrefixes")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Prefix"))
                    list.prefixes.append(reader.readElementText());
                else
                    reader.skipCurrentElement();
            }
        } else if (name == QLatin1String("IsTruncated")) {
            list.truncated = reader.readElementText() == QLatin1String("true");
        } else if (name == QLatin1String("NextContinuationToken")) {
            list.continuationToken = reader.readElementText();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        return Error::make(ErrorKind::InvalidResponse, S3Tr::tr("the S3 server sent malformed XML"),
                           reader.errorString());
    }
    return list;
}

} // namespace Dsp::S3Reply
