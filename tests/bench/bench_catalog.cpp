// bench_catalog: a discovered catalog of 10,000 streams with 50 fields each, as the JSON of a
// sources/discover_schema answer, through what the streams step does with it. Printed as
// `name: value` lines:
//
//   catalog_json_mb                       size of the answer
//   catalog_parse_ms                      parseCatalogAnswer() on a worker thread, as the wizard
//                                         runs it
//   nlohmann_parse_ms                     a bare nlohmann::json::parse of the same bytes
//                                         (the reference)
//   table_fill_ms                         the parsed catalog into the wizard's streams table,
//                                         painted
//   filter_ms                             typing "0001" key by key in the filter, each painted
//   select_all_ms                         "Select all" on the 10,000, painted
//   request_build_ms / request_mb         the create request's body (on a worker thread)
//   catalog_total_ms (goal < 200)         all of the above but the reference, end to end
//   catalog_max_stall_ms (goal < 50)      the longest GUI-thread stall during all of it
//
// Usage: bench_catalog [streams] [fields]
#include "airbyte/connectionwizard.h"
#include "airbyte/streamsmodel.h"

#include "airbyte/catalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

void print(const char *name, double value)
{
    std::printf("%s: %.2f\n", name, value);
    std::fflush(stdout);
}

double ms(qint64 ns)
{
    return double(ns) / 1.0e6;
}

// The answer Airbyte 1.8 sends for a PostgreSQL warehouse: nullable typed columns, a key, a
// timestamp, both sync modes, the config as a fresh discovery has it.
QByteArray discoveredCatalog(int streams, int fields)
{
    static const char *types[] = {
        R"json({"type":["null","string"]})json",
        R"json({"type":["null","integer"]})json",
        R"json({"type":["null","number"]})json",
        R"json({"type":["null","string"],"format":"date-time","airbyte_type":"timestamp_with_timezone"})json",
        R"json({"type":["null","boolean"]})json",
    };
    QByteArray out;
    out.reserve(qsizetype(streams) * (fields * 60 + 600));
    out.append(R"json({"catalog":{"streams":[)json");
    for (int s = 0; s < streams; ++s) {
        const QByteArray name = "table_" + QByteArray::number(s).rightJustified(5, '0');
        if (s)
            out.append(',');
        out.append(
            R"json({"stream":{"name":")json" + name +
            R"json(","jsonSchema":{"type":"object","properties":{"id":{"type":["null","integer"]})json");
        for (int f = 1; f < fields; ++f) {
            out.append(",\"column_" + QByteArray::number(f).rightJustified(2, '0') + "\":");
            out.append(f == fields - 1 ? types[3] : types[f % 5]);
        }
        out.append(
            R"json(}},"supportedSyncModes":["full_refresh","incremental"],"sourceDefinedCursor":false,)json"
            R"json("defaultCursorField":[],"sourceDefinedPrimaryKey":[["id"]],"namespace":"public","isResumable":true},)json"
            R"json("config":{"syncMode":"full_refresh","cursorField":[],"destinationSyncMode":"overwrite",)json"
            R"json("primaryKey":[["id"]],"aliasName":")json" +
            name +
            R"json(","selected":false,"suggested":false,"fieldSelectionEnabled":false,"selectedFields":[]}})json");
    }
    out.append(
        R"json(]},"jobInfo":{"id":"0b6f8c8e-5a3a-4c43-9c1e-6f7d3c2b1a00","configType":"discover_schema",)json"
        R"json("createdAt":1767225600,"endedAt":1767225660,"succeeded":true,"connectorConfigurationUpdated":false},)json"
        R"json("catalogId":"2f1c8d3e-0a4b-4f5e-9d6c-7b8a9c0d1e2f"})json");
    return out;
}

// Runs `work` on the pool while the event loop turns; returns its result.
template<typename T> T onWorker(std::function<T()> work)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(QThreadPool::globalInstance(), std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

// Lets the view paint what changed.
void paint(QTableView &view)
{
    view.viewport()->repaint();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int streams = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int fields = args.size() > 2 ? args.at(2).toInt() : 50;

    const QByteArray json = discoveredCatalog(streams, fields);
    print("catalog_json_mb", double(json.size()) / (1024.0 * 1024.0));

    // The wizard's own streams step: its model, filter, table and details pane.
    ConnectionWizard wizard(nullptr, QString());
    StreamsModel &model = *wizard.streams();
    StreamsFilter &filter = *wizard.streamsFilter();
    QTableView &view = *wizard.streamsView();
    wizard.show();
    QCoreApplication::processEvents();

    // The GUI thread's lateness, watched by a 1 ms timer, through everything below.
    QElapsedTimer tick;
    qint64 maxGapNs = 0;
    QTimer lag;
    lag.setTimerType(Qt::PreciseTimer);
    lag.setInterval(1ms);
    QObject::connect(&lag, &QTimer::timeout, [&] {
        maxGapNs = std::max(maxGapNs, tick.nsecsElapsed());
        tick.restart();
    });
    tick.start();
    lag.start();
    QElapsedTimer total;
    total.start();

    QElapsedTimer step;
    step.start();
    using Parsed = std::shared_ptr<Result<CatalogAnswer>>;
    const Parsed parsed = onWorker<Parsed>([&json] {
        return std::make_shared<Result<CatalogAnswer>>(parseCatalogAnswer(json, "catalog"));
    });
    print("catalog_parse_ms", ms(step.nsecsElapsed()));
    if (!*parsed || !parsed->value().catalog || parsed->value().catalog->size() != streams) {
        std::fprintf(stderr, "the catalog did not parse\n");
        return 1;
    }

    step.restart();
    wizard.showCatalog(*parsed->value().catalog,
                       {DestinationSyncMode::Overwrite, DestinationSyncMode::Append});
    paint(view);
    print("table_fill_ms", ms(step.nsecsElapsed()));

    step.restart();
    // Typed key by key, each one filtered and painted: "0001" keeps table_0001x, 10 rows.
    for (const QString &typed : {QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("000"),
                                 QStringLiteral("0001")}) {
        filter.setText(typed);
        paint(view);
    }
    print("filter_ms", ms(step.nsecsElapsed()));
    const int shown = filter.rowCount();
    filter.setText(QString());
    paint(view);

    step.restart();
    model.setAllSelected(true);
    paint(view);
    print("select_all_ms", ms(step.nsecsElapsed()));
    if (model.selectedCount() != streams || shown <= 0) {
        std::fprintf(stderr, "select all or the filter failed\n");
        return 1;
    }

    step.restart();
    const Catalog catalog = model.catalog();
    const QByteArray request = onWorker<QByteArray>([catalog] { return catalog.toJson(); });
    print("request_build_ms", ms(step.nsecsElapsed()));
    print("request_mb", double(request.size()) / (1024.0 * 1024.0));

    print("catalog_total_ms", ms(total.nsecsElapsed()));
    lag.stop();
    print("catalog_max_stall_ms", std::max(0.0, ms(maxGapNs) - 1.0));
    // Last, so that its heap does not weigh on the figures above. The reference: what a bare
    // nlohmann DOM parse of the same bytes costs.
    {
        QElapsedTimer t;
        t.start();
        const nlohmann::json doc =
            nlohmann::json::parse(json.constData(), json.constData() + json.size());
        print("nlohmann_parse_ms", ms(t.nsecsElapsed()));
        if (!doc.is_object())
            return 1;
    }

    return request.isEmpty() ? 1 : 0;
}
