// `datastack-panel --check [--json]` as operators script it: one JSON object per service,
// exit code 0 only when every configured service is Up.
#include "airbytefake.h"
#include "localstack.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp::Testing;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private:
    LocalStack m_local;
    TestStack &m_stack = m_local.servers();
    QTemporaryDir m_dir;

    // The profile on disk, as a user's would be: no secrets in it.
    QString writeProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("profile.ini"));
        QSettings s(path, QSettings::IniFormat);
        m_local.profile().save(s);
        return path;
    }

    // Runs the panel without blocking this event loop, which serves the in-process fakes.
    int runCheck(const QStringList &args, QByteArray *out, QByteArray *err,
                 const QString &language = QStringLiteral("C.UTF-8"),
                 const QString &configHome = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The user's environments live under XDG_CONFIG_HOME; never the real user's here.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   configHome.isEmpty() ? m_dir.filePath(QStringLiteral("no-config")) : configHome);
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANGUAGE"), language.section(QLatin1Char('.'), 0, 0));
        env.insert(QStringLiteral("DSP_MINIO_SECRET_KEY"), m_stack.s3SecretKey());
        env.insert(QStringLiteral("DSP_POSTGRES_PASSWORD"), m_stack.pgPassword());
        env.insert(QStringLiteral("DSP_DREMIO_PASSWORD"), LocalStack::DremioPassword);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --check must need no display at all
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DSP_PANEL_BINARY), args);
        if (!finished.wait(30000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void initTestCase() { QVERIFY2(m_local.start(), qPrintable(m_local.error())); }

    void reportsAllUpAsJsonAndExitsZero()
    {
        QByteArray out, err;
        const int code = runCheck({QStringLiteral("--check"), QStringLiteral("--json"),
                                   QStringLiteral("--profile"), writeProfile()},
                                  &out, &err);
        QVERIFY2(code == 0, out + err);
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        QCOMPARE(array.size(), 5);
        QStringList services;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            services.append(o.value(QStringLiteral("service")).toString());
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("up"));
            QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("ok"));
            QVERIFY(o.value(QStringLiteral("latency_ms")).isDouble());
            QVERIFY(o.contains(QStringLiteral("version")));
            QVERIFY(o.contains(QStringLiteral("reason")));
        }
        QCOMPARE(services, (QStringList{QStringLiteral("airbyte"), QStringLiteral("minio"),
                                        QStringLiteral("postgres"), QStringLiteral("dremio"),
                                        QStringLiteral("temporal")}));
        // Secrets come from the environment and never show in the output.
        QVERIFY(!out.contains(m_stack.s3SecretKey().toUtf8()));
        QVERIFY(!out.contains(m_stack.pgPassword().toUtf8()));
    }

    void exitsNonZeroAndSaysWhyWhenOneIsDown()
    {
        QVERIFY(m_stack.command(QStringLiteral("stop pg")));
        QByteArray out, err;
        const int code = runCheck(
            {QStringLiteral("--check"), QStringLiteral("--profile"), writeProfile()}, &out, &err);
        QVERIFY(m_stack.command(QStringLiteral("start pg")));
        QCOMPARE(code, 1);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(2).startsWith("postgres") && lines.at(2).contains(" down ") &&
                     lines.at(2).contains("connection refused on 127.0.0.1:"),
                 lines.at(2));
        QVERIFY2(lines.at(0).startsWith("airbyte") && lines.at(0).contains(" up "), lines.at(0));
    }

    // Scripts read `code`, which stays the same in every language; `reason` is translated.
    void jsonCodeIsTheSameInEveryLanguage()
    {
        QVERIFY(m_stack.command(QStringLiteral("stop pg")));
        QByteArray out, err;
        const int code = runCheck({QStringLiteral("--check"), QStringLiteral("--json"),
                                   QStringLiteral("--profile"), writeProfile()},
                                  &out, &err, QStringLiteral("fr_FR.UTF-8"));
        QVERIFY(m_stack.command(QStringLiteral("start pg")));
        QCOMPARE(code, 1);
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        QCOMPARE(array.size(), 5);
        const QJsonObject pg = array.at(2).toObject();
        QCOMPARE(pg.value(QStringLiteral("service")).toString(), QStringLiteral("postgres"));
        QCOMPARE(pg.value(QStringLiteral("status")).toString(), QStringLiteral("down"));
        QCOMPARE(pg.value(QStringLiteral("code")).toString(), QStringLiteral("refused"));
        // The translation is loaded from the locale: the words are French.
        QVERIFY2(pg.value(QStringLiteral("reason"))
                     .toString()
                     .startsWith(QStringLiteral("connexion refusée")),
                 qPrintable(pg.value(QStringLiteral("reason")).toString()));
    }

    // A profile that configures nothing: a prompt exit with its own code and a clear line,
    // not a process that waits forever.
    void nothingConfiguredExitsAtOnceWithItsOwnCode()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            for (const char *key : {"airbyte/apiUrl", "minio/endpoint", "postgres/host",
                                    "dremio/url", "temporal/host"})
                s.setValue(QString::fromLatin1(key), QString());
        }
        QByteArray out, err;
        const int code =
            runCheck({QStringLiteral("--check"), QStringLiteral("--profile"), path}, &out, &err);
        QCOMPARE(code, 3);
        QVERIFY2(err.contains("no service configured in profile " + path.toUtf8()), err);
    }

    // Scripts find the exit codes and JSON codes in --help, on a server without a display.
    void helpDocumentsExitCodesWithoutADisplay()
    {
        QByteArray out, err;
        QCOMPARE(runCheck({QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY2(out.contains("3 when the profile configures no service"), out + err);
        QVERIFY(out.contains("degraded_read_only"));
        QCOMPARE(
            runCheck({QStringLiteral("--check"), QStringLiteral("--no-such-option")}, &out, &err),
            2);
    }

    // --profile NAME picks one of the user's environments; an unknown name is a usage error
    // that lists the names there are; with none set up, the exit says so with code 3.
    void profileByEnvironmentName()
    {
        const QString home = m_dir.filePath(QStringLiteral("config-names"));
        const QString profiles = home + QStringLiteral("/DataStackPanel/profiles");
        QVERIFY(QDir().mkpath(profiles));
        {
            QSettings s(profiles + QStringLiteral("/recette.ini"), QSettings::IniFormat);
            Dsp::Profile p = m_local.profile();
            p.name = QStringLiteral("Recette");
            p.save(s);
        }
        QByteArray out, err;
        QCOMPARE(runCheck({QStringLiteral("--check"), QStringLiteral("--profile"),
                           QStringLiteral("recette")},
                          &out, &err, QStringLiteral("C.UTF-8"), home),
                 0);
        QCOMPARE(runCheck({QStringLiteral("--check"), QStringLiteral("--profile"),
                           QStringLiteral("Production")},
                          &out, &err, QStringLiteral("C.UTF-8"), home),
                 2);
        QVERIFY2(err.contains("no environment named Production (there are: Recette)"), err);
        QCOMPARE(runCheck({QStringLiteral("--check")}, &out, &err, QStringLiteral("C.UTF-8"),
                          m_dir.filePath(QStringLiteral("config-empty"))),
                 3);
        QVERIFY2(err.contains("no environment is set up yet"), err);
    }

    void missingProfileFileIsAUsageError()
    {
        QByteArray out, err;
        const int code = runCheck({QStringLiteral("--check"), QStringLiteral("--profile"),
                                   m_dir.filePath(QStringLiteral("no-such.ini"))},
                                  &out, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("profile file not found"), err);
    }

    // A hostile server cannot drive the terminal: no escape character reaches stdout.
    void serverTextReachesTheTerminalWithoutControlCharacters()
    {
        Dsp::Fakes::AirbyteFake hostile;
        hostile.setHealthOverride(503, "maintenance <b>x</b> \x1b]0;owned\x07\x1b[2J");
        QVERIFY(hostile.listen());
        const QString path = m_dir.filePath(QStringLiteral("hostile.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            for (const char *key :
                 {"minio/endpoint", "postgres/host", "dremio/url", "temporal/host"})
                s.setValue(QString::fromLatin1(key), QString());
            s.setValue(QStringLiteral("airbyte/apiUrl"),
                       QStringLiteral("http://127.0.0.1:%1").arg(hostile.port()));
        }
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("--check"), QStringLiteral("--profile"), path};
            if (json)
                args.append(QStringLiteral("--json"));
            QByteArray out, err;
            QCOMPARE(runCheck(args, &out, &err), 1);
            QVERIFY2(out.contains("<b>x</b>"), out);
            for (const char c : out)
                QVERIFY2(c == '\n' || uchar(c) >= 0x20, out.toPercentEncoding());
            QVERIFY(!out.contains("\\u001b"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
