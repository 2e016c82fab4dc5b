// The Airflow connection half of airflowexport.h: Airbyte's public API URL, the --conn-json
// text and command, and writing either file.
#include "airflow/airflowexport.h"

#include "airflow/airflowtr.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace Dsp {

namespace {

// A word for a POSIX shell: as it is when it needs no quoting, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

QString connId(const AirflowConnectionOptions &o)
{
    const QString id = o.airflowConnId.trimmed();
    return id.isEmpty() ? QStringLiteral("airbyte_default") : id;
}

QJsonObject connectionObject(const AirflowConnectionOptions &o)
{
    const QString host = airbytePublicApiUrl(o.airbyteUrl);
    QJsonObject conn{{QStringLiteral("conn_type"), QStringLiteral("airbyte")},
                     {QStringLiteral("host"), host}};
    // Without a client id the provider (>= 5.4.2) calls Airbyte without authentication.
    if (!o.clientId.trimmed().isEmpty()) {
        conn.insert(QStringLiteral("login"), o.clientId.trimmed());
        conn.insert(QStringLiteral("password"), o.includeSecret && !o.clientSecret.isEmpty()
                                                    ? o.clientSecret
                                                    : airflowSecretPlaceholder());
        // The provider's default ("v1/applications/token") is Airbyte Cloud's, relative: a
        // self-managed Airbyte needs the full URL.
        conn.insert(QStringLiteral("schema"),
                    host.isEmpty() ? QString() : host + QStringLiteral("applications/token"));
    }
    return conn;
}

} // namespace

QString airflowSecretPlaceholder()
{
    return QStringLiteral("<client-secret>");
}

bool isValidAirflowConnId(const QString &id)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]{1,250}$"));
    return allowed.match(id).hasMatch();
}

QString airbytePublicApiUrl(const QString &airbyteUrl)
{
    const QString text = airbyteUrl.trimmed();
    if (text.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(text);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    // Credentials in the URL belong in login and password, never in the host.
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api/v1"))
        path.chop(3);
    if (path.endsWith(u"/api/public"))
        path += QStringLiteral("/v1");
    else if (path.endsWith(u"/api"))
        path += QStringLiteral("/public/v1");
    else if (!path.endsWith(u"/api/public/v1"))
        path += QStringLiteral("/api/public/v1");
    url.setPath(path + u'/');
    return url.toString(QUrl::FullyEncoded);
}

QString airflowConnectionJson(const AirflowConnectionOptions &options)
{
    return QString::fromUtf8(
        QJsonDocument(connectionObject(options)).toJson(QJsonDocument::Indented));
}

QString airflowConnectionCommand(const AirflowConnectionOptions &options)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(connectionObject(options)).toJson(QJsonDocument::Compact));
    return QStringLiteral("airflow connections add %1 --conn-json %2")
        .arg(shellWord(connId(options)), shellWord(json));
}

QStringList airflowConnectionProblems(const AirflowConnectionOptions &options)
{
    QStringList problems;
    if (!isValidAirflowConnId(connId(options)))
        problems.append(AirflowTr::tr("The Airflow connection id may only hold letters, digits, "
                                      "\"_\", \"-\" and \".\"."));
    if (airbytePublicApiUrl(options.airbyteUrl).isEmpty())
        problems.append(AirflowTr::tr("Give Airbyte's address as Airflow reaches it, such as "
                                      "http://airbyte.example:8000."));
    return problems;
}

Result<bool> writeAirflowFile(const QString &path, const QString &text, bool ownerOnly)
{
    const auto fail = [&path](const QString &why) {
        return Error::make(
            ErrorKind::FileError,
            AirflowTr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why),
            QStringLiteral("writing %1: %2").arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Before the first byte: the secret is never readable by others, even for a moment.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Dsp
