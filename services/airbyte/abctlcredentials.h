#pragma once

#include <QString>

namespace Dsp {

// What `abctl local credentials` prints, pasted by the user: the instance admin's password and
// the client id and secret that AirbyteProbe exchanges for a token. Values are secrets: never
// log them.
struct AbctlCredentials
{
    QString email; // empty when abctl says "[not set]"
    QString password;
    QString clientId;
    QString clientSecret;

    bool isEmpty() const;
};

// Reads the credentials out of abctl's output as a terminal shows it or as it was copied:
// abctl >= 0.13 prints "Email: …", "Password: …", "Client-Id: …", "Client-Secret: …" lines
// after pterm's INFO box, 0.11-0.12 printed a JSON object with "password", "client-id" and
// "client-secret". ANSI colours and other escape sequences, CRLF line ends and the lines
// around the credentials are ignored. Text without any of them gives an empty result.
AbctlCredentials parseAbctlCredentials(const QString &text);

} // namespace Dsp
