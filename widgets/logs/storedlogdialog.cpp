#include "storedlogdialog.h"

#include "logs/logstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dsp {

namespace {

QString placeText(bool inWorkspace, bool archived)
{
    if (inWorkspace && archived)
        return StoredLogDialog::tr("Airbyte's log and the archive");
    return archived ? StoredLogDialog::tr("archive") : StoredLogDialog::tr("Airbyte's log");
}

} // namespace

StoredLogDialog::StoredLogDialog(Logs::LogStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Open a Stored Job Log"));
    auto *where = new QLabel(store ? store->description() : QString(), this);
    where->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("storedLogMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_jobs = new QListWidget(this);
    m_jobs->setObjectName(QStringLiteral("storedJobs"));
    m_attempts = new QListWidget(this);
    m_attempts->setObjectName(QStringLiteral("storedAttempts"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);

    auto *jobsColumn = new QVBoxLayout;
    jobsColumn->addWidget(new QLabel(tr("Jobs"), this));
    jobsColumn->addWidget(m_jobs);
    auto *attemptsColumn = new QVBoxLayout;
    attemptsColumn->addWidget(new QLabel(tr("Attempts"), this));
    attemptsColumn->addWidget(m_attempts);
    auto *lists = new QHBoxLayout;
    lists->addLayout(jobsColumn, 1);
    lists->addLayout(attemptsColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(lists, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_jobs, &QListWidget::currentRowChanged, this, &StoredLogDialog::loadAttempts);
    connect(m_attempts, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Open)->setEnabled(row >= 0); });
    connect(m_attempts, &QListWidget::itemActivated, this, &QDialog::accept);
}

qint64 StoredLogDialog::jobId() const
{
    const QListWidgetItem *item = m_jobs->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : -1;
}

int StoredLogDialog::attempt() const
{
    const QListWidgetItem *item = m_attempts->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

void StoredLogDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        loadJobs();
    }
}

void StoredLogDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c01c28; }") : QString());
}

void StoredLogDialog::loadJobs()
{
    if (!m_store)
        return;
    setMessage(tr("Reading the jobs…"), false);
    m_store->listJobs(this, [this](const Result<QList<Logs::StoredJob>> &jobs) {
        if (!jobs) {
            setMessage(jobs.error().message, true);
            return;
        }
        m_jobs->clear();
        for (const Logs::StoredJob &job : jobs.value()) {
            auto *item = new QListWidgetItem(
                tr("Job %1 · %2").arg(job.jobId).arg(placeText(job.inWorkspace, job.archived)),
                m_jobs);
            item->setData(Qt::UserRole, job.jobId);
        }
        setMessage(jobs.value().isEmpty() ? tr("No job log is stored here yet.") : QString(),
                   false);
        if (m_jobs->count() > 0)
            m_jobs->setCurrentRow(0);
    });
}

void StoredLogDialog::loadAttempts()
{
    m_attempts->clear();
    const qint64 job = jobId();
    if (!m_store || job < 0)
        return;
    m_store->listAttempts(job, this, [this, job](const Result<QList<Logs::StoredAttempt>> &r) {
        if (jobId() != job)
            return; // another job was chosen since
        if (!r) {
            setMessage(r.error().message, true);
            return;
        }
        m_attempts->clear(); // a reply for this job may have come before (A, B, A)
        for (const Logs::StoredAttempt &a : r.value()) {
            auto *item = new QListWidgetItem(
                tr("Attempt %1 · %2").arg(a.attempt + 1).arg(placeText(a.inWorkspace, a.archived)),
                m_attempts);
            item->setData(Qt::UserRole, a.attempt);
        }
        if (m_attempts->count() > 0)
            m_attempts->setCurrentRow(m_attempts->count() - 1);
    });
}

} // namespace Dsp
