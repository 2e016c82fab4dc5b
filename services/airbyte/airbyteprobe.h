#pragma once

#include "health/httpprobe.h"

namespace Dsp {

// Airbyte: GET <api>/api/v1/health ({"available": true}), then the server version from
// /api/v1/instance_configuration when the server lets us read it.
class AirbyteProbe : public HttpProbe
{
    Q_OBJECT
public:
    AirbyteProbe(HttpClient *http, const QUrl &apiUrl, QObject *parent = nullptr);

protected:
    void start() override;

private:
    void readVersion();
};

} // namespace Dsp
