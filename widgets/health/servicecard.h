#pragma once

#include "health/healthtypes.h"

#include <QColor>
#include <QFrame>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Dsp {

class HistoryStrip;

// One service on the dashboard: state, latency, version, times, reason, history and a link
// to the service's own UI. Shows what it is given; knows nothing of probes.
class ServiceCard : public QFrame
{
    Q_OBJECT
public:
    explicit ServiceCard(ServiceId service, QWidget *parent = nullptr);

    ServiceId service() const { return m_service; }
    void setHealth(const ServiceHealth &health, bool checking);
    void setUiUrl(const QUrl &url);

    // What the card currently says, for tests and accessibility.
    QString stateText() const;
    QString reasonText() const;
    QString versionText() const;
    QString latencyText() const;
    const HistoryStrip *historyStrip() const { return m_history; }

signals:
    void openUiRequested(const QUrl &url);

private:
    ServiceId m_service;
    QUrl m_uiUrl;
    QColor m_badgeColor;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_latency;
    QLabel *m_version;
    QLabel *m_checked;
    QLabel *m_changed;
    QLabel *m_reason;
    QLabel *m_details;
    HistoryStrip *m_history;
    QPushButton *m_open;
};

} // namespace Dsp
