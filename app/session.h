#pragma once

#include "core/result.h"
#include "settings/profile.h"
#include "settings/profilestore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Dsp {

class Application;
class SecretStore;

// The environments and the one in use. Opening a profile reads its secrets from the
// credential store (asynchronously; DSP_* variables win), then builds its services
// (Application). Switching abandons the previous profile's checks cleanly: its services stop
// polling, end their server sessions and go, while the new ones start at once.
class Session : public QObject
{
    Q_OBJECT
public:
    // `overrides` (DSP_* variables) apply to the profile `overridesFor` only: the one the run
    // was started with.
    Session(ProfileStore store, SecretStore *secrets, EnvironmentOverrides overrides = {},
            const QString &overridesFor = {}, QObject *parent = nullptr);
    ~Session() override;

    ProfileStore &store() { return m_store; }
    SecretStore *secrets() const { return m_secrets; }
    // The active profile's services; null before the first one is open.
    Application *application() const { return m_app; }
    QString activeId() const { return m_activeId; }
    // A problem reading the active profile's secrets ("the credential store refused…").
    QString secretsProblem() const { return m_secretsProblem; }

    // Whether the choice is the one the panel opens next time (not for `--profile NAME`).
    enum class Persistence { Remember, ThisRunOnly };
    // Opens a profile; applicationChanged() follows once its secrets are read, or
    // activationFailed(). The last call wins.
    void activate(const QString &id, Persistence persistence = Persistence::Remember);
    // DSP_* variables override secrets of the active environment.
    bool overridesApply() const;

    using SavedCallback = std::function<void(const Result<QString> &id)>;
    // Saves a profile: its fields to its file, its secrets to the credential store. A new one
    // gets an id. When it is the active profile its services are rebuilt with it.
    void save(const Profile &profile, SavedCallback done);
    // A new name; id, fields and secrets stay.
    Result<bool> rename(const QString &id, const QString &name);
    // A copy under a new name, secrets included.
    void duplicate(const QString &id, const QString &name, SavedCallback done);
    // Deletes the profile and its secrets; when it was active, the next one opens.
    void remove(const QString &id, std::function<void(const Result<bool> &)> done);
    // Reads a profile with its secrets (the editor).
    void load(const QString &id, std::function<void(const Result<Profile> &)> done);

    // Before quitting: the services end their sessions, then `done`.
    void shutdown(std::function<void()> done);

signals:
    void profilesChanged();
    // The active profile's services were replaced (the old ones are being retired).
    void applicationChanged(Dsp::Application *app);
    void activationFailed(const QString &message);

private:
    void open(const Profile &profile);
    Profile withOverrides(const Profile &profile) const;
    void retire(Application *app);

    ProfileStore m_store;
    SecretStore *m_secrets;
    EnvironmentOverrides m_overrides;
    QString m_overridesFor;
    bool m_shuttingDown = false;
    QString m_activeId;
    QString m_secretsProblem;
    Application *m_app = nullptr;
    quint64 m_generation = 0; // the latest activate() call
    // Profiles whose secrets the store would not give (locked, refused): saving one must not
    // take its empty secret fields for deletions.
    QSet<QString> m_unreadSecrets;
};

} // namespace Dsp
