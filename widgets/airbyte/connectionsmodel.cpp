#include "connectionsmodel.h"

#include "connectoriconcache.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QTextDocument>

#include <limits>

namespace Dsp {

namespace {

// Names come from the server: shown as they are, never as rich text.
QString plainToolTip(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

} // namespace

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_icons(new ConnectorIconCache({16, 24, 32, 48}, this))
{
    connect(m_icons, &ConnectorIconCache::iconChanged, this, [this](const QString &key) {
        m_endsIcons.clear();
        for (int row = 0; row < m_rows.size(); ++row) {
            const Row &r = m_rows.at(row);
            if (r.sourceIconKey == key || r.destinationIconKey == key) {
                const QModelIndex i = index(row, Ends);
                emit dataChanged(i, i, {Qt::DecorationRole, SourceIconRole, DestinationIconRole});
            }
        }
    });
}

void ConnectionsModel::setIconSource(ConnectorIcons *icons)
{
    m_icons->setSource(icons);
}

QString ConnectionsModel::iconKey(const QString &icon)
{
    if (icon.isEmpty())
        return {};
    QString key =
        icon.startsWith(QLatin1String("http"))
            ? icon
            : QStringLiteral("svg:") +
                  QString::fromLatin1(
                      QCryptographicHash::hash(icon.toUtf8(), QCryptographicHash::Sha1).toHex());
    if (!m_iconDefinitions.contains(key)) {
        ConnectorDefinition definition;
        definition.id = key;
        definition.icon = icon; // SVG text or URL, as ConnectorIconCache takes either
        m_iconDefinitions.insert(key, definition);
    }
    return key;
}

QIcon ConnectionsModel::icon(const QString &key) const
{
    if (key.isEmpty())
        return {};
    const auto d = m_iconDefinitions.constFind(key);
    return d != m_iconDefinitions.constEnd() ? m_icons->icon(*d) : QIcon();
}

QSize ConnectionsModel::endsIconSize(int height)
{
    return {2 * height + height / 5, height};
}

QIcon ConnectionsModel::endsIcon(const Row &row) const
{
    const QString key = row.sourceIconKey + QLatin1Char('|') + row.destinationIconKey;
    if (const auto it = m_endsIcons.constFind(key); it != m_endsIcons.constEnd())
        return *it;
    // One missing (or still downloading) leaves its place empty, so the names stay aligned.
    const QIcon source = icon(row.sourceIconKey);
    const QIcon destination = icon(row.destinationIconKey);
    QIcon ends;
    for (int height : {16, 20, 24, 32, 40}) {
        const QSize size = endsIconSize(height);
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        if (!source.isNull())
            painter.drawPixmap(0, 0, source.pixmap(QSize(height, height), 1.0));
        if (!destination.isNull())
            painter.drawPixmap(size.width() - height, 0,
                               destination.pixmap(QSize(height, height), 1.0));
        painter.end();
        ends.addPixmap(pixmap);
    }
    return *m_endsIcons.insert(key, ends);
}

ConnectionsModel::Row ConnectionsModel::makeRow(const ConnectionListItem &item)
{
    return {item, iconKey(item.sourceIcon), iconKey(item.destinationIcon), QString()};
}

void ConnectionsModel::setItems(const QList<ConnectionListItem> &items)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < items.size(); ++i)
        incoming.insert(items.at(i).id, i);

    // Rows gone, removed in runs from the end.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows.at(row).item.id))
            continue;
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).item.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    // Rows kept, updated in place.
    QSet<QString> kept;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString id = m_rows.at(row).item.id;
        kept.insert(id);
        const QString progress = m_rows.at(row).progress;
        m_rows[row] = makeRow(items.at(incoming.value(id)));
        // A list read while the watcher follows the sync keeps its progress.
        if (!progress.isEmpty()) {
            m_rows[row].item.isSyncing = true;
            m_rows[row].progress = progress;
        }
        rowChanged(row, 0, ColumnCount - 1);
    }

    // New rows, at the end (the view sorts).
    QList<Row> added;
    for (const ConnectionListItem &item : items) {
        if (!kept.contains(item.id)) {
            kept.insert(item.id);
            added.append(makeRow(item));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void ConnectionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_iconDefinitions.clear();
    m_endsIcons.clear();
    m_icons->clear();
    endResetModel();
}

void ConnectionsModel::setStatus(const QString &connectionId, const QString &status)
{
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    m_rows[row].item.status = status;
    rowChanged(row, Status, Status);
}

void ConnectionsModel::setSyncing(const QString &connectionId, bool syncing)
{
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    m_rows[row].item.isSyncing = syncing;
    if (!syncing)
        m_rows[row].progress.clear();
    rowChanged(row, LastSync, LastSync);
}

void ConnectionsModel::setProgressText(const QString &connectionId, const QString &text)
{
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    m_rows[row].item.isSyncing = true;
    m_rows[row].progress = text;
    rowChanged(row, LastSync, LastSync);
}

void ConnectionsModel::removeConnection(const QString &connectionId)
{
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConnectionsModel::rowChanged(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

const ConnectionListItem *ConnectionsModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].item : nullptr;
}

int ConnectionsModel::rowOf(const QString &connectionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).item.id == connectionId)
            return row;
    }
    return -1;
}

