#pragma once

#include "health/httpprobe.h"

namespace Dsp {

// Dremio: GET /apiv2/server_status ("OK" with 200; MASTER_DOWN or STARTUP_FAILED with 503),
// then, with credentials, POST /apiv2/login, which proves them and tells the version.
class DremioProbe : public HttpProbe
{
    Q_OBJECT
public:
    DremioProbe(HttpClient *http, const QUrl &url, const QString &user, const QString &password,
                QObject *parent = nullptr);

protected:
    void start() override;

private:
    void login();

    QString m_user;
    QString m_password;
};

} // namespace Dsp
