#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QObject;
QT_END_NAMESPACE

namespace Dsp {

class AirbyteClient;

// What the pages that list a workspace's things do first: resolve the workspace (the
// preferred one, else the instance's only one), list the instance's workspaces in `box`
// (shown only when there are several, the chosen one current), then call `chosen` with its
// id. When there is none to use, `say` tells why in words (Airbyte unreachable: an error;
// several and none preferred: a question). An answer for which `stillWanted` is false (a
// newer refresh, another client) is dropped. GUI thread only.
void chooseWorkspace(AirbyteClient *client, const QString &preferred, QComboBox *box,
                     QObject *context, std::function<bool()> stillWanted,
                     std::function<void(const QString &id)> chosen,
                     std::function<void(const QString &message, bool error)> say);

} // namespace Dsp
