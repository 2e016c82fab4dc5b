#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Dsp {

// The bytes of a certificate authority file a profile names. A missing, unreadable or empty
// file (or a directory) is an ErrorKind::FileError whose message names the file.
Result<QByteArray> readCaFile(const QString &path);

// The certificate authorities in such a file: PEM (one or more certificates) or DER (one).
// Besides readCaFile()'s errors, a file that holds no certificate is a FileError naming it.
Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);

} // namespace Dsp
