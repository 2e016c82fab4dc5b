#include "definitionsmodel.h"

#include "connectoriconcache.h"

namespace Dsp {

DefinitionsModel::DefinitionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_icons(new ConnectorIconCache({24, 48}, this))
{
    connect(m_icons, &ConnectorIconCache::iconChanged, this, [this](const QString &definitionId) {
        for (int row = 0; row < m_definitions.size(); ++row) {
            if (m_definitions.at(row).id == definitionId) {
                const QModelIndex i = index(row, Name);
                emit dataChanged(i, i, {Qt::DecorationRole});
            }
        }
    });
}

void DefinitionsModel::setIconSource(ConnectorIcons *icons)
{
    m_icons->setSource(icons);
}

void DefinitionsModel::reset(const QList<ConnectorDefinition> &definitions)
{
    beginResetModel();
    m_definitions = definitions;
    m_icons->clear();
    endResetModel();
}

const ConnectorDefinition *DefinitionsModel::definitionAt(int row) const
{
    return row >= 0 && row < m_definitions.size() ? &m_definitions[row] : nullptr;
}

int DefinitionsModel::rowOfRepository(const QString &dockerRepository) const
{
    for (int i = 0; i < m_definitions.size(); ++i) {
        if (m_definitions.at(i).dockerRepository == dockerRepository)
            return i;
    }
    return -1;
}

QIcon DefinitionsModel::iconAt(int row) const
{
    const ConnectorDefinition *d = definitionAt(row);
    return d ? m_icons->icon(*d) : QIcon();
}

QString DefinitionsModel::supportLevelText(const QString &level)
{
    if (level == QLatin1String("certified"))
        return tr("Certified");
    if (level == QLatin1String("community"))
        return tr("Community");
    if (level == QLatin1String("archived"))
        return tr("Archived");
    if (level.isEmpty() || level == QLatin1String("none"))
        return QString();
    return level;
}

QString DefinitionsModel::releaseStageText(const QString &stage)
{
    if (stage == QLatin1String("generally_available"))
        return tr("Generally available");
    if (stage == QLatin1String("beta"))
        return tr("Beta");
    if (stage == QLatin1String("alpha"))
        return tr("Alpha");
    if (stage == QLatin1String("custom"))
        return tr("Custom");
    return stage;
}

int DefinitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int DefinitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefinitionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_definitions.size())
        return {};
    const ConnectorDefinition &d = m_definitions.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == FilterRole)
        return d.name + QLatin1Char(' ') + d.dockerRepository;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return d.name;
        if (role == Qt::ToolTipRole)
            return d.dockerImageTag.isEmpty()
                       ? d.dockerRepository
                       : d.dockerRepository + QLatin1Char(':') + d.dockerImageTag;
        if (role == Qt::DecorationRole)
            return iconAt(index.row());
        break;
    case Support:
        if (role == Qt::DisplayRole)
            return supportLevelText(d.supportLevel);
        break;
    case Stage:
        if (role == Qt::DisplayRole)
            return releaseStageText(d.releaseStage);
        break;
    default:
        break;
    }
    return {};
}

QVariant DefinitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Connector");
    case Support:
        return tr("Support");
    case Stage:
        return tr("Release stage");
    default:
        return {};
    }
}

} // namespace Dsp
