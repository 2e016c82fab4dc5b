#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace Dsp {

class AirflowDialog;
class AlertBanner;
class TrayNotifier;
struct Notification;
class Application;
class ConnectionWizard;
class ConnectionsPage;
class ConnectorDrafts;
class ConnectorsPage;
class DashboardPage;
class JobsPage;
struct Job;
class LogsPage;
namespace Logs {
class JobLogArchive;
} // namespace Logs
class ServiceTester;
class Session;
class SettingsPage;
struct Profile;

// Navigation on the left (Dashboard, Sources, Destinations, Connections, Jobs, Logs,
// Settings), pages on the right; the environment switcher in the toolbar. Every page follows
// the active environment: when the session opens another one, the pages are rebuilt on its
// services at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session *session, ServiceTester *tester, QWidget *parent = nullptr);
    ~MainWindow() override;

    DashboardPage *dashboard() const { return m_dashboard; }
    SettingsPage *settingsPage() const { return m_settings; }
    ConnectorsPage *sourcesPage() const { return m_sources; }
    ConnectorsPage *destinationsPage() const { return m_destinations; }
    ConnectionsPage *connectionsPage() const { return m_connections; }
    JobsPage *jobsPage() const { return m_jobs; }
    LogsPage *logsPage() const { return m_logs; }
    // Shows a log file on the Logs page.
    void openLogFile(const QString &path);
    // Shows a job's attempts' log (from the Airbyte API), followed while the job runs.
    void showJobLog(const Dsp::Job &job);
    // Shows a page by its navigation entry ("jobs", "connections"...).
    void showPage(const QString &icon);
    // Opens the connection wizard: new, the stack guide's pipeline, or on a saved connection
    // (tests drive the returned dialog).
    enum class WizardStart { New, Pipeline, Edit };
    ConnectionWizard *openConnectionWizard(WizardStart start, const QString &connectionId = {});
    // "Use in Airflow" for a connection (tests drive the returned dialog).
    AirflowDialog *openAirflowDialog(const QString &connectionId, const QString &name);
    QComboBox *profileSwitcher() const { return m_switcher; }

    TrayNotifier *notifier() const { return m_notifier; }
    AlertBanner *alertBanner() const { return m_alertBanner; }
    // What a notification is about, in front: the job on the Jobs page, or the dashboard.
    void openNotification(const Notification &notification);

    // With no environment yet: the editor opens (first launch). Otherwise nothing.
    void offerFirstSetup();

    // The environment actions, as the toolbar's menu runs them (tests call them too).
    void newEnvironment();
    void duplicateEnvironment(const QString &name = {});
    void renameEnvironment(const QString &name = {});
    void deleteEnvironment(bool confirmed = false);
    void exportEnvironment(const QString &path = {});
    void importEnvironment(const QString &path = {});

signals:
    // The user asked to quit from the tray (the window may be hidden): end as a close does.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateSyncsLine();
    void addPage(const QString &icon, const QString &name, QWidget *page);
    void bind(Application *app);
    void refreshProfiles();
    void updateBanner();
    void saveFromSettings(const Profile &profile);
    void openDialog(const Profile &profile, const QString &message);
    void showError(const QString &title, const QString &message);
    // Asks before unsaved Settings edits are dropped; true when there are none or the user
    // agrees.
    bool confirmDiscardSettings();

    Session *m_session;
    ServiceTester *m_tester;
    QPointer<Application> m_app;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QStackedWidget *m_dashboardSlot;
    QWidget *m_noEnvironment;
    DashboardPage *m_dashboard = nullptr;
    SettingsPage *m_settings;
    ConnectorsPage *m_sources;
    ConnectorsPage *m_destinations;
    ConnectionsPage *m_connections;
    JobsPage *m_jobs;
    LogsPage *m_logs = nullptr;
    Logs::JobLogArchive *m_archive = nullptr;  // on the environment's client and bucket
    QStringList m_pageKeys;                    // the navigation's entries, in order
    std::unique_ptr<ConnectorDrafts> m_drafts; // the active environment's form drafts
    QComboBox *m_switcher;
    QToolButton *m_manage;
    QLabel *m_banner;
    TrayNotifier *m_notifier;
    AlertBanner *m_alertBanner;
    bool m_quitting = false; // the close that follows the tray's Quit, or the user's answer
    bool m_refreshing = false;
};

} // namespace Dsp
