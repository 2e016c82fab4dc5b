// Environments as a user lives with them: set up in the editor on first launch, tested in
// place, saved, found again after a restart with nothing in the environment; renamed,
// duplicated, deleted, switched, exported and imported. Secrets go to the real credential
// store (gnome-keyring in a private D-Bus session, tests/app/CMakeLists.txt); built again
// with DSP_NO_STORE where no store exists, for the session-only banner.
#include "application.h"
#include "logfile.h"
#include "mainwindow.h"
#include "probetester.h"
#include "session.h"

#include "common/secretlineedit.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "health/servicecard.h"
#include "secrets/secretstore.h"
#include "settings/environmentdialog.h"
#include "settings/environmenteditor.h"
#include "settings/profilesecrets.h"
#include "settings/settingspage.h"

#include "airbytefake.h"
#include "dremiofake.h"
#include "fakehttpserver.h"

#include <QComboBox>
#include <QDirIterator>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

QString loopback(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

// Types into a field as a user does: select all, then the keys.
[[maybe_unused]] void type(QWidget *root, const QString &field, const QString &text)
{
    auto edit = root->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else { // as an input method commits it (QTest types ASCII only)
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(edit, &commit);
        }
    }
}

[[maybe_unused]] void choose(QWidget *root, const QString &combo, const QVariant &data)
{
    auto box = root->findChild<QComboBox *>(combo);
    QVERIFY2(box, qPrintable(combo));
    box->setCurrentIndex(box->findData(data));
}

[[maybe_unused]] QString verdictText(QWidget *root, const QString &service)
{
    auto label = root->findChild<QLabel *>(QStringLiteral("verdict-%1").arg(service));
    return label ? label->text() : QStringLiteral("(no verdict label)");
}

// Everything below `dir` as bytes, for the scan.
QList<QPair<QString, QByteArray>> filesUnder(const QString &dir)
{
    QList<QPair<QString, QByteArray>> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.append({path, f.readAll()});
    }
    return out;
}

} // namespace

