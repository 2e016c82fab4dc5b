// bench_logs: the line index of a big Airbyte job log against `wc -l`, and its search against
// `grep -cE`, on the same file in the same run. Printed as `name: value` lines:
//
//   log_mb                                size of the generated log
//   lines                                 lines in it (the index's count; it must equal wc's)
//   index_ms                              LineIndex::build() on two threads (median of 3)
//   index_one_thread_ms                   the same on one thread (median of 3)
//   wc_ms                                 `wc -l` on the same file, process start included
//                                         (median of 3): the reference
//   index_vs_wc (goal <= 1.5)             index_ms / wc_ms
//   index_bytes_per_line (goal <= 4)      the index's heap bytes / lines
//   search_ms                             LogSearch counting the lines that match SearchPattern
//                                         (a regex), from setMatcher() to finished(), as the
//                                         search bar runs it (median of 3)
//   grep_ms                               `grep -cE` with the same pattern on the same file,
//                                         process start included (median of 3)
//   search_matches, grep_matches          their counts, which must be equal
//   search_vs_grep (goal <= 2)            search_ms / grep_ms
//   search_nocase_*, grep_nocase_*        the same, ignoring case (grep -ciE)
//   filter_ms, filter_rows                the ERROR level filter (records with their stack
//                                         traces), from setSpec() to finished()
//   first_screen_ms (goal < 100), tail_max_stall_ms (goal < 50) and their references: the
//                                         viewer's figures, see bench_logs_view.cpp
//
// The log mixes what the samples in ../shared/ref/airbyte/logs show: platform lines with ANSI
// colour, nested connector lines, source/destination lines, Java stack traces, pretty JSON, SQL,
// and the occasional docker command line of 900 characters. Both are timed with the file in the
// page cache (it was just written, and wc reads it once before the timed runs). grep runs in the
// C.UTF-8 locale, as the search reads UTF-8.
//
// Usage: bench_logs [--size 1G] [--tail-seconds 10] (size suffixes K, M, G). Fails when it cannot
// measure, or when the search and grep count different lines.
#include "logs/lineindex.h"
#include "logs/linematcher.h"
#include "logs/logdocument.h"
#include "logs/logfilter.h"
#include "logs/logsearch.h"

#include "bench_logs_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Dsp::Logs;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.2f\n", name, value);
    std::fflush(stdout);
}

