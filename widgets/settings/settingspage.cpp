#include "settingspage.h"

#include "common/secondarytext.h"
#include "environmenteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dsp {

SettingsPage::SettingsPage(ServiceTester *tester, QWidget *parent)
    : QWidget(parent)
{
    auto heading = new QLabel(tr("Settings"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);

    auto environment = new QGroupBox(tr("Environment"), this);
    m_editor = new EnvironmentEditor(environment);
    m_editor->setTester(tester);
    m_save = new QPushButton(tr("Save"), environment);
    m_save->setObjectName(QStringLiteral("saveEnvironment"));
    m_revert = new QPushButton(tr("Revert"), environment);
    m_revert->setObjectName(QStringLiteral("revertEnvironment"));
    m_saveResult = new QLabel(environment);
    m_saveResult->setObjectName(QStringLiteral("saveResult"));
    m_saveResult->setTextFormat(Qt::PlainText);
    m_saveResult->setWordWrap(true);
    m_problems = new QLabel(environment);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_secretsNote = new QLabel(environment);
    m_secretsNote->setObjectName(QStringLiteral("secretsNote"));
    m_secretsNote->setWordWrap(true);
    m_secretsNote->setTextFormat(Qt::PlainText);
    makeSecondaryText(m_secretsNote);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_saveResult, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto envLayout = new QVBoxLayout(environment);
    envLayout->addWidget(m_editor);
    envLayout->addWidget(m_problems);
    envLayout->addWidget(m_secretsNote);
    envLayout->addLayout(buttons);

    auto checks = new QGroupBox(tr("Checks"), this);
    m_interval = new QSpinBox(checks);
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_interval->setRange(2, 3600);
    m_interval->setSuffix(tr(" s"));
    m_timeout = new QDoubleSpinBox(checks);
    m_timeout->setObjectName(QStringLiteral("probeTimeout"));
    m_timeout->setRange(0.5, 60);
    m_timeout->setSingleStep(0.5);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_profilePath = new QLabel(checks);
    m_profilePath->setObjectName(QStringLiteral("profilePath"));
    m_profilePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profilePath->setWordWrap(true);
    m_profilePath->setTextFormat(Qt::PlainText);
    auto form = new QFormLayout(checks);
    form->addRow(tr("Check every:"), m_interval);
    form->addRow(tr("Give each check up to:"), m_timeout);
    form->addRow(tr("Profile file:"), m_profilePath);

    // Alerts: this environment's, applied and saved at once like the checks.
    auto alerts = new QGroupBox(tr("Alerts"), this);
    m_alertFailed = new QCheckBox(tr("When a sync fails"), alerts);
    m_alertFailed->setObjectName(QStringLiteral("alertSyncFailed"));
    m_alertSucceeded = new QCheckBox(tr("When a sync succeeds"), alerts);
    m_alertSucceeded->setObjectName(QStringLiteral("alertSyncSucceeded"));
    m_alertServices = new QCheckBox(tr("When a service goes down or comes back"), alerts);
    m_alertServices->setObjectName(QStringLiteral("alertServices"));
    m_archiveLogs = new QCheckBox(tr("Archive each finished job's log to the log bucket"), alerts);
    m_archiveLogs->setObjectName(QStringLiteral("archiveFinishedLogs"));
    m_archiveLogs->setToolTip(tr("For docker-compose and abctl installs, whose Airbyte never "
                                 "writes job logs there: job-<id>/attempt-<n>/logs.log and "
                                 "metadata.json, each attempt once, while the panel runs"));
    m_closeAction = new QComboBox(alerts);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->addItem(tr("Ask"), int(CloseAction::Ask));
    m_closeAction->addItem(tr("Keep watching in the tray"), int(CloseAction::KeepInTray));
    m_closeAction->addItem(tr("Quit"), int(CloseAction::Quit));
    auto alertForm = new QFormLayout(alerts);
    auto notify = new QVBoxLayout;
    notify->addWidget(m_alertFailed);
    notify->addWidget(m_alertSucceeded);
    notify->addWidget(m_alertServices);
    alertForm->addRow(tr("Notify:"), notify);
    alertForm->addRow(tr("Logs:"), m_archiveLogs);
    alertForm->addRow(tr("Closing the window:"), m_closeAction);

    auto content = new QWidget;
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(environment);
    contentLayout->addWidget(checks);
    contentLayout->addWidget(alerts);
    contentLayout->addStretch();
    auto scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_interval, &QSpinBox::editingFinished, this,
            [this] { emit pollIntervalChanged(std::chrono::seconds(m_interval->value())); });
    connect(m_timeout, &QDoubleSpinBox::editingFinished, this, [this] {
        emit probeTimeoutChanged(std::chrono::milliseconds(qRound64(m_timeout->value() * 1000)));
    });
    for (QCheckBox *box : {m_alertFailed, m_alertSucceeded, m_alertServices, m_archiveLogs}) {
        connect(box, &QCheckBox::clicked, this, [this] {
            AlertChoices a;
            a.syncFailed = m_alertFailed->isChecked();
            a.syncSucceeded = m_alertSucceeded->isChecked();
            a.serviceChanges = m_alertServices->isChecked();
            a.archiveFinishedLogs = m_archiveLogs->isChecked();
            m_profile.alerts = a;
            emit alertsChanged(a);
        });
    }
    connect(m_closeAction, &QComboBox::activated, this,
            [this] { emit closeActionChanged(CloseAction(m_closeAction->currentData().toInt())); });
    connect(m_editor, &EnvironmentEditor::changed, this, [this] {
        m_saveResult->clear();
        updateButtons();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { setProfile(m_profile); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        Profile p = m_editor->profile();
        // The check settings are applied and saved on their own; keep them as they are now.
        p.pollInterval = std::chrono::seconds(m_interval->value());
        p.probeTimeout = std::chrono::milliseconds(qRound64(m_timeout->value() * 1000));
        p.alerts = m_profile.alerts;
        m_saveResult->setText(tr("Saving…"));
        // Nothing typed while saving could be lost under the saved profile coming back.
        m_editor->setEnabled(false);
        m_save->setEnabled(false);
        m_revert->setEnabled(false);
        emit saveRequested(p);
    });
    updateButtons();
}

void SettingsPage::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_editor->setProfile(profile);
    setAlerts(profile.alerts);
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const QStringList problems = m_editor->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(m_editor->isModified() && problems.isEmpty());
    m_revert->setEnabled(m_editor->isModified());
}

