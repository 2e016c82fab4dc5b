#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Dsp {

// Where each service of the stack lives and how to log in to it. Secrets are held in memory
// only: load() takes them from the environment (DSP_*_PASSWORD / DSP_MINIO_SECRET_KEY, removed
// from it once read) and save() never writes them. A value type, copied freely.
struct Profile
{
    QString name = QStringLiteral("default");
    bool sandbox = false;
    std::chrono::milliseconds pollInterval{std::chrono::seconds(10)};
    std::chrono::milliseconds probeTimeout{std::chrono::seconds(3)};

    struct Airbyte
    {
        QUrl apiUrl{QStringLiteral("http://localhost:8000")}; // probes <apiUrl>/api/v1/health
        QUrl uiUrl{QStringLiteral("http://localhost:8000")};
    } airbyte;

    struct Minio
    {
        QUrl endpoint{QStringLiteral("http://localhost:9000")};
        QUrl consoleUrl{QStringLiteral("http://localhost:9001")};
        QString region = QStringLiteral("us-east-1");
        QString accessKey;
        QString secretKey; // memory only
        QStringList buckets{QStringLiteral("airbyte-logs"), QStringLiteral("airbyte-staging")};
    } minio;

    struct Postgres
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString user = QStringLiteral("postgres");
        QString password; // memory only
        QStringList databases{QStringLiteral("business_db"), QStringLiteral("airbyte")};
    } postgres;

    struct Dremio
    {
        QUrl url{QStringLiteral("http://localhost:9047")};
        QUrl uiUrl{QStringLiteral("http://localhost:9047")};
        QString user;
        QString password; // memory only
    } dremio;

    struct Temporal
    {
        QString host = QStringLiteral("localhost");
        int port = 7233;
        QUrl uiUrl{QStringLiteral("http://localhost:8080")};
    } temporal;

    // Reads the non-secret fields from `settings` and the secrets from the environment.
    static Profile load(QSettings &settings);
    // Writes the non-secret fields only.
    void save(QSettings &settings) const;
    // Write one setting alone (the Settings page), leaving the rest of the file as it is.
    static void savePollInterval(QSettings &settings, std::chrono::milliseconds interval);
    static void saveProbeTimeout(QSettings &settings, std::chrono::milliseconds timeout);
    // Fills the secrets from DSP_MINIO_SECRET_KEY, DSP_POSTGRES_PASSWORD, DSP_DREMIO_PASSWORD
    // (and DSP_MINIO_ACCESS_KEY), and removes those variables from this process's environment.
    void takeSecretsFromEnvironment();
};

} // namespace Dsp
