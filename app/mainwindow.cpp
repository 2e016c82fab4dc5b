#include "mainwindow.h"

#include "application.h"
#include "session.h"
#include "traynotifier.h"

#include "airbyte/airflowdialog.h"
#include "airbyte/connectionspage.h"
#include "airbyte/connectionwizard.h"
#include "airbyte/connectordrafts.h"
#include "airbyte/connectorspage.h"
#include "airbyte/jobspage.h"
#include "airbyte/jobwatcher.h"
#include "alerts/alerter.h"
#include "common/alertbanner.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "logs/attemptlogsource.h"
#include "logs/joblogarchive.h"
#include "logs/logspage.h"
#include "secrets/secretstore.h"
#include "settings/environmentdialog.h"
#include "settings/environmenteditor.h"
#include "settings/settingspage.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dsp {

namespace {

// The session calls back later; the window may be gone by then (closed mid-save).
template<typename F> auto guarded(QObject *context, F callback)
{
    return [guard = QPointer<QObject>(context), callback = std::move(callback)](const auto &r) {
        if (guard)
            callback(r);
    };
}

QString secretText(const Profile::SecretSlot &slot)
{
    if (slot.service == QLatin1String("airbyte"))
        return slot.field == QLatin1String("password") ? MainWindow::tr("Airbyte password")
                                                       : MainWindow::tr("Airbyte client secret");
    if (slot.service == QLatin1String("minio"))
        return MainWindow::tr("MinIO secret key");
    if (slot.service == QLatin1String("postgres"))
        return MainWindow::tr("PostgreSQL password");
    return MainWindow::tr("Dremio password");
}

} // namespace

