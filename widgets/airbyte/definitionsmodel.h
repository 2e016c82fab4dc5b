#pragma once

#include "airbyte/airbyteclient.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace Dsp {

class ConnectorIconCache;
class ConnectorIcons;

// The connectors a workspace offers (source or destination definitions), for the picker of a
// new source or destination: name with its icon, support level, release stage. Icons are
// rendered when a view first asks for a row's, so 560 connectors list at once.
class DefinitionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Support, Stage, ColumnCount };
    enum Role { FilterRole = Qt::UserRole + 1, IdRole };

    explicit DefinitionsModel(QObject *parent = nullptr);

    // Where icons given by URL come from (null: only SVG carried in the definitions).
    void setIconSource(ConnectorIcons *icons);
    void reset(const QList<ConnectorDefinition> &definitions);
    const ConnectorDefinition *definitionAt(int row) const;
    // The row of the definition with this docker repository ("airbyte/source-postgres"), or -1.
    int rowOfRepository(const QString &dockerRepository) const;
    QIcon iconAt(int row) const;

    static QString supportLevelText(const QString &level);
    static QString releaseStageText(const QString &stage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ConnectorDefinition> m_definitions;
    ConnectorIconCache *m_icons; // rendered when a view first asks for a row's
};

} // namespace Dsp
