#pragma once

#include "fakehttpserver.h"

#include <QSet>

namespace Dsp::Fakes {

// Dremio's internal v2 API as far as the panel uses it. GET /apiv2/server_status: the
// ServerStatus enum as a JSON string (200 "OK", 503 otherwise). /apiv2/login as dremio-oss's
// LogInLogOutResource: POST logs in (UserLoginSession with a new token each time; 401 with a
// GenericErrorMessage on bad or empty credentials), GET with `Authorization: _dremio<token>`
// answers `true` for a live session and 401 otherwise, DELETE ends the session (204).
// Test code only; GUI thread.
class DremioFake : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit DremioFake(QObject *parent = nullptr);

    void setStatus(const QByteArray &status) { m_status = status; } // OK, MASTER_DOWN, ...
    void addUser(const QString &name, const QString &password);
    void setVersion(const QByteArray &version) { m_version = version; }

    int loginCount() const { return m_loginCount; }             // POSTs answered 200
    int failedLoginCount() const { return m_failedLoginCount; } // POSTs answered 401
    int liveSessionCount() const { return int(m_sessions.size()); }
    int logoutCount() const { return m_logoutCount; } // DELETEs, live token or not
    // Every token given so far is refused from now on, as after Dremio's token expiry or a
    // restart; logging in again gives a new one.
    void expireSessions() { m_sessions.clear(); }

private:
    FakeResponse login(const FakeRequest &request);
    FakeResponse checkSession(const FakeRequest &request) const;
    FakeResponse logout(const FakeRequest &request);
    QString newToken();

    QByteArray m_status = "OK";
    QByteArray m_version = "25.2.0-202410241428100111-a963b970";
    QHash<QString, QString> m_users;    // name → password
    QHash<QString, QString> m_sessions; // live token → user name
    QSet<QString> m_issuedTokens;       // every token ever given: none is given twice
    int m_loginCount = 0;
    int m_failedLoginCount = 0;
    int m_logoutCount = 0;
};

} // namespace Dsp::Fakes
