#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Dsp {

class AirbyteClient;
class ConnectionsModel;
class ConnectorIcons;
struct ConnectionListItem;

// The Connections page: the workspace's connections in a table (source → destination with
// their icons, schedule, status, last sync), a search box, New and Open (for the wizard, by
// signal), Enable/Disable, Sync now, Delete with a confirmation, Refresh. Loads when shown and
// on Refresh; every failure is said above the table with Airbyte's words, and the last list
// stays. GUI thread only.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    // The active environment's client (null: Airbyte is not configured there).
    void setClient(AirbyteClient *client);
    // Icons Airbyte gives by URL (null: only those carried as SVG).
    void setIconSource(ConnectorIcons *icons);
    void refresh();
    // The workspace the list comes from (empty until it is known).
    QString workspaceId() const { return m_workspaceId; }
    // Selects the connection's row (clearing a search that hides it); when the list is not
    // loaded yet, once it is.
    void selectConnection(const QString &connectionId);
    // The selected connection's id (empty: none).
    QString selectedConnectionId() const;

    // What the buttons do, on the selected row. Delete asks first, in a window-modal box
    // (tests confirm with `confirmed`).
    void toggleSelectedActive();
    void syncSelected();
    void deleteSelected(bool confirmed = false);

    // The job watcher's news: a sync's progress on its row; a sync over (the list is read
    // again for its result).
    void setSyncProgress(const QString &connectionId, const QString &text);
    void syncEnded(const QString &connectionId);

    ConnectionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void loaded();
    void newRequested();
    // The stack guide's pipeline, as one click-through of the wizard.
    void pipelineRequested();
    void openRequested(const QString &connectionId);
    // The connection's jobs, on the Jobs page.
    void jobsRequested(const QString &connectionId);
    // "Use in Airflow" for the connection: its DAG and the Airflow connection.
    void airflowRequested(const QString &connectionId, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(const QString &workspaceId);
    void reloadIfStale();
    void setStatus(const QString &text, bool error = false);
    bool isCurrent(quint64 session) const;
    const ConnectionListItem *selectedItem() const;
    void updateActions();
    void applyPendingSelection();
    void startDelete(const QString &connectionId, const QString &name);

    QPointer<AirbyteClient> m_client;
    QString m_workspaceId;
    bool m_loadedOnce = false;
    bool m_loading = false;
    quint64 m_generation = 0; // of loads: only the last one's answer counts
    quint64 m_session = 0;    // of clients: answers for an earlier client are dropped
    QSet<QString> m_busy;     // connections with a call in flight
    QString m_pendingSelection;
    ConnectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_workspaces;
    QPushButton *m_refresh;
    QPushButton *m_new;
    QPushButton *m_pipeline;
    QPushButton *m_open;
    QPushButton *m_toggleActive;
    QPushButton *m_syncNow;
    QPushButton *m_jobs;
    QPushButton *m_airflow;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace Dsp
