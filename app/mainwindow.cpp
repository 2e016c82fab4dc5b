#include "mainwindow.h"

#include "application.h"
#include "common/placeholderpage.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "settings/settingspage.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QStackedWidget>

namespace Dsp {

MainWindow::MainWindow(Application *app, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
{
    const Profile &profile = app->profile();
    setWindowTitle(profile.sandbox ? tr("Data Stack Panel — Sandbox") : tr("Data Stack Panel"));

    setWindowIcon(QIcon(QStringLiteral(":/icons/datastackpanel.svg")));
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

    m_dashboard = new DashboardPage(app->healthMonitor(), this);
    m_dashboard->setSandbox(profile.sandbox);
    for (const QString &service : app->healthMonitor()->services())
        m_dashboard->setUiUrl(service, app->uiUrl(service));
    connect(m_dashboard, &DashboardPage::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
    addPage(QStringLiteral("sources"), tr("Sources"),
            new PlaceholderPage(tr("Sources"),
                                tr("Airbyte sources, created with a form generated from each "
                                   "connector's specification.")));
    addPage(QStringLiteral("destinations"), tr("Destinations"),
            new PlaceholderPage(tr("Destinations"),
                                tr("Airbyte destinations such as the MinIO staging bucket and "
                                   "PostgreSQL.")));
    addPage(QStringLiteral("connections"), tr("Connections"),
            new PlaceholderPage(tr("Connections"),
                                tr("Connections between sources and destinations: streams, sync "
                                   "modes, cursors and schedules.")));
    addPage(QStringLiteral("jobs"), tr("Jobs"),
            new PlaceholderPage(tr("Jobs"), tr("Sync jobs with live progress and alerts.")));
    addPage(QStringLiteral("logs"), tr("Logs"),
            new PlaceholderPage(tr("Logs"), tr("Job logs from the Airbyte API and the "
                                               "airbyte-logs bucket.")));

    auto settings = new SettingsPage(this);
    settings->setProfilePath(app->profilePath());
    settings->setPollInterval(profile.pollInterval);
    settings->setProbeTimeout(profile.probeTimeout);
    connect(settings, &SettingsPage::pollIntervalChanged, m_app, &Application::setPollInterval);
    connect(settings, &SettingsPage::probeTimeoutChanged, m_app, &Application::setProbeTimeout);
    addPage(QStringLiteral("settings"), tr("Settings"), settings);

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
    auto layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    resize(1100, 720);
}

void MainWindow::addPage(const QString &icon, const QString &name, QWidget *page)
{
    auto item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), name);
    item->setSizeHint(QSize(0, QFontMetrics(m_nav->font()).height() * 2));
    m_nav->addItem(item);
    m_pages->addWidget(page);
}

} // namespace Dsp
