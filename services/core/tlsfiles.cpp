#include "tlsfiles.h"

#include "coretr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Dsp {

namespace {

Error fileError(const QString &message, const QString &detail = {})
{
    return Error::make(ErrorKind::FileError, message, detail);
}

} // namespace

Result<QByteArray> readCaFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        return fileError(CoreTr::tr("no CA file named"));
    if (!info.exists())
        return fileError(CoreTr::tr("CA file %1 does not exist").arg(shown));
    if (info.isDir())
        return fileError(CoreTr::tr("CA file %1 is a folder, not a file").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(CoreTr::tr("CA file %1 cannot be read: %2").arg(shown, file.errorString()),
                         file.errorString());
    // A CA bundle is a few hundred kilobytes at most; anything far larger is not one.
    constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    const QByteArray data = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fileError(CoreTr::tr("CA file %1 cannot be read: %2").arg(shown, file.errorString()),
                         file.errorString());
    if (data.trimmed().isEmpty())
        return fileError(CoreTr::tr("CA file %1 is empty").arg(shown));
    if (data.size() > MaxBytes)
        return fileError(CoreTr::tr("CA file %1 is too large to be a certificate file").arg(shown));
    return data;
}

Result<QList<QSslCertificate>> loadCaCertificates(const QString &path)
{
    const Result<QByteArray> data = readCaFile(path);
    if (!data)
        return data.error();
    // PEM is text with BEGIN lines; anything else is tried as DER.
    const bool pem = data.value().contains("-----BEGIN ");
    QList<QSslCertificate> certificates =
        QSslCertificate::fromData(data.value(), pem ? QSsl::Pem : QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty()) {
        return fileError(CoreTr::tr("CA file %1 holds no certificate (PEM or DER expected)")
                             .arg(QDir::toNativeSeparators(path)),
                         pem ? QStringLiteral("PEM without a readable certificate")
                             : QStringLiteral("not DER"));
    }
    return certificates;
}

} // namespace Dsp
