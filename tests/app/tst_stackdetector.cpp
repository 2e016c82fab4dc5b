// Detect, as the environment editor runs it: the real probes against the local test stack on
// the ports it could get (standing in for the defaults), each Airbyte layout, and nothing.
#include "probetester.h"

#include "settings/environmenteditor.h"
#include "settings/stackdetector.h"

#include "airbytefake.h"
#include "dremiofake.h"
#include "teststack.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

// A port nothing listens on (taken, then given back).
int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

StackPorts nothingAnywhere()
{
    StackPorts ports;
    ports.airbyte = freePort();
    ports.airbyteCompose = freePort();
    ports.minio = freePort();
    ports.minioConsole = freePort();
    ports.postgres = freePort();
    ports.dremio = freePort();
    ports.temporal = freePort();
    ports.temporalUi = freePort();
    return ports;
}

std::optional<StackDetector::Detection> detect(ServiceTester *tester, const Profile &base,
                                               const StackPorts &ports)
{
    StackDetector detector(tester);
    QSignalSpy finished(&detector, &StackDetector::finished);
    detector.detect(base, QStringLiteral("127.0.0.1"), ports);
    if (!finished.wait(15000))
        return std::nullopt;
    return finished.first().first().value<StackDetector::Detection>();
}

} // namespace

Q_DECLARE_METATYPE(Dsp::StackDetector::Detection)

class TestStackDetector : public QObject
{
    Q_OBJECT

private:
    ProbeTester m_tester;

private slots:
    void initTestCase() { qRegisterMetaType<StackDetector::Detection>(); }

    // The test stack (S3 with MinIO's health routes, PostgreSQL, gRPC health), an abctl-like
    // Airbyte 1.x and Dremio: all five found and filled in, Airbyte as abctl.
    void findsTheLocalStack()
    {
        Testing::TestStack stack;
        QVERIFY2(stack.start(), qPrintable(stack.error()));
        AirbyteFake airbyte;
        airbyte.setVersion("1.8.0");
        QVERIFY(airbyte.listen());
        DremioFake dremio;
        QVERIFY(dremio.listen());
        StackPorts ports = nothingAnywhere();
        ports.airbyte = airbyte.port();
        ports.minio = stack.s3Port();
        ports.postgres = stack.pgPort();
        ports.dremio = dremio.port();
        ports.temporal = stack.grpcPort();

        Profile base;
        base.postgres.password = QStringLiteral("typed-before-detect");
        const auto d = detect(&m_tester, base, ports);
        QVERIFY(d);
        QCOMPARE(d->foundCount(), 5);
        QCOMPARE(d->profile.airbyte.apiUrl.port(), ports.airbyte);
        QCOMPARE(d->profile.airbyte.auth, Profile::Airbyte::Auth::ClientCredentials);
        QVERIFY2(
            d->services.value(QStringLiteral("airbyte")).summary.contains(QStringLiteral("abctl")),
            qPrintable(d->services.value(QStringLiteral("airbyte")).summary));
        QCOMPARE(d->profile.minio.endpoint.port(), ports.minio);
        QCOMPARE(d->profile.minio.consoleUrl.port(), ports.minioConsole);
        QCOMPARE(d->profile.postgres.port, ports.postgres);
        QCOMPARE(d->profile.dremio.url.port(), ports.dremio);
        QCOMPARE(d->profile.temporal.port, ports.temporal);
        // What the user typed stays.
        QCOMPARE(d->profile.postgres.password, QStringLiteral("typed-before-detect"));
    }

    void tellsTheDockerComposeLayouts()
    {
        // Behind the proxy on the first port, with basic auth.
        {
            AirbyteFake proxy;
            proxy.setVersion("0.63.20");
            proxy.setBasicAuth(QStringLiteral("airbyte"), QStringLiteral("password"));
            QVERIFY(proxy.listen());
            StackPorts ports = nothingAnywhere();
            ports.airbyte = proxy.port();
            const auto d = detect(&m_tester, Profile(), ports);
            QVERIFY(d);
            QCOMPARE(d->profile.airbyte.auth, Profile::Airbyte::Auth::Basic);
            QCOMPARE(d->profile.airbyte.user, QStringLiteral("airbyte"));
            QCOMPARE(d->profile.airbyte.apiUrl.port(), ports.airbyte);
            QVERIFY(d->services.value(QStringLiteral("airbyte"))
                        .summary.contains(QStringLiteral("basic auth")));
        }
        // The API on the second port, the first one silent.
        {
            AirbyteFake api;
            api.setVersion("0.63.20");
            QVERIFY(api.listen());
            StackPorts ports = nothingAnywhere();
            ports.airbyteCompose = api.port();
            const auto d = detect(&m_tester, Profile(), ports);
            QVERIFY(d);
            QCOMPARE(d->profile.airbyte.auth, Profile::Airbyte::Auth::None);
            QCOMPARE(d->profile.airbyte.apiUrl.port(), ports.airbyteCompose);
            QCOMPARE(d->profile.airbyte.uiUrl.port(), ports.airbyte);
            QVERIFY(d->services.value(QStringLiteral("airbyte"))
                        .summary.contains(QStringLiteral("docker-compose")));
        }
    }

    // Nothing runs: every service says so, and the profile keeps what it had.
    void findsNothingWhereNothingRuns()
    {
        Profile base;
        base.dremio.user = QStringLiteral("analyst");
        const auto d = detect(&m_tester, base, nothingAnywhere());
        QVERIFY(d);
        QCOMPARE(d->foundCount(), 0);
        for (const QString &s :
             {QStringLiteral("airbyte"), QStringLiteral("minio"), QStringLiteral("postgres"),
              QStringLiteral("dremio"), QStringLiteral("temporal")}) {
            QVERIFY(!d->services.value(s).found);
            QVERIFY2(d->services.value(s).summary.contains(QStringLiteral("nothing answers")),
                     qPrintable(d->services.value(s).summary));
        }
        QCOMPARE(d->profile.airbyte.apiUrl, base.airbyte.apiUrl);
        QCOMPARE(d->profile.dremio.user, QStringLiteral("analyst"));
    }

    // The editor's Detect button: the fields fill in, the result is said in words, and what
    // the user typed (a name, a password) stays.
    void editorDetectButtonFillsTheFields()
    {
        DremioFake dremio;
        QVERIFY(dremio.listen());
        StackPorts ports = nothingAnywhere();
        ports.dremio = dremio.port();
        EnvironmentEditor editor;
        editor.setTester(&m_tester);
        editor.setDetectTarget(QStringLiteral("127.0.0.1"), ports);
        editor.show();
        auto name = editor.findChild<QLineEdit *>(QStringLiteral("name"));
        name->setText(QStringLiteral("Laptop"));
        editor.findChild<QLineEdit *>(QStringLiteral("dremioPassword"))
            ->setText(QStringLiteral("typed"));
        QSignalSpy done(&editor, &EnvironmentEditor::detectFinished);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("detect")),
                          Qt::LeftButton);
        QVERIFY(done.wait(15000));
        const QString said = editor.findChild<QLabel *>(QStringLiteral("detectResult"))->text();
        QVERIFY2(said.contains(QStringLiteral("Found 1 of 5")), qPrintable(said));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("dremioUrl"))->text(),
                 QStringLiteral("http://127.0.0.1:%1").arg(ports.dremio));
        QCOMPARE(name->text(), QStringLiteral("Laptop"));
        QCOMPARE(editor.profile().dremio.password, QStringLiteral("typed"));
        QVERIFY(editor.isModified());
    }
};

QTEST_MAIN(TestStackDetector)
#include "tst_stackdetector.moc"
