#include "airbyte/abctlcredentials.h"

#include <QTest>

using namespace Dsp;

// `abctl local credentials` as users paste it: from a colour terminal, from Windows, from old
// abctl versions that printed JSON, or something else entirely.
class TestAbctlCredentials : public QObject
{
    Q_OBJECT

private:
    // pterm (abctl's output library) renders a style by wrapping each line in its SGR code
    // twice, and a prefix printer puts a coloured box before the first line and a blank
    // coloured box of the same width before every following one.
    static QString styled(const QString &code, const QString &text)
    {
        const QString on = QStringLiteral("\x1b[") + code + QLatin1Char('m');
        const QString off = QStringLiteral("\x1b[0m");
        return on + on + text + off + off;
    }
    static QString ptermPrinted(const QString &boxCode, const QString &label,
                                const QString &messageCode, const QStringList &lines)
    {
        QString out;
        for (int i = 0; i < lines.size(); ++i) {
            out += i == 0 ? styled(boxCode, QLatin1Char(' ') + label + QLatin1Char(' '))
                          : QLatin1Char('\n') + styled(boxCode, QString(label.size() + 2, ' '));
            out += QLatin1Char(' ') + styled(messageCode, lines.at(i));
        }
        return out + QLatin1Char('\n');
    }
    static QString ptermInfo(const QStringList &lines)
    {
        return ptermPrinted(QStringLiteral("30;46"), QStringLiteral("INFO"), QStringLiteral("96"),
                            lines);
    }
    static QString ptermSuccess(const QString &line)
    {
        return ptermPrinted(QStringLiteral("30;42"), QStringLiteral("SUCCESS"),
                            QStringLiteral("32"), {line});
    }

    // abctl >= 0.13 (internal/cmd/local/credentials.go), as a terminal without colour shows it.
    static QString plainOutput()
    {
        return QStringLiteral("  INFO    Using Kubernetes provider:\n"
                              "            Provider: kind\n"
                              "            Kubeconfig: /home/u/.airbyte/abctl/abctl.kubeconfig\n"
                              "            Context: kind-airbyte-abctl\n"
                              " SUCCESS  Retrieving your credentials from 'airbyte-auth-secrets'\n"
                              "  INFO    Credentials:\n"
                              "            Email: analyst@example.com\n"
                              "            Password: Xy9KqLm2Np4Rs6Tu8Vw0\n"
                              "            Client-Id: 5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e\n"
                              "            Client-Secret: Qm9vLXNlY3JldC12YWx1ZS0xMjM0\n");
    }

    static QString colouredOutput(const QString &email)
    {
        return ptermInfo({QStringLiteral("Using Kubernetes provider:"),
                          QStringLiteral("  Provider: kind"),
                          QStringLiteral("  Kubeconfig: /home/u/.airbyte/abctl/abctl.kubeconfig"),
                          QStringLiteral("  Context: kind-airbyte-abctl")}) +
               ptermSuccess(
                   QStringLiteral("Retrieving your credentials from 'airbyte-auth-secrets'")) +
               ptermInfo({QStringLiteral("Credentials:"), QStringLiteral("  Email: ") + email,
                          QStringLiteral("  Password: Xy9KqLm2Np4Rs6Tu8Vw0"),
                          QStringLiteral("  Client-Id: 5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e"),
                          QStringLiteral("  Client-Secret: Qm9vLXNlY3JldC12YWx1ZS0xMjM0")});
    }

private slots:
    void readsCredentials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("clientSecret");

        const QString password = QStringLiteral("Xy9KqLm2Np4Rs6Tu8Vw0");
        const QString id = QStringLiteral("5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e");
        const QString secret = QStringLiteral("Qm9vLXNlY3JldC12YWx1ZS0xMjM0");
        const QString email = QStringLiteral("analyst@example.com");

