#pragma once

#include <QWidget>

namespace Dsp {

// Stands in for a page not built yet, and says so plainly instead of showing fake data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &plannedContent, QWidget *parent = nullptr);
};

} // namespace Dsp
