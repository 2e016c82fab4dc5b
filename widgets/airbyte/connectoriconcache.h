#pragma once

#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Dsp {

class ConnectorIcons;
struct ConnectorDefinition;

// The rendered icons of a model's connectors, by definition id: drawn from the definition's own
// SVG, or from ConnectorIcons when the server gives a URL (iconChanged() tells when a download
// ends). Owned by its model; GUI thread only.
class ConnectorIconCache : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorIconCache(QList<int> sizes, QObject *parent = nullptr);

    // Where icons given by URL come from (null: only SVG carried in the definitions).
    void setSource(ConnectorIcons *icons);
    // The icon, rendered on first use; null while its download runs (or when there is none).
    QIcon icon(const ConnectorDefinition &definition);
    void clear();

signals:
    void iconChanged(const QString &definitionId);

private:
    QList<int> m_sizes;
    QPointer<ConnectorIcons> m_source;
    QHash<QString, QIcon> m_icons;      // by definition id
    QHash<QUrl, QStringList> m_waiting; // definitions whose icon is being downloaded
};

} // namespace Dsp
