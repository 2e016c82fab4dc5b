#pragma once

#include "core/result.h"
#include "settings/profile.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Dsp {

class SecretStore;

// A profile's secrets in the credential store, one key per secret:
// DataStackPanel/<profile id>/<service>/<field>. Every call is asynchronous and calls back
// once, never after `context` is gone.
namespace ProfileSecrets {

// Fills the secrets of `profile` from the store. A secret the store lacks stays empty;
// `problem` says what else went wrong (the store refused us), empty when nothing did.
using LoadCallback = std::function<void(const Profile &profile, const QString &problem)>;
void load(SecretStore *store, const Profile &profile, QObject *context, LoadCallback callback);

using DoneCallback = std::function<void(const Result<bool> &)>;
// Writes the profile's secrets; an empty one is removed from the store, unless
// `keepEmpty` (the profile's secrets could not be read, so an empty field means "unknown",
// not "none").
void save(SecretStore *store, const Profile &profile, QObject *context, DoneCallback callback,
          bool keepEmpty = false);
// Removes every secret of a profile (deleting it).
void remove(SecretStore *store, const QString &profileId, QObject *context, DoneCallback callback);

} // namespace ProfileSecrets
} // namespace Dsp
