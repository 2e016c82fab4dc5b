#pragma once

#include "health/healthtypes.h"
#include "settings/profile.h"
#include "settings/stackdetector.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
QT_END_NAMESPACE

namespace Dsp {

class SecretLineEdit;
class ServiceTester;

// Every field of one environment: endpoints, users, passwords and keys (masked, with a
// reveal toggle), TLS options, Airbyte's authentication. Each service's tab has a Test
// button that runs its real probe with what is typed, before anything is saved, and Detect
// fills in what answers on the default ports. Holds what the user typed until they leave:
// a failed test or detection never clears a field.
class EnvironmentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentEditor(QWidget *parent = nullptr);

    // `tester` runs the probes for Test and Detect; it must outlive this editor.
    void setTester(ServiceTester *tester);
    // Detect probes this host (tests use their own ports).
    void setDetectTarget(const QString &host, const StackDetector::Ports &ports);

    void setProfile(const Profile &profile);
    // The profile as typed, over the one set (its id and other settings kept).
    Profile profile() const;
    // What stops the profile from being saved, in words; empty when nothing does.
    QStringList problems() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // Runs a service's test as the Test button does.
    void test(const QString &service);
    void detect();
    bool isBusy() const;

signals:
    void changed();
    void testFinished(const QString &service, const Dsp::ProbeResult &result);
    void detectFinished();

private:
    QWidget *airbyteTab();
    QWidget *minioTab();
    QWidget *postgresTab();
    QWidget *dremioTab();
    QWidget *temporalTab();
    QWidget *withTestRow(QWidget *form, const QString &service);
    QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = {});
    SecretLineEdit *secretEdit(const QString &objectName);
    QWidget *fileChooser(QLineEdit *edit, const QString &title);
    void showVerdict(const QString &service, const ProbeResult &result);
    void updateAuthFields();
    void fillFromAbctl();
    void showDetection(const StackDetector::Detection &detection);

    Profile m_base;
    ServiceTester *m_tester = nullptr;
    StackDetector *m_detector = nullptr;
    QString m_detectHost = QStringLiteral("localhost");
    StackDetector::Ports m_detectPorts;
    bool m_modified = false;
    bool m_loading = false;
    QHash<QString, quint64> m_testGeneration;

    QLineEdit *m_name;
    QTabWidget *m_tabs;
    QHash<QString, QPushButton *> m_testButtons;
    QHash<QString, QLabel *> m_verdicts;
    QPushButton *m_detect;
    QLabel *m_detectResult;

    QLineEdit *m_airbyteApi, *m_airbyteUi, *m_airbyteUser, *m_airbyteClientId, *m_airbyteCa;
    SecretLineEdit *m_airbytePassword, *m_airbyteClientSecret;
    QComboBox *m_airbyteAuth;
    QPlainTextEdit *m_abctlPaste;
    QLabel *m_abctlResult;
    QList<QWidget *> m_basicRows, m_clientRows;

    QLineEdit *m_minioEndpoint, *m_minioConsole, *m_minioRegion, *m_minioAccessKey, *m_minioBuckets,
        *m_minioCa;
    SecretLineEdit *m_minioSecretKey;

    QLineEdit *m_pgHost, *m_pgUser, *m_pgDatabases, *m_pgRootCert;
    QSpinBox *m_pgPort;
    SecretLineEdit *m_pgPassword;
    QComboBox *m_pgSslMode;

    QLineEdit *m_dremioUrl, *m_dremioUi, *m_dremioUser, *m_dremioCa;
    SecretLineEdit *m_dremioPassword;

    QLineEdit *m_temporalHost, *m_temporalUi;
    QSpinBox *m_temporalPort;
};

} // namespace Dsp
