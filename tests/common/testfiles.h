#pragma once

// Writing test files. Test code only.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace Dsp::Testing {

// Writes `bytes` to `path` (replacing the file, or with QIODevice::Append after it), making its
// folder first; false when that could not be done.
inline bool writeFile(const QString &path, const QByteArray &bytes,
                      QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Truncate)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(mode) && f.write(bytes) == bytes.size();
}

} // namespace Dsp::Testing
