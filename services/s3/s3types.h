#pragma once

#include "sigv4signer.h"

#include <QDateTime>
#include <QList>
#include <QString>
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
};

struct S3ObjectList
{
    QString bucket;
    QList<S3Object> objects;
    bool truncated = false;
    QString continuationToken;
};

struct S3ListOptions
{
    QString prefix;
    int maxKeys = 1000;
    QString continuationToken;
};

} // namespace Dsp
