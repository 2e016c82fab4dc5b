// The named reference for bench_health: the smallest Qt Widgets program that shows a window,
// with the same first-paint report as the panel. Whatever the panel costs beyond this is ours.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [] { std::fputs("first_paint\nround_finished\n", stdout), std::fflush(stdout); },
                Qt::QueuedConnection);
        }
        return false;
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("reference")));
    window.resize(1100, 720);
    window.installEventFilter(new FirstPaint(&window));
    window.show();
    return app.exec();
}
