#pragma once

// Chooses an attempt's log in a LogStore (the environment's bucket, or abctl's folder): its
// jobs newest first, then the chosen job's attempts, each saying where its log is (Airbyte's
// own objects, the panel's archive, or both). Lists are read when shown and when a job is
// chosen; a failure is said in the dialog in the store's words. GUI thread.

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace Dsp {

namespace Logs {
class LogStore;
} // namespace Logs

class StoredLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoredLogDialog(Logs::LogStore *store, QWidget *parent = nullptr);

    // The attempt chosen (after accept()): job id and Airbyte's attempt number; -1 when none.
    qint64 jobId() const;
    int attempt() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadJobs();
    void loadAttempts();
    void setMessage(const QString &text, bool error);

    QPointer<Logs::LogStore> m_store;
    QLabel *m_message = nullptr;
    QListWidget *m_jobs = nullptr;
    QListWidget *m_attempts = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_loaded = false;
};

} // namespace Dsp
