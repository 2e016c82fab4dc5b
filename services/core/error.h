#pragma once

#include <QList>
#include <QString>

namespace Dsp {

// What went wrong, in terms a caller can branch on.
enum class ErrorKind {
    Timeout,
    Refused,      // nothing listens on the port
    HostNotFound, // the name does not resolve
    Unreachable,  // any other transport failure (network down, reset, ...)
    TlsFailed,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    InvalidResponse, // the peer answered, but not in the expected protocol or shape
    ServerError,
    Cancelled,
    FileError,    // a local file could not be read or written
    InvalidInput, // the server refused what we sent as invalid; fieldErrors say where
    Unsupported,  // this version of the server lacks the feature
};

// One field the server (or a validator) refused, by its path in the request.
struct FieldError
{
    QString path; // JSON pointer or Airbyte's propertyPath
    QString message;
};

// A typed failure: `message` is translated and shown to the user (never holds a secret),
// `detail` is technical and goes to the log. Modelled on KJob's error()/errorString().
struct Error
{
    ErrorKind kind = ErrorKind::ServerError;
    int httpStatus = 0;
    QString service;
    QString message;
    QString detail;
    QList<FieldError> fieldErrors;

    static Error make(ErrorKind kind, QString message, QString detail = {});
};

} // namespace Dsp
