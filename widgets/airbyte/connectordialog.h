#pragma once

#include "airbyte/airbyteclient.h"
#include "airbyte/connectorpresets.h"
#include "settings/profile.h"

#include <QDialog>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
QT_END_NAMESPACE

namespace Dsp {

class ConnectorDrafts;
class ConnectorIcons;
class ConnectorForm;
class ConnectorPickerPage;

// New or edited source (or destination): pick the connector (or a preset of the stack), fill
// the form generated from its spec, test the connection, create or save. Everything typed stays
// on screen when a call fails, with Airbyte's reason beside the form, and is kept as a draft
// (ConnectorDrafts: non-secret fields on disk) that the next opening offers to resume. A create
// whose reply never came is retried by looking the object up by name first, so nothing is
// made twice. GUI thread only; calls end with the dialog.
class ConnectorDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectorDialog(AirbyteClient *client, AirbyteClient::Kind kind, const QString &workspaceId,
                    QWidget *parent = nullptr);
    ~ConnectorDialog() override;

    // The active environment: what the presets fill in. Without one, no presets are offered.
    void setProfile(const Profile &profile);
    void setDrafts(ConnectorDrafts *drafts);
    void setIconSource(ConnectorIcons *icons);

    void startNew();
    void startEdit(const ConnectorInstance &instance);

    // For tests and the pages.
    ConnectorPickerPage *picker() const { return m_picker; }
    ConnectorForm *form() const { return m_form; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

    // Closes the dialog: a call in flight is cancelled, what was typed stays as a draft.
    void reject() override;

signals:
    void saved(const Dsp::ConnectorInstance &instance);

private:
    enum class Step { Picker, Preset, Form };
    void showStep(Step step);
    void loadDefinitions();
    void choose(const ConnectorDefinition &definition);
    void choosePreset(const ConnectorPreset &preset);
    void applyPreset();
    void loadSpec(const QString &definitionId);
    void showForm(const ConnectorSpecification &specification);
    void offerDraft();
    void saveDraft();
    bool checkLocally();
    void test();
    void save();
    void runCheck(std::function<void()> onSuccess);
    void commit();
    void setBusy(bool busy, const QString &text = {});
    void setStatus(const QString &text, bool error = false);
    QString draftKey() const;
    QString noun() const;

    QPointer<AirbyteClient> m_client;
    AirbyteClient::Kind m_kind;
    QString m_workspaceId;
    std::optional<Profile> m_profile;
    ConnectorDrafts *m_drafts = nullptr;

    // What is being edited.
    ConnectorDefinition m_definition;
    std::optional<ConnectorInstance> m_instance; // set when editing
    std::optional<ConnectorPreset> m_preset;
    bool m_createMayExist = false; // a create got no reply: the next one looks it up first

    QStackedWidget *m_steps;
    ConnectorPickerPage *m_picker;
    QWidget *m_presetPage;
    QLabel *m_presetTitle;
    QLabel *m_presetDescription;
    QLabel *m_endpointLabel;
    QLineEdit *m_endpoint;
    QLabel *m_endpointWarning;
    QWidget *m_formPage;
    QLabel *m_header;
    QLabel *m_draftNote;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QScrollArea *m_scroll;
    ConnectorForm *m_form = nullptr;
    QLabel *m_status;
    QPushButton *m_back;
    QPushButton *m_test;
    QPushButton *m_cancelCall;
    QPushButton *m_save;
    QTimer *m_draftTimer;
    AirbyteCall m_call;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace Dsp
