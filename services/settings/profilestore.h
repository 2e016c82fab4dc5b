#pragma once

#include "core/result.h"
#include "settings/profile.h"

#include <QList>
#include <QString>

namespace Dsp {

// The environments a user keeps ("Local", "Recette", "Production"), one INI file each under
// <config>/profiles/<id>.ini, and which one is active (<config>/panel.ini). Non-secret fields
// only: secrets go to the credential store under the profile's id (ProfileSecrets), so a
// rename touches neither file name nor secrets. Synchronous: small local files.
//
// A store can also be pinned to one file (`--profile FILE`, scripts and the sandbox): it then
// holds that profile alone, and saving writes back to that file.
class ProfileStore
{
public:
    struct Entry
    {
        QString id;
        QString name;
    };

    explicit ProfileStore(const QString &configDir);
    static ProfileStore pinnedTo(const QString &file);

    bool isPinned() const { return !m_pinnedFile.isEmpty(); }
    QString configDir() const { return m_configDir; }
    // The file a profile is kept in.
    QString filePath(const QString &id) const;

    // Sorted by name, as a user reads them.
    QList<Entry> profiles() const;
    bool isEmpty() const { return profiles().isEmpty(); }
    bool contains(const QString &id) const;
    // The profile of that name (case-insensitive), or of that id; empty if none.
    QString find(const QString &nameOrId) const;

    Result<Profile> load(const QString &id) const;
    // Writes `profile`; gives it an id first when it has none. Names stay unique.
    Result<QString> save(Profile profile);
    Result<bool> remove(const QString &id);

    // `wanted`, or "wanted (2)", "wanted (3)"… whichever no other profile uses.
    QString uniqueName(const QString &wanted, const QString &exceptId = {}) const;

    // The profile the panel opens: the last one chosen, else the first there is.
    QString activeId() const;
    void setActiveId(const QString &id);

    // A profile for another workstation: the same fields, no id, never a secret.
    static Result<bool> exportTo(const Profile &profile, const QString &path);
    // Reads an exported file (or any profile INI): no id, no secret.
    static Result<Profile> readExported(const QString &path);

private:
    QString newId(const QString &name) const;
    QString profilesDir() const;

    QString m_configDir;
    QString m_pinnedFile;
};

} // namespace Dsp
