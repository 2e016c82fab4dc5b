#pragma once

// Reading S3's answers: the XML of listings and errors, and the headers of object replies.
// Private to S3Client; pure functions, any thread.

#include "core/result.h"
#include "s3types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Dsp::S3Reply {

struct S3ErrorBody
{
    QString code;
    QString message;
};

S3ErrorBody parseErrorBody(const QByteArray &xml);
Result<S3ObjectList> parseListBucketResult(const QString &bucket, const QByteArray &xml);
// S3 sends ETags quoted, in listings and headers alike; ours are without the quotes.
QString unquotedEtag(QString etag);
// "bytes 0-99/1234" or "bytes */1234": the first byte (-1 for "*") and the total (-1 for "*").
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total);
// An HTTP date header (Last-Modified).
QDateTime httpDate(const QByteArray &value);
// A 206 whose Content-Range is not the range asked for.
Error invalidRange(const QString &bucket, const QString &key, const QString &detail);

} // namespace Dsp::S3Reply
