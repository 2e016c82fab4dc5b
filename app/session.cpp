#include "session.h"

#include "application.h"

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
                 QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
{}

Session::~Session()
{
    // The active services and those still being retired: each is safe to delete mid-round.
    delete std::exchange(m_app, nullptr);
}

void Session::activate(const QString &id)
{
    const quint64 generation = ++m_generation;
    const Result<Profile> loaded = m_store.load(id);
    if (!loaded) {
        qWarning("cannot open profile %s: %s", qPrintable(id), qPrintable(loaded.error().message));
        return;
    }
    m_activeId = id;
    m_store.setActiveId(id);
    ProfileSecrets::load(m_secrets, loaded.value(), this,
                         [this, generation](const Profile &profile, const QString &problem) {
                             if (generation != m_generation)
                                 return; // another profile was chosen meanwhile
                             m_secretsProblem = problem;
                             if (problem.isEmpty())
                                 m_unreadSecrets.remove(profile.id);
                             else
                                 m_unreadSecrets.insert(profile.id);
                             Profile withOverrides = profile;
                             m_overrides.applyTo(withOverrides);
                             open(withOverrides);
                         });
}

void Session::open(const Profile &profile)
{
    Application *old =
        std::exchange(m_app, new Application(profile, m_store.filePath(profile.id), this));
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
    const Result<QString> id = m_store.save(p);
    if (!id) {
        later(this, std::move(done), id);
        return;
    }
    p.id = id.value();
    if (const Result<Profile> written = m_store.load(p.id))
        p.name = written.value().name; // made unique by the store
    emit profilesChanged();
    const bool keepEmpty = m_unreadSecrets.contains(p.id);
    ProfileSecrets::save(
        m_secrets, p, this,
        [this, p, done](const Result<bool> &r) {
            if (p.id == m_activeId) {
                ++m_generation;
                Profile withOverrides = p;
                m_overrides.applyTo(withOverrides);
                open(withOverrides);
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
    if (m_app) {
        m_app->shutdown(std::move(done));
        return;
    }
    QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
}

} // namespace Dsp
