#pragma once

#include "settings/profile.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Dsp {

class EnvironmentEditor;
class ServiceTester;

// The environment editor in a dialog: the first launch, "New environment…" and "Import…".
// Save stays disabled while a field is wrong, and says which; the dialog closes only once the
// environment is saved.
class EnvironmentDialog : public QDialog
{
    Q_OBJECT
public:
    EnvironmentDialog(const Profile &profile, ServiceTester *tester, QWidget *parent = nullptr);

    EnvironmentEditor *editor() const { return m_editor; }
    // A line above the editor ("This file carries no password…").
    void setMessage(const QString &message);
    Profile profile() const;
    // The save the dialog asked for failed: say why, and keep everything typed.
    void saveFailed(const QString &message);

signals:
    // Save was clicked: the dialog waits, disabled, for accept() or saveFailed().
    void saveRequested(const Dsp::Profile &profile);

private:
    void validate();

    EnvironmentEditor *m_editor;
    QLabel *m_message;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace Dsp
