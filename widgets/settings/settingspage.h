#pragma once

#include "settings/profile.h"

#include <QWidget>

#include <chrono>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Dsp {

class EnvironmentEditor;
class ServiceTester;

// The active environment, every field of it (the environment editor, saved with Save), then
// how often and how patiently the services are checked (applied at once).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(ServiceTester *tester, QWidget *parent = nullptr);

    EnvironmentEditor *editor() const { return m_editor; }
    // Shows a profile (its secrets as the credential store has them).
    void setProfile(const Profile &profile);
    void setProfilePath(const QString &path);
    void setPollInterval(std::chrono::milliseconds interval);
    void setProbeTimeout(std::chrono::milliseconds timeout);
    void setAlerts(const AlertChoices &alerts);
    // What closing the window does, for every environment (asked once, changeable here).
    enum class CloseAction { Ask, KeepInTray, Quit };
    void setCloseAction(CloseAction action, bool trayAvailable);
    // After a save: "Saved." or what went wrong.
    void setSaveResult(const QString &message, bool ok);
    // Says where secrets go (the credential store, or this session only).
    void setSecretsNote(const QString &note);

signals:
    void pollIntervalChanged(std::chrono::milliseconds interval);
    void probeTimeoutChanged(std::chrono::milliseconds timeout);
    void alertsChanged(const Dsp::AlertChoices &alerts);
    void closeActionChanged(Dsp::SettingsPage::CloseAction action);
    void saveRequested(const Dsp::Profile &profile);

private:
    void updateButtons();

    EnvironmentEditor *m_editor;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_saveResult;
    QLabel *m_problems;
    QSpinBox *m_interval;
    QDoubleSpinBox *m_timeout;
    QLabel *m_profilePath;
    QCheckBox *m_alertFailed;
    QCheckBox *m_alertSucceeded;
    QCheckBox *m_alertServices;
    QCheckBox *m_archiveLogs = nullptr;
    QComboBox *m_closeAction;
    QLabel *m_secretsNote;
    Profile m_profile;
};

} // namespace Dsp
