#include "connectoriconcache.h"

#include "connectoricon.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/connectoricons.h"

namespace Dsp {

ConnectorIconCache::ConnectorIconCache(QList<int> sizes, QObject *parent)
    : QObject(parent)
    , m_sizes(std::move(sizes))
{}

void ConnectorIconCache::setSource(ConnectorIcons *icons)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = icons;
    if (!icons)
        return;
    connect(icons, &ConnectorIcons::iconReady, this, [this](const QUrl &url) {
        for (const QString &id : m_waiting.take(url))
            emit iconChanged(id);
    });
}

QIcon ConnectorIconCache::icon(const ConnectorDefinition &definition)
{
    if (const auto it = m_icons.constFind(definition.id); it != m_icons.constEnd())
        return it.value();
    const QByteArray svg = connectorSvg(definition, m_source);
    if (svg.isEmpty()) {
        // Asked again when the download ends.
        const QUrl url = connectorIconUrl(definition);
        if (m_source && url.isValid() && !m_waiting.value(url).contains(definition.id))
            m_waiting[url].append(definition.id);
        return {};
    }
    return *m_icons.insert(definition.id, renderConnectorIcon(svg, m_sizes));
}

void ConnectorIconCache::clear()
{
    m_icons.clear();
    m_waiting.clear();
}

} // namespace Dsp
