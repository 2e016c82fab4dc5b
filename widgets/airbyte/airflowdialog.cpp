#include "airflowdialog.h"
#include "airflowdialog_p.h"

#include "forms/formstyle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dsp {

namespace {

// Replaces the preview's text, keeping where the user scrolled to.
void showText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int vertical = edit->verticalScrollBar()->value();
    const int horizontal = edit->horizontalScrollBar()->value();
    edit->setPlainText(text);
    edit->verticalScrollBar()->setValue(vertical);
    edit->horizontalScrollBar()->setValue(horizontal);
}

} // namespace

AirflowDialog::AirflowDialog(const QString &connectionId, const QString &connectionName,
                             const QString &airbyteUrl, const QString &clientId,
                             SecretFetcher fetchSecret, QWidget *parent)
    : QDialog(parent)
    , m_connectionId(connectionId)
    , m_connectionName(connectionName)
    , m_clientId(clientId)
    , m_fetchSecret(std::move(fetchSecret))
{
    setWindowTitle(tr("Use in Airflow"));
    resize(1100, 720);

    auto *header = new QLabel(this);
    header->setTextFormat(Qt::PlainText);
    header->setWordWrap(true);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->setText(tr("Airbyte connection \"%1\", id %2").arg(connectionName, connectionId));
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);

    QWidget *options = makeOptions();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeDagTab(), tr("DAG file"));
    m_tabs->addTab(makeConnectionTab(), tr("Airflow connection"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(options);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 660});

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_airbyteUrl->setText(airbyteUrl);
    setStatus({});
    updatePreviews();
}

AirflowDialog::~AirflowDialog()
{
    forgetSecret();
}

AirflowDagOptions AirflowDialog::dagOptions() const
{
    AirflowDagOptions o;
    o.connectionId = m_connectionId;
    o.connectionName = m_connectionName;
    o.airflowConnId = m_airflowConnId->text().trimmed();
    o.dagId = m_dagId->text();
    const QString schedule = m_schedule->currentData().toString();
    if (schedule == AirflowDialogItems::Cron) {
        o.schedule = AirflowDagOptions::Schedule::Cron;
        o.scheduleText = m_cron->text();
    } else if (schedule != AirflowDialogItems::NoSchedule) {
        o.schedule = AirflowDagOptions::Schedule::Preset;
        o.scheduleText = schedule;
    }
    o.startDate = m_startDate->date();
    o.retries = m_retries->value();
    o.retryDelay = std::chrono::minutes(m_retryDelay->value());
    o.asynchronous = m_asynchronous->isChecked();
    o.timeout = std::chrono::minutes(m_timeout->value());
    o.dbt = m_dbt->isChecked();
    o.dbtProjectDir = m_dbtProject->text();
    o.dbtSelect = m_dbtSelect->text();
    return o;
}

AirflowConnectionOptions AirflowDialog::connectionOptions() const
{
    AirflowConnectionOptions o;
    o.airflowConnId = m_airflowConnId->text().trimmed();
    o.airbyteUrl = m_airbyteUrl->text();
    o.clientId = m_clientId;
    o.includeSecret = m_includeSecret->isChecked() && !m_secret.isEmpty();
    if (o.includeSecret)
        o.clientSecret = m_secret;
    return o;
}

QString AirflowDialog::dagText() const
{
    return airflowDag(dagOptions());
}

QString AirflowDialog::connectionText() const
{
    return airflowConnectionJson(connectionOptions());
}

QString AirflowDialog::connectionCommand() const
{
    return airflowConnectionCommand(connectionOptions());
}

