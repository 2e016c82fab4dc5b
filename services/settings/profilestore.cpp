#include "profilestore.h"

#include "settings/settingstr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace Dsp {

namespace {

const QString ProfilesFolder = QStringLiteral("profiles");
const QString Suffix = QStringLiteral(".ini");

Error fileError(const QString &message, const QString &path)
{
    return Error::make(ErrorKind::FileError, message.arg(QDir::toNativeSeparators(path)));
}

// QSettings reports failures only through status(); sync() first so the file is written.
Result<bool> checkWritten(QSettings &settings, const QString &path)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fileError(SettingsTr::tr("could not write %1"), path);
    return true;
}

QString pinnedId(const QString &file)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(file).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("file-") + QString::fromLatin1(hash.toHex().left(12));
}

} // namespace

ProfileStore::ProfileStore(const QString &configDir)
    : m_configDir(configDir)
{}

ProfileStore ProfileStore::pinnedTo(const QString &file)
{
    ProfileStore store(QFileInfo(file).absolutePath());
    store.m_pinnedFile = QFileInfo(file).absoluteFilePath();
    return store;
}

QString ProfileStore::profilesDir() const
{
    return QDir(m_configDir).filePath(ProfilesFolder);
}

QString ProfileStore::filePath(const QString &id) const
{
    if (isPinned())
        return m_pinnedFile;
    return QDir(profilesDir()).filePath(id + Suffix);
}

QList<ProfileStore::Entry> ProfileStore::profiles() const
{
    QList<Entry> entries;
    if (isPinned()) {
        QSettings s(m_pinnedFile, QSettings::IniFormat);
        const Profile p = Profile::load(s);
        entries.append({p.id.isEmpty() ? pinnedId(m_pinnedFile) : p.id, p.name});
        return entries;
    }
    const QStringList files =
        QDir(profilesDir()).entryList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QString &file : files) {
        const QString id = file.chopped(Suffix.size());
        QSettings s(QDir(profilesDir()).filePath(file), QSettings::IniFormat);
        entries.append({id, s.value(QStringLiteral("panel/name"), id).toString()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int folded =
            QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded());
        return folded != 0 ? folded < 0 : a.name < b.name;
    });
    return entries;
}

bool ProfileStore::contains(const QString &id) const
{
    if (id.isEmpty())
        return false;
    const QList<Entry> all = profiles();
    return std::any_of(all.begin(), all.end(), [&](const Entry &e) { return e.id == id; });
}

QString ProfileStore::find(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    const QList<Entry> all = profiles();
    for (const Entry &e : all) {
        if (e.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return e.id;
    }
    for (const Entry &e : all) {
        if (e.id == wanted)
            return e.id;
    }
    return {};
}

Result<Profile> ProfileStore::load(const QString &id) const
{
    const QString path = filePath(id);
    if (!isPinned() && !QFileInfo::exists(path))
        return Error::make(ErrorKind::NotFound, SettingsTr::tr("no profile %1").arg(id));
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return fileError(SettingsTr::tr("could not read %1"), path);
    Profile p = Profile::load(s);
    p.id = id; // the file name rules, whatever a copied file says
    return p;
}

Result<QString> ProfileStore::save(Profile profile)
{
    if (isPinned()) {
        // Opened from one file: that profile alone; a new one never overwrites it.
        if (profile.id != profiles().constFirst().id)
            return Error::make(ErrorKind::FileError,
                               SettingsTr::tr("the panel was started with one profile file (%1): "
                                              "start it without --profile to add environments")
                                   .arg(QDir::toNativeSeparators(m_pinnedFile)));
    } else {
        if (profile.id.isEmpty())
            profile.id = newId(profile.name);
        profile.name = uniqueName(profile.name, profile.id);
        if (!QDir().mkpath(profilesDir()))
            return fileError(SettingsTr::tr("could not create the folder %1"), profilesDir());
    }
    const QString path = filePath(profile.id);
    QSettings s(path, QSettings::IniFormat);
    profile.save(s);
    if (isPinned() && profile.id.startsWith(QLatin1String("file-")))
        s.remove(QStringLiteral("panel/id"));
    const Result<bool> written = checkWritten(s, path);
    if (!written)
        return written.error();
    return profile.id;
}

Result<bool> ProfileStore::remove(const QString &id)
{
    if (isPinned())
        return Error::make(ErrorKind::FileError,
                           SettingsTr::tr("this profile was opened from a file; delete the file "
                                          "itself"));
    const QString path = filePath(id);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return fileError(SettingsTr::tr("could not delete %1"), path);
    if (activeId() == id) {
        QSettings panel(QDir(m_configDir).filePath(QStringLiteral("panel.ini")),
                        QSettings::IniFormat);
        panel.remove(QStringLiteral("activeProfile"));
    }
    return true;
}

QString ProfileStore::uniqueName(const QString &wanted, const QString &exceptId) const
{
    QString base = wanted.simplified();
    if (base.isEmpty())
        base = SettingsTr::tr("Environment");
    const QList<Entry> all = profiles();
    auto taken = [&](const QString &name) {
        return std::any_of(all.begin(), all.end(), [&](const Entry &e) {
            return e.id != exceptId && e.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

QString ProfileStore::newId(const QString &name) const
{
    // Readable and safe in a file name and a credential's name: [a-z0-9-].
    QString slug = name.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9 _-]")));
    slug.replace(QRegularExpression(QStringLiteral("[ _-]+")), QStringLiteral("-"));
    slug = slug.left(32);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("env");
    QString id = slug;
    for (int n = 2; QFileInfo::exists(filePath(id)); ++n)
        id = QStringLiteral("%1-%2").arg(slug).arg(n);
    return id;
}

QString ProfileStore::activeId() const
{
    const QList<Entry> all = profiles();
    if (all.isEmpty())
        return {};
    if (!isPinned()) {
        QSettings panel(QDir(m_configDir).filePath(QStringLiteral("panel.ini")),
                        QSettings::IniFormat);
        const QString chosen = panel.value(QStringLiteral("activeProfile")).toString();
        if (contains(chosen))
            return chosen;
    }
    return all.constFirst().id;
}

void ProfileStore::setActiveId(const QString &id)
{
    if (isPinned())
        return;
    QSettings panel(QDir(m_configDir).filePath(QStringLiteral("panel.ini")), QSettings::IniFormat);
    panel.setValue(QStringLiteral("activeProfile"), id);
}

Result<bool> ProfileStore::exportTo(const Profile &profile, const QString &path)
{
    Profile copy = profile;
    copy.id.clear();
    copy.clearSecrets();
    QFile::remove(path);
    QSettings s(path, QSettings::IniFormat);
    copy.save(s);
    s.setValue(QStringLiteral("panel/format"), QStringLiteral("datastackpanel-profile-1"));
    return checkWritten(s, path);
}

Result<Profile> ProfileStore::readExported(const QString &path)
{
    QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fileError(SettingsTr::tr("cannot read %1"), path);
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError || !s.contains(QStringLiteral("panel/name")))
        return Error::make(ErrorKind::InvalidResponse,
                           SettingsTr::tr("%1 is not a Data Stack Panel profile")
                               .arg(QDir::toNativeSeparators(path)));
    Profile p = Profile::load(s);
    p.id.clear();
    p.clearSecrets();
    return p;
}

} // namespace Dsp
