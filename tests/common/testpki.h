#pragma once

// A private certificate authority and server certificates it signed, made with the openssl
// command line (Debian package openssl) in a temporary directory at test time, so nothing in
// the repository expires. Files: ca.pem, ca.der, ca.key, and <name>.pem / <name>.key for
//   server     localhost and 127.0.0.1, valid for two days
//   otherhost  db.example only
//   expired    localhost and 127.0.0.1, expired yesterday

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Dsp::Testing {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class TestPki
{
public:
    QString error() const { return m_error; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool make()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory: ") + m_dir.errorString());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            return fail(QStringLiteral("the openssl command is missing (Debian package openssl; "
                                       "scripts/install-deps.sh installs it)"));
        const QStringList ec{
            QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                 QStringList{QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                             QStringLiteral("-out"), path(QStringLiteral("ca.pem")),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=DSP Test CA"), QStringLiteral("-addext"),
                             QStringLiteral("basicConstraints=critical,CA:TRUE"),
                             QStringLiteral("-addext"),
                             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
            return false;
        if (!run({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("ca.pem")),
                  QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                  path(QStringLiteral("ca.der"))}))
            return false;
        // The loopback server as the tests reach it; one for another host; one expired.
        return leaf(QStringLiteral("server"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), 2, 1) &&
               leaf(QStringLiteral("otherhost"), QStringLiteral("DNS:db.example"), 2, 2) &&
               leaf(QStringLiteral("expired"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), -1, 3);
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(m_openssl, arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            return fail(QStringLiteral("openssl %1 failed: %2 %3")
                            .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(),
                                 QString::fromLocal8Bit(openssl.readAll())));
        }
        return true;
    }

    // <name>.pem and <name>.key, signed by the CA for `altNames`, valid `days` from now
    // (negative: expired).
    bool leaf(const QString &name, const QString &altNames, int days, int serial)
    {
        QFile extensions(path(name + QStringLiteral(".ext")));
        if (!extensions.open(QIODevice::WriteOnly))
            return fail(extensions.errorString());
        extensions.write("subjectAltName=" + altNames.toLatin1() +
                         "\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                         "extendedKeyUsage=serverAuth\n");
        extensions.close();
        return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                    path(name + QStringLiteral(".csr")), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + name}) &&
               run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    path(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                    path(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                    path(QStringLiteral("ca.key")), QStringLiteral("-set_serial"),
                    QString::number(serial), QStringLiteral("-days"), QString::number(days),
                    QStringLiteral("-extfile"), extensions.fileName(), QStringLiteral("-out"),
                    path(name + QStringLiteral(".pem"))});
    }

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_error;
};

} // namespace Dsp::Testing
