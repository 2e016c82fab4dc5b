#include "connectorsmodel.h"

#include "connectoricon.h"

#include "airbyte/connectoricons.h"

#include <QLocale>

namespace Dsp {

ConnectorsModel::ConnectorsModel(AirbyteClient::Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void ConnectorsModel::setIconSource(ConnectorIcons *icons)
{
    if (m_iconSource)
        disconnect(m_iconSource, nullptr, this, nullptr);
    m_iconSource = icons;
    if (!icons)
        return;
    connect(icons, &ConnectorIcons::iconReady, this, [this](const QUrl &url) {
        for (int row = 0; row < m_rows.size(); ++row) {
            const auto d = m_definitions.constFind(m_rows.at(row).instance.definitionId);
            if (d == m_definitions.constEnd() || connectorIconUrl(*d) != url)
                continue;
            m_rows[row].icon = iconFor(*d);
            const QModelIndex i = index(row, Connector);
            emit dataChanged(i, i, {Qt::DecorationRole});
        }
    });
}

QIcon ConnectorsModel::iconFor(const ConnectorDefinition &definition)
{
    if (m_icons.contains(definition.id))
        return m_icons.value(definition.id);
    const QByteArray svg = connectorSvg(definition, m_iconSource);
    if (svg.isEmpty())
        return {}; // rendered when the download ends (iconReady)
    const QIcon icon = renderConnectorIcon(svg);
    m_icons.insert(definition.id, icon);
    return icon;
}

void ConnectorsModel::reset(const QList<ConnectorInstance> &instances,
                            const QList<ConnectorDefinition> &definitions,
                            const QList<ConnectionSummary> &connections)
{
    QHash<QString, const ConnectorDefinition *> byId;
    m_definitions.clear();
    for (const ConnectorDefinition &d : definitions) {
        byId.insert(d.id, &d);
        m_definitions.insert(d.id, d);
    }
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(instances.size());
    for (const ConnectorInstance &i : instances) {
        Row row;
        row.instance = i;
        const ConnectorDefinition *d = byId.value(i.definitionId);
        row.connector = d ? d->name : i.connectorName;
        if (d)
            row.icon = iconFor(*d);
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
            return row.icon;
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
