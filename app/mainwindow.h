#pragma once

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QListWidget;
class QStackedWidget;
QT_END_NAMESPACE

namespace Dsp {

class Application;
class DashboardPage;

// Navigation on the left (Dashboard, Sources, Destinations, Connections, Jobs, Logs,
// Settings), pages on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Application *app, QWidget *parent = nullptr);

private:
    void addPage(const QString &icon, const QString &name, QWidget *page);

    Application *m_app;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
};

} // namespace Dsp
