#include "settingspage.h"

#include "common/secondarytext.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dsp {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
    auto heading = new QLabel(tr("Settings"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_interval->setRange(2, 3600);
    m_interval->setSuffix(tr(" s"));
    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("probeTimeout"));
    m_timeout->setRange(0.5, 60);
    m_timeout->setSingleStep(0.5);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_profilePath = new QLabel(this);
    m_profilePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profilePath->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("Check every:"), m_interval);
    form->addRow(tr("Give each check up to:"), m_timeout);
    form->addRow(tr("Profile file:"), m_profilePath);
    auto note = new QLabel(tr("Passwords are never written to the profile file. Until the "
                              "credential store arrives they are read from the environment "
                              "(DSP_POSTGRES_PASSWORD, DSP_MINIO_SECRET_KEY, "
                              "DSP_DREMIO_PASSWORD) and kept in memory."),
                           this);
    note->setWordWrap(true);
    makeSecondaryText(note);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_interval, &QSpinBox::editingFinished, this,
            [this] { emit pollIntervalChanged(std::chrono::seconds(m_interval->value())); });
    connect(m_timeout, &QDoubleSpinBox::editingFinished, this, [this] {
        emit probeTimeoutChanged(std::chrono::milliseconds(qRound64(m_timeout->value() * 1000)));
    });
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

} // namespace Dsp
