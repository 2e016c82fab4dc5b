#include "dashboardpage.h"

#include "health/healthmonitor.h"
#include "servicecard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Dsp {

DashboardPage::DashboardPage(HealthMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    auto title = new QLabel(tr("Stack health"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);

    m_sandbox = new QLabel(tr("Sandbox"), this);
    m_sandbox->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandbox->setToolTip(tr("This profile points at the local sandbox stack, not a real one."));
    m_sandbox->setStyleSheet(QStringLiteral(
        "QLabel { background: #6b4fbb; color: white; border-radius: 4px; padding: 2px 8px; }"));
    m_sandbox->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_checkNow = new QPushButton(tr("Check now"), this);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    m_checkNow->setShortcut(QKeySequence::Refresh);
    m_checkNow->setToolTip(tr("Run every check again now (F5)"));
    connect(m_checkNow, &QPushButton::clicked, m_monitor, &HealthMonitor::checkNow);

    auto header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_sandbox);
    header->addStretch();
    header->addWidget(m_summary);
    header->addWidget(m_checkNow);

    auto grid = new QGridLayout;
    grid->setSpacing(12);
    int index = 0;
    for (const QString &key : m_monitor->services()) {
        const ServiceHealth health = m_monitor->health(key);
        auto card = new ServiceCard(key, health.displayName, this);
        connect(card, &ServiceCard::openUiRequested, this, &DashboardPage::openUrlRequested);
        m_cards.insert(key, card);
        grid->addWidget(card, index / 3, index % 3);
        ++index;
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto content = new QWidget;
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(grid);
    m_syncs = new QLabel(content);
    m_syncs->setObjectName(QStringLiteral("syncs"));
    m_syncs->setTextFormat(Qt::RichText); // our own words and numbers only
    m_syncs->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_syncs->hide(); // until Airbyte's jobs are watched
    connect(m_syncs, &QLabel::linkActivated, this, [this](const QString &link) {
        emit jobsRequested(link == QLatin1String("failed") ? JobsLink::FailedLastDay
                                                           : JobsLink::Running);
    });
    contentLayout->addWidget(m_syncs);
    contentLayout->addStretch();
    auto scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll);

    connect(m_monitor, &HealthMonitor::serviceChanged, this, &DashboardPage::refresh);
    connect(m_monitor, &HealthMonitor::roundFinished, this, [this] {
        m_summary->setText(
            tr("Last round %1")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    for (const QString &key : m_monitor->services())
        refresh(key);
}

void DashboardPage::setSandbox(bool sandbox)
{
    m_sandbox->setVisible(sandbox);
}

void DashboardPage::setUiUrl(const QString &service, const QUrl &url)
{
    if (ServiceCard *c = m_cards.value(service))
        c->setUiUrl(url);
}

void DashboardPage::refresh(const QString &service)
{
    ServiceCard *c = m_cards.value(service);
    if (!c)
        return;
    c->setHealth(m_monitor->health(service), m_monitor->isChecking(service));
}

void DashboardPage::setSyncs(int running, std::optional<int> failedLastDay, bool more)
{
    const QString runningText =
        running == 0 ? tr("No sync running") : tr("%n sync(s) running now", nullptr, running);
    QString text = QStringLiteral("<a href=\"running\">%1</a>").arg(runningText.toHtmlEscaped());
    if (failedLastDay) {
        const QString failed =
            *failedLastDay == 0
                ? tr("none failed in the last 24 hours")
                : (more ? tr("%1+ failed in the last 24 hours").arg(*failedLastDay)
                        : tr("%n failed in the last 24 hours", nullptr, *failedLastDay));
        text += QStringLiteral(" · <a href=\"failed\">%1</a>").arg(failed.toHtmlEscaped());
    }
    m_syncs->setText(text);
    m_syncs->show();
}

} // namespace Dsp
