#include "profilesecrets.h"

#include "secrets/secretstore.h"
#include "settings/settingstr.h"

#include <QPointer>

#include <memory>

namespace Dsp::ProfileSecrets {

namespace {

QString keyOf(const QString &profileId, const Profile::SecretSlot &slot)
{
    return SecretStore::key(profileId, slot.service, slot.field);
}

// Calls `finish` once every one of `count` operations has reported.
struct Countdown
{
    int pending = 0;
    std::optional<Error> firstError;
    std::function<void(const std::optional<Error> &)> finish;

    void done(const std::optional<Error> &error)
    {
        if (error && !firstError)
            firstError = error;
        if (--pending == 0)
            finish(firstError);
    }
};

} // namespace

void load(SecretStore *store, const Profile &profile, QObject *context, LoadCallback callback)
{
    auto result = std::make_shared<Profile>(profile);
    auto countdown = std::make_shared<Countdown>();
    const QList<Profile::SecretSlot> &secretList = Profile::secretSlots();
    countdown->pending = int(secretList.size());
    countdown->finish = [result, callback](const std::optional<Error> &error) {
        callback(*result, error ? error->message : QString());
    };
    for (const Profile::SecretSlot &slot : secretList) {
        const bool expected = profile.storedSecrets.contains(Profile::slotName(slot));
        store->read(keyOf(profile.id, slot), context,
                    [result, countdown, slot, expected](const Result<QString> &r) {
                        if (r)
                            result->secret(slot) = r.value();
                        if (r || (r.error().kind == ErrorKind::NotFound && !expected)) {
                            countdown->done(std::nullopt);
                            return;
                        }
                        // A secret saved here and now not found: the store is locked (its
                        // unlock prompt dismissed) or lost it. Say so; never take it for none.
                        countdown->done(
                            r.error().kind == ErrorKind::NotFound
                                ? Error::make(ErrorKind::NotFound,
                                              SettingsTr::tr("the credential store did not give "
                                                             "back a saved secret (%1): is it "
                                                             "locked?")
                                                  .arg(Profile::slotName(slot)))
                                : r.error());
                    });
    }
}

void save(SecretStore *store, const Profile &profile, QObject *context, DoneCallback callback,
          bool keepEmpty)
{
    Q_ASSERT(!profile.id.isEmpty());
    auto countdown = std::make_shared<Countdown>();
    const QList<Profile::SecretSlot> &secretList = Profile::secretSlots();
    countdown->pending = int(secretList.size());
    countdown->finish = [callback](const std::optional<Error> &error) {
        callback(error ? Result<bool>(*error) : Result<bool>(true));
    };
    for (const Profile::SecretSlot &slot : secretList) {
        auto report = [countdown](const Result<bool> &r) {
            countdown->done(r ? std::nullopt : std::optional<Error>(r.error()));
        };
        const QString &secret = profile.secret(slot);
        if (secret.isEmpty() && keepEmpty)
            QMetaObject::invokeMethod(
                context, [report] { report(true); }, Qt::QueuedConnection);
        else if (secret.isEmpty())
            store->remove(keyOf(profile.id, slot), context, report);
        else
            store->write(keyOf(profile.id, slot), secret, context, report);
    }
}

void remove(SecretStore *store, const QString &profileId, QObject *context, DoneCallback callback)
{
    Profile empty;
    empty.id = profileId;
    save(store, empty, context, std::move(callback));
}

} // namespace Dsp::ProfileSecrets
