#pragma once

#include <QWidget>

#include <chrono>

QT_BEGIN_NAMESPACE
class QSpinBox;
class QDoubleSpinBox;
class QLabel;
QT_END_NAMESPACE

namespace Dsp {

// Polling and timeout settings, plus where the profile lives. Endpoints and credentials get
// their own setup wizard (a later issue).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    void setProfilePath(const QString &path);
    void setPollInterval(std::chrono::milliseconds interval);
    void setProbeTimeout(std::chrono::milliseconds timeout);

signals:
    void pollIntervalChanged(std::chrono::milliseconds interval);
    void probeTimeoutChanged(std::chrono::milliseconds timeout);

private:
    QSpinBox *m_interval;
    QDoubleSpinBox *m_timeout;
    QLabel *m_profilePath;
};

} // namespace Dsp
