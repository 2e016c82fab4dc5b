#pragma once

#include "core/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Dsp {

// Secrets (passwords, secret keys, tokens) in the OS credential store through qtkeychain:
// Windows Credential Manager, the Secret Service on Linux, the Keychain on macOS. One small
// secret per key, named key(profile, service, field). Every call is asynchronous and calls
// back once, on the GUI thread, never after `context` is gone.
// When the store is missing or refuses us (a Linux session without Secret Service), the
// store switches to session-only: secrets live in this process's memory until it exits,
// isPersistent() turns false and persistenceChanged() tells the UI to say so. Nothing ever
// falls back to plain text on disk (qtkeychain's insecure fallback stays off).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using DoneCallback = std::function<void(const Result<bool> &)>;

    // `service` is the credential store's service name; tests use their own.
    explicit SecretStore(const QString &service = QStringLiteral("DataStackPanel"),
                         QObject *parent = nullptr);

    // "DataStackPanel/<profile id>/<service>/<field>" (Windows keys a credential by its name).
    static QString key(const QString &profileId, const QString &service, const QString &field);

    bool isPersistent() const { return m_persistent; }
    // Why secrets are kept for this session only (empty while persistent).
    QString sessionOnlyReason() const { return m_sessionOnlyReason; }

    // A missing secret is an Error of kind NotFound.
    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback);
    // Removing a missing secret succeeds.
    void remove(const QString &key, QObject *context, DoneCallback callback);
    // Read, write under the new key, then remove the old one (renaming a profile).
    void move(const QString &from, const QString &to, QObject *context, DoneCallback callback);

signals:
    void persistenceChanged(bool persistent);

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const QString &secret, QObject *context,
             std::function<void(const Result<QString> &)> callback);
    void runInMemory(Op op, const QString &key, const QString &secret,
                     const std::function<void(const Result<QString> &)> &callback);
    void becomeSessionOnly(const QString &reason);

    QString m_service;
    bool m_persistent = true;
    bool m_reached = false; // the store has answered at least once
    QString m_sessionOnlyReason;
    QHash<QString, QString> m_session; // session-only secrets
};

} // namespace Dsp
