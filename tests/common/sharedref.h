#pragma once

// The reference material beside the checkout (../shared, compiled in as DSP_SHARED_DIR): AWS's
// SigV4 suite, Airbyte's OpenAPI specs. A test that needs it starts with
// DSP_REQUIRE_SHARED(path): when the path is missing the test fails under CI (CI=true), so a
// CI run can't pass having checked nothing, and skips elsewhere, naming the path either way.
// DSP_SHARED_DIR_OVERRIDE, read at run time, replaces DSP_SHARED_DIR (e.g. to check that a
// missing reference is reported).

#include <QByteArray>
#include <QFileInfo>
#include <QString>
#include <QTest>
#include <QtGlobal>

#ifndef DSP_SHARED_DIR
#error "DSP_SHARED_DIR is not defined: add the test with dsp_add_test() (tests/CMakeLists.txt)"
#endif

namespace Dsp::Testing {

inline QString sharedDir()
{
    const QString override = qEnvironmentVariable("DSP_SHARED_DIR_OVERRIDE");
    return override.isEmpty() ? QStringLiteral(DSP_SHARED_DIR) : override;
}

// `relative` is below the shared directory, e.g. "ref/sigv4".
inline QString sharedPath(const QString &relative)
{
    return sharedDir() + QLatin1Char('/') + relative;
}

// CI systems set CI=true (GitHub Actions, GitLab CI and others); "1" and "yes" count too.
inline bool isCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1") || ci == QLatin1String("yes");
}

inline QByteArray missingSharedMessage(const QString &path)
{
    return QStringLiteral("Reference material not found: %1 (the shared directory beside the "
                          "checkout, or DSP_SHARED_DIR_OVERRIDE)%2")
        .arg(QFileInfo(path).absoluteFilePath(),
             isCi() ? QStringLiteral("; required under CI=true")
                    : QStringLiteral("; skipped outside CI, fails under CI=true"))
        .toUtf8();
}

} // namespace Dsp::Testing

// Fails (under CI) or skips (elsewhere) the current test function when `path` does not exist.
// Usable in a test function and in its _data function, where it covers every row. Under CI the
// failure is followed by a skip: Qt 6.4 still runs a test function whose _data function failed,
// with no rows (so QFETCH aborts), and a skip is what stops it.
#define DSP_REQUIRE_SHARED(path)                                                                   \
    do {                                                                                           \
        const QString dspRequiredPath_ = (path);                                                   \
        if (!QFileInfo::exists(dspRequiredPath_)) {                                                \
            const QByteArray dspMessage_ = Dsp::Testing::missingSharedMessage(dspRequiredPath_);   \
            if (Dsp::Testing::isCi()) {                                                            \
                QTest::qFail(dspMessage_.constData(), __FILE__, __LINE__);                         \
                QTest::qSkip("not run: required reference material missing", __FILE__, __LINE__);  \
                return;                                                                            \
            }                                                                                      \
            QSKIP(dspMessage_.constData());                                                        \
        }                                                                                          \
    } while (false)
