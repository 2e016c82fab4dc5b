#include "servicecard.h"

#include "common/elidinglabel.h"

#include "healthpalette.h"
#include "historystrip.h"

#include "common/secondarytext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dsp {

namespace {
QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return QLocale().toString(time.time(), QLocale::ShortFormat);
}
} // namespace

ServiceCard::ServiceCard(const QString &service, const QString &displayName, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_displayName(displayName)
{
    setObjectName(QStringLiteral("card-%1").arg(service));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);

    m_title = plainLabel(displayName);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_badge = plainLabel();
    m_badge->setObjectName(QStringLiteral("state"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMargin(3);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_badge);

    m_latency = plainLabel();
    m_version = new ElidingLabel(this);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checked = plainLabel();
    m_changed = plainLabel();
    auto facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    facts->addRow(plainLabel(tr("Latency:")), m_latency);
    facts->addRow(plainLabel(tr("Version:")), m_version);
    facts->addRow(plainLabel(tr("Last check:")), m_checked);
    facts->addRow(plainLabel(tr("Last change:")), m_changed);

    m_reason = plainLabel();
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = plainLabel();
    m_details->setWordWrap(true);
    makeSecondaryText(m_details);

    m_history = new HistoryStrip(this);
    m_open = new QPushButton(tr("Open web UI"), this);
    m_open->setVisible(false);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openUiRequested(m_uiUrl); });

    auto footer = new QHBoxLayout;
    footer->addWidget(m_history, 1);
    footer->addWidget(m_open);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(facts);
    layout->addWidget(m_reason);
    layout->addWidget(m_details);
    layout->addStretch(); // cards in one row share a height: the footer stays at the bottom
    layout->addLayout(footer);

    ServiceHealth initial;
    initial.key = service;
    initial.displayName = displayName;
    initial.state = HealthState::Checking;
    setHealth(initial, true);
}

QLabel *ServiceCard::plainLabel(const QString &text)
{
    auto label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void ServiceCard::setUiUrl(const QUrl &url)
{
    m_uiUrl = url;
    m_open->setVisible(url.isValid() && !url.isEmpty());
    m_open->setToolTip(url.toDisplayString());
}

void ServiceCard::setHealth(const ServiceHealth &health, bool checking)
{
    const HealthState shown = health.state;
    QString badge = healthStateText(shown);
    if (checking && shown != HealthState::Checking && shown != HealthState::NotConfigured)
        badge = tr("%1 (checking…)").arg(badge);
    m_badge->setText(badge);
    const QColor color = healthColor(shown);
    if (color != m_badgeColor) { // a style sheet re-polishes the widget: only on change
        m_badgeColor = color;
        m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; "
                                              "border-radius: 4px; padding: 1px 8px; }")
                                   .arg(color.name(), healthTextColor(shown).name()));
    }

    const ProbeResult &last = health.last;
    m_latency->setText(last.latency
                           ? tr("%1 ms").arg(QLocale().toString(qint64(last.latency->count())))
                           : QStringLiteral("—"));
    if (last.version.isEmpty() && !last.versionUnknownReason.isEmpty()) {
        // Why the version is unknown is worth reading whole.
        m_version->setWrappedText(tr("unknown (%1)").arg(last.versionUnknownReason));
        m_version->setToolTip({});
    } else {
        // Long build strings (Dremio's) must not widen one card: elided to the room there
        // is, the tooltip has them whole.
        m_version->setElidedText(last.version.isEmpty() ? QStringLiteral("—") : last.version);
        // A tooltip is rich text when it looks like it: escape it to keep server text plain.
        m_version->setToolTip(last.version.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<p style='white-space:pre'>%1</p>")
                                        .arg(last.version.toHtmlEscaped()));
    }
    m_checked->setText(timeText(last.checkedAt));
    m_changed->setText(timeText(health.lastChange));

    QString reason = last.reason;
    if (shown == HealthState::NotConfigured)
        reason = tr("No endpoint set for this service in the profile.");
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_details->setText(last.details);
    m_details->setVisible(!last.details.isEmpty());
    m_history->setHistory(health.history);
    setAccessibleDescription(QStringLiteral("%1: %2. %3").arg(m_displayName, badge, reason));
}

QString ServiceCard::stateText() const
{
    return m_badge->text();
}

QString ServiceCard::reasonText() const
{
    return m_reason->text();
}

QString ServiceCard::versionText() const
{
    return m_version->fullText();
}

QString ServiceCard::latencyText() const
{
    return m_latency->text();
}

} // namespace Dsp
