#include "application.h"
#include "checkrunner.h"
#include "health/healthmonitor.h"
#include "logfile.h"
#include "mainwindow.h"
#include "probetester.h"
#include "session.h"

#include "secrets/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

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

void reportRounds(QWidget *window, Dsp::HealthMonitor *monitor)
{
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

// Where the user's environments live: beside the settings file Qt picks for this user
// (~/.config/DataStackPanel on Linux, %APPDATA%\DataStackPanel on Windows).
QString configDir()
{
    return QFileInfo(QSettings(QSettings::IniFormat, QSettings::UserScope,
                               QCoreApplication::organizationName(),
                               QCoreApplication::applicationName())
                         .fileName())
        .absolutePath();
}

// Before environments existed the panel read one INI file there: it becomes "Local".
void migrateLegacyProfile(Dsp::ProfileStore &store)
{
    const QString legacy =
        QSettings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                  QCoreApplication::applicationName())
            .fileName();
    if (!store.isEmpty() || !QFileInfo::exists(legacy))
        return;
    QSettings old(legacy, QSettings::IniFormat);
    Dsp::Profile p = Dsp::Profile::load(old);
    p.id.clear();
    if (store.save(p))
        QFile::rename(legacy, legacy + QStringLiteral(".migrated"));
}

// --profile NAME|FILE, or DSP_PROFILE (a file): the profile store to use and which profile.
// An empty store with `error` set means a usage error.
struct ProfileChoice
{
    std::optional<Dsp::ProfileStore> store;
    QString id;
    QString error;
};

ProfileChoice chooseProfile(const QCommandLineParser &parser)
{
    ProfileChoice choice;
    QString wanted = parser.value(QStringLiteral("profile"));
    bool mustBeFile = false;
    if (wanted.isEmpty() && qEnvironmentVariableIsSet("DSP_PROFILE")) {
        wanted = qEnvironmentVariable("DSP_PROFILE");
        mustBeFile = true;
    }
    if (!wanted.isEmpty()) {
        const bool hasPath =
            wanted.contains(QLatin1Char('/')) || wanted.contains(QLatin1Char('\\'));
        // An environment of that name wins over a file of that name in the current folder.
        const bool isName =
            !mustBeFile && !hasPath && !Dsp::ProfileStore(configDir()).find(wanted).isEmpty();
        const bool looksLikeFile = !isName && (mustBeFile || hasPath || QFileInfo::exists(wanted) ||
                                               wanted.endsWith(QLatin1String(".ini")));
        if (looksLikeFile) {
            if (!QFileInfo::exists(wanted)) {
                choice.error = QCoreApplication::translate("main", "profile file not found: %1")
                                   .arg(QDir::toNativeSeparators(wanted));
                return choice;
            }
            choice.store = Dsp::ProfileStore::pinnedTo(wanted);
            choice.id = choice.store->activeId();
            return choice;
        }
    }
    choice.store = Dsp::ProfileStore(configDir());
    migrateLegacyProfile(*choice.store);
    if (wanted.isEmpty()) {
        choice.id = choice.store->activeId();
        return choice;
    }
    choice.id = choice.store->find(wanted);
    if (choice.id.isEmpty()) {
        QStringList names;
        for (const Dsp::ProfileStore::Entry &e : choice.store->profiles())
            names << e.name;
        choice.error =
            names.isEmpty()
                ? QCoreApplication::translate("main", "no environment named %1: none is set up")
                      .arg(wanted)
                : QCoreApplication::translate("main", "no environment named %1 (there are: %2)")
                      .arg(wanted, names.join(QStringLiteral(", ")));
        choice.store.reset();
    }
    return choice;
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
    parser.addOption(
        {QStringLiteral("profile"),
         QCoreApplication::translate("main", "Use the environment called <name>, or the profile "
                                             "in <file>, for this run."),
         QStringLiteral("name|file")});
    parser.addPositionalArgument(
        QStringLiteral("log"),
        QCoreApplication::translate("main", "A log file to open on the Logs page."),
        QStringLiteral("[log]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return Dsp::CheckRunner::UsageError;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    ProfileChoice choice = chooseProfile(parser);
    if (!choice.store) {
        std::fprintf(stderr, "%s\n", qPrintable(choice.error));
        return Dsp::CheckRunner::UsageError;
    }
    // Secrets: the credential store, with DSP_* variables winning (scripts, monitoring).
    Dsp::SecretStore secrets;
    // They apply to the environment this run starts with, never to one the user switches to.
    Dsp::Session session(std::move(*choice.store), &secrets, Dsp::EnvironmentOverrides::take(),
                         choice.id);
    // Chosen on the command line: for this run only, the panel opens its usual one next time.
    const auto persistence = parser.isSet(QStringLiteral("profile"))
                                 ? Dsp::Session::Persistence::ThisRunOnly
                                 : Dsp::Session::Persistence::Remember;

    if (check) {
        if (choice.id.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "no environment is set up yet: open the panel to set one "
                                     "up, or pass --profile FILE")));
            return Dsp::CheckRunner::NothingConfigured;
        }
        std::unique_ptr<Dsp::CheckRunner> runner;
        const bool json = parser.isSet(QStringLiteral("json"));
        QObject::connect(
            &session, &Dsp::Session::applicationChanged, app.get(),
            [&](Dsp::Application *services) {
                if (!services || runner)
                    return;
                runner = std::make_unique<Dsp::CheckRunner>(services->healthMonitor(), json,
                                                            services->profilePath());
                // Log out of what the round logged in to (Dremio) before leaving.
                QObject::connect(runner.get(), &Dsp::CheckRunner::done, app.get(),
                                 [&session](int code) {
                                     session.shutdown([code] { QCoreApplication::exit(code); });
                                 });
                runner->start();
            });
        QObject::connect(&session, &Dsp::Session::activationFailed, app.get(),
                         [](const QString &message) {
                             std::fprintf(stderr, "%s\n", qPrintable(message));
                             QCoreApplication::exit(Dsp::CheckRunner::UsageError);
                         });
        session.activate(choice.id, persistence);
        return app->exec();
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Closing the window ends server sessions first, then quits (within about a second).
    QApplication::setQuitOnLastWindowClosed(false);
    const auto quit = [&session] {
        session.shutdown([] { QCoreApplication::quit(); });
        // Whatever a server does, the panel is gone a few seconds later.
        QTimer::singleShot(std::chrono::seconds(5), qApp, [] { QCoreApplication::quit(); });
    };
    QObject::connect(qApp, &QGuiApplication::lastWindowClosed, &session, quit);
    Dsp::ProbeTester tester;
    Dsp::MainWindow window(&session, &tester);
    // Quit from the tray, the window perhaps hidden there.
    QObject::connect(&window, &Dsp::MainWindow::quitRequested, &session, quit);
    if (qEnvironmentVariableIsSet("DSP_REPORT_STARTUP")) {
        window.installEventFilter(new StartupReporter(&window));
        QObject::connect(&session, &Dsp::Session::applicationChanged, &window,
                         [&window](Dsp::Application *services) {
                             if (services)
                                 reportRounds(&window, services->healthMonitor());
                         });
    }
    window.show();
    const QStringList logs = parser.positionalArguments();
    if (!logs.isEmpty())
        window.openLogFile(logs.first());
    // Opened to read a log (from a file manager, say): the set-up waits until asked for.
    if (choice.id.isEmpty() && logs.isEmpty())
        window.offerFirstSetup();
    else if (!choice.id.isEmpty())
        session.activate(choice.id, persistence);
    return app->exec();
}