void AirflowDialog::updatePreviews()
{
    const AirflowDagOptions dag = dagOptions();
    const AirflowConnectionOptions connection = connectionOptions();
    const bool cron = dag.schedule == AirflowDagOptions::Schedule::Cron;
    m_cron->setVisible(cron);
    m_scheduleWords->setText(airflowScheduleDescription(dag));
    m_scheduleWords->setVisible(!m_scheduleWords->text().isEmpty());
    m_dbtProject->setEnabled(dag.dbt);
    m_dbtSelect->setEnabled(dag.dbt);
    m_timeout->setToolTip(dag.asynchronous ? tr("How long the sensor waits for the sync")
                                           : tr("How long the task waits for the sync; then the "
                                                "Airbyte job is cancelled"));

    const QStringList dagProblems = airflowDagProblems(dag);
    const QStringList connectionProblems = airflowConnectionProblems(connection);
    QStringList problems = dagProblems;
    for (const QString &problem : connectionProblems) {
        if (!problems.contains(problem))
            problems.append(problem);
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_copyDag->setEnabled(dagProblems.isEmpty());
    m_saveDag->setEnabled(dagProblems.isEmpty());
    m_copyConnection->setEnabled(connectionProblems.isEmpty());
    m_copyCommand->setEnabled(connectionProblems.isEmpty());
    m_saveConnection->setEnabled(connectionProblems.isEmpty());

    const QString dagId = airflowEffectiveDagId(dag);
    m_dagNote->setText(tr("Save it as %1.py in the dags/ folder of Airflow (scheduler and "
                          "workers), which picks it up within minutes. In Airbyte, set the "
                          "connection's schedule to Manual, so that only Airflow starts its "
                          "syncs.")
                           .arg(dagId));
    const QString connId = connection.airflowConnId.isEmpty() ? QStringLiteral("airbyte_default")
                                                              : connection.airflowConnId;
    m_connectionNote->setText(
        tr("Run on the Airflow machine: airflow connections add %1 --conn-json '<the JSON "
           "below>' (Copy the command copies it whole). Saved as %1.json, it stays out of the "
           "shell's history: airflow connections add %1 --conn-json \"$(cat %1.json)\". Needs "
           "apache-airflow-providers-airbyte 4 or later.")
            .arg(connId));
    if (!m_clientId.isEmpty() && !connection.includeSecret) {
        m_connectionNote->setText(
            m_connectionNote->text() + u' ' +
            tr("Replace %1 with the client secret.").arg(airflowSecretPlaceholder()));
    }
    m_secretWarning->setVisible(connection.includeSecret);

    showText(m_dagPreview, airflowDag(dag));
    showText(m_connectionPreview, airflowConnectionJson(connection));
}

void AirflowDialog::includeSecret(bool include)
{
    forgetSecret();
    if (!include) {
        updatePreviews();
        return;
    }
    if (!m_fetchSecret)
        return;
    setStatus(tr("Reading the client secret…"));
    const quint64 request = m_secretRequest;
    m_fetchSecret(this, [this, request](const Result<QString> &secret) {
        if (request != m_secretRequest || !m_includeSecret->isChecked())
            return; // unticked meanwhile
        if (!secret || secret.value().isEmpty()) {
            const QString why =
                secret ? tr("none is saved for this environment") : secret.error().message;
            const QSignalBlocker blocker(m_includeSecret);
            m_includeSecret->setChecked(false);
            setStatus(tr("The client secret could not be read: %1").arg(why), true);
            updatePreviews();
            return;
        }
        m_secret = secret.value();
        setStatus({});
        updatePreviews();
    });
}

void AirflowDialog::forgetSecret()
{
    ++m_secretRequest;
    m_secret.fill(QChar(u'\0'));
    m_secret.clear();
}

void AirflowDialog::copyDag()
{
    QGuiApplication::clipboard()->setText(dagText());
    setStatus(tr("DAG file copied."));
}

void AirflowDialog::copyConnection()
{
    QGuiApplication::clipboard()->setText(connectionText());
    setStatus(tr("Airflow connection copied."));
}

void AirflowDialog::copyCommand()
{
    QGuiApplication::clipboard()->setText(connectionCommand());
    setStatus(tr("Command copied."));
}

bool AirflowDialog::saveDag(const QString &path)
{
    const QString name = airflowEffectiveDagId(dagOptions()) + QStringLiteral(".py");
    QString file = path;
    if (file.isEmpty()) {
        file =
            QFileDialog::getSaveFileName(this, tr("Save the DAG file"), QDir::home().filePath(name),
                                         tr("Python files (*.py);;All files (*)"));
        if (file.isEmpty())
            return false;
    } else if (QFileInfo(file).isDir()) {
        file = QDir(file).filePath(name);
    }
    return save(file, dagText(), false);
}

bool AirflowDialog::saveConnection(const QString &path)
{
    const AirflowConnectionOptions options = connectionOptions();
    const QString name =
        (isValidAirflowConnId(options.airflowConnId) ? options.airflowConnId
                                                     : QStringLiteral("airbyte_default")) +
        QStringLiteral(".json");
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save the Airflow connection"),
                                            QDir::home().filePath(name),
                                            tr("JSON files (*.json);;All files (*)"));
        if (file.isEmpty())
            return false;
    } else if (QFileInfo(file).isDir()) {
        file = QDir(file).filePath(name);
    }
    return save(file, airflowConnectionJson(options), options.includeSecret);
}

bool AirflowDialog::save(const QString &path, const QString &text, bool ownerOnly)
{
    const Result<bool> written = writeAirflowFile(path, text, ownerOnly);
    if (!written) {
        setStatus(written.error().message, true);
        return false;
    }
    setStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AirflowDialog::setStatus(const QString &text, bool error)
{
    setStatusText(m_status, text, error);
}

} // namespace Dsp
