#pragma once

#include "alerts/alertchoices.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Dsp {

// Where each service of the stack lives and how to log in to it: one environment ("Local",
// "Recette", "Production"). The secrets are held in memory only: save() never writes them;
// they live in the OS credential store (ProfileSecrets) or come from DSP_* variables
// (EnvironmentOverrides). A value type, copied freely.
struct Profile
{
    // Stable across renames: the credential store's keys and the file name use it.
    QString id;
    QString name = QStringLiteral("Local");
    bool sandbox = false;
    std::chrono::milliseconds pollInterval{std::chrono::seconds(10)};
    std::chrono::milliseconds probeTimeout{std::chrono::seconds(3)};
    AlertChoices alerts;

    struct Airbyte
    {
        enum class Auth { None, Basic, ClientCredentials };
        QUrl apiUrl{QStringLiteral("http://localhost:8000")}; // probes <apiUrl>/api/v1/health
        QUrl uiUrl{QStringLiteral("http://localhost:8000")};
        // None: the API is open (docker-compose without a proxy password, abctl with
        // --disable-auth). abctl 1.x turns authentication on by default: client credentials.
        Auth auth = Auth::None;
        QString user;         // basic
        QString password;     // basic; memory only
        QString clientId;     // client credentials
        QString clientSecret; // client credentials; memory only
        QString caFile;       // extra CA for HTTPS
    } airbyte;

    struct Minio
    {
        QUrl endpoint{QStringLiteral("http://localhost:9000")};
        QUrl consoleUrl{QStringLiteral("http://localhost:9001")};
        QString region = QStringLiteral("us-east-1");
        QString accessKey;
        QString secretKey; // memory only
        QStringList buckets{QStringLiteral("airbyte-logs"), QStringLiteral("airbyte-staging")};
        QString caFile;
    } minio;

    struct Postgres
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString user = QStringLiteral("postgres");
        QString password; // memory only
        QStringList databases{QStringLiteral("business_db"), QStringLiteral("airbyte")};
        QString sslMode = QStringLiteral("prefer"); // libpq's sslmode
        QString sslRootCert;                        // CA file for verify-ca / verify-full
    } postgres;

    struct Dremio
    {
        QUrl url{QStringLiteral("http://localhost:9047")};
        QUrl uiUrl{QStringLiteral("http://localhost:9047")};
        QString user;
        QString password; // memory only
        QString caFile;
    } dremio;

    struct Temporal
    {
        QString host = QStringLiteral("localhost");
        int port = 7233;
        QUrl uiUrl{QStringLiteral("http://localhost:8080")};
    } temporal;

    // One secret of a profile, as the credential store names it (<service>/<field>).
    struct SecretSlot
    {
        QString service;
        QString field;
    };
    static const QList<SecretSlot> &secretSlots();
    // "<service>/<field>" of a slot: the credential store's key suffix and the marker below.
    static QString slotName(const SecretSlot &slot);
    // The slots this profile has a secret for in the credential store. Not secret itself: it
    // tells a locked or lost store ("expected, not found") from a secret never set.
    QStringList storedSecrets;
    QString &secret(const SecretSlot &slot);
    const QString &secret(const SecretSlot &slot) const;
    // The secrets this profile needs and lacks: a user name, access key or client id is set
    // (or basic auth chosen) but its password or secret is empty. An imported profile asks
    // for these.
    QList<SecretSlot> missingSecrets() const;
    // Empties every secret and forgets which are stored (what an exported file carries).
    void clearSecrets();

    static QString authKey(Airbyte::Auth auth);
    static Airbyte::Auth authFromKey(const QString &key);

    // Reads the non-secret fields. Secrets in the file are ignored.
    static Profile load(QSettings &settings);
    // Replaces the file's contents with the non-secret fields.
    void save(QSettings &settings) const;
    // Write one setting alone (the Settings page), leaving the rest of the file as it is.
    static void savePollInterval(QSettings &settings, std::chrono::milliseconds interval);
    static void saveAlerts(QSettings &settings, const AlertChoices &alerts);
    static void saveProbeTimeout(QSettings &settings, std::chrono::milliseconds timeout);
};

bool operator==(const Profile::SecretSlot &a, const Profile::SecretSlot &b);

// Secrets (and the keys that go with them) given by DSP_* variables, for scripts and
// monitoring (--check): DSP_MINIO_ACCESS_KEY, DSP_MINIO_SECRET_KEY, DSP_POSTGRES_PASSWORD,
// DSP_DREMIO_PASSWORD, DSP_AIRBYTE_CLIENT_ID, DSP_AIRBYTE_CLIENT_SECRET, DSP_AIRBYTE_USER,
// DSP_AIRBYTE_PASSWORD. They win over the credential store.
struct EnvironmentOverrides
{
    std::optional<QString> minioAccessKey, minioSecretKey, postgresPassword, dremioPassword,
        airbyteClientId, airbyteClientSecret, airbyteUser, airbytePassword;

    // Reads the variables and removes them from this process's environment, so that the
    // processes the panel starts (the browser behind "Open web UI") never inherit them.
    static EnvironmentOverrides take();
    void applyTo(Profile &profile) const;
    bool isEmpty() const;
};

} // namespace Dsp
