#include "placeholderpage.h"

#include "common/secondarytext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dsp {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &plannedContent,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    auto notice = new QLabel(tr("This page is not built yet."), this);
    notice->setObjectName(QStringLiteral("notBuilt"));
    auto planned = new QLabel(plannedContent, this);
    planned->setWordWrap(true);
    makeSecondaryText(planned);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(notice);
    layout->addWidget(planned);
    layout->addStretch();
}

} // namespace Dsp
