#pragma once

#include "airflow/airflowexport.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
QT_END_NAMESPACE

namespace Dsp {

// "Use in Airflow" for one Airbyte connection: the options of its DAG (blocking or with a
// sensor, schedule, retries, an optional dbt run) beside two live previews, the DAG file and
// the Airflow connection for the provider >= 4, each to copy or save. The client secret is
// asked for only when "Include the client secret" is ticked, and forgotten when it is
// unticked. GUI thread only.
class AirflowDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the client secret, asynchronously: calls `done` once, on the GUI thread, never after
    // `context` is gone (SecretStore::read's contract; an empty value means none is saved).
    using SecretFetcher = std::function<void(
        QObject *context, std::function<void(const Result<QString> &secret)> done)>;

    // `airbyteUrl`: the environment's Airbyte API URL (http://host:8000, .../api), which the
    // user may change to the address Airflow reaches. `clientId` empty: Airbyte without
    // authentication, and no secret to include. `fetchSecret` null: the secret can't be
    // included.
    AirflowDialog(const QString &connectionId, const QString &connectionName,
                  const QString &airbyteUrl, const QString &clientId, SecretFetcher fetchSecret,
                  QWidget *parent = nullptr);
    ~AirflowDialog() override;

    AirflowDagOptions dagOptions() const;
    AirflowConnectionOptions connectionOptions() const; // the secret only once fetched
    QString dagText() const;
    QString connectionText() const;
    QString connectionCommand() const;

    // Save…: asks where (proposing <dag_id>.py and <conn id>.json) unless `path` is given; a
    // folder gets that name inside it. The connection file is readable by its owner only when
    // it holds the secret. False when nothing was written.
    bool saveDag(const QString &path = {});
    bool saveConnection(const QString &path = {});
    void copyDag();
    void copyConnection();
    void copyCommand();

    // For tests.
    QRadioButton *blockingButton() const { return m_blocking; }
    QRadioButton *asynchronousButton() const { return m_asynchronous; }
    QLineEdit *dagIdEdit() const { return m_dagId; }
    QComboBox *scheduleCombo() const { return m_schedule; }
    QLineEdit *cronEdit() const { return m_cron; }
    QLabel *scheduleLabel() const { return m_scheduleWords; }
    QSpinBox *retriesSpin() const { return m_retries; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QCheckBox *dbtCheck() const { return m_dbt; }
    QLineEdit *dbtProjectEdit() const { return m_dbtProject; }
    QLineEdit *dbtSelectEdit() const { return m_dbtSelect; }
    QLineEdit *airbyteUrlEdit() const { return m_airbyteUrl; }
    QCheckBox *includeSecretCheck() const { return m_includeSecret; }
    QPlainTextEdit *dagPreview() const { return m_dagPreview; }
    QPlainTextEdit *connectionPreview() const { return m_connectionPreview; }
    QPushButton *saveDagButton() const { return m_saveDag; }
    QPushButton *saveConnectionButton() const { return m_saveConnection; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *statusLabel() const { return m_status; }

private:
    QWidget *makeOptions();
    QWidget *makeDagTab();
    QWidget *makeConnectionTab();
    void updatePreviews();
    void includeSecret(bool include);
    void forgetSecret();
    void setStatus(const QString &text, bool error = false);
    bool save(const QString &path, const QString &text, bool ownerOnly);

    QString m_connectionId;
    QString m_connectionName;
    QString m_clientId;
    SecretFetcher m_fetchSecret;
    QString m_secret;            // only while "Include the client secret" is ticked
    quint64 m_secretRequest = 0; // answers to an earlier tick are dropped

    QLineEdit *m_dagId;
    QRadioButton *m_blocking;
    QRadioButton *m_asynchronous;
    QSpinBox *m_timeout;
    QComboBox *m_schedule;
    QLineEdit *m_cron;
    QLabel *m_scheduleWords;
    QDateEdit *m_startDate;
    QSpinBox *m_retries;
    QSpinBox *m_retryDelay;
    QCheckBox *m_dbt;
    QLineEdit *m_dbtProject;
    QLineEdit *m_dbtSelect;
    QLineEdit *m_airflowConnId;
    QLineEdit *m_airbyteUrl;
    QLabel *m_problems;
    QTabWidget *m_tabs;
    QLabel *m_dagNote;
    QPlainTextEdit *m_dagPreview;
    QPushButton *m_copyDag;
    QPushButton *m_saveDag;
    QLabel *m_connectionNote;
    QCheckBox *m_includeSecret;
    QLabel *m_secretWarning;
    QPlainTextEdit *m_connectionPreview;
    QPushButton *m_copyConnection;
    QPushButton *m_copyCommand;
    QPushButton *m_saveConnection;
    QLabel *m_status;
};

} // namespace Dsp
