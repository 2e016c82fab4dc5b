#pragma once

#include "error.h"

#include <QAbstractSocket>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Dsp::NetworkMessages {

// The user-facing words for transport failures, shared by every client and probe so that a
// refused PostgreSQL port reads like a refused HTTP one, and is translated once.
// "host:port" as a user types it back: an IPv6 address in brackets ("[::1]:9000").
QString endpointText(const QString &host, int port);
QString endpointText(const QUrl &url); // the scheme's default port when the URL names none

QString connectionRefused(const QString &target); // target: "host:port"
QString hostNotFound(const QString &host);
QString timedOut(std::chrono::milliseconds after);
QString networkError(const QString &target, const QString &detail);

// A QTcpSocket failure to reach host:port as a typed Error (refused, host not found, timed
// out after `timeout`, anything else a network error with the socket's own words).
Error socketError(QAbstractSocket::SocketError error, const QString &host, int port,
                  const QString &errorString, std::chrono::milliseconds timeout);

} // namespace Dsp::NetworkMessages