        QTest::newRow("plain") << plainOutput() << email << password << id << secret;
        QTest::newRow("pterm colours")
            << colouredOutput(email) << email << password << id << secret;
        QTest::newRow("CRLF")
            << QString(plainOutput()).replace(QStringLiteral("\n"), QStringLiteral("\r\n")) << email
            << password << id << secret;
        QTest::newRow("colours and CRLF")
            << colouredOutput(email).replace(QStringLiteral("\n"), QStringLiteral("\r\n")) << email
            << password << id << secret;
        QTest::newRow("email not set")
            << colouredOutput(QStringLiteral("[not set]")) << QString() << password << id << secret;
        QTest::newRow("only the credential lines, no indent")
            << QStringLiteral("Credentials:\nEmail: [not set]\nPassword: ") + password +
                   QStringLiteral("\nClient-Id: ") + id + QStringLiteral("\nClient-Secret: ") +
                   secret
            << QString() << password << id << secret;
        QTest::newRow("values with colons")
            << QStringLiteral("  Email: [not set]\n  Password: a:b: c\n"
                              "  Client-Id: urn:uuid:1234\n  Client-Secret: s3cr:et==")
            << QString() << QStringLiteral("a:b: c") << QStringLiteral("urn:uuid:1234")
            << QStringLiteral("s3cr:et==");
        QTest::newRow("other escape sequences")
            << QStringLiteral("\x1b]0;abctl\x07\x1b[?25l\x1b[2K\r  Password: \x1b[1m") + password +
                   QStringLiteral("\x1b[22m\n\x1b[2K\x1b[1G  Client-Id: \x1b[38;5;208m") + id +
                   QStringLiteral("\x1b[39m\n  Client-Secret: \x1b[38;2;0;128;255m") + secret +
                   QStringLiteral("\x1b[0m\x1b[?25h\n")
            << QString() << password << id << secret;
        QTest::newRow("a redrawn spinner line")
            << QStringLiteral("\u280b Restarting\r\u2819 Restarting\r  Password: ") + password +
                   QStringLiteral("\n  Client-Id: ") + id + QStringLiteral("\n  Client-Secret: ") +
                   secret
            << QString() << password << id << secret;
        QTest::newRow("output pasted twice: the last counts")
            << plainOutput() + QString(plainOutput())
                                   .replace(QStringLiteral("Password: Xy9KqLm2Np4Rs6Tu8Vw0"),
                                            QStringLiteral("Password: changed-later"))
            << email << QStringLiteral("changed-later") << id << secret;

        // abctl 0.11 - 0.12 (local_credentials.go) printed JSON inside the INFO box.
        QTest::newRow("JSON in pterm box")
            << ptermSuccess(QStringLiteral("Getting your credentials: airbyte-auth-secrets")) +
                   ptermInfo(
                       {QStringLiteral("{"),
                        QStringLiteral("  \"password\": \"") + password + QStringLiteral("\","),
                        QStringLiteral("  \"client-id\": \"") + id + QStringLiteral("\","),
                        QStringLiteral("  \"client-secret\": \"") + secret + QStringLiteral("\""),
                        QStringLiteral("}")})
            << QString() << password << id << secret;
        QTest::newRow("JSON on one line")
            << QStringLiteral("{\"password\":\"") + password +
                   QStringLiteral("\",\"client-id\":\"") + id +
                   QStringLiteral("\",\"client-secret\":\"") + secret + QStringLiteral("\"}")
            << QString() << password << id << secret;
        QTest::newRow("JSON with CRLF") << QStringLiteral("{\r\n  \"password\": \"") + password +
                                               QStringLiteral("\",\r\n  \"client-id\": \"") + id +
                                               QStringLiteral("\",\r\n  \"client-secret\": \"") +
                                               secret + QStringLiteral("\"\r\n}\r\n")
                                        << QString() << password << id << secret;
        // abctl did not escape the values: a quote in a password breaks the JSON, not us.
        QTest::newRow("JSON with an unescaped quote")
            << QStringLiteral("{\n  \"password\": \"pa\"ss\",\n  \"client-id\": \"") + id +
                   QStringLiteral("\",\n  \"client-secret\": \"") + secret +
                   QStringLiteral("\"\n}\n")
            << QString() << QStringLiteral("pa\"ss") << id << secret;
    }
    void readsCredentials()
    {
        QFETCH(QString, text);
        const AbctlCredentials c = parseAbctlCredentials(text);
        QVERIFY(!c.isEmpty());
        QTEST(c.email, "email");
        QTEST(c.password, "password");
        QTEST(c.clientId, "clientId");
        QTEST(c.clientSecret, "clientSecret");
    }

    void findsNothingInOtherText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("  \r\n\t\n");
        QTest::newRow("prose") << QStringLiteral("I ran abctl but it said nothing useful.");
        QTest::newRow("other abctl output")
            << ptermInfo({QStringLiteral("Using Kubernetes provider:"),
                          QStringLiteral("  Provider: kind"),
                          QStringLiteral("  Context: kind-airbyte-abctl")}) +
                   ptermPrinted(QStringLiteral("30;41"), QStringLiteral(" ERROR "),
                                QStringLiteral("91"),
                                {QStringLiteral("No existing cluster found")});
        QTest::newRow("other JSON") << QStringLiteral("{\"available\": true, \"count\": 3}");
        static const char junk[] = "\x00\x01\x1b[\xff\xfe:: : \x7f";
        QTest::newRow("binary junk") << QString::fromLatin1(junk, sizeof(junk) - 1);
    }
    void findsNothingInOtherText()
    {
        QFETCH(QString, text);
        QVERIFY(parseAbctlCredentials(text).isEmpty());
    }

    void isEmptyOnlyWithoutAnyField()
    {
        AbctlCredentials c;
        QVERIFY(c.isEmpty());
        c.clientSecret = QStringLiteral("x");
        QVERIFY(!c.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAbctlCredentials)
#include "tst_abctlcredentials.moc"
