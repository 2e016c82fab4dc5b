#pragma once

#include "airbyte/airbyteclient.h"
#include "settings/profile.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Dsp {

class ConnectorDialog;
class ConnectorIcons;
class ConnectorDrafts;
class ConnectorsModel;

// The Sources (or Destinations) page: the workspace's instances in a table, a search box,
// New (the connector picker, the stack's presets, the generated form), Open to view and edit
// (double-click too), Refresh, and Delete with a confirmation that names the connections using
// it. Loads when shown and on Refresh; every failure is said above the table with Airbyte's
// words, and the last list stays.
class ConnectorsPage : public QWidget
{
    Q_OBJECT
public:
    ConnectorsPage(AirbyteClient::Kind kind, QWidget *parent = nullptr);
    ~ConnectorsPage() override;

    // The active environment's client (null: Airbyte is not configured there).
    void setClient(AirbyteClient *client);
    // The active environment (what presets fill in) and where its form drafts are kept.
    void setEnvironment(const Profile &profile, const QString &draftsDirectory);
    // Icons Airbyte gives by URL (null: only those carried as SVG).
    void setIconSource(ConnectorIcons *icons);
    void refresh();
    // Opens the dialog for a new one, or for the selected row; returns it (tests drive it).
    ConnectorDialog *openNew();
    ConnectorDialog *openSelected();
    // Deletes the selected row after asking (tests confirm with `confirmed`).
    void deleteSelected(bool confirmed = false);

    ConnectorsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(const QString &workspaceId);
    void setStatus(const QString &text, bool error = false);
    QString noun() const;

    AirbyteClient::Kind m_kind;
    QPointer<AirbyteClient> m_client;
    QString m_workspaceId;
    bool m_loadedOnce = false;
    quint64 m_generation = 0;
    ConnectorsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_workspaces;
    QPushButton *m_refresh;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_delete;
    std::optional<Profile> m_profile;
    std::unique_ptr<ConnectorDrafts> m_drafts;
    QPointer<ConnectorIcons> m_icons;
    QLabel *m_status;
};

} // namespace Dsp
