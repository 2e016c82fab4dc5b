#include "connectorsmodel.h"

#include "connectoriconcache.h"

#include <QLocale>

namespace Dsp {

ConnectorsModel::ConnectorsModel(AirbyteClient::Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_icons(new ConnectorIconCache({16, 24, 32, 48}, this))
{
    connect(m_icons, &ConnectorIconCache::iconChanged, this, [this](const QString &definitionId) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).instance.definitionId == definitionId) {
                const QModelIndex i = index(row, Connector);
                emit dataChanged(i, i, {Qt::DecorationRole});
            }
        }
    });
}

void ConnectorsModel::setIconSource(ConnectorIcons *icons)
{
    m_icons->setSource(icons);
}

void ConnectorsModel::reset(const QList<ConnectorInstance> &instances,
                            const QList<ConnectorDefinition> &definitions,
                            const QList<ConnectionSummary> &connections)
{
    m_definitions.clear();
    for (const ConnectorDefinition &d : definitions)
        m_definitions.insert(d.id, d);
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(instances.size());
    for (const ConnectorInstance &i : instances) {
        Row row;
        row.instance = i;
        const auto d = m_definitions.constFind(i.definitionId);
        row.connector = d != m_definitions.constEnd() ? d->name : i.connectorName;
        for (const ConnectionSummary &c : connections) {
            const QString &end =
                m_kind == AirbyteClient::Kind::Source ? c.sourceId : c.destinationId;
            if (end == i.id)
                row.usedBy.append(c.name);
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ConnectorsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ConnectorInstance *ConnectorsModel::instanceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].instance : nullptr;
}

QStringList ConnectorsModel::usedBy(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].usedBy : QStringList();
}

int ConnectorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == IdRole)
        return row.instance.id;
    if (role == UsedByNamesRole)
        return row.usedBy;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.instance.name;
        break;
    case Connector:
        if (role == Qt::DisplayRole)
            return row.connector;
        if (role == Qt::DecorationRole)
            if (const auto d = m_definitions.constFind(row.instance.definitionId);
                d != m_definitions.constEnd())
                return m_icons->icon(*d);
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return row.instance.createdAt.isValid()
                       ? QLocale().toString(row.instance.createdAt.toLocalTime(),
                                            QLocale::ShortFormat)
                       : QString();
        if (role == Qt::UserRole) // sorts by time, not by text
            return row.instance.createdAt;
        break;
    case UsedBy:
        if (role == Qt::DisplayRole)
            return row.usedBy.isEmpty() ? tr("not used")
                                        : tr("%n connection(s)", nullptr, int(row.usedBy.size()));
        if (role == Qt::ToolTipRole)
            return row.usedBy.join(QLatin1Char('\n'));
        if (role == Qt::UserRole)
            return int(row.usedBy.size());
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Connector:
        return tr("Connector");
    case Created:
        return tr("Created");
    case UsedBy:
        return tr("Used by");
    default:
        return {};
    }
}

} // namespace Dsp
