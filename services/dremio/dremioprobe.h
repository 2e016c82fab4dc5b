#pragma once

#include "health/httpprobe.h"

#include <QElapsedTimer>

namespace Dsp {

// Dremio: GET /apiv2/server_status ("OK" with 200; MASTER_DOWN or STARTUP_FAILED with 503),
// then, with credentials, one server session kept across checks: POST /apiv2/login once
// (proves the credentials, tells the version), then each check only asks GET /apiv2/login
// whether the token still holds, logging in again when it is refused. endSession() logs out
// (DELETE /apiv2/login), after waiting for a login still in flight, and no login starts
// after it: whoever ends the probe's life (Application::shutdown on quit, a profile switch)
// calls it first. A refused password is retried at most every RefusedLoginRetry, since each
// attempt writes an error to the server's log.
class DremioProbe : public HttpProbe
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes RefusedLoginRetry{5};

    DremioProbe(HttpClient *http, const QUrl &url, const QString &user, const QString &password,
                QObject *parent = nullptr);

    void endSession(std::function<void()> done) override;

protected:
    void start() override;

private:
    void checkSession();
    void login();
    void logout();
    HttpRequest sessionRequest(const QByteArray &method) const;
    QString loggedInDetails() const;

    QString m_user;
    QString m_password;
    QByteArray m_token; // the live session's token, empty when logged out
    QString m_version;  // from the login that opened the session
    QString m_refusal;  // why the last login was refused, until the retry delay ends
    QElapsedTimer m_sinceRefusal;
    int m_run = 0;                     // which check a reply belongs to
    bool m_loginInFlight = false;      // its reply is read even after its check ended
    bool m_closing = false;            // endSession() called: no new login
    std::function<void()> m_loggedOut; // endSession()'s callback, once the session is gone
};

} // namespace Dsp
