#include "secretstore.h"

#include "core/logging.h"
#include "secretstr.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Dsp {

namespace {

bool meansNoStore(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return true;
    default:
        return false;
    }
}

Error storeError(const QString &message, const QString &detail)
{
    Error e = Error::make(ErrorKind::ServerError, message, detail);
    e.service = SecretsTr::tr("credential store");
    return e;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString SecretStore::key(const QString &profileId, const QString &service, const QString &field)
{
    return QStringLiteral("DataStackPanel/%1/%2/%3").arg(profileId, service, field);
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    run(Op::Read, key, {}, context, std::move(callback));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context,
                        DoneCallback callback)
{
    run(Op::Write, key, secret, context,
        [callback = std::move(callback)](const Result<QString> &r) {
            callback(r ? Result<bool>(true) : Result<bool>(r.error()));
        });
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    run(Op::Remove, key, {}, context, [callback = std::move(callback)](const Result<QString> &r) {
        callback(r ? Result<bool>(true) : Result<bool>(r.error()));
    });
}

void SecretStore::move(const QString &from, const QString &to, QObject *context,
                       DoneCallback callback)
{
    QPointer<QObject> guard(context);
    read(from, context, [this, from, to, guard, callback](const Result<QString> &r) {
        if (!r) {
            callback(r.error());
            return;
        }
        write(to, r.value(), guard, [this, from, guard, callback](const Result<bool> &w) {
            if (!w) {
                callback(w);
                return;
            }
            remove(from, guard, callback);
        });
    });
}

void SecretStore::runInMemory(Op op, const QString &key, const QString &secret,
                              const std::function<void(const Result<QString> &)> &callback)
{
    switch (op) {
    case Op::Read:
        if (m_session.contains(key))
            callback(m_session.value(key));
        else
            callback(Error::make(ErrorKind::NotFound, SecretsTr::tr("no secret stored")));
        return;
    case Op::Write:
        m_session.insert(key, secret);
        callback(QString());
        return;
    case Op::Remove:
        m_session.remove(key);
        callback(QString());
        return;
    }
}

void SecretStore::becomeSessionOnly(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    m_sessionOnlyReason = reason;
    qCWarning(lcSettings) << "credential store unavailable, secrets kept for this session only:"
                          << reason;
    emit persistenceChanged(false);
}

void SecretStore::run(Op op, const QString &key, const QString &secret, QObject *context,
                      std::function<void(const Result<QString> &)> callback)
{
    Q_ASSERT(context);
    QPointer<QObject> guard(context);
    auto guarded = [guard, callback = std::move(callback)](const Result<QString> &r) {
        if (guard)
            callback(r);
    };
    if (!m_persistent) {
        // Same promise as the store: the callback comes from the event loop.
        QMetaObject::invokeMethod(
            this, [this, op, key, secret, guarded] { runInMemory(op, key, secret, guarded); },
            Qt::QueuedConnection);
        return;
    }
    // Jobs have no parent: a job deleted while the store's backend still works on it (libsecret
    // calls back into it later) crashes, so each job lives until it finishes and deletes
    // itself. The connection below ends with this store, so a late answer reaches nobody.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    connect(
        job, &QKeychain::Job::finished, this,
        [this, op, key, secret, guarded](QKeychain::Job *done) {
            const QKeychain::Error error = done->error();
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
                m_reached = true;
            if (error == QKeychain::NoError) {
                if (op == Op::Read)
                    guarded(static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
                else
                    guarded(QString());
                return;
            }
            if (error == QKeychain::EntryNotFound) {
                if (op == Op::Remove)
                    guarded(QString());
                else
                    guarded(
                        Error::make(ErrorKind::NotFound, SecretsTr::tr("no secret stored"), key));
                return;
            }
            // Without a D-Bus session qtkeychain says OtherError ("Could not connect"):
            // until the store has answered once, any failure means there is none.
            if (meansNoStore(error) || !m_reached) {
                // The store's own words go to the log; the user reads ours.
                becomeSessionOnly(done->errorString());
                runInMemory(op, key, secret, guarded);
                return;
            }
            guarded(storeError(
                SecretsTr::tr("the credential store failed: %1").arg(done->errorString()), key));
        });
    job->start();
}

} // namespace Dsp
