#include "connectoricon.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/connectoricons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Dsp {

QIcon renderConnectorIcon(const QByteArray &svg, const QList<int> &sizes)
{
    QIcon icon;
    if (svg.isEmpty())
        return icon;
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return icon;
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    for (int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QUrl connectorIconUrl(const ConnectorDefinition &definition)
{
    if (!definition.iconUrl.isEmpty())
        return QUrl(definition.iconUrl);
    if (definition.icon.startsWith(QLatin1String("http")))
        return QUrl(definition.icon);
    return {};
}

QByteArray connectorSvg(const ConnectorDefinition &definition, ConnectorIcons *icons)
{
    if (!definition.icon.isEmpty() && !definition.icon.startsWith(QLatin1String("http")))
        return definition.icon.toUtf8();
    const QUrl url = connectorIconUrl(definition);
    return icons && url.isValid() ? icons->svg(url) : QByteArray();
}

} // namespace Dsp
