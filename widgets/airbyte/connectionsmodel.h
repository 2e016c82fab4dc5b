#pragma once

#include "airbyte/airbyteclient.h"
#include "airbyte/connection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace Dsp {

class ConnectorIconCache;
class ConnectorIcons;

// The connections of a workspace as a table: name, source → destination with both connectors'
// icons side by side (one composed icon, made once per pair), schedule in words, status, last
// sync. A new list is merged by id, so selection and scrolling survive a
// refresh. No widget per row; GUI thread only.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Ends, Schedule, Status, LastSync, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw values: the last sync's time, not its text
        IdRole,
        FilterRole,     // the connection's, the source's and the destination's names
        StatusRole,     // Airbyte's word: active, inactive, deprecated, locked (or a newer one)
        SourceIconRole, // each end's own icon
        DestinationIconRole,
    };

    explicit ConnectionsModel(QObject *parent = nullptr);

    // Where icons given by URL come from (null: only those carried as SVG).
    void setIconSource(ConnectorIcons *icons);
    // Merges a new list by connection id: rows gone are removed, the others updated in place,
    // new ones appended.
    void setItems(const QList<ConnectionListItem> &items);
    void clear();
    // After a call that changed one connection (enable/disable, sync now, delete).
    void setStatus(const QString &connectionId, const QString &status);
    void setSyncing(const QString &connectionId, bool syncing);
    // What the running sync has done so far, shown after "Syncing…" (empty: nothing yet).
    void setProgressText(const QString &connectionId, const QString &text);
    void removeConnection(const QString &connectionId);

    const ConnectionListItem *itemAt(int row) const;
    int rowOf(const QString &connectionId) const; // -1 when absent

    // "Active", "Inactive"…; an unknown word as it came.
    static QString statusText(const QString &status);
    // "Succeeded", "Failed"…, "Never", "Syncing…"; an unknown word as it came.
    static QString syncResultText(const ConnectionListItem &item);
    // The size of the Ends column's icon for connector icons of `height` (the view's iconSize).
    static QSize endsIconSize(int height);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ConnectionListItem item;
        QString sourceIconKey; // into m_iconDefinitions; empty: no icon
        QString destinationIconKey;
        QString progress; // of the running sync
    };

    Row makeRow(const ConnectionListItem &item);
    QString iconKey(const QString &icon);
    QIcon icon(const QString &key) const;
    QIcon endsIcon(const Row &row) const;
    QString endsText(const ConnectionListItem &item) const;
    QString lastSyncText(const ConnectionListItem &item) const;
    void rowChanged(int row, int firstColumn, int lastColumn);

    QList<Row> m_rows;
    // An icon is known by its URL, or by a digest of its SVG text; the cache takes it as the
    // definition it would be.
    QHash<QString, ConnectorDefinition> m_iconDefinitions;
    mutable QHash<QString, QIcon> m_endsIcons; // by both keys; emptied when an icon arrives
    ConnectorIconCache *m_icons;
};

} // namespace Dsp