qint64 parseSize(QByteArray text)
{
    qint64 unit = 1;
    const char last = text.isEmpty() ? 0 : char(QChar::toUpper(uchar(text.back())));
    if (last == 'K' || last == 'M' || last == 'G') {
        unit = last == 'K' ? 1 << 10 : last == 'M' ? 1 << 20 : 1 << 30;
        text.chop(1);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n * unit : -1;
}

// One record of a job log, in one of the shapes the samples show.
void appendRecord(QByteArray &out, QRandomGenerator &rng, qint64 second)
{
    const QByteArray ts = QByteArray("2024-09-09 ") + QByteArray::number(10 + second / 3600 % 10) +
                          ':' + QByteArray::number(10 + second / 60 % 50) + ':' +
                          QByteArray::number(10 + second % 50) + ' ';
    const int kind = int(rng.bounded(100));
    if (kind < 30) {
        out += ts +
               "platform > Using default value for environment variable SOCAT_KUBE_CPU_LIMIT: '" +
               QByteArray::number(rng.bounded(8)) + ".0'\n";
    } else if (kind < 45) {
        out += ts + "\x1b[46mplatform\x1b[0m > " + ts +
               "\x1b[32mINFO\x1b[m i.a.c.i.b.IntegrationRunner(runInternal):132 - Running "
               "integration: io.airbyte.integrations.source.bigquery.BigQuerySource\n";
    } else if (kind < 65) {
        out += ts + "source > INFO main i.a.c.i.s.r.AbstractDbSource(read):" +
               QByteArray::number(rng.bounded(900)) +
               " Records read: " + QByteArray::number(rng.bounded(1000000)) + "\n";
    } else if (kind < 82) {
        out += ts +
               "destination > INFO pool-10-thread-1 i.a.c.i.d.a.FlushWorkers(printWorkerInfo)"
               ":127 [ASYNC WORKER INFO] Pool queue size: 0, Active threads: " +
               QByteArray::number(rng.bounded(9)) + "\n";
    } else if (kind < 90) {
        out += ts + "replication-orchestrator > Records read: " +
               QByteArray::number(rng.bounded(5000000)) + " (116 MB)\n";
    } else if (kind < 94) {
        out += ts + "destination > ERROR main i.a.c.i.b.AirbyteExceptionHandler(uncaughtException)"
                    ":64 Something went wrong in the connector. See the logs for more details.\n"
                    "java.lang.RuntimeException: Failed to write batch\n";
        for (int i = int(rng.bounded(8, 24)); i > 0; --i)
            out += "\tat io.airbyte.workers.internal.DefaultAirbyteDestination.notifyEndOfInput("
                   "DefaultAirbyteDestination.java:145) ~[io.airbyte-airbyte-commons-worker-0.63.1"
                   ".jar:?]\n";
        out += "Caused by: java.io.IOException: Broken pipe\n\t... 14 more\n";
    } else if (kind < 97) {
        out += ts + "replication-orchestrator > sync summary: {\n  \"status\" : \"completed\",\n";
        for (int i = int(rng.bounded(10, 40)); i > 0; --i)
            out += "    \"bytesCommitted\" : " + QByteArray::number(rng.bounded(100000)) + ",\n";
        out += "}\n";
    } else if (kind < 99) {
        out += ts + "destination > INFO main i.a.i.d.s.t.SnowflakeDestinationHandler(execute):211 "
                    "Executing sql:\n";
        for (int i = int(rng.bounded(5, 30)); i > 0; --i)
            out += "    \"_airbyte_extracted_at\" as \"_AIRBYTE_EXTRACTED_AT\", \n";
    } else {
        out += ts +
               "platform > Preparing command: docker run --rm --init -i -w /data/40/9/normalize" +
               QByteArray(840, 'x') + "\n";
    }
}

bool writeLog(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(42);
    QByteArray buffer;
    buffer.reserve(9 << 20);
    qint64 written = 0;
    for (qint64 second = 0; written < size; ++second) {
        appendRecord(buffer, rng, second / 200);
        if (buffer.size() >= (8 << 20) || written + buffer.size() >= size) {
            if (file.write(buffer) != buffer.size())
                return false;
            written += buffer.size();
            buffer.clear();
        }
    }
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// `wc -l` as a user would run it: its time and its count, or -1 when it did not run.
qint64 wcLines(const QString &path, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    QProcess wc;
    wc.start(QStringLiteral("wc"), {QStringLiteral("-l"), path});
    if (!wc.waitForFinished(600000) || wc.exitCode() != 0)
        return -1;
    *ms = double(timer.nsecsElapsed()) / 1e6;
    return wc.readAllStandardOutput().trimmed().split(' ').first().toLongLong();
}

// What a user hunting for a failure types first.
constexpr char SearchPattern[] = "ERROR|Exception|failed";

// LogSearch over the indexed document, compiling included: its time and count, -1 if it failed.
qint64 searchLines(LogDocument &document, bool caseSensitive, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    const auto matcher = LineMatcher::compile(
        MatchOptions{QString::fromLatin1(SearchPattern), true, caseSensitive, false});
    if (!matcher)
        return -1;
    LogSearch search(&document);
    QEventLoop loop;
    QObject::connect(&search, &LogSearch::finished, &loop, &QEventLoop::quit);
    search.setMatcher(matcher);
    if (search.isRunning())
        loop.exec();
    *ms = double(timer.nsecsElapsed()) / 1e6;
    return qint64(search.matchCount());
}

// `grep -cE` (-ciE) as a user would run it, or -1 when it did not run.
qint64 grepLines(const QString &path, bool caseSensitive, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    QProcess grep;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    grep.setProcessEnvironment(environment);
    grep.start(QStringLiteral("grep"),
               {caseSensitive ? QStringLiteral("-cE") : QStringLiteral("-ciE"),
                QString::fromLatin1(SearchPattern), path});
    // 1: no line matched, still a count.
    if (!grep.waitForFinished(600000) || grep.exitStatus() != QProcess::NormalExit ||
        grep.exitCode() > 1)
        return -1;
    *ms = double(timer.nsecsElapsed()) / 1e6;
    bool ok = false;
    const qint64 count = grep.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? count : -1;
}

// Search and grep, three times each, interleaved; false when a count differs or one failed.
bool compareSearch(LogDocument &document, const QString &path, bool caseSensitive)
{
    std::vector<double> searchTimes;
    std::vector<double> grepTimes;
    qint64 searchCount = -1;
    qint64 grepCount = -1;
    for (int run = 0; run < 3; ++run) {
        double ms = 0;
        grepCount = grepLines(path, caseSensitive, &ms);
        if (grepCount < 0) {
            std::fprintf(stderr, "grep did not run\n");
            return false;
        }
        grepTimes.push_back(ms);
        searchCount = searchLines(document, caseSensitive, &ms);
        if (searchCount < 0) {
            std::fprintf(stderr, "the search did not run\n");
            return false;
        }
        searchTimes.push_back(ms);
    }
    const QByteArray prefix = caseSensitive ? "" : "_nocase";
    print(("search" + prefix + "_ms").constData(), median(searchTimes));
    print(("grep" + prefix + "_ms").constData(), median(grepTimes));
    print(("search" + prefix + "_matches").constData(), double(searchCount));
    print(("grep" + prefix + "_matches").constData(), double(grepCount));
    print(("search" + prefix + "_vs_grep").constData(), median(searchTimes) / median(grepTimes));
    if (searchCount != grepCount) {
        std::fprintf(stderr, "the search counts %lld lines matching %s, grep %lld\n",
                     static_cast<long long>(searchCount), SearchPattern,
                     static_cast<long long>(grepCount));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qint64 size = qint64(1) << 30;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--size"));
    if (at > 0)
        size = parseSize(args.value(at + 1).toLatin1());
    double tailSeconds = 10;
    const qsizetype tailAt = args.indexOf(QStringLiteral("--tail-seconds"));
    if (tailAt > 0)
        tailSeconds = args.value(tailAt + 1).toDouble();
    if (size <= 0) {
        std::fprintf(stderr, "usage: bench_logs [--size 1G] [--tail-seconds 10]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.log"));
    if (!dir.isValid() || !writeLog(path, size)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    print("log_mb", double(QFile(path).size()) / (1024.0 * 1024.0));

    double ms = 0;
    const qint64 wcCount = wcLines(path, &ms); // untimed: the file is now read once
    std::vector<double> wcTimes;
    std::vector<double> indexTimes;
    std::vector<double> oneThreadTimes;
    quint64 lines = 0;
    size_t bytes = 0;
    for (int run = 0; run < 3; ++run) {
        if (wcLines(path, &ms) != wcCount || wcCount < 0) {
            std::fprintf(stderr, "wc -l did not run\n");
            return 1;
        }
        wcTimes.push_back(ms);
        for (const int threads : {2, 1}) {
            LineIndex index;
            LineIndexOptions options;
            options.threads = threads;
            QElapsedTimer timer;
            timer.start();
            if (index.build(path, options) != LineIndex::Outcome::Complete) {
                std::fprintf(stderr, "the index was not built\n");
                return 1;
            }
            (threads == 2 ? indexTimes : oneThreadTimes)
                .push_back(double(timer.nsecsElapsed()) / 1e6);
            lines = index.lineCount().value;
            bytes = index.memoryBytes();
        }
    }
    // The generated log ends in a newline, so the counts agree exactly.
    if (lines != quint64(wcCount)) {
        std::fprintf(stderr, "the index counts %llu lines, wc -l %lld\n",
                     static_cast<unsigned long long>(lines), static_cast<long long>(wcCount));
        return 1;
    }
    print("lines", double(lines));
    print("index_ms", median(indexTimes));
    print("index_one_thread_ms", median(oneThreadTimes));
    print("wc_ms", median(wcTimes));
    print("index_vs_wc", median(indexTimes) / median(wcTimes));
    print("index_bytes_per_line", double(bytes) / double(lines));
    if (!measureFirstScreen(path, dir.path())) {
        std::fprintf(stderr, "the first screen was not painted\n");
        return 1;
    }
    if (!measureTail(dir.path(), tailSeconds)) {
        std::fprintf(stderr, "the followed view did not show every appended line\n");
        return 1;
    }

    LogDocument document;
    QEventLoop loop;
    QObject::connect(&document, &LogDocument::statusChanged, &loop, [&](LogDocument::Status s) {
        if (s != LogDocument::Status::Indexing)
            loop.quit();
    });
    document.open(path);
    if (document.status() == LogDocument::Status::Indexing)
        loop.exec();
    if (document.status() != LogDocument::Status::Ready) {
        std::fprintf(stderr, "the document was not indexed\n");
        return 1;
    }
    if (!compareSearch(document, path, true) || !compareSearch(document, path, false))
        return 1;

    // The level filter (ERROR records with their stack traces), from setSpec() to finished().
    {
        LogFilter filter(&document);
        QEventLoop done;
        QObject::connect(&filter, &LogFilter::finished, &done, &QEventLoop::quit);
        LogFilterSpec spec;
        spec.levels = bit(LogLevel::Error);
        QElapsedTimer timer;
        timer.start();
        filter.setSpec(spec);
        if (filter.isRunning())
            done.exec();
        print("filter_ms", double(timer.nsecsElapsed()) / 1e6);
        print("filter_rows", double(filter.lines().rowCount()));
    }
    return 0;
}
