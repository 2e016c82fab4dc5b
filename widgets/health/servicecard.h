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

class ElidingLabel;
class HistoryStrip;

// One service on the dashboard: state, latency, version, times, reason, history and a link
// to the service's own UI. Shows what it is given; knows nothing of probes. Every label is
// plain text: reasons and versions carry text that servers choose.
class ServiceCard : public QFrame
{
    Q_OBJECT
public:
    ServiceCard(const QString &service, const QString &displayName, QWidget *parent = nullptr);

    QString service() const { return m_service; }
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
    QLabel *plainLabel(const QString &text = {});

    QString m_service;
    QString m_displayName;
    QUrl m_uiUrl;
    QColor m_badgeColor;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_latency;
    ElidingLabel *m_version;
    QLabel *m_checked;
    QLabel *m_changed;
    QLabel *m_reason;
    QLabel *m_details;
    HistoryStrip *m_history;
    QPushButton *m_open;
};

} // namespace Dsp
