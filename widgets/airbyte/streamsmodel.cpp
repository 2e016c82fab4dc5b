#include "airbyte/streamsmodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Dsp {

namespace {

// Whether `text` is ASCII, and then in `*lower` in lower case (shared when it has no capitals).
bool asciiLower(const QString &text, QString *lower)
{
    bool capitals = false;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
        capitals = capitals || (c >= u'A' && c <= u'Z');
    }
    *lower = capitals ? text.toLower() : text;
    return true;
}

} // namespace

StreamsModel::StreamsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StreamsModel::setCatalog(const Catalog &catalog,
                              const QList<DestinationSyncMode> &destinationModes)
{
    beginResetModel();
    m_catalog = catalog;
    m_destinationModes = destinationModes;
    const int previousCount = m_selectedCount;
    m_selectedCount = 0;
    m_problems.fill(StreamProblem::None, m_catalog.size());
    m_problemCount = 0;
    for (int row = 0; row < m_catalog.size(); ++row) {
        m_selectedCount += m_catalog.stream(row).config.selected ? 1 : 0;
        updateProblem(row);
    }
    endResetModel();
    if (m_selectedCount != previousCount)
        emit selectionCountChanged(m_selectedCount);
    emit choicesChanged();
}

int StreamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_catalog.size();
}

int StreamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<SyncModes> StreamsModel::modeChoices(int row) const
{
    return availableSyncModes(m_catalog.stream(row).supportedSyncModes, m_destinationModes);
}

QString StreamsModel::modesKey(const SyncModes &modes)
{
    return syncModeApiName(modes.source) + QLatin1Char('/') +
           destinationSyncModeApiName(modes.destination);
}

std::optional<SyncModes> StreamsModel::modesFromKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto source = syncModeFromApi(parts.at(0));
    const auto destination = destinationSyncModeFromApi(parts.at(1));
    if (!source || !destination)
        return std::nullopt;
    return SyncModes{*source, *destination};
}

QVariant StreamsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_catalog.size())
        return {};
    const int row = index.row();
    const CatalogStream &s = m_catalog.stream(row);
    const StreamConfig &c = s.config;
    const StreamProblem problem = m_problems.at(row);
    if (role == ProblemRole)
        return int(problem);
    if (role == StreamNameRole)
        return s.name;
    if (role == ModeChoicesRole) {
        QVariantList keys;
        for (const SyncModes &m : modeChoices(row))
            keys << modesKey(m);
        return keys;
    }
    if (role == Qt::ToolTipRole && problem != StreamProblem::None)
        return Catalog::problemText(problem);
    if (role == Qt::ForegroundRole && problem != StreamProblem::None &&
        (index.column() == ProblemColumn ||
         (index.column() == CursorColumn && problem == StreamProblem::NeedsCursor) ||
         (index.column() == KeyColumn && problem == StreamProblem::NeedsPrimaryKey) ||
         (index.column() == ModeColumn && problem == StreamProblem::ModeNotSupported)))
        return QColor(0xc0, 0x1c, 0x28); // the forms' error colour, readable on both themes
    if (role == Qt::ForegroundRole && !c.selected && index.column() != SyncColumn)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::CheckStateRole && index.column() == SyncColumn)
        return c.selected ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole && index.column() == ModeColumn)
        return modesKey(c.modes);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NamespaceColumn:
        return s.nameSpace;
    case NameColumn:
        return s.name;
    case FieldsColumn:
        return s.fieldCount;
    case ModeColumn:
        return c.modes.displayName();
    case CursorColumn:
        if (!c.modes.needsCursor())
            return QString();
        if (s.sourceDefinedCursor)
            return tr("%1 (source-defined)").arg(fieldPathText(s.defaultCursorField));
        return c.cursorField.isEmpty() ? tr("(choose)") : fieldPathText(c.cursorField);
    case KeyColumn: {
        if (!s.sourceDefinedPrimaryKey.isEmpty())
            return c.modes.needsPrimaryKey()
                       ? tr("%1 (source-defined)").arg(fieldPathsText(s.sourceDefinedPrimaryKey))
                       : fieldPathsText(s.sourceDefinedPrimaryKey);
        if (!c.modes.needsPrimaryKey())
            return fieldPathsText(c.primaryKey);
        return c.primaryKey.isEmpty() ? tr("(choose)") : fieldPathsText(c.primaryKey);
    }
    case ProblemColumn:
        switch (problem) {
        case StreamProblem::None:
            return QString();
        case StreamProblem::ModeNotSupported:
            return tr("Sync mode not available");
        case StreamProblem::NeedsCursor:
            return tr("Needs a cursor");
        case StreamProblem::NeedsPrimaryKey:
            return tr("Needs a primary key");
        case StreamProblem::CursorNotSelected:
            return tr("Cursor field not selected");
        case StreamProblem::KeyNotSelected:
            return tr("Key field not selected");
        }
        return QString();
    default:
        return {};
    }
}

