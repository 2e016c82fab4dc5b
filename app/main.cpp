#include "application.h"
#include "checkrunner.h"
#include "health/healthmonitor.h"
#include "logfile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// For tests/bench/bench_health: says on stdout when the window first painted and when the
// first round of checks ended, so startup can be timed from outside the process.
class StartupReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this, [] { std::fputs("first_paint\n", stdout), std::fflush(stdout); },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    bool m_painted = false;
};

void reportStartup(QWidget *window, Dsp::HealthMonitor *monitor)
{
    window->installEventFilter(new StartupReporter(window));
    QObject::connect(monitor, &Dsp::HealthMonitor::roundFinished, window, [] {
        std::fputs("round_finished\n", stdout);
        std::fflush(stdout);
    });
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

void installTranslators(QCoreApplication &app)
{
    auto qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    // English is the source language, but its plural forms ("1 connection", "6 connections")
    // live in the English file: fall back to it when the locale has no translation.
    auto ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("datastackpanel"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/datastackpanel_en.qm")))
        app.installTranslator(ours);
}

QString profilePath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("profile")))
        return parser.value(QStringLiteral("profile"));
    if (qEnvironmentVariableIsSet("DSP_PROFILE"))
        return qEnvironmentVariable("DSP_PROFILE");
    return QSettings(QSettings::IniFormat, QSettings::UserScope,
                     QCoreApplication::organizationName(), QCoreApplication::applicationName())
        .fileName();
}

} // namespace

int main(int argc, char **argv)
{
    // --check needs no display: build a core application so it runs on a headless server.
    // --help and --version print and leave: no display needed for them either.
    const bool check = hasArgument(argc, argv, "--check");
    const bool textOnly = check || hasArgument(argc, argv, "--help") ||
                          hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version") ||
                          hasArgument(argc, argv, "-v");
    if (textOnly)
        Dsp::attachParentConsole();
    std::unique_ptr<QCoreApplication> app(textOnly ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("DataStackPanel"));
    QCoreApplication::setApplicationName(QStringLiteral("DataStackPanel"));
    Dsp::installLogFile();
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Control panel for a self-hosted data stack.") +
        QStringLiteral("\n\n") + Dsp::CheckRunner::helpText());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption({QStringLiteral("check"),
                      QCoreApplication::translate("main", "Check every service once, print the "
                                                          "result and exit (0 when all are up).")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("main", "With --check, print one JSON array.")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Read the profile from <file>."),
                      QStringLiteral("file")});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return Dsp::CheckRunner::UsageError;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    const QString path = profilePath(parser);
    const bool explicitProfile =
        parser.isSet(QStringLiteral("profile")) || qEnvironmentVariableIsSet("DSP_PROFILE");
    if (check && explicitProfile && !QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "profile file not found: %1")
                                    .arg(QDir::toNativeSeparators(path))));
        return Dsp::CheckRunner::UsageError;
    }
    QSettings settings(path, QSettings::IniFormat);
    const Dsp::Profile profile = Dsp::Profile::load(settings);
    Dsp::Application services(profile, path);

    if (check) {
        Dsp::CheckRunner runner(services.healthMonitor(), parser.isSet(QStringLiteral("json")),
                                path);
        // Log out of what the round logged in to (Dremio) before leaving.
        QObject::connect(&runner, &Dsp::CheckRunner::done, app.get(), [&services](int code) {
            services.shutdown([code] { QCoreApplication::exit(code); });
        });
        runner.start();
        return app->exec();
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Closing the window ends server sessions first, then quits (within about a second).
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(qApp, &QGuiApplication::lastWindowClosed, &services,
                     [&services] { services.shutdown([] { QCoreApplication::quit(); }); });
    Dsp::MainWindow window(&services);
    if (qEnvironmentVariableIsSet("DSP_REPORT_STARTUP"))
        reportStartup(&window, services.healthMonitor());
    window.show();
    services.healthMonitor()->start();
    return app->exec();
}