class TestEnvironments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    // A credential-store service name of its own per run: runs never see each other's secrets.
    const QString m_storeName =
        QStringLiteral("DataStackPanelTest-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    AirbyteFake m_airbyte;
    DremioFake m_dremio;
    const QString m_clientSecret = QUuid::createUuid().toString(QUuid::Id128);
    const QString m_dremioPassword =
        QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("é");

    QString configDir() const { return m_home.filePath(QStringLiteral("config")); }

    std::unique_ptr<Session> newSession(SecretStore *store, EnvironmentOverrides overrides = {},
                                        const QString &overridesFor = {}) const
    {
        return std::make_unique<Session>(ProfileStore(configDir()), store, overrides, overridesFor);
    }

    // Airbyte (client credentials) and Dremio (user + password): both need their secret.
    Profile stackProfile(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.probeTimeout = 2s;
        p.airbyte.apiUrl = QUrl(loopback(m_airbyte.port()));
        p.airbyte.auth = Profile::Airbyte::Auth::ClientCredentials;
        p.airbyte.clientId = QStringLiteral("panel-client");
        p.airbyte.clientSecret = m_clientSecret;
        p.minio.endpoint = QUrl();
        p.postgres.host.clear();
        p.temporal.host.clear();
        p.dremio.url = QUrl(loopback(m_dremio.port()));
        p.dremio.user = QStringLiteral("analyst");
        p.dremio.password = m_dremioPassword;
        return p;
    }

    static Application *waitForApplication(Session &session)
    {
        if (!QTest::qWaitFor([&] { return session.application() != nullptr; }, 10000))
            return nullptr;
        return session.application();
    }

    static bool roundUp(Application *app, const QStringList &services)
    {
        QSignalSpy done(app->healthMonitor(), &HealthMonitor::roundFinished);
        app->healthMonitor()->checkNow();
        if (!done.wait(10000))
            return false;
        for (const QString &s : services) {
            if (app->healthMonitor()->health(s).state != HealthState::Up) {
                qWarning("%s: %s", qPrintable(s),
                         qPrintable(app->healthMonitor()->health(s).last.reason));
                return false;
            }
        }
        return true;
    }

    static Result<QString> readSecret(SecretStore &store, const QString &key)
    {
        std::optional<Result<QString>> got;
        QObject context;
        store.read(key, &context, [&](const Result<QString> &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return Error::make(ErrorKind::Timeout, QStringLiteral("no answer"));
        return *got;
    }

    Result<QString> saveThrough(Session &session, const Profile &p)
    {
        std::optional<Result<QString>> got;
        session.save(p, [&](const Result<QString> &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return Error::make(ErrorKind::Timeout, QStringLiteral("no answer"));
        return *got;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_airbyte.setClientCredentials(QStringLiteral("panel-client"), m_clientSecret);
        m_airbyte.setRequireAuth(true);
        QVERIFY(m_airbyte.listen());
        m_dremio.addUser(QStringLiteral("analyst"), m_dremioPassword);
        QVERIFY(m_dremio.listen());
    }

    void init() { QDir(configDir()).removeRecursively(); }

#ifndef DSP_NO_STORE
    // First launch: the editor opens; the user types, tests (a wrong password shown in place,
    // then Up), saves; the dashboard is Up. Restarted with nothing in the environment, the
    // panel finds the same environment and its secrets, and is Up again.
    void firstLaunchEditorTestSaveAndRestart()
    {
        SecretStore store(m_storeName);
        ProbeTester tester;
        {
            auto session = newSession(&store);
            MainWindow window(session.get(), &tester);
            window.show();
            window.offerFirstSetup();
            EnvironmentDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<EnvironmentDialog *>()) != nullptr);
            QTRY_VERIFY(dialog->isVisible());
            type(dialog, QStringLiteral("name"), QStringLiteral("Local"));
            type(dialog, QStringLiteral("airbyteApiUrl"), loopback(m_airbyte.port()));
            choose(dialog, QStringLiteral("airbyteAuth"),
                   int(Profile::Airbyte::Auth::ClientCredentials));
            type(dialog, QStringLiteral("airbyteClientId"), QStringLiteral("panel-client"));
            type(dialog, QStringLiteral("airbyteClientSecret"), m_clientSecret);
            type(dialog, QStringLiteral("minioEndpoint"), QString());
            type(dialog, QStringLiteral("postgresHost"), QString());
            type(dialog, QStringLiteral("temporalHost"), QString());
            type(dialog, QStringLiteral("dremioUrl"), loopback(m_dremio.port()));
            type(dialog, QStringLiteral("dremioUser"), QStringLiteral("analyst"));
            type(dialog, QStringLiteral("dremioPassword"), QStringLiteral("not-the-password"));

            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("test-dremio")),
                              Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(
                verdictText(dialog, QStringLiteral("dremio")).contains(QStringLiteral("refused")),
                qPrintable(verdictText(dialog, QStringLiteral("dremio"))), 10000);
            QVERIFY(
                !verdictText(dialog, QStringLiteral("dremio")).startsWith(QStringLiteral("Up")));
            // What was typed is all still there.
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dremioUser"))->text(),
                     QStringLiteral("analyst"));

            type(dialog, QStringLiteral("dremioPassword"), m_dremioPassword);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("test-dremio")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                verdictText(dialog, QStringLiteral("dremio")).startsWith(QStringLiteral("Up")),
                10000);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("test-airbyte")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                verdictText(dialog, QStringLiteral("airbyte")).startsWith(QStringLiteral("Up")),
                10000);
            // Nothing is saved before Save.
            QVERIFY(session->store().isEmpty());

            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")),
                              Qt::LeftButton);
            QTRY_VERIFY(session->application() != nullptr);
            QCOMPARE(session->store().profiles().size(), 1);
            QTRY_VERIFY(window.dashboard() != nullptr);
            QTRY_COMPARE_WITH_TIMEOUT(
                session->application()->healthMonitor()->health(QStringLiteral("dremio")).state,
                HealthState::Up, 10000);
            QVERIFY(window.windowTitle().contains(QStringLiteral("Local")));
            bool done = false;
            session->shutdown([&] { done = true; });
            QTRY_VERIFY(done);
        }
        // The restart: a new session and a new store object over the same folder.
        QVERIFY(!qEnvironmentVariableIsSet("DSP_DREMIO_PASSWORD"));
        SecretStore again(m_storeName);
        auto session = newSession(&again);
        session->activate(session->store().activeId());
        Application *app = waitForApplication(*session);
        QVERIFY(app);
        QCOMPARE(app->profile().dremio.password, m_dremioPassword);
        QVERIFY(roundUp(app, {QStringLiteral("airbyte"), QStringLiteral("dremio")}));
    }

    void renameKeepsSecretsAndDeleteRemovesThem()
    {
        SecretStore store(m_storeName);
        auto session = newSession(&store);
        const Result<QString> id = saveThrough(*session, stackProfile(QStringLiteral("Recette")));
        QVERIFY(id);
        const QString key =
            SecretStore::key(id.value(), QStringLiteral("dremio"), QStringLiteral("password"));
        QCOMPARE(readSecret(store, key).value(), m_dremioPassword);

        QVERIFY(session->rename(id.value(), QStringLiteral("Recette 2")));
        QCOMPARE(session->store().load(id.value()).value().name, QStringLiteral("Recette 2"));
        session->activate(id.value());
        Application *app = waitForApplication(*session);
        QVERIFY(app);
        QVERIFY(roundUp(app, {QStringLiteral("airbyte"), QStringLiteral("dremio")}));

        // Duplicate: a new id, the secrets copied.
        std::optional<Result<QString>> copy;
        session->duplicate(id.value(), QStringLiteral("Copy"),
                           [&](const Result<QString> &r) { copy = r; });
        QTRY_VERIFY(copy.has_value());
        QVERIFY(copy->hasValue());
        QVERIFY(copy->value() != id.value());
        QCOMPARE(readSecret(store, SecretStore::key(copy->value(), QStringLiteral("airbyte"),
                                                    QStringLiteral("clientSecret")))
                     .value(),
                 m_clientSecret);

        std::optional<Result<bool>> removed;
        session->remove(id.value(), [&](const Result<bool> &r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->hasValue());
        QVERIFY(!session->store().contains(id.value()));
        const Result<QString> gone = readSecret(store, key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
        // The copy opens in its place, and still has its own secrets.
        QTRY_COMPARE(session->activeId(), copy->value());
    }

    // Switching while the previous environment's checks hang: they are abandoned (their
    // connections close) and the new environment's cards appear at once.
    void switchingAbandonsThePreviousChecks()
    {
        FakeHttpServer hang;
        hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(hang.listen());
        SecretStore store(m_storeName);
        ProbeTester tester;
        auto session = newSession(&store);
        Profile slow = stackProfile(QStringLiteral("Slow"));
        slow.airbyte.apiUrl = QUrl(loopback(hang.port()));
        slow.airbyte.auth = Profile::Airbyte::Auth::None;
        slow.dremio.url = QUrl(loopback(hang.port()));
        slow.probeTimeout = 20s;
        const QString slowId = saveThrough(*session, slow).value();
        const QString fastId = saveThrough(*session, stackProfile(QStringLiteral("Fast"))).value();
        MainWindow window(session.get(), &tester);
        window.show();
        session->activate(slowId);
        QTRY_VERIFY(hang.openConnectionCount() >= 2);

        const int index = window.profileSwitcher()->findData(fastId);
        QVERIFY(index >= 0);
        window.profileSwitcher()->setCurrentIndex(index); // as a user picks it
        QTRY_COMPARE(session->activeId(), fastId);
        QTRY_VERIFY(session->application() &&
                    session->application()->profile().name == QStringLiteral("Fast"));
        QTRY_COMPARE_WITH_TIMEOUT(hang.openConnectionCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.dashboard()->card(QStringLiteral("dremio")) != nullptr,
                                  true, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            session->application()->healthMonitor()->health(QStringLiteral("dremio")).state,
            HealthState::Up, 10000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Fast")));
    }

    // The Settings page edits the active environment: a new password typed and saved is used
    // at once, and found again after a restart.
    void settingsPageEditsTheActiveEnvironment()
    {
        SecretStore store(m_storeName);
        ProbeTester tester;
        auto session = newSession(&store);
        Profile p = stackProfile(QStringLiteral("Local"));
        p.dremio.password = QStringLiteral("old-password");
        const QString id = saveThrough(*session, p).value();
        MainWindow window(session.get(), &tester);
        window.show();
        session->activate(id);
        QTRY_VERIFY(session->application() != nullptr);
        SettingsPage *settings = window.settingsPage();
        QTRY_COMPARE(settings->editor()->profile().dremio.password, QStringLiteral("old-password"));
        type(settings, QStringLiteral("dremioPassword"), m_dremioPassword);
        auto save = settings->findChild<QPushButton *>(QStringLiteral("saveEnvironment"));
        QVERIFY(save->isEnabled());
        Application *before = session->application();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(settings->findChild<QLabel *>(QStringLiteral("saveResult"))->text(),
                     QStringLiteral("Saved."));
        QTRY_VERIFY(session->application() != before);
        QVERIFY(roundUp(session->application(), {QStringLiteral("dremio")}));
        QVERIFY(!save->isEnabled());

        SecretStore again(m_storeName);
        auto next = newSession(&again);
        next->activate(id);
        Application *app = waitForApplication(*next);
        QVERIFY(app);
        QCOMPARE(app->profile().dremio.password, m_dremioPassword);
    }

    // The store answers "not found" for a secret this environment saved (a keyring locked,
    // its unlock prompt dismissed): the banner says so, and saving the environment then does
    // not take the empty field for a deletion.
    void lockedStoreNeverCostsASavedSecret()
    {
        SecretStore store(m_storeName);
        const QString id = [&] {
            auto writer = newSession(&store);
            return saveThrough(*writer, stackProfile(QStringLiteral("Local"))).value();
        }();
        // Another service name: the same keys, none of them there.
        SecretStore locked(m_storeName + QStringLiteral("-locked"));
        ProbeTester tester;
        auto session = newSession(&locked);
        MainWindow window(session.get(), &tester);
        window.show();
        session->activate(id);
        QTRY_VERIFY(session->application() != nullptr);
        auto banner = window.findChild<QLabel *>(QStringLiteral("secretsBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("locked")), qPrintable(banner->text()));
        SettingsPage *settings = window.settingsPage();
        QTRY_COMPARE(settings->editor()->profile().id, id);
        QVERIFY(settings->editor()->profile().dremio.password.isEmpty());
        type(settings, QStringLiteral("dremioUser"), QStringLiteral("analyst"));
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("saveEnvironment")),
                          Qt::LeftButton);
        QTRY_COMPARE(settings->findChild<QLabel *>(QStringLiteral("saveResult"))->text(),
                     QStringLiteral("Saved."));
        // Still marked as stored, and the real store still has it.
        const Profile saved = session->store().load(id).value();
        QVERIFY(saved.storedSecrets.contains(QStringLiteral("dremio/password")));
        QCOMPARE(readSecret(store, SecretStore::key(id, QStringLiteral("dremio"),
                                                    QStringLiteral("password")))
                     .value(),
                 m_dremioPassword);
    }

    // Everything the panel writes (its config folder, its log, an export) is searched for
    // every secret used, as typed and in base64: none may appear.
    void noSecretReachesAnyFile()
    {
        // Everything the panel logs, debug included, so what checks report is in the file.
        QLoggingCategory::setFilterRules(QStringLiteral("dsp.*.debug=true"));
        const QString log = installLogFile();
        SecretStore store(m_storeName);
        ProbeTester tester;
        const QString exported = m_home.filePath(QStringLiteral("export/recette.dsp-profile"));
        QDir().mkpath(QFileInfo(exported).absolutePath());
        const QString minioSecret =
            QStringLiteral("minio-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString pgPassword =
            QStringLiteral("pg-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            auto session = newSession(&store);
            MainWindow window(session.get(), &tester);
            window.show();
            Profile p = stackProfile(QStringLiteral("Recette"));
            p.minio.accessKey = QStringLiteral("analyst");
            p.minio.secretKey = minioSecret;
            p.postgres.host = QStringLiteral("127.0.0.1");
            p.postgres.port = 1; // refused: the check fails with its reason in the log
            p.postgres.password = pgPassword;
            const QString id = saveThrough(*session, p).value();
            session->activate(id);
            Application *app = waitForApplication(*session);
            QVERIFY(app);
            QVERIFY(roundUp(app, {QStringLiteral("dremio")}));
            // A wrong password too, so its failure is logged.
            Profile wrong = p;
            wrong.name = QStringLiteral("Wrong");
            wrong.id.clear();
            wrong.dremio.password = m_dremioPassword + QStringLiteral("x");
            const QString wrongId = saveThrough(*session, wrong).value();
            session->activate(wrongId);
            QTRY_VERIFY(session->application() && session->application()->profile().id == wrongId);
            roundUp(session->application(), {});
            window.exportEnvironment(exported);
            QVERIFY(QFileInfo::exists(exported));
            window.importEnvironment(exported);
            EnvironmentDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<EnvironmentDialog *>()) != nullptr);
            // The import asks for the secrets it lacks, by name.
            auto message = dialog->findChild<QLabel *>(QStringLiteral("message"));
            QVERIFY(message->text().contains(QStringLiteral("Dremio password")));
            QVERIFY(message->text().contains(QStringLiteral("MinIO secret key")));
            type(dialog, QStringLiteral("dremioPassword"), m_dremioPassword);
            type(dialog, QStringLiteral("minioSecretKey"), minioSecret);
            type(dialog, QStringLiteral("postgresPassword"), pgPassword);
            type(dialog, QStringLiteral("airbyteClientSecret"), m_clientSecret);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")),
                              Qt::LeftButton);
            QTRY_COMPARE(session->store().profiles().size(), 3);
            QTRY_VERIFY(session->application() && session->activeId() != wrongId &&
                        session->application()->profile().id == session->activeId());
            QVERIFY(roundUp(session->application(), {QStringLiteral("dremio")}));
            window.close();
            bool done = false;
            session->shutdown([&] { done = true; });
            QTRY_VERIFY(done);
        }
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logged = logFile.readAll();
        // The checks did reach the log, the refused password among them.
        QVERIFY2(logged.contains("dremio") && logged.contains("refused"), logged.right(2000));

        const QStringList secrets{m_clientSecret, m_dremioPassword, minioSecret, pgPassword};
        QList<QPair<QString, QByteArray>> files = filesUnder(configDir());
        files += filesUnder(QFileInfo(log).absolutePath());
        files += filesUnder(QFileInfo(exported).absolutePath());
        QVERIFY(files.size() >= 5);
        for (const auto &[path, bytes] : std::as_const(files)) {
            for (const QString &secret : secrets) {
                const QByteArray utf8 = secret.toUtf8();
                QVERIFY2(!bytes.contains(utf8), qPrintable(path));
                QVERIFY2(!bytes.contains(utf8.toBase64()), qPrintable(path));
                QVERIFY2(!bytes.contains(utf8.toBase64(QByteArray::Base64UrlEncoding)),
                         qPrintable(path));
                QVERIFY2(!bytes.contains(utf8.toPercentEncoding()), qPrintable(path));
            }
        }
    }
#else
    // No credential store: the banner says so, secrets live for this session only, and none
    // is written anywhere.
    void noStoreShowsTheBannerAndKeepsSecretsForTheSession()
    {
        SecretStore store(m_storeName);
        ProbeTester tester;
        auto session = newSession(&store);
        MainWindow window(session.get(), &tester);
        window.show();
        const Result<QString> id = saveThrough(*session, stackProfile(QStringLiteral("Local")));
        QVERIFY(id);
        QVERIFY(!store.isPersistent());
        auto banner = window.findChild<QLabel *>(QStringLiteral("secretsBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("this session only")));
        session->activate(id.value());
        Application *app = waitForApplication(*session);
        QVERIFY(app);
        QVERIFY(roundUp(app, {QStringLiteral("airbyte"), QStringLiteral("dremio")}));
        for (const auto &[path, bytes] : filesUnder(configDir()))
            QVERIFY2(!bytes.contains(m_dremioPassword.toUtf8()), qPrintable(path));

        // The next run has no secret: Dremio asks for its password again.
        SecretStore next(m_storeName);
        auto nextSession = newSession(&next);
        nextSession->activate(id.value());
        Application *nextApp = waitForApplication(*nextSession);
        QVERIFY(nextApp);
        QVERIFY(nextApp->profile().dremio.password.isEmpty());
        QCOMPARE(nextApp->profile().dremio.user, QStringLiteral("analyst"));
    }
#endif

    // DSP_* variables win over the store, for scripts and --check.
    void environmentOverridesWin()
    {
        SecretStore store(m_storeName);
        auto writer = newSession(&store);
        Profile p = stackProfile(QStringLiteral("Local"));
        p.dremio.password = QStringLiteral("stale-password");
        const QString id = saveThrough(*writer, p).value();
        Profile other = stackProfile(QStringLiteral("Production"));
        other.dremio.password = QStringLiteral("production-password");
        const QString otherId = saveThrough(*writer, other).value();
        EnvironmentOverrides overrides;
        overrides.dremioPassword = m_dremioPassword;
        auto session = newSession(&store, overrides, id);
        session->activate(id);
        Application *app = waitForApplication(*session);
        QVERIFY(app);
        QVERIFY(session->overridesApply());
        QVERIFY(roundUp(app, {QStringLiteral("dremio")}));
        // Another environment (another server) never receives them.
        session->activate(otherId);
        QTRY_VERIFY(session->application() && session->application()->profile().id == otherId);
        QCOMPARE(session->application()->profile().dremio.password,
                 QStringLiteral("production-password"));
        QVERIFY(!session->overridesApply());
    }
};

QTEST_MAIN(TestEnvironments)
#include "tst_environments.moc"
