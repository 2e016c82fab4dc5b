// The dialog's widgets: the options column and the two preview tabs (airflowdialog.cpp has
// what they do).
#include "airflowdialog.h"
#include "airflowdialog_p.h"

#include "common/secondarytext.h"
#include "forms/formstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dsp {

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    makeSecondaryText(label);
    return label;
}

QPlainTextEdit *preview(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

QWidget *AirflowDialog::makeOptions()
{
    auto *page = new QWidget(this);
    m_dagId = new QLineEdit(page);
    m_dagId->setPlaceholderText(airflowDefaultDagId(m_connectionName));
    m_dagId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_]{0,200}")), m_dagId));

    m_blocking = new QRadioButton(tr("In the task (blocking)"), page);
    m_asynchronous =
        new QRadioButton(tr("With a sensor (asynchronous: frees the worker between checks)"), page);
    m_blocking->setChecked(true);
    auto *wait = new QVBoxLayout;
    wait->addWidget(m_blocking);
    wait->addWidget(m_asynchronous);
    m_timeout = new QSpinBox(page);
    m_timeout->setRange(1, 7 * 24 * 60);
    m_timeout->setValue(60);
    //: minutes
    m_timeout->setSuffix(tr(" min"));

    m_schedule = new QComboBox(page);
    m_schedule->addItem(tr("None: only when triggered"), AirflowDialogItems::NoSchedule);
    for (const QString &preset : airflowSchedulePresets())
        m_schedule->addItem(preset, preset);
    m_schedule->addItem(tr("Cron expression"), AirflowDialogItems::Cron);
    m_cron = new QLineEdit(AirflowDialogItems::DefaultCron, page);
    m_cron->setPlaceholderText(AirflowDialogItems::DefaultCron);
    m_cron->setVisible(false);
    m_scheduleWords = noteLabel(page);
    auto *schedule = new QVBoxLayout;
    schedule->addWidget(m_schedule);
    schedule->addWidget(m_cron);
    schedule->addWidget(m_scheduleWords);

    m_startDate = new QDateEdit(QDate::currentDate(), page);
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_retries = new QSpinBox(page);
    m_retries->setRange(0, 20);
    m_retries->setValue(1);
    m_retryDelay = new QSpinBox(page);
    m_retryDelay->setRange(1, 24 * 60);
    m_retryDelay->setValue(5);
    m_retryDelay->setSuffix(tr(" min"));

    m_dbt = new QCheckBox(tr("Then run dbt"), page);
    m_dbtProject = new QLineEdit(page);
    m_dbtProject->setPlaceholderText(QStringLiteral("/opt/airflow/dbt/business"));
    m_dbtSelect = new QLineEdit(page);
    m_dbtSelect->setPlaceholderText(tr("all models; or tag:daily, orders+ …"));

    m_airflowConnId = new QLineEdit(QStringLiteral("airbyte_default"), page);
    m_airbyteUrl = new QLineEdit(page);
    QLabel *urlHint = noteLabel(page);
    urlHint->setText(tr("As Airflow's workers reach it: from a container, localhost is the "
                        "container itself."));
    auto *url = new QVBoxLayout;
    url->addWidget(m_airbyteUrl);
    url->addWidget(urlHint);

    m_problems = makeErrorLabel(page);
    m_problems->setObjectName(QStringLiteral("problems"));

    auto *form = new QFormLayout;
    form->addRow(tr("DAG id"), m_dagId);
    form->addRow(tr("Wait for the sync"), wait);
    form->addRow(tr("Give up after"), m_timeout);
    form->addRow(tr("Schedule"), schedule);
    form->addRow(tr("Start date"), m_startDate);
    form->addRow(tr("Retries"), m_retries);
    form->addRow(tr("Retry delay"), m_retryDelay);
    form->addRow(QString(), m_dbt);
    form->addRow(tr("dbt project directory"), m_dbtProject);
    form->addRow(tr("dbt selection"), m_dbtSelect);
    form->addRow(tr("Airflow connection id"), m_airflowConnId);
    form->addRow(tr("Airbyte URL"), url);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();

    const auto update = [this] { updatePreviews(); };
    for (QLineEdit *edit :
         {m_dagId, m_cron, m_dbtProject, m_dbtSelect, m_airflowConnId, m_airbyteUrl})
        connect(edit, &QLineEdit::textChanged, this, update);
    for (QSpinBox *spin : {m_timeout, m_retries, m_retryDelay})
        connect(spin, &QSpinBox::valueChanged, this, update);
    connect(m_asynchronous, &QRadioButton::toggled, this, update);
    connect(m_dbt, &QCheckBox::toggled, this, update);
    connect(m_startDate, &QDateEdit::dateChanged, this, update);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, update);
    return page;
}

QWidget *AirflowDialog::makeDagTab()
{
    auto *page = new QWidget(this);
    m_dagNote = noteLabel(page);
    m_dagPreview = preview(page);
    m_copyDag = new QPushButton(tr("Copy"), page);
    m_saveDag = new QPushButton(tr("Save…"), page);
    connect(m_copyDag, &QPushButton::clicked, this, &AirflowDialog::copyDag);
    connect(m_saveDag, &QPushButton::clicked, this, [this] { saveDag(); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copyDag);
    buttons->addWidget(m_saveDag);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_dagNote);
    layout->addWidget(m_dagPreview, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *AirflowDialog::makeConnectionTab()
{
    auto *page = new QWidget(this);
    m_connectionNote = noteLabel(page);
    m_includeSecret = new QCheckBox(tr("Include the client secret"), page);
    m_includeSecret->setEnabled(!m_clientId.isEmpty() && m_fetchSecret);
    m_secretWarning = makeErrorLabel(page);
    m_secretWarning->setText(tr("The secret is in the text below: whoever reads a copy or the "
                                "saved file can use Airbyte as this application. A command "
                                "typed in a shell stays in its history; prefer the saved file."));
    m_connectionPreview = preview(page);
    m_copyConnection = new QPushButton(tr("Copy"), page);
    m_copyCommand = new QPushButton(tr("Copy the command"), page);
    m_saveConnection = new QPushButton(tr("Save…"), page);
    connect(m_includeSecret, &QCheckBox::toggled, this, &AirflowDialog::includeSecret);
    connect(m_copyConnection, &QPushButton::clicked, this, &AirflowDialog::copyConnection);
    connect(m_copyCommand, &QPushButton::clicked, this, &AirflowDialog::copyCommand);
    connect(m_saveConnection, &QPushButton::clicked, this, [this] { saveConnection(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_includeSecret);
    buttons->addStretch();
    buttons->addWidget(m_copyConnection);
    buttons->addWidget(m_copyCommand);
    buttons->addWidget(m_saveConnection);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_connectionNote);
    layout->addWidget(m_secretWarning);
    layout->addWidget(m_connectionPreview, 1);
    layout->addLayout(buttons);
    return page;
}

} // namespace Dsp
