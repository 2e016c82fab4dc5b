#pragma once

#include "airbyte/airbyteclient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace Dsp {

class ConnectorIconCache;
class ConnectorIcons;

// The sources (or destinations) of a workspace as a table: name, connector with its icon,
// when it was created, the connections that use it. No widget per row.
class ConnectorsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Connector, Created, UsedBy, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UsedByNamesRole };

    explicit ConnectorsModel(AirbyteClient::Kind kind, QObject *parent = nullptr);

    // Where icons given by URL come from (null: only SVG carried in the definitions).
    void setIconSource(ConnectorIcons *icons);
    // Replaces everything: the instances, the definitions (names, icons), the connections.
    void reset(const QList<ConnectorInstance> &instances,
               const QList<ConnectorDefinition> &definitions,
               const QList<ConnectionSummary> &connections);
    void clear();

    const ConnectorInstance *instanceAt(int row) const;
    // The names of the connections that use the instance on `row`.
    QStringList usedBy(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ConnectorInstance instance;
        QString connector;
        QStringList usedBy;
    };

    AirbyteClient::Kind m_kind;
    QList<Row> m_rows;
    QHash<QString, ConnectorDefinition> m_definitions; // by id
    ConnectorIconCache *m_icons;
};

} // namespace Dsp