QString ConnectionsModel::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("inactive"))
        return tr("Inactive");
    if (status == QLatin1String("deprecated"))
        return tr("Deprecated");
    if (status == QLatin1String("locked"))
        return tr("Locked");
    return status; // a newer server's word
}

QString ConnectionsModel::syncResultText(const ConnectionListItem &item)
{
    if (item.isSyncing)
        return tr("Syncing…");
    const QString &s = item.latestSyncJobStatus;
    if (s.isEmpty())
        return item.latestSyncJobCreatedAt.isValid() ? QString() : tr("Never", "last sync");
    if (s == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (s == QLatin1String("failed"))
        return tr("Failed");
    if (s == QLatin1String("running"))
        return tr("Running");
    if (s == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (s == QLatin1String("incomplete"))
        return tr("Incomplete");
    if (s == QLatin1String("pending"))
        return tr("Pending");
    return s;
}

QString ConnectionsModel::endsText(const ConnectionListItem &item) const
{
    return tr("%1 → %2", "source → destination").arg(item.sourceName, item.destinationName);
}

QString ConnectionsModel::lastSyncText(const ConnectionListItem &item) const
{
    const QString result = syncResultText(item);
    if (!item.latestSyncJobCreatedAt.isValid())
        return result;
    const QString when =
        QLocale().toString(item.latestSyncJobCreatedAt.toLocalTime(), QLocale::ShortFormat);
    if (result.isEmpty())
        return when;
    //: Last sync: its result, then when it started ("Succeeded, 3/12/25 2:05 PM")
    return tr("%1, %2", "last sync").arg(result, when);
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const ConnectionListItem &c = row.item;
    switch (role) {
    case IdRole:
        return c.id;
    case FilterRole:
        return QStringList{c.name, c.sourceName, c.destinationName}.join(QLatin1Char('\n'));
    case StatusRole:
        return c.status;
    case SourceIconRole:
        return icon(row.sourceIconKey);
    case DestinationIconRole:
        return icon(row.destinationIconKey);
    default:
        break;
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.name;
        if (role == Qt::ToolTipRole)
            return plainToolTip(c.name);
        break;
    case Ends:
        if (role == Qt::DisplayRole || role == SortRole)
            return endsText(c);
        if (role == Qt::DecorationRole)
            return endsIcon(row);
        if (role == Qt::ToolTipRole) {
            const QString source =
                c.sourceConnectorName.isEmpty()
                    ? c.sourceName
                    : tr("%1 (%2)", "name (connector)").arg(c.sourceName, c.sourceConnectorName);
            const QString destination =
                c.destinationConnectorName.isEmpty()
                    ? c.destinationName
                    : tr("%1 (%2)", "name (connector)")
                          .arg(c.destinationName, c.destinationConnectorName);
            return plainToolTip(tr("Source: %1\nDestination: %2").arg(source, destination));
        }
        break;
    case Schedule:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.schedule.describe();
        break;
    case Status:
        if (role == Qt::DisplayRole || role == SortRole)
            return statusText(c.status);
        break;
    case LastSync:
        if (role == Qt::DisplayRole) {
            //: A running sync on the Connections page: "Syncing… 3,555 records, 694 KiB so far"
            return row.progress.isEmpty() || !c.isSyncing
                       ? lastSyncText(c)
                       : tr("%1 %2", "syncing, progress").arg(syncResultText(c), row.progress);
        }
        if (role == Qt::ToolTipRole && c.latestSyncJobCreatedAt.isValid())
            return plainToolTip(
                QLocale().toString(c.latestSyncJobCreatedAt.toLocalTime(), QLocale::LongFormat));
        if (role == SortRole) // by time; never synced first
            return c.latestSyncJobCreatedAt.isValid() ? c.latestSyncJobCreatedAt.toMSecsSinceEpoch()
                                                      : std::numeric_limits<qint64>::min();
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Ends:
        return tr("Source → Destination");
    case Schedule:
        return tr("Schedule");
    case Status:
        return tr("Status");
    case LastSync:
        return tr("Last sync");
    default:
        return {};
    }
}

} // namespace Dsp
