#pragma once

#include <QByteArray>
#include <QIcon>
#include <QUrl>

namespace Dsp {

class ConnectorIcons;
struct ConnectorDefinition;

// A connector's icon rendered from the SVG its definition carries: drawn as an image, never run
// or shown as text. A null icon when the SVG is empty or not valid. Rendering takes a fraction
// of a millisecond per size: models render on demand, for the rows a view shows.
QIcon renderConnectorIcon(const QByteArray &svg, const QList<int> &sizes = {16, 24, 32, 48});

// The URL of a definition's icon when it has one instead of SVG text (Airbyte 1.x).
QUrl connectorIconUrl(const ConnectorDefinition &definition);
// The definition's SVG: its own text (older Airbyte), or from `icons` by URL (empty until the
// download ends; `icons` may be null).
QByteArray connectorSvg(const ConnectorDefinition &definition, ConnectorIcons *icons);

} // namespace Dsp
