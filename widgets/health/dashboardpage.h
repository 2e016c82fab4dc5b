#pragma once

#include "health/healthtypes.h"

#include <QHash>
#include <QWidget>

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

    void setSandbox(bool sandbox);
    void setUiUrl(const QString &service, const QUrl &url);
    ServiceCard *card(const QString &service) const { return m_cards.value(service); }

signals:
    void openUrlRequested(const QUrl &url);

private:
    void refresh(const QString &service);

    HealthMonitor *m_monitor;
    QHash<QString, ServiceCard *> m_cards;
    QLabel *m_sandbox;
    QLabel *m_summary;
    QPushButton *m_checkNow;
};

} // namespace Dsp
