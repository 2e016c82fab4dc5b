#include "logexport.h"

#include "logdocument.h"
#include "logstr.h"

#include <QDir>
#include <QSaveFile>
#include <QTimer>

namespace Dsp::Logs {

namespace {

constexpr qsizetype BatchLines = 8192;
constexpr qsizetype MaxLineBytes = qsizetype(1) << 30;
constexpr quint64 BlockBytes = 8 << 20;

} // namespace

LogExport::LogExport(QObject *parent)
    : QObject(parent)
{}

LogExport::~LogExport()
{
    m_cancel = true;
    join();
}

void LogExport::join()
{
    if (m_worker.joinable())
        m_worker.join();
}

void LogExport::cancel()
{
    m_cancel = true;
}

void LogExport::start(std::shared_ptr<const LineIndex> index, const QString &source,
                      std::optional<FilteredLines> rows, const QString &target)
{
    m_cancel = true;
    join();
    m_cancel = false;
    m_progress = 0;
    const quint64 generation = ++m_generation;
    auto *progressTimer = new QTimer(this);
    progressTimer->setInterval(100);
    connect(progressTimer, &QTimer::timeout, this,
            [this, progressTimer] { emit progressChanged(m_progress); });
    progressTimer->start();
    m_worker = std::thread([this, index, source, rows, target, generation, progressTimer] {
        QString error;
        quint64 written = 0;
        QSaveFile out(target);
        if (!index) {
            error = LogsTr::tr("No log is open.");
        } else if (!out.open(QIODevice::WriteOnly)) {
            error = LogsTr::tr("%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(target), out.errorString());
        } else {
            const quint64 total = rows ? rows->rowCount() : index->lineCount().value;
            // Lines [line, line + n) copied in reads of about BlockBytes, however long they are.
            const auto copyLines = [&](quint64 line, quint64 n) {
                while (n > 0 && error.isEmpty()) {
                    quint64 take = n;
                    const quint64 start = index->lineStart(LineNumber(line)).value;
                    while (take > 1 &&
                           index->lineEnd(LineNumber(line + take - 1)).value - start > BlockBytes)
                        take /= 2;
                    QByteArray block;
                    for (const QByteArray &l : LogDocument::readLines(
                             *index, source, LineNumber(line), qsizetype(take), MaxLineBytes)) {
                        block += l;
                        block += '\n';
                        ++written;
                    }
                    if (out.write(block) != block.size())
                        error = LogsTr::tr("%1 cannot be written: %2")
                                    .arg(QDir::toNativeSeparators(target), out.errorString());
                    line += take;
                    n -= take;
                }
            };
            for (quint64 first = 0; first < total && error.isEmpty(); first += BatchLines) {
                if (m_cancel) {
                    error = LogsTr::tr("Saving was cancelled.");
                    break;
                }
                const quint64 count = std::min<quint64>(BatchLines, total - first);
                if (!rows) {
                    copyLines(first, count);
                } else {
                    // Runs of consecutive lines read together.
                    quint64 r = first;
                    while (r < first + count && error.isEmpty()) {
                        const quint64 line = rows->lineAt(r).value;
                        quint64 end = r + 1;
                        while (end < first + count && rows->lineAt(end).value == line + (end - r))
                            ++end;
                        copyLines(line, end - r);
                        r = end;
                    }
                }
                m_progress = int((first + count) * 100 / std::max<quint64>(total, 1));
            }
            if (error.isEmpty() && !out.commit())
                error = LogsTr::tr("%1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(target), out.errorString());
            if (!error.isEmpty())
                out.cancelWriting();
        }
        QMetaObject::invokeMethod(
            this,
            [this, error, written, generation, progressTimer] {
                progressTimer->deleteLater();
                if (generation != m_generation)
                    return;
                join();
                emit progressChanged(100);
                emit finished(error, written);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Dsp::Logs
