#pragma once

#include "fakehttpserver.h"

namespace Dsp::Fakes {

// Dremio's internal v2 API as far as the panel uses it: GET /apiv2/server_status (the
// ServerStatus enum as a JSON string: 200 "OK", 503 otherwise) and POST /apiv2/login
// (UserLoginSession; 401 with a GenericErrorMessage on bad credentials).
class DremioFake : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit DremioFake(QObject *parent = nullptr);

    void setStatus(const QByteArray &status) { m_status = status; } // OK, MASTER_DOWN, ...
    void addUser(const QString &name, const QString &password);
    void setVersion(const QByteArray &version) { m_version = version; }

private:
    QByteArray m_status = "OK";
    QByteArray m_version = "25.2.0-202410241428100111-a963b970";
    QHash<QString, QString> m_users;
};

} // namespace Dsp::Fakes