MainWindow::MainWindow(Session *session, ServiceTester *tester, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tester(tester)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/datastackpanel.svg")));

    // The environment switcher and its actions.
    auto toolbar = addToolBar(tr("Environment"));
    toolbar->setObjectName(QStringLiteral("environmentToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Environment:") + QLatin1Char(' '), toolbar));
    m_switcher = new QComboBox(toolbar);
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_switcher->setMinimumContentsLength(16);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_switcher);
    m_manage = new QToolButton(toolbar);
    m_manage->setObjectName(QStringLiteral("manageEnvironments"));
    m_manage->setText(tr("Manage"));
    m_manage->setPopupMode(QToolButton::InstantPopup);
    auto menu = new QMenu(m_manage);
    const QList<QAction *> storeActions{
        menu->addAction(tr("New environment…"), this, [this] { newEnvironment(); }),
        menu->addAction(tr("Duplicate…"), this, [this] { duplicateEnvironment(); }),
    };
    menu->addAction(tr("Rename…"), this, [this] { renameEnvironment(); });
    QAction *deleteAction = menu->addAction(tr("Delete…"), this, [this] { deleteEnvironment(); });
    menu->addSeparator();
    menu->addAction(tr("Export…"), this, [this] { exportEnvironment(); });
    QAction *importAction = menu->addAction(tr("Import…"), this, [this] { importEnvironment(); });
    m_manage->setMenu(menu);
    // Opened from a file (--profile FILE): that one environment, nothing to add or delete.
    if (m_session->store().isPinned()) {
        for (QAction *action : storeActions + QList<QAction *>{deleteAction, importAction}) {
            action->setEnabled(false);
            action->setToolTip(tr("The panel was started with --profile FILE"));
        }
    }
    toolbar->addWidget(m_manage);
    connect(m_switcher, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_refreshing || index < 0)
            return;
        const QString id = m_switcher->itemData(index).toString();
        if (id == m_session->activeId())
            return;
        if (!confirmDiscardSettings()) {
            refreshProfiles(); // back to the active one
            return;
        }
        m_session->activate(id);
    });

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("secretsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060;"
                       " border-radius: 4px; padding: 6px 10px; }"));
    m_banner->hide();

    // Alerts: the tray where there is one, the banner otherwise.
    m_alertBanner = new AlertBanner(this);
    m_notifier = new TrayNotifier(this);
    connect(m_notifier, &TrayNotifier::bannerRequested, m_alertBanner,
            &AlertBanner::showNotification);
    connect(m_notifier, &TrayNotifier::openRequested, this, &MainWindow::openNotification);
    connect(m_alertBanner, &AlertBanner::openRequested, this, &MainWindow::openNotification);
    connect(m_notifier, &TrayNotifier::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifier, &TrayNotifier::quitRequested, this, [this] {
        m_quitting = true;
        emit quitRequested();
    });

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    m_nav->setAutoFillBackground(false);
    m_nav->viewport()->setAutoFillBackground(false);
    m_pages = new QStackedWidget(this);

    m_dashboardSlot = new QStackedWidget(this);
    m_noEnvironment = new QWidget(m_dashboardSlot);
    {
        auto text = new QLabel(tr("No environment yet. Tell the panel where your stack runs: "
                                  "its addresses and how to log in."),
                               m_noEnvironment);
        text->setWordWrap(true);
        auto setUp = new QPushButton(tr("Set up an environment…"), m_noEnvironment);
        setUp->setObjectName(QStringLiteral("setUpEnvironment"));
        connect(setUp, &QPushButton::clicked, this, [this] { newEnvironment(); });
        auto layout = new QVBoxLayout(m_noEnvironment);
        layout->addStretch();
        layout->addWidget(text, 0, Qt::AlignHCenter);
        layout->addWidget(setUp, 0, Qt::AlignHCenter);
        layout->addStretch();
    }
    m_dashboardSlot->addWidget(m_noEnvironment);
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboardSlot);
    m_sources = new ConnectorsPage(AirbyteClient::Kind::Source, this);
    m_sources->setObjectName(QStringLiteral("sourcesPage"));
    addPage(QStringLiteral("sources"), tr("Sources"), m_sources);
    m_destinations = new ConnectorsPage(AirbyteClient::Kind::Destination, this);
    m_destinations->setObjectName(QStringLiteral("destinationsPage"));
    addPage(QStringLiteral("destinations"), tr("Destinations"), m_destinations);
    m_connections = new ConnectionsPage(this);
    m_connections->setObjectName(QStringLiteral("connectionsPage"));
    connect(m_connections, &ConnectionsPage::newRequested, this,
            [this] { openConnectionWizard(WizardStart::New); });
    connect(m_connections, &ConnectionsPage::pipelineRequested, this,
            [this] { openConnectionWizard(WizardStart::Pipeline); });
    connect(m_connections, &ConnectionsPage::openRequested, this,
            [this](const QString &id) { openConnectionWizard(WizardStart::Edit, id); });
    connect(m_connections, &ConnectionsPage::jobsRequested, this, [this](const QString &id) {
        m_jobs->setConnectionFilter(id);
        showPage(QStringLiteral("jobs"));
    });
    connect(m_connections, &ConnectionsPage::airflowRequested, this,
            &MainWindow::openAirflowDialog);
    addPage(QStringLiteral("connections"), tr("Connections"), m_connections);
    m_jobs = new JobsPage(this);
    m_jobs->setObjectName(QStringLiteral("jobsPage"));
    connect(m_jobs, &JobsPage::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // With several workspaces, the one chosen on Connections is the one watched.
    connect(m_connections, &ConnectionsPage::loaded, this, [this] {
        if (!m_app || !m_app->jobWatcher() || m_connections->workspaceId().isEmpty())
            return;
        m_app->jobWatcher()->setWorkspace(m_connections->workspaceId());
        m_app->jobWatcher()->start();
        m_jobs->setWorkspace(m_connections->workspaceId());
    });
    addPage(QStringLiteral("jobs"), tr("Jobs"), m_jobs);
    connect(m_jobs, &JobsPage::showLogRequested, this, &MainWindow::showJobLog);
    connect(m_jobs, &JobsPage::archiveRequested, this,
            [this](const Job &job, const QString &connectionName) {
                if (m_archive)
                    m_archive->archive(job, connectionName);
            });
    m_logs = new LogsPage(this);
    m_logs->setObjectName(QStringLiteral("logsPage"));
    addPage(QStringLiteral("logs"), tr("Logs"), m_logs);

    m_settings = new SettingsPage(tester, this);
    connect(m_settings, &SettingsPage::pollIntervalChanged, this,
            [this](std::chrono::milliseconds interval) {
                if (m_app)
                    m_app->setPollInterval(interval);
            });
    connect(m_settings, &SettingsPage::probeTimeoutChanged, this,
            [this](std::chrono::milliseconds timeout) {
                if (m_app)
                    m_app->setProbeTimeout(timeout);
            });
    connect(m_settings, &SettingsPage::saveRequested, this, &MainWindow::saveFromSettings);
    connect(m_settings, &SettingsPage::alertsChanged, this, [this](const AlertChoices &alerts) {
        if (m_app)
            m_app->setAlerts(alerts);
    });
    connect(m_settings, &SettingsPage::closeActionChanged, this,
            [](SettingsPage::CloseAction action) {
                QSettings().setValue(QStringLiteral("window/closeAction"), int(action));
            });
    m_settings->setCloseAction(
        SettingsPage::CloseAction(QSettings().value(QStringLiteral("window/closeAction")).toInt()),
        m_notifier->hasTray());
    addPage(QStringLiteral("settings"), tr("Settings"), m_settings);

    // As wide as the longest label in the current language (French ones are longer).
    int labelWidth = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        labelWidth =
            qMax(labelWidth, QFontMetrics(navFont).horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(labelWidth + m_nav->iconSize().width() +
                         QFontMetrics(navFont).averageCharWidth() * 6);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    auto central = new QWidget(this);
    auto outer = new QVBoxLayout(central);
    outer->addWidget(m_banner);
    outer->addWidget(m_alertBanner);
    auto layout = new QHBoxLayout;
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    resize(1100, 760);

    connect(m_session, &Session::applicationChanged, this, &MainWindow::bind);
    connect(m_session, &Session::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_session, &Session::activationFailed, this, [this](const QString &message) {
        refreshProfiles();
        showError(tr("Environment not opened"), message);
    });
    connect(m_session->secrets(), &SecretStore::persistenceChanged, this,
            &MainWindow::updateBanner);
    refreshProfiles();
    bind(m_session->application());
}

MainWindow::~MainWindow() = default;

bool MainWindow::confirmDiscardSettings()
{
    // Unsaved edits on the Settings page belong to the environment being left.
    if (!m_settings->editor()->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The Settings page has unsaved changes to this environment. Discard them and switch?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_settings->editor()->setModified(false);
    return true;
}

ConnectionWizard *MainWindow::openConnectionWizard(WizardStart start, const QString &connectionId)
{
    if (!m_app || !m_app->airbyte()) {
        showError(tr("Airbyte is not configured"),
                  tr("Set the Airbyte address of this environment in Settings first."));
        return nullptr;
    }
    auto *wizard = new ConnectionWizard(m_app->airbyte(), m_connections->workspaceId(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setProfile(m_app->profile());
    wizard->setDrafts(m_drafts.get());
    wizard->setIconSource(m_app->connectorIcons());
    const auto show = [this](const ConnectionDetails &c) {
        m_connections->refresh();
        m_connections->selectConnection(c.id);
    };
    connect(wizard, &ConnectionWizard::created, m_connections, show);
    connect(wizard, &ConnectionWizard::saved, m_connections, show);
    connect(wizard, &ConnectionWizard::syncStarted, m_connections, [this](const QString &id) {
        m_connections->refresh();
        m_connections->selectConnection(id);
    });
    switch (start) {
    case WizardStart::New:
        wizard->startNew();
        break;
    case WizardStart::Pipeline:
        wizard->startPipelinePreset();
        break;
    case WizardStart::Edit:
        wizard->startEdit(connectionId);
        break;
    }
    wizard->open();
    return wizard;
}

AirflowDialog *MainWindow::openAirflowDialog(const QString &connectionId, const QString &name)
{
    if (!m_app)
        return nullptr;
    const Profile::Airbyte &airbyte = m_app->profile().airbyte;
    const bool credentials = airbyte.auth == Profile::Airbyte::Auth::ClientCredentials;
    // The secret is in memory with the environment; handed over only when the user asks to
    // include it, and later than the call, as a read from the store would be.
    AirflowDialog::SecretFetcher fetch;
    if (credentials) {
        fetch = [app = QPointer<Application>(m_app)](
                    QObject *context, std::function<void(const Result<QString> &)> done) {
            QTimer::singleShot(0, context, [app, done = std::move(done)] {
                done(app ? Result<QString>(app->profile().airbyte.clientSecret)
                         : Result<QString>(QString()));
            });
        };
    }
    auto *dialog =
        new AirflowDialog(connectionId, name, airbyte.apiUrl.toString(),
                          credentials ? airbyte.clientId : QString(), std::move(fetch), this);
    dialog->setObjectName(QStringLiteral("airflowDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::updateSyncsLine()
{
    if (!m_dashboard || !m_app || !m_app->jobWatcher())
        return;
    const JobWatcher *watcher = m_app->jobWatcher();
    m_dashboard->setSyncs(int(watcher->runningJobs().size()), watcher->failedLastDay(),
                          watcher->failedMore());
}

void MainWindow::openNotification(const Notification &notification)
{
    showNormal();
    raise();
    activateWindow();
    if (notification.jobId != 0) {
        m_jobs->setStatusFilter(std::nullopt);
        m_jobs->setConnectionFilter(notification.connectionId);
        m_jobs->selectJob(notification.jobId);
        showPage(QStringLiteral("jobs"));
    } else if (!notification.service.isEmpty()) {
        showPage(QStringLiteral("dashboard"));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    using CloseAction = SettingsPage::CloseAction;
    const auto action =
        CloseAction(QSettings().value(QStringLiteral("window/closeAction")).toInt());
    if (m_quitting || !m_notifier->hasTray() || action == CloseAction::Quit) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (action == CloseAction::KeepInTray) {
        hide();
        return;
    }
    // Asked once; Settings changes the answer later.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Keep watching?"),
                                tr("Keep the panel watching syncs and services in the system "
                                   "tray when its window is closed? It notifies you when a sync "
                                   "fails. You can change this in Settings."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("askCloseAction"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("Keep watching in the tray"), QMessageBox::AcceptRole);
    QPushButton *quit = box->addButton(tr("Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, keep, quit](int) {
        if (box->clickedButton() != keep && box->clickedButton() != quit)
            return; // closed without an answer: ask next time
        const bool inTray = box->clickedButton() == keep;
        const auto chosen = inTray ? CloseAction::KeepInTray : CloseAction::Quit;
        QSettings().setValue(QStringLiteral("window/closeAction"), int(chosen));
        m_settings->setCloseAction(chosen, true);
        if (inTray) {
            hide();
        } else {
            m_quitting = true;
            close();
        }
    });
    box->open();
}

void MainWindow::addPage(const QString &icon, const QString &name, QWidget *page)
{
    auto item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), name);
    item->setSizeHint(QSize(0, QFontMetrics(m_nav->font()).height() * 2));
    m_nav->addItem(item);
    m_pages->addWidget(page);
    m_pageKeys.append(icon);
}

void MainWindow::showJobLog(const Job &job)
{
    if (!m_app || !m_app->airbyte())
        return;
    auto source = std::make_unique<Logs::AttemptLogSource>(m_app->airbyte(), job);
    const bool running = source->canFollow();
    showPage(QStringLiteral("logs"));
    m_logs->openSource(std::move(source), running);
}

void MainWindow::openLogFile(const QString &path)
{
    showPage(QStringLiteral("logs"));
    m_logs->openFile(path);
}

void MainWindow::showPage(const QString &icon)
{
    if (const int row = int(m_pageKeys.indexOf(icon)); row >= 0)
        m_nav->setCurrentRow(row);
}

void MainWindow::bind(Application *app)
{
    m_app = app;
    if (m_dashboard) {
        m_dashboardSlot->removeWidget(m_dashboard);
        delete std::exchange(m_dashboard, nullptr);
    }
    refreshProfiles();
    updateBanner();
    m_sources->setClient(app ? app->airbyte() : nullptr);
    m_destinations->setClient(app ? app->airbyte() : nullptr);
    m_sources->setIconSource(app ? app->connectorIcons() : nullptr);
    m_destinations->setIconSource(app ? app->connectorIcons() : nullptr);
    m_connections->setClient(app ? app->airbyte() : nullptr);
    m_connections->setIconSource(app ? app->connectorIcons() : nullptr);
    m_jobs->setWebApp(app ? app->uiUrl(QStringLiteral("airbyte")) : QUrl());
    m_jobs->setClient(app ? app->airbyte() : nullptr, app ? app->jobWatcher() : nullptr);
    m_logs->setLogStore(app ? app->logStore() : nullptr);
    delete std::exchange(m_archive, nullptr);
    if (app && app->airbyte() && app->logArchiver()) {
        m_archive = new Logs::JobLogArchive(app->airbyte(), app->logArchiver(), this);
        connect(m_archive, &Logs::JobLogArchive::progress, this,
                [this](const QString &sentence) { statusBar()->showMessage(sentence, 10000); });
        connect(m_archive, &Logs::JobLogArchive::finished, this,
                [this](qint64 jobId, const QString &error, const QString &summary) {
                    if (!error.isEmpty())
                        statusBar()->showMessage(error);
                    else
                        statusBar()->showMessage(
                            summary.isEmpty() ? tr("Job %1's log is in the bucket.").arg(jobId)
                                              : summary,
                            30000);
                });
    }
    m_jobs->setArchiveAvailable(m_archive != nullptr);
    if (m_archive && app->jobWatcher()) {
        connect(app->jobWatcher(), &JobWatcher::jobFinished, m_archive, [this](const Job &job) {
            if (m_app && m_app->profile().alerts.archiveFinishedLogs && m_archive)
                m_archive->archive(job, QString());
        });
    }
    m_drafts.reset();
    if (!app) {
        m_dashboardSlot->setCurrentWidget(m_noEnvironment);
        m_settings->setProfile(Profile()); // nothing of a deleted environment stays on screen
        m_settings->setEnabled(false);
        return;
    }
    const Profile &profile = app->profile();
    // Form drafts (non-secret fields only) per environment, beside the panel's other local data.
    const QString drafts = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/drafts/") +
                           (profile.id.isEmpty() ? QStringLiteral("default") : profile.id);
    m_sources->setEnvironment(profile, drafts);
    m_destinations->setEnvironment(profile, drafts);
    m_drafts = std::make_unique<ConnectorDrafts>(drafts);
    m_dashboard = new DashboardPage(app->healthMonitor(), m_dashboardSlot);
    m_dashboard->setSandbox(profile.sandbox);
    for (const QString &service : app->healthMonitor()->services())
        m_dashboard->setUiUrl(service, app->uiUrl(service));
    connect(m_dashboard, &DashboardPage::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_dashboard, &DashboardPage::jobsRequested, this, [this](DashboardPage::JobsLink link) {
        m_jobs->setConnectionFilter(QString());
        m_jobs->setPeriod(link == DashboardPage::JobsLink::FailedLastDay ? JobsPage::Period::Day
                                                                         : JobsPage::Period::Any);
        m_jobs->setStatusFilter(link == DashboardPage::JobsLink::FailedLastDay
                                    ? JobStatus::Failed
                                    : JobStatus::Running);
        showPage(QStringLiteral("jobs"));
    });
    if (JobWatcher *watcher = app->jobWatcher()) {
        connect(watcher, &JobWatcher::runningChanged, this, &MainWindow::updateSyncsLine);
        connect(watcher, &JobWatcher::failuresCounted, this, &MainWindow::updateSyncsLine);
        // The Connections page's rows follow their syncs.
        connect(watcher, &JobWatcher::jobStarted, m_connections, [this](const Job &job) {
            m_connections->setSyncProgress(job.connectionId, QString());
        });
        connect(watcher, &JobWatcher::progressChanged, m_connections,
                [this, watcher](const QString &connectionId) {
                    if (const SyncProgressTracker *p = watcher->progress(connectionId))
                        m_connections->setSyncProgress(connectionId, progressText(*p));
                });
        connect(watcher, &JobWatcher::jobFinished, m_connections,
                [this](const Job &job) { m_connections->syncEnded(job.connectionId); });
    }
    // The alerts go to this window's tray or banner; the tray's colour follows the stack.
    Alerter *alerter = app->alerter();
    alerter->setNotifier(m_notifier);
    const auto mood = [this, alerter] {
        m_notifier->setMood(alerter->mood(), alerter->moodText());
    };
    connect(alerter, &Alerter::moodChanged, m_notifier, mood);
    mood();
    m_dashboardSlot->addWidget(m_dashboard);
    m_dashboardSlot->setCurrentWidget(m_dashboard);

    m_settings->setEnabled(true);
    m_settings->setProfilePath(QDir::toNativeSeparators(app->profilePath()));
    m_settings->setPollInterval(profile.pollInterval);
    m_settings->setProbeTimeout(profile.probeTimeout);
    m_settings->setAlerts(profile.alerts);
    // The editor shows what is saved (the store's secrets), not DSP_* overrides.
    const QString id = m_session->activeId();
    m_session->load(
        id, guarded(this, [this, id, app = QPointer<Application>(app)](const Result<Profile> &r) {
            if (!r || app != m_app || id != m_session->activeId())
                return;
            // Never over what the user is typing for this same environment.
            if (m_settings->editor()->isModified() && m_settings->editor()->profile().id == id)
                return;
            m_settings->setProfile(r.value());
        }));
    app->healthMonitor()->start();
    if (app->jobWatcher())
        app->jobWatcher()->start();
}

void MainWindow::refreshProfiles()
{
    m_refreshing = true;
    m_switcher->clear();
    const QList<ProfileStore::Entry> all = m_session->store().profiles();
    QString activeName;
    for (const ProfileStore::Entry &e : all) {
        m_switcher->addItem(e.name, e.id);
        if (e.id == m_session->activeId())
            activeName = e.name;
    }
    m_switcher->setCurrentIndex(m_switcher->findData(m_session->activeId()));
    m_switcher->setEnabled(all.size() > 1);
    m_refreshing = false;
    const bool sandbox = m_app && m_app->profile().sandbox;
    QString title = tr("Data Stack Panel");
    if (!activeName.isEmpty())
        title = tr("%1 — Data Stack Panel").arg(activeName);
    if (sandbox)
        title += QStringLiteral(" — ") + tr("Sandbox");
    setWindowTitle(title);
}

void MainWindow::updateBanner()
{
    const SecretStore *secrets = m_session->secrets();
    QString text;
    QString note = tr("Passwords and keys are kept in the system's credential store, never in "
                      "the profile file.");
    if (!secrets->isPersistent()) {
        text = tr("No credential store is available (%1). Passwords and keys are kept for this "
                  "session only and will be asked for again next time; none is written to disk.")
                   .arg(secrets->sessionOnlyReason());
        note = tr("No credential store: passwords and keys are kept until the panel closes.");
    } else if (!m_session->secretsProblem().isEmpty()) {
        text = tr("The saved passwords could not be read: %1").arg(m_session->secretsProblem());
    }
    if (m_session->overridesApply()) {
        const QString overrides = tr("DSP_* environment variables override some passwords or "
                                     "keys of this environment for this run.");
        text = text.isEmpty() ? overrides : text + QLatin1Char(' ') + overrides;
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_settings->setSecretsNote(note);
}

void MainWindow::saveFromSettings(const Profile &profile)
{
    m_session->save(profile, guarded(this, [this](const Result<QString> &r) {
                        if (r)
                            m_settings->setSaveResult(tr("Saved."), true);
                        else
                            m_settings->setSaveResult(tr("Not saved: %1").arg(r.error().message),
                                                      false);
                        updateBanner();
                    }));
}

void MainWindow::offerFirstSetup()
{
    if (!m_session->application() && m_session->store().isEmpty())
        newEnvironment();
}

void MainWindow::openDialog(const Profile &profile, const QString &message)
{
    auto dialog = new EnvironmentDialog(profile, m_tester, this);
    dialog->setObjectName(QStringLiteral("environmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(message);
    // The dialog stays open, with everything typed, until the environment is saved.
    connect(dialog, &EnvironmentDialog::saveRequested, this,
            [this, dialog = QPointer<EnvironmentDialog>(dialog)](const Profile &p) {
                m_session->save(p, guarded(this, [this, dialog](const Result<QString> &r) {
                                    if (!r) {
                                        if (dialog)
                                            dialog->saveFailed(r.error().message);
                                        return;
                                    }
                                    if (dialog)
                                        dialog->accept();
                                    m_session->activate(r.value());
                                    statusBar()->showMessage(tr("Environment saved."), 5000);
                                }));
            });
    dialog->open();
}

void MainWindow::newEnvironment()
{
    if (!confirmDiscardSettings())
        return;
    Profile p;
    p.name = m_session->store().uniqueName(m_session->store().isEmpty() ? tr("Local")
                                                                        : tr("New environment"));
    openDialog(p, m_session->store().isEmpty()
                      ? tr("Welcome. Where does your data stack run? The defaults are those of "
                           "a stack on this computer; Detect looks for it.")
                      : QString());
}

void MainWindow::duplicateEnvironment(const QString &name)
{
    const QString id = m_session->activeId();
    if (id.isEmpty() || !confirmDiscardSettings())
        return;
    QString newName = name;
    if (newName.isEmpty()) {
        bool ok = false;
        newName = QInputDialog::getText(
            this, tr("Duplicate environment"), tr("Name of the copy:"), QLineEdit::Normal,
            m_session->store().uniqueName(m_switcher->currentText() + tr(" (copy)")), &ok);
        if (!ok || newName.trimmed().isEmpty())
            return;
    }
    m_session->duplicate(id, newName, guarded(this, [this](const Result<QString> &r) {
                             if (!r) {
                                 showError(tr("Environment not duplicated"), r.error().message);
                                 return;
                             }
                             m_session->activate(r.value());
                         }));
}

void MainWindow::renameEnvironment(const QString &name)
{
    const QString id = m_session->activeId();
    if (id.isEmpty())
        return;
    QString newName = name;
    if (newName.isEmpty()) {
        bool ok = false;
        newName = QInputDialog::getText(this, tr("Rename environment"), tr("New name:"),
                                        QLineEdit::Normal, m_switcher->currentText(), &ok);
        if (!ok || newName.trimmed().isEmpty())
            return;
    }
    const Result<bool> r = m_session->rename(id, newName);
    if (!r)
        showError(tr("Environment not renamed"), r.error().message);
}

void MainWindow::deleteEnvironment(bool confirmed)
{
    const QString id = m_session->activeId();
    if (id.isEmpty())
        return;
    if (!confirmed) {
        if (!confirmDiscardSettings())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete environment"),
            tr("Delete the environment “%1” and its passwords from the credential store? This "
               "cannot be undone.")
                .arg(m_switcher->currentText()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const bool existed = m_session->store().contains(id);
    m_session->remove(id, guarded(this, [this, id, existed](const Result<bool> &r) {
                          if (r)
                              return;
                          if (existed && !m_session->store().contains(id))
                              showError(tr("Environment deleted, but not all of its passwords"),
                                        r.error().message);
                          else
                              showError(tr("Environment not deleted"), r.error().message);
                      }));
}

void MainWindow::exportEnvironment(const QString &path)
{
    const QString id = m_session->activeId();
    if (id.isEmpty())
        return;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(
            this, tr("Export environment"),
            QDir::home().filePath(m_switcher->currentText() + QStringLiteral(".dsp-profile")),
            tr("Data Stack Panel profiles (*.dsp-profile);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    const Result<Profile> profile = m_session->store().load(id);
    const Result<bool> r =
        profile ? ProfileStore::exportTo(profile.value(), file) : Result<bool>(profile.error());
    if (!r) {
        showError(tr("Environment not exported"), r.error().message);
        return;
    }
    statusBar()->showMessage(
        tr("Exported to %1, without any password or key.").arg(QDir::toNativeSeparators(file)),
        8000);
}

void MainWindow::importEnvironment(const QString &path)
{
    if (!confirmDiscardSettings())
        return;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(
            this, tr("Import environment"), QDir::homePath(),
            tr("Data Stack Panel profiles (*.dsp-profile *.ini);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    const Result<Profile> read = ProfileStore::readExported(file);
    if (!read) {
        showError(tr("Environment not imported"), read.error().message);
        return;
    }
    Profile p = read.value();
    p.name = m_session->store().uniqueName(p.name);
    QStringList missing;
    for (const Profile::SecretSlot &slot : p.missingSecrets())
        missing << secretText(slot);
    openDialog(p, missing.isEmpty()
                      ? tr("Check the imported environment, then save it.")
                      : tr("An exported environment carries no password or key. Type the ones "
                           "this environment needs: %1.")
                            .arg(QLocale().createSeparatedList(missing)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Dsp
