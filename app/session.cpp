#include "session.h"

#include "application.h"

#include "core/logging.h"
#include "settings/profilesecrets.h"
#include "settings/settingstr.h"

#include <QPointer>

namespace Dsp {

namespace {

template<typename T, typename Callback> void later(QObject *context, Callback done, T value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)] { done(value); },
        Qt::QueuedConnection);
}

} // namespace

Session::Session(ProfileStore store, SecretStore *secrets, EnvironmentOverrides overrides,
                 const QString &overridesFor, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
    , m_overridesFor(overridesFor)
{}

Session::~Session()
{
    // The active services and those still being retired: each is safe to delete mid-round.
    delete std::exchange(m_app, nullptr);
}

void Session::activate(const QString &id, Persistence persistence)
{
    if (m_shuttingDown)
        return;
    const quint64 generation = ++m_generation;
    const Result<Profile> loaded = m_store.load(id);
    if (!loaded) {
        qCWarning(lcSettings) << "cannot open profile" << id << loaded.error().message;
        emit activationFailed(
            SettingsTr::tr("Cannot open the environment: %1").arg(loaded.error().message));
        return;
    }
    m_activeId = id;
    if (persistence == Persistence::Remember)
        m_store.setActiveId(id);
    ProfileSecrets::load(m_secrets, loaded.value(), this,
                         [this, generation](const Profile &profile, const QString &problem) {
                             if (generation != m_generation || m_shuttingDown)
                                 return; // another profile was chosen meanwhile
                             m_secretsProblem = problem;
                             if (problem.isEmpty())
                                 m_unreadSecrets.remove(profile.id);
                             else
                                 m_unreadSecrets.insert(profile.id);
                             open(profile);
                         });
}

Profile Session::withOverrides(const Profile &profile) const
{
    // DSP_* variables are meant for the environment the run was started with: another one
    // the user switches to (another server) never receives them.
    Profile p = profile;
    if (profile.id == m_overridesFor)
        m_overrides.applyTo(p);
    return p;
}

bool Session::overridesApply() const
{
    return !m_overrides.isEmpty() && m_activeId == m_overridesFor;
}

void Session::open(const Profile &profile)
{
    Application *old = std::exchange(
        m_app, new Application(withOverrides(profile), m_store.filePath(profile.id), this));
    emit applicationChanged(m_app);
    if (old)
        retire(old);
}

void Session::retire(Application *app)
{
    QPointer<Application> guard(app);
    app->shutdown([guard] {
        if (guard)
            guard->deleteLater();
    });
}

void Session::save(const Profile &profile, SavedCallback done)
{
    Profile p = profile;
    // Which secrets the store holds after this save. An empty field of a profile whose
    // secrets could not be read means "unknown": what was stored stays stored.
    const bool keepEmpty = !p.id.isEmpty() && m_unreadSecrets.contains(p.id);
    QStringList stored;
    for (const Profile::SecretSlot &slot : Profile::secretSlots()) {
        const QString name = Profile::slotName(slot);
        if (!p.secret(slot).isEmpty() || (keepEmpty && p.storedSecrets.contains(name)))
            stored << name;
    }
    p.storedSecrets = stored;
    const Result<QString> id = m_store.save(p);
    if (!id) {
        later(this, std::move(done), id);
        return;
    }
    p.id = id.value();
    if (const Result<Profile> written = m_store.load(p.id))
        p.name = written.value().name; // made unique by the store
    emit profilesChanged();
    ProfileSecrets::save(
        m_secrets, p, this,
        [this, p, done](const Result<bool> &r) {
            // The active environment runs with what was saved; after a failure it keeps
            // running as it was, and the caller keeps what the user typed.
            if (r && p.id == m_activeId && !m_shuttingDown) {
                ++m_generation;
                m_unreadSecrets.remove(p.id);
                open(p);
            }
            done(r ? Result<QString>(p.id) : Result<QString>(r.error()));
        },
        keepEmpty);
}

Result<bool> Session::rename(const QString &id, const QString &name)
{
    Result<Profile> loaded = m_store.load(id);
    if (!loaded)
        return loaded.error();
    Profile p = loaded.value();
    p.name = m_store.uniqueName(name, id);
    const Result<QString> saved = m_store.save(p);
    if (!saved)
        return saved.error();
    emit profilesChanged();
    return true;
}

void Session::duplicate(const QString &id, const QString &name, SavedCallback done)
{
    load(id, [this, name, done](const Result<Profile> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        Profile copy = r.value();
        copy.id.clear();
        copy.name = m_store.uniqueName(name);
        save(copy, done);
    });
}

void Session::remove(const QString &id, std::function<void(const Result<bool> &)> done)
{
    const Result<bool> removed = m_store.remove(id);
    if (!removed) {
        later(this, std::move(done), removed);
        return;
    }
    emit profilesChanged();
    if (id == m_activeId) {
        const QString next = m_store.activeId();
        if (next.isEmpty()) {
            ++m_generation;
            m_activeId.clear();
            Application *old = std::exchange(m_app, nullptr);
            emit applicationChanged(nullptr);
            if (old)
                retire(old);
        } else {
            activate(next);
        }
    }
    ProfileSecrets::remove(m_secrets, id, this, std::move(done));
}

void Session::load(const QString &id, std::function<void(const Result<Profile> &)> done)
{
    const Result<Profile> loaded = m_store.load(id);
    if (!loaded) {
        later(this, std::move(done), loaded);
        return;
    }
    ProfileSecrets::load(m_secrets, loaded.value(), this,
                         [this, done](const Profile &profile, const QString &problem) {
                             if (problem.isEmpty())
                                 m_unreadSecrets.remove(profile.id);
                             else
                                 m_unreadSecrets.insert(profile.id);
                             done(profile);
                         });
}

void Session::shutdown(std::function<void()> done)
{
    m_shuttingDown = true;
    ++m_generation;
    if (m_app) {
        m_app->shutdown(std::move(done));
        return;
    }
    QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
}

} // namespace Dsp
