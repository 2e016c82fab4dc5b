#include "workspacechoice.h"

#include "airbyte/airbyteclient.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Dsp {

namespace {

struct WorkspaceChoiceTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::WorkspaceChoice)
};

} // namespace

void chooseWorkspace(AirbyteClient *client, const QString &preferred, QComboBox *box,
                     QObject *context, std::function<bool()> stillWanted,
                     std::function<void(const QString &id)> chosen,
                     std::function<void(const QString &message, bool error)> say)
{
    client->resolveWorkspace(
        preferred, context,
        [box, stillWanted = std::move(stillWanted), chosen = std::move(chosen),
         say = std::move(say)](const Result<AirbyteClient::WorkspaceChoice> &r) {
            if (!stillWanted())
                return;
            if (!r) {
                say(WorkspaceChoiceTr::tr("Could not reach Airbyte: %1").arg(r.error().message),
                    true);
                return;
            }
            const AirbyteClient::WorkspaceChoice &choice = r.value();
            box->clear();
            for (const AirbyteWorkspace &w : choice.choices)
                box->addItem(w.name, w.id);
            box->setVisible(choice.choices.size() > 1);
            box->setCurrentIndex(choice.id.isEmpty() ? -1 : box->findData(choice.id));
            if (choice.id.isEmpty()) {
                say(WorkspaceChoiceTr::tr("This Airbyte has several workspaces: choose one."),
                    false);
                return;
            }
            chosen(choice.id);
        });
}

} // namespace Dsp
