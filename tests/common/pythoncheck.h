#pragma once

// Checks of generated Python with the machine's python3 (Debian package python3, installed by
// scripts/install-deps.sh): `python3 -m py_compile`, and what Python's own parser (ast) sees
// in a source. A test that needs it starts with DSP_REQUIRE_PYTHON(): when python3 is missing
// the test fails under CI (CI=true), so a CI run can't pass having checked nothing, and skips
// elsewhere.

#include "sharedref.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace Dsp::Testing {

inline QString python3()
{
    // Debian's, where scripts/install-deps.sh installs jinja2, before any other on the PATH.
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

struct PythonRun
{
    bool ok = false; // started, ended normally with exit code 0
    QByteArray out;
    QString message; // why not ok: python's error output, or why it did not run
};

// python3 in isolated mode (-I: no user site, no PYTHON* variables) with `arguments`, `input`
// on its standard input.
inline PythonRun runPython(const QStringList &arguments, const QByteArray &input = {})
{
    PythonRun run;
    QProcess python;
    python.start(python3(), QStringList{QStringLiteral("-I")} + arguments);
    if (!python.waitForStarted(30000)) {
        run.message = QStringLiteral("python3 did not start: ") + python.errorString();
        return run;
    }
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(60000)) {
        python.kill();
        python.waitForFinished();
        run.message = QStringLiteral("python3 did not finish within a minute");
        return run;
    }
    run.out = python.readAllStandardOutput();
    const QString err = QString::fromUtf8(python.readAllStandardError());
    run.ok = python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
    if (!run.ok)
        run.message = QStringLiteral("exit code %1: %2").arg(python.exitCode()).arg(err);
    return run;
}

// `python3 -m py_compile <path>`: empty when the file compiles, else Python's message.
inline QString pyCompileFile(const QString &path)
{
    const PythonRun run = runPython({QStringLiteral("-m"), QStringLiteral("py_compile"), path});
    return run.ok ? QString() : run.message;
}

// The same for `source`, written as UTF-8 to <fileName> in a temporary directory.
inline QString pyCompile(const QString &source, const QString &fileName = QStringLiteral("dag.py"))
{
    QTemporaryDir dir;
    QFile file(dir.filePath(fileName));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write a temporary file");
    file.write(source.toUtf8());
    file.close();
    return pyCompileFile(file.fileName());
}

// What Python's parser sees in `source` (UTF-8 on stdin), as JSON:
//   calls:    [{name, positional, keywords: {argument: literal value, or {"expr": source}}}]
//             for every call anywhere, by the called name's last part (DAG, BashOperator...)
//   imports:  ["module.name", ...] of every import
//   body:     the module's top-level statement kinds (Expr, ImportFrom, Try, With...)
//   docstring
inline QJsonObject pythonStructure(const QString &source, QString *error)
{
    static const char script[] = R"py(
import ast, json, sys
tree = ast.parse(sys.stdin.buffer.read().decode("utf-8"), "dag.py")
def value(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        return {"expr": ast.unparse(node)}
def name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ast.unparse(func)
calls = [{"name": name(n.func), "positional": len(n.args),
          "keywords": {(k.arg or "**"): value(k.value) for k in n.keywords}}
         for n in ast.walk(tree) if isinstance(n, ast.Call)]
imports = []
for n in ast.walk(tree):
    if isinstance(n, ast.ImportFrom):
        imports += [n.module + "." + a.name for a in n.names]
    elif isinstance(n, ast.Import):
        imports += [a.name for a in n.names]
print(json.dumps({"calls": calls, "imports": imports,
                  "body": [type(n).__name__ for n in tree.body],
                  "docstring": ast.get_docstring(tree)}))
)py";
    const PythonRun run =
        runPython({QStringLiteral("-c"), QString::fromUtf8(script)}, source.toUtf8());
    if (!run.ok) {
        *error = run.message;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    if (!doc.isObject())
        *error = QStringLiteral("unreadable output: ") + parseError.errorString();
    return doc.object();
}

inline QByteArray missingPythonMessage()
{
    return QStringLiteral("python3 not found on PATH (Debian package python3; "
                          "scripts/install-deps.sh installs it)%1")
        .arg(isCi() ? QStringLiteral("; required under CI=true")
                    : QStringLiteral("; skipped outside CI, fails under CI=true"))
        .toUtf8();
}

} // namespace Dsp::Testing

// Fails (under CI) or skips (elsewhere) the current test function when python3 is missing.
// Usable in a test function and in its _data function (see DSP_REQUIRE_SHARED for why a
// failure is followed by a skip).
#define DSP_REQUIRE_PYTHON()                                                                       \
    do {                                                                                           \
        if (Dsp::Testing::python3().isEmpty()) {                                                   \
            const QByteArray dspMessage_ = Dsp::Testing::missingPythonMessage();                   \
            if (Dsp::Testing::isCi()) {                                                            \
                QTest::qFail(dspMessage_.constData(), __FILE__, __LINE__);                         \
                QTest::qSkip("not run: python3 missing", __FILE__, __LINE__);                      \
                return;                                                                            \
            }                                                                                      \
            QSKIP(dspMessage_.constData());                                                        \
        }                                                                                          \
    } while (false)
