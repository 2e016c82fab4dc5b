#pragma once

#include "airbyte/catalog.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>

namespace Dsp {

// The streams step's table: one row per stream of a catalog, the user's choices edited in
// place (Sync check box, sync mode) or through setters (cursor, key, fields). Model/view only:
// 10,000 streams are 10,000 rows of data, no widget per row. Each row says what keeps it from
// being saved (Catalog::problem) in its Problem column, tooltip and colour.
class StreamsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SyncColumn,
        NamespaceColumn,
        NameColumn,
        FieldsColumn,
        ModeColumn,
        CursorColumn,
        KeyColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role {
        // ModeColumn: the row's choices (QList<SyncModes> as QVariantList of "source/dest").
        ModeChoicesRole = Qt::UserRole + 1,
        ProblemRole, // int(StreamProblem)
        StreamNameRole,
    };

    explicit StreamsModel(QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog, const QList<DestinationSyncMode> &destinationModes);
    const Catalog &catalog() const { return m_catalog; }
    const QList<DestinationSyncMode> &destinationModes() const { return m_destinationModes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QList<SyncModes> modeChoices(int row) const;
    void setSelected(const QList<int> &rows, bool selected);
    void setAllSelected(bool selected);
    void setSyncModes(int row, const SyncModes &modes);
    void setCursorField(int row, const FieldPath &cursor);
    void setPrimaryKey(int row, const QList<FieldPath> &key);
    void setFieldSelection(int row, bool enabled, const QList<FieldPath> &fields);
    // The same modes (where the stream allows them; its cursor and key defaults applied) for
    // every row given.
    void applySyncModes(const QList<int> &rows, const SyncModes &modes);

    int selectedCount() const { return m_selectedCount; }
    // Selected streams whose choices are incomplete, in row order.
    QList<int> problemRows() const;

    // Encodes a choice for setData(ModeColumn) and ModeChoicesRole: "incremental/append".
    static QString modesKey(const SyncModes &modes);
    static std::optional<SyncModes> modesFromKey(const QString &key);

signals:
    void selectionCountChanged(int selected);
    void choicesChanged(); // any choice of any stream: the problems may have changed

private:
    void rowChanged(int row);
    bool select(int row, bool selected);
    void selectionChanged(int first, int last, int previousCount);
    void updateProblem(int row);

    Catalog m_catalog;
    QList<DestinationSyncMode> m_destinationModes;
    int m_selectedCount = 0;
    // Each row's Catalog::problem(), kept as the rows change: the table asks for it in most of
    // its calls to data(), and the wizard for the rows that have one after each change.
    QList<StreamProblem> m_problems;
    int m_problemCount = 0;
};

// Filters the streams by name (namespace and name, case-insensitive), and optionally to the
// selected ones only. A flat list of the source rows shown, rebuilt in one pass when the filter
// changes (a QSortFilterProxyModel spends most of a keystroke on its mappings for 10,000 rows
// of 8 columns); changes to rows are forwarded as they come. Rows a change makes unmatch stay
// until the filter is applied again, so a stream unticked under "selected only" does not jump
// away under the mouse.
class StreamsFilter : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit StreamsFilter(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    void setText(const QString &text);
    void setSelectedOnly(bool selectedOnly);
    // The source rows the filter shows, in order, for "select the filtered ones".
    QList<int> visibleSourceRows() const { return m_rows; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // A stream's namespace and name in lower case when both are ASCII: ASCII text is matched
    // against them as they are, which is what a case-insensitive match of ASCII text compares,
    // instead of folding every character of 10,000 names per keystroke.
    struct SearchKey
    {
        QString nameSpace;
        QString name;
        bool ascii = false;
    };

    bool accepts(const StreamsModel *model, int sourceRow) const;
    void rebuild();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    QString m_text;
    QString m_lowerText; // m_text in lower case, when m_asciiText
    bool m_asciiText = false;
    bool m_selectedOnly = false;
    QList<int> m_rows;
    QList<SearchKey> m_keys; // made at the first filtering by text after a reset
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Dsp
