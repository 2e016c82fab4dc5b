#pragma once

#include "health/healthtypes.h"

#include <QHash>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Dsp {

class HealthMonitor;
class ServiceCard;

// The first page: one card per service the monitor holds (any number, any kinds), "Check
// now", and when the last round ended.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(HealthMonitor *monitor, QWidget *parent = nullptr);

    // A link of the syncs line: the running jobs, or the failures of the last day.
    enum class JobsLink { Running, FailedLastDay };

    void setSandbox(bool sandbox);
    void setUiUrl(const QString &service, const QUrl &url);
    ServiceCard *card(const QString &service) const { return m_cards.value(service); }
    // The line under the cards: syncs running now and those failed in the last 24 hours
    // (nullopt: not counted yet; `more`: at least that many), each a link to the Jobs page.
    void setSyncs(int running, std::optional<int> failedLastDay, bool more = false);
    QLabel *syncsLine() const { return m_syncs; }

signals:
    void openUrlRequested(const QUrl &url);
    void jobsRequested(Dsp::DashboardPage::JobsLink link);

private:
    void refresh(const QString &service);

    HealthMonitor *m_monitor;
    QHash<QString, ServiceCard *> m_cards;
    QLabel *m_sandbox;
    QLabel *m_summary;
    QLabel *m_syncs;
    QPushButton *m_checkNow;
};

} // namespace Dsp
