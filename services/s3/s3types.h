#pragma once

#include "sigv4signer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Dsp {

struct S3Config
{
    QUrl endpoint; // path-style: <endpoint>/<bucket>/<key>
    QString region = QStringLiteral("us-east-1");
    SigV4Credentials credentials;
};

struct S3Object
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified;
    QString etag; // without S3's quotes; changes whenever the object is written again
};

struct S3ObjectList
{
    QString bucket;
    QList<S3Object> objects;
    // With a delimiter: the common prefixes one level down ("job-42/"), each ending in it.
    QStringList prefixes;
    bool truncated = false;
    QString continuationToken;
};

struct S3ListOptions
{
    QString prefix;
    // "/" lists one level: keys below it are folded into `prefixes`.
    QString delimiter;
    int maxKeys = 1000; // per page; S3 caps it at 1000
    QString continuationToken;
};

// Part of an object read by a (ranged) GET.
struct S3ObjectData
{
    QByteArray bytes;
    qint64 offset = 0;     // where `bytes` start in the object
    qint64 totalSize = -1; // the whole object's size; -1 when the server did not say
    QString etag;
    QString contentType;
    // The range started at or past the object's end (HTTP 416): nothing to read, not an error.
    bool nothingNew = false;
};

// What a HEAD (or a PUT) says about an object. A missing object is `exists == false`.
struct S3ObjectInfo
{
    bool exists = false;
    qint64 size = 0;
    QString etag;
    QDateTime lastModified;
    QString contentType;
};

} // namespace Dsp
