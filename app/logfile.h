#pragma once

#include <QString>

namespace Dsp {

// Sends Qt's log output to <AppLocalDataLocation>/logs/datastackpanel.log as well as to the
// previous handler (a Windows GUI executable has no console). The file is cut over to
// datastackpanel.log.1 at 1 MiB. Returns the file's path. Call once, from main().
QString installLogFile();

// Drops exactly the two lines Qt 6.4 prints when gRPC trailers arrive as a second metadata
// event of an HTTP/2 reply (QNetworkReplyHttpImpl::setCachingEnabled); nothing is wrong.
bool isKnownQtNoise(const QString &message);

// With --check on Windows: print into the console of the shell that started us.
void attachParentConsole();

} // namespace Dsp