QVariant StreamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SyncColumn:
        return tr("Sync");
    case NamespaceColumn:
        return tr("Namespace");
    case NameColumn:
        return tr("Stream");
    case FieldsColumn:
        return tr("Fields");
    case ModeColumn:
        return tr("Sync mode");
    case CursorColumn:
        return tr("Cursor");
    case KeyColumn:
        return tr("Primary key");
    case ProblemColumn:
        return tr("To do");
    default:
        return {};
    }
}

Qt::ItemFlags StreamsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == SyncColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == ModeColumn && modeChoices(index.row()).size() > 1)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StreamsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    if (index.column() == SyncColumn && role == Qt::CheckStateRole) {
        setSelected({index.row()}, value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == ModeColumn && role == Qt::EditRole) {
        const auto modes = modesFromKey(value.toString());
        if (!modes || !modeChoices(index.row()).contains(*modes))
            return false;
        setSyncModes(index.row(), *modes);
        return true;
    }
    return false;
}

void StreamsModel::rowChanged(int row)
{
    updateProblem(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit choicesChanged();
}

void StreamsModel::updateProblem(int row)
{
    const StreamProblem problem = m_catalog.problem(row, m_destinationModes);
    m_problemCount +=
        int(problem != StreamProblem::None) - int(m_problems.at(row) != StreamProblem::None);
    m_problems[row] = problem;
}

// Ticks or unticks one row; false when it already was.
bool StreamsModel::select(int row, bool selected)
{
    if (m_catalog.stream(row).config.selected == selected)
        return false;
    m_catalog.setSelected(row, selected);
    m_selectedCount += selected ? 1 : -1;
    updateProblem(row);
    return true;
}

void StreamsModel::selectionChanged(int first, int last, int previousCount)
{
    // One signal for the whole span: a select-all of 10,000 rows is one repaint.
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (m_selectedCount != previousCount)
        emit selectionCountChanged(m_selectedCount);
    emit choicesChanged();
}

void StreamsModel::setSelected(const QList<int> &rows, bool selected)
{
    if (rows.isEmpty())
        return;
    const int previousCount = m_selectedCount;
    int first = rows.first();
    int last = first;
    for (int row : rows) {
        if (!select(row, selected))
            continue;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    selectionChanged(first, last, previousCount);
}

void StreamsModel::setAllSelected(bool selected)
{
    if (m_catalog.isEmpty())
        return;
    const int previousCount = m_selectedCount;
    int last = 0;
    for (int row = 0; row < m_catalog.size(); ++row) {
        if (select(row, selected))
            last = row;
    }
    selectionChanged(0, last, previousCount);
}

void StreamsModel::setSyncModes(int row, const SyncModes &modes)
{
    m_catalog.setSyncModes(row, modes);
    rowChanged(row);
}

void StreamsModel::applySyncModes(const QList<int> &rows, const SyncModes &modes)
{
    if (rows.isEmpty())
        return;
    for (int row : rows) {
        if (modeChoices(row).contains(modes)) {
            m_catalog.setSyncModes(row, modes);
            updateProblem(row);
        }
    }
    const auto [lo, hi] = std::minmax_element(rows.begin(), rows.end());
    emit dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
    emit choicesChanged();
}

void StreamsModel::setCursorField(int row, const FieldPath &cursor)
{
    m_catalog.setCursorField(row, cursor);
    rowChanged(row);
}

void StreamsModel::setPrimaryKey(int row, const QList<FieldPath> &key)
{
    m_catalog.setPrimaryKey(row, key);
    rowChanged(row);
}

void StreamsModel::setFieldSelection(int row, bool enabled, const QList<FieldPath> &fields)
{
    m_catalog.setFieldSelection(row, enabled, fields);
    rowChanged(row);
}

QList<int> StreamsModel::problemRows() const
{
    QList<int> rows;
    rows.reserve(m_problemCount);
    for (int i = 0; i < m_problems.size(); ++i) {
        if (m_problems.at(i) != StreamProblem::None)
            rows.append(i);
    }
    return rows;
}

StreamsFilter::StreamsFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void StreamsFilter::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_keys.clear();
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &StreamsFilter::beginResetModel)
                      << connect(model, &QAbstractItemModel::modelReset, this,
                                 [this] {
                                     m_keys.clear(); // other streams
                                     rebuild();
                                     endResetModel();
                                 })
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                                 &StreamsFilter::sourceDataChanged);
    }
    rebuild();
    endResetModel();
}