void SettingsPage::setSaveResult(const QString &message, bool ok)
{
    m_editor->setEnabled(true);
    m_saveResult->setText(message);
    if (ok)
        m_editor->setModified(false);
    updateButtons();
}

void SettingsPage::setSecretsNote(const QString &note)
{
    m_secretsNote->setText(note);
}

void SettingsPage::setProfilePath(const QString &path)
{
    m_profilePath->setText(path);
}

void SettingsPage::setPollInterval(std::chrono::milliseconds interval)
{
    m_interval->setValue(int(interval.count() / 1000));
}

void SettingsPage::setProbeTimeout(std::chrono::milliseconds timeout)
{
    m_timeout->setValue(timeout.count() / 1000.0);
}

void SettingsPage::setAlerts(const AlertChoices &alerts)
{
    m_profile.alerts = alerts;
    m_alertFailed->setChecked(alerts.syncFailed);
    m_alertSucceeded->setChecked(alerts.syncSucceeded);
    m_alertServices->setChecked(alerts.serviceChanges);
    m_archiveLogs->setChecked(alerts.archiveFinishedLogs);
}

void SettingsPage::setCloseAction(CloseAction action, bool trayAvailable)
{
    m_closeAction->setCurrentIndex(m_closeAction->findData(int(action)));
    m_closeAction->setEnabled(trayAvailable);
    m_closeAction->setToolTip(trayAvailable ? QString()
                                            : tr("This desktop has no system tray: closing "
                                                 "the window quits the panel."));
}

} // namespace Dsp
