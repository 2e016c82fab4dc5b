// dsp-fakes: the Airbyte and Dremio fakes as a process, for the sandbox.
// The Dremio user's password comes from DSP_DREMIO_PASSWORD, never from the command line (any
// user can read /proc/*/cmdline); the user name may come from --dremio-user.
// --airbyte-registry serves every connector of Airbyte's registry file (../shared has one).
// Prints `READY {"airbyte": port, "dremio": port}` (no credentials) and serves until stdin closes.
#include "airbytefake.h"
#include "dremiofake.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("airbyte-port"), QStringLiteral("port"),
                        QStringLiteral("port"), QStringLiteral("0")},
                       {QStringLiteral("dremio-port"), QStringLiteral("port"),
                        QStringLiteral("port"), QStringLiteral("0")},
                       {QStringLiteral("dremio-user"), QStringLiteral("user"),
                        QStringLiteral("user"), QStringLiteral("dremio")},
                       {QStringLiteral("airbyte-registry"),
                        QStringLiteral("Airbyte's connector registry (oss_registry.json) to serve"),
                        QStringLiteral("file")}});
    parser.process(app);

    Dsp::Fakes::AirbyteFake airbyte;
    Dsp::Fakes::DremioFake dremio;
    // Every connector of the registry, when there is one; the built-in three otherwise.
    const QString registry = parser.value(QStringLiteral("airbyte-registry"));
    if (!registry.isEmpty() && !airbyte.loadRegistry(registry))
        std::fprintf(stderr, "dsp-fakes: cannot read the registry %s\n", qPrintable(registry));
    const QString password = qEnvironmentVariable("DSP_DREMIO_PASSWORD");
    if (password.isEmpty())
        std::fprintf(stderr,
                     "dsp-fakes: DSP_DREMIO_PASSWORD is not set: every Dremio login fails\n");
    dremio.addUser(parser.value(QStringLiteral("dremio-user")), password);
    if (!airbyte.listen(quint16(parser.value(QStringLiteral("airbyte-port")).toUInt())) ||
        !dremio.listen(quint16(parser.value(QStringLiteral("dremio-port")).toUInt()))) {
        std::fprintf(stderr, "dsp-fakes: cannot listen\n");
        return 1;
    }
    const QJsonObject ready{{QStringLiteral("airbyte"), airbyte.port()},
                            {QStringLiteral("dremio"), dremio.port()}};
    std::printf("READY %s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&] {
        char buf[256];
        if (::read(STDIN_FILENO, buf, sizeof buf) <= 0)
            app.quit();
    });
    return app.exec();
}