void StreamsFilter::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    m_asciiText = asciiLower(t, &m_lowerText);
    beginResetModel();
    rebuild();
    endResetModel();
}

void StreamsFilter::setSelectedOnly(bool selectedOnly)
{
    if (selectedOnly == m_selectedOnly)
        return;
    m_selectedOnly = selectedOnly;
    beginResetModel();
    rebuild();
    endResetModel();
}

bool StreamsFilter::accepts(const StreamsModel *model, int sourceRow) const
{
    if (!model)
        return true;
    const CatalogStream &s = model->catalog().stream(sourceRow);
    if (m_selectedOnly && !s.config.selected)
        return false;
    if (m_text.isEmpty())
        return true;
    const SearchKey &key = m_keys.at(sourceRow);
    if (m_asciiText && key.ascii)
        return key.name.contains(m_lowerText) || key.nameSpace.contains(m_lowerText);
    return s.name.contains(m_text, Qt::CaseInsensitive) ||
           s.nameSpace.contains(m_text, Qt::CaseInsensitive);
}

void StreamsFilter::rebuild()
{
    m_rows.clear();
    if (!sourceModel())
        return;
    const auto *model = qobject_cast<const StreamsModel *>(sourceModel());
    const int n = sourceModel()->rowCount();
    if (model && !m_text.isEmpty() && m_keys.size() != n) {
        m_keys.resize(n);
        for (int i = 0; i < n; ++i) {
            const CatalogStream &s = model->catalog().stream(i);
            SearchKey &key = m_keys[i];
            key.ascii = asciiLower(s.nameSpace, &key.nameSpace) && asciiLower(s.name, &key.name);
        }
    }
    m_rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (accepts(model, i))
            m_rows.append(i);
    }
}

void StreamsFilter::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    const auto first = std::lower_bound(m_rows.cbegin(), m_rows.cend(), topLeft.row());
    const auto last = std::upper_bound(m_rows.cbegin(), m_rows.cend(), bottomRight.row());
    if (first == last)
        return;
    emit dataChanged(index(int(first - m_rows.cbegin()), topLeft.column()),
                     index(int(last - m_rows.cbegin()) - 1, bottomRight.column()), roles);
}

QModelIndex StreamsFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex StreamsFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceIndex.row());
    if (it == m_rows.cend() || *it != sourceIndex.row())
        return {};
    return index(int(it - m_rows.cbegin()), sourceIndex.column());
}

QModelIndex StreamsFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex StreamsFilter::parent(const QModelIndex &) const
{
    return {};
}

int StreamsFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StreamsFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QVariant StreamsFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace Dsp
