// Catalog: the discovered streams as the wizard shows them, the sync modes both ends allow, what
// keeps a choice from being saved, and the request that sends the schemas back unchanged.
#include "airbyte/catalog.h"
#include "airbyte/catalogdiff.h"
#include "airbyte/pipelinepreset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Dsp;

namespace {

// A PostgreSQL discovery as Airbyte 1.8 answers it (SourceDiscoverSchemaRead), compact, with a
// nested jsonb column, a table without updated_at, a view without key, and config members the
// panel does not model.
QByteArray discoverAnswer()
{
    return QByteArrayLiteral(
        R"json({"catalog":{"streams":[)json"
        R"json({"stream":{"name":"customers","jsonSchema":{"type":"object","properties":{)json"
        R"json("id":{"type":"number","airbyte_type":"integer"},"name":{"type":"string"},)json"
        R"json("address":{"type":["null","object"],"properties":{"city":{"type":"string"},)json"
        R"json("geo":{"type":"object","properties":{"lat":{"type":"number"}}}}},)json"
        R"json("updated_at":{"type":"string","format":"date-time","airbyte_type":"timestamp_with_timezone"}}},)json"
        R"json("supportedSyncModes":["full_refresh","incremental"],"sourceDefinedCursor":false,)json"
        R"json("defaultCursorField":[],"sourceDefinedPrimaryKey":[["id"]],"namespace":"public","isResumable":true},)json"
        R"json("config":{"syncMode":"full_refresh","cursorField":[],"destinationSyncMode":"overwrite",)json"
        R"json("primaryKey":[["id"]],"aliasName":"customers","selected":true,"suggested":false,)json"
        R"json("fieldSelectionEnabled":false,"selectedFields":[],"mappers":[{"type":"hashing","mapperConfiguration":{"a":1}}]}},)json"
        R"json({"stream":{"name":"orders","jsonSchema":{"type":"object","properties":{)json"
        R"json("id":{"type":"number"},"amount":{"type":"number"},"status":{"type":"string"}}},)json"
        R"json("supportedSyncModes":["full_refresh","incremental"],"sourceDefinedCursor":false,)json"
        R"json("defaultCursorField":[],"sourceDefinedPrimaryKey":[["id"]],"namespace":"public"},)json"
        R"json("config":{"syncMode":"full_refresh","cursorField":[],"destinationSyncMode":"overwrite",)json"
        R"json("primaryKey":[["id"]],"aliasName":"orders","selected":false,"fieldSelectionEnabled":false}},)json"
        R"json({"stream":{"name":"customer_summary","jsonSchema":{"type":"object","properties":{)json"
        R"json("customer_id":{"type":"number"},"total":{"type":"number"}}},)json"
        R"json("supportedSyncModes":["full_refresh"],"sourceDefinedCursor":false,)json"
        R"json("defaultCursorField":[],"sourceDefinedPrimaryKey":[],"namespace":"public"},)json"
        R"json("config":{"syncMode":"full_refresh","destinationSyncMode":"overwrite","selected":false}},)json"
        // (not a raw string: moc loses its way on \" inside one)
        "{\"stream\":{\"name\":\"events \\\"\u00e9\\\"\","
        R"json("jsonSchema":{"type":"object","properties":{"created":{"type":"string"}}},)json"
        R"json("supportedSyncModes":["incremental","full_refresh"],"sourceDefinedCursor":true,)json"
        R"json("defaultCursorField":["created"],"sourceDefinedPrimaryKey":[["id"]]},)json"
        R"json("config":{"syncMode":"incremental","destinationSyncMode":"append","cursorField":["created"],"selected":false}})json"
        R"json(]},"jobInfo":{"id":"8c3a","configType":"discover_schema","createdAt":1,"endedAt":2,)json"
        R"json("succeeded":true,"connectorConfigurationUpdated":false},"catalogId":"c1"})json");
}

Catalog parsed()
{
    const Result<CatalogAnswer> r = parseCatalogAnswer(discoverAnswer(), "catalog");
    if (!r || !r.value().catalog)
        qFatal("the sample catalog did not parse");
    return *r.value().catalog;
}

const QList<DestinationSyncMode> s3Modes{DestinationSyncMode::Overwrite,
                                         DestinationSyncMode::Append};
const QList<DestinationSyncMode> postgresModes{
    DestinationSyncMode::Overwrite, DestinationSyncMode::Append, DestinationSyncMode::AppendDedup};

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The streams list of a discovery of `count` streams (megabytes of it: read in several slices),
// compact as Airbyte sends it. Each config has its members in the order a request writes them,
// so the request repeats the list byte for byte. `examples` puts in every schema a list of
// objects that start with "stream", as a column's examples could hold.
QByteArray bigStreamList(int count, bool examples)
{
    QByteArray list;
    for (int i = 0; i < count; ++i) {
        // Every seventh name has an escaped quote and an accent.
        const QByteArray name = (i % 7 ? "table_" : "t\\\"\xc3\xa9_") + QByteArray::number(i);
        if (i)
            list.append(',');
        list.append(
            R"json({"stream":{"name":")json" + name +
            R"json(","jsonSchema":{"type":"object","properties":{"id":{"type":"number"},)json"
            R"json("note":{"type":["null","string"])json" +
            (examples ? R"json(,"examples":[{"stream":{"name":"a"}},{"stream":{}}])json" : "") +
            R"json(},"updated_at":{"type":"string","format":"date-time"}}},)json"
            R"json("supportedSyncModes":["full_refresh","incremental"],"namespace":"public"},)json"
            R"json("config":{"syncMode":"full_refresh","destinationSyncMode":"append",)json"
            R"json("cursorField":[],"primaryKey":[["id"]],"aliasName":")json" +
            name + R"json(","selected":false,"suggested":true}})json");
    }
    return list;
}

QByteArray bigDiscovery(const QByteArray &list)
{
    // The log line holds the bytes between two entries, escaped as any string holds them (not
    // a raw string: moc loses its way on \" inside one).
    return R"json({"catalog":{"streams":[)json" + list +
           "]},\"jobInfo\":{\"logs\":{\"logLines\":[\"},{\\\"stream\\\":{\"]}},\"catalogId\":"
           "\"c1\"}";
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void streamsAsDiscovered()
    {
        const Result<CatalogAnswer> r = parseCatalogAnswer(discoverAnswer(), "catalog");
        QVERIFY(r);
        QCOMPARE(r.value().rest.value("catalogId").toString(), QStringLiteral("c1"));
        QVERIFY(r.value().rest.value("jobInfo").toObject().value("succeeded").toBool());
        QVERIFY(!r.value().rest.contains("catalog"));
        const Catalog &c = *r.value().catalog;
        QCOMPARE(c.size(), 4);
        const CatalogStream &customers = c.stream(0);
        QCOMPARE(customers.name, QStringLiteral("customers"));
        QCOMPARE(customers.nameSpace, QStringLiteral("public"));
        QCOMPARE(customers.fieldCount, 4);
        QVERIFY(customers.hasUpdatedAt);
        QCOMPARE(customers.supportedSyncModes,
                 (QList<SyncMode>{SyncMode::FullRefresh, SyncMode::Incremental}));
        QCOMPARE(customers.sourceDefinedPrimaryKey, QList<FieldPath>{{"id"}});
        QVERIFY(customers.config.selected);
        QCOMPARE(customers.config.modes,
                 (SyncModes{SyncMode::FullRefresh, DestinationSyncMode::Overwrite}));
        QVERIFY(c.supportsFieldSelection());
        QCOMPARE(c.stream(3).name, QStringLiteral("events \"é\""));
        QVERIFY(c.stream(3).sourceDefinedCursor);
        QCOMPARE(c.stream(3).defaultCursorField, QStringList{"created"});
        QCOMPARE(c.indexOf("public", "orders"), 1);
        QCOMPARE(c.indexOf({}, "orders"), -1);
    }

    void nestedFieldsAsPaths()
    {
        const Catalog c = parsed();
        const QList<CatalogField> fields = c.fields(0);
        QStringList paths;
        for (const CatalogField &f : fields)
            paths << fieldPathText(f.path);
        QCOMPARE(paths, (QStringList{"id", "name", "address", "address.city", "address.geo",
                                     "address.geo.lat", "updated_at"}));
        QCOMPARE(fields.at(2).type, QStringLiteral("object"));
        QVERIFY(fields.at(2).nullable);
        QCOMPARE(fields.at(0).format, QStringLiteral("integer"));
        QCOMPARE(fields.at(6).format, QStringLiteral("timestamp_with_timezone"));
    }

    void modesBothEndsAllow()
    {
        using S = SyncMode;
        using D = DestinationSyncMode;
        const QList<SyncMode> both{S::FullRefresh, S::Incremental};
        // The S3 destination has no dedup: three choices, deduped never offered.
        QCOMPARE(availableSyncModes(both, s3Modes),
                 (QList<SyncModes>{{S::Incremental, D::Append},
                                   {S::FullRefresh, D::Append},
                                   {S::FullRefresh, D::Overwrite}}));
        QCOMPARE(availableSyncModes(both, postgresModes).first(),
                 (SyncModes{S::Incremental, D::AppendDedup}));
        // A view reads in full only.
        QCOMPARE(availableSyncModes({S::FullRefresh}, postgresModes),
                 (QList<SyncModes>{{S::FullRefresh, D::Append}, {S::FullRefresh, D::Overwrite}}));
        QCOMPARE((SyncModes{S::Incremental, D::AppendDedup}).displayName(),
                 QStringLiteral("Incremental | Append + Deduped"));
        const QJsonObject spec = json(
            R"json({"supportedDestinationSyncModes":["overwrite","append","append_dedup","future_mode"]})json");
        QCOMPARE(destinationSyncModesFromApi(spec), postgresModes);
    }

    void incrementalProposesACursor()
    {
        Catalog c = parsed();
        // customers has updated_at: proposed when switching to incremental.
        c.setSyncModes(0, {SyncMode::Incremental, DestinationSyncMode::Append});
        QCOMPARE(c.stream(0).config.cursorField, QStringList{"updated_at"});
        QCOMPARE(c.problem(0, s3Modes), StreamProblem::None);
        // orders has none: the cursor stays empty and the stream says what it needs.
        c.setSelected(1, true);
        c.setSyncModes(1, {SyncMode::Incremental, DestinationSyncMode::Append});
        QVERIFY(c.stream(1).config.cursorField.isEmpty());
        QCOMPARE(c.problem(1, s3Modes), StreamProblem::NeedsCursor);
        QVERIFY(Catalog::problemText(StreamProblem::NeedsCursor).contains("cursor"));
        c.setCursorField(1, {"id"});
        QCOMPARE(c.problem(1, s3Modes), StreamProblem::None);
        // A source-defined cursor needs no choice.
        c.setSelected(3, true);
        c.setCursorField(3, {});
        QCOMPARE(c.problem(3, s3Modes), StreamProblem::None);
        // An unselected stream is never a problem.
        c.setSelected(1, false);
        c.setCursorField(1, {});
        QCOMPARE(c.problem(1, s3Modes), StreamProblem::None);
    }

    void dedupNeedsAKey()
    {
        Catalog c = parsed();
        c.setSelected(2, true);
        // A mode the destination lacks.
        c.setSyncModes(2, {SyncMode::FullRefresh, DestinationSyncMode::OverwriteDedup});
        QCOMPARE(c.problem(2, postgresModes), StreamProblem::ModeNotSupported);
        // A mode the source lacks: the view cannot read incrementally.
        c.setSyncModes(2, {SyncMode::Incremental, DestinationSyncMode::AppendDedup});
        QCOMPARE(c.problem(2, postgresModes), StreamProblem::ModeNotSupported);
        // The key comes from the source when it defines one.
        c.setSyncModes(0, {SyncMode::Incremental, DestinationSyncMode::AppendDedup});
        QCOMPARE(c.effectiveKey(0), QList<FieldPath>{{"id"}});
        QCOMPARE(c.problem(0, postgresModes), StreamProblem::None);
        // Composite keys.
        c.setPrimaryKey(0, {{"id"}, {"name"}});
        QCOMPARE(c.stream(0).config.primaryKey.size(), 2);
    }

    void fieldSelectionKeepsCursorAndKey()
    {
        Catalog c = parsed();
        c.setSyncModes(0, {SyncMode::Incremental, DestinationSyncMode::AppendDedup});
        c.setFieldSelection(0, true, {{"id"}, {"name"}});
        QCOMPARE(c.problem(0, postgresModes), StreamProblem::CursorNotSelected);
        c.setFieldSelection(0, true, {{"name"}, {"updated_at"}});
        QCOMPARE(c.problem(0, postgresModes), StreamProblem::KeyNotSelected);
        c.setFieldSelection(0, true, {{"id"}, {"updated_at"}, {"address", "city"}});
        QCOMPARE(c.problem(0, postgresModes), StreamProblem::None);
    }

    void requestSendsSchemasBackUnchanged()
    {
        Catalog c = parsed();
        c.setSyncModes(0, {SyncMode::Incremental, DestinationSyncMode::Append});
        c.setFieldSelection(0, true, {{"id"}, {"updated_at"}});
        c.setSelected(1, true);
        c.setSyncModes(1, {SyncMode::Incremental, DestinationSyncMode::Append});
        c.setCursorField(1, {"id"});
        const QByteArray request = c.toJson();

        const QJsonObject original = json(discoverAnswer()).value("catalog").toObject();
        const QJsonObject sent = json(request);
        QVERIFY2(!sent.isEmpty(), request.left(200).constData());
        const QJsonArray streams = sent.value("streams").toArray();
        QCOMPARE(streams.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(streams.at(i).toObject().value("stream"),
                     original.value("streams").toArray().at(i).toObject().value("stream"));
        }
        const QJsonObject customers = streams.at(0).toObject().value("config").toObject();
        QCOMPARE(customers.value("syncMode").toString(), QStringLiteral("incremental"));
        QCOMPARE(customers.value("destinationSyncMode").toString(), QStringLiteral("append"));
        QCOMPARE(customers.value("cursorField").toArray(), QJsonArray{"updated_at"});
        QCOMPARE(customers.value("primaryKey").toArray(), (QJsonArray{QJsonArray{"id"}}));
        QCOMPARE(customers.value("selected").toBool(), true);
        QCOMPARE(customers.value("fieldSelectionEnabled").toBool(), true);
        QCOMPARE(customers.value("selectedFields").toArray().size(), 2);
        // What the panel does not model goes back as it came.
        QCOMPARE(customers.value("suggested").toBool(true), false);
        QCOMPARE(customers.value("mappers").toArray().first().toObject().value("type").toString(),
                 QStringLiteral("hashing"));
        const QJsonObject orders = streams.at(1).toObject().value("config").toObject();
        QCOMPARE(orders.value("cursorField").toArray(), QJsonArray{"id"});
        QCOMPARE(orders.value("selected").toBool(), true);

        // What was sent parses back to the same choices.
        const Result<Catalog> again = Catalog::parse(request);
        QVERIFY(again);
        QCOMPARE(again.value().stream(0).config.selectedFields,
                 (QList<FieldPath>{{"id"}, {"updated_at"}}));
        QCOMPARE(again.value().stream(3).name, QStringLiteral("events \"é\""));
        QCOMPARE(again.value().toJson(), request);
    }

    void failedDiscoveryHasNoCatalog()
    {
        const Result<CatalogAnswer> r = parseCatalogAnswer(
            R"json({"jobInfo":{"succeeded":false,"failureReason":{"externalMessage":"no pg_hba entry"}}})json",
            "catalog");
        QVERIFY(r);
        QVERIFY(!r.value().catalog);
        QCOMPARE(r.value()
                     .rest.value("jobInfo")
                     .toObject()
                     .value("failureReason")
                     .toObject()
                     .value("externalMessage")
                     .toString(),
                 QStringLiteral("no pg_hba entry"));
    }

    void malformedAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << discoverAnswer().left(900);
        QTest::newRow("streams not a list") << QByteArray(R"json({"catalog":{"streams":{}}})json");
        QTest::newRow("stream without schema") << QByteArray(
            R"json({"catalog":{"streams":[{"config":{"syncMode":"incremental"}}]}})json");
        QTest::newRow("stream without name")
            << QByteArray(R"json({"catalog":{"streams":[{"stream":{"jsonSchema":{}}}]}})json");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedAnswersAreErrors()
    {
        QFETCH(QByteArray, body);
        const Result<CatalogAnswer> r = parseCatalogAnswer(body, "catalog");
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::InvalidResponse);
        QVERIFY(r.error().message.contains("catalog"));
    }

    void bigCatalogsReadAsSmallOnes_data()
    {
        QTest::addColumn<bool>("examples");
        QTest::newRow("plain schemas") << false;
        QTest::newRow("lists of stream objects in schemas") << true;
    }

    void bigCatalogsReadAsSmallOnes()
    {
        QFETCH(bool, examples);
        const int count = 6000;
        const QByteArray list = bigStreamList(count, examples);
        const Result<CatalogAnswer> r = parseCatalogAnswer(bigDiscovery(list), "catalog");
        QVERIFY(r);
        QCOMPARE(r.value().rest.value("catalogId").toString(), QStringLiteral("c1"));
        QVERIFY(!r.value().rest.contains("catalog"));
        const Catalog &c = *r.value().catalog;
        QCOMPARE(c.size(), count);
        QVERIFY(!c.supportsFieldSelection());
        for (int i = 0; i < count; ++i) {
            const QString name = (i % 7 ? QStringLiteral("table_") : QStringLiteral("t\"\u00e9_")) +
                                 QString::number(i);
            QCOMPARE(c.stream(i).name, name);
            QCOMPARE(c.stream(i).config.aliasName, name);
            QCOMPARE(c.stream(i).fieldCount, 3);
            QVERIFY(c.stream(i).hasUpdatedAt);
        }
        QCOMPARE(c.fields(count - 1).size(), 3);
        // Every schema points at its own bytes, the way the request sends them back.
        QCOMPARE(c.toJson(), "{\"streams\":[" + list + "]}");
    }

    void bigCatalogErrorsAsSmallOnes()
    {
        QByteArray list = bigStreamList(6000, false);
        // The last stream's name becomes its title.
        list.replace(list.lastIndexOf("\"name\":\"table_"), 6, "\"title\"");
        const Result<CatalogAnswer> r = parseCatalogAnswer(bigDiscovery(list), "catalog");
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::InvalidResponse);
        QVERIFY2(r.error().message.contains("a stream has no name"), qPrintable(r.error().message));
    }

    void guidePipelineChoices()
    {
        Catalog c = parsed();
        QStringList problems;
        QVERIFY(PipelinePreset::apply(c, s3Modes, &problems).isEmpty());
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.stream(0).config.selected, true);  // customers
        QCOMPARE(c.stream(1).config.selected, true);  // orders
        QCOMPARE(c.stream(2).config.selected, false); // customer_summary
        QCOMPARE(c.stream(3).config.selected, false);
        for (int i : {0, 1}) {
            QCOMPARE(c.stream(i).config.modes,
                     (SyncModes{SyncMode::Incremental, DestinationSyncMode::Append}));
            QCOMPARE(c.problem(i, s3Modes), StreamProblem::None);
        }
        QCOMPARE(c.stream(0).config.cursorField, QStringList{"updated_at"});
        QCOMPARE(c.stream(1).config.cursorField, QStringList{"id"}); // no updated_at
        // A source without the guide's tables says so.
        const QByteArray noOrders = QByteArray(
            R"json({"streams":[{"stream":{"name":"x","jsonSchema":{}},"config":{}}]})json");
        Catalog empty = Catalog::parse(noOrders).value();
        QCOMPARE(PipelinePreset::apply(empty, s3Modes), (QStringList{"customers", "orders"}));
    }

    void guidePipelineReusesItsEnds()
    {
        const ConnectorPreset source = connectorPresets(AirbyteClient::Kind::Source).first();
        const ConnectorPreset lake = connectorPresets(AirbyteClient::Kind::Destination).first();
        ConnectorInstance renamed;
        renamed.id = "s1";
        renamed.definitionId = "pg";
        renamed.name = "Business database";
        renamed.configuration = {{"database", "business_db"}, {"host", "db"}};
        ConnectorInstance otherDb = renamed;
        otherDb.id = "s2";
        otherDb.configuration = {{"database", "crm"}};
        QCOMPARE(PipelinePreset::findEnd(source, "pg", {otherDb, renamed})->id,
                 QStringLiteral("s1"));
        QVERIFY(!PipelinePreset::findEnd(source, "pg", {otherDb}));
        QVERIFY(!PipelinePreset::findEnd(source, "mysql", {renamed}));
        ConnectorInstance bucket;
        bucket.id = "d1";
        bucket.definitionId = "s3";
        bucket.name = "lake";
        bucket.configuration = {{"s3_bucket_name", "airbyte-staging"},
                                {"s3_bucket_path", "postgres-sync/"}};
        QCOMPARE(PipelinePreset::findEnd(lake, "s3", {bucket})->id, QStringLiteral("d1"));
        bucket.configuration.insert("s3_bucket_path", "elsewhere");
        QVERIFY(!PipelinePreset::findEnd(lake, "s3", {bucket}));
        bucket.name = "MinIO data lake";
        QCOMPARE(PipelinePreset::findEnd(lake, "s3", {bucket})->id, QStringLiteral("d1"));
        QCOMPARE(PipelinePreset::connectionName(), QStringLiteral("business_db → MinIO data lake"));
    }

    void schemaChangeInWords()
    {
        // As Airbyte 1.8 answers web_backend/connections/get with withRefreshedCatalog after a
        // migration of business_db.
        const QJsonObject diffJson = json(
            R"json({"transforms":[)json"
            R"json({"transformType":"update_stream","streamDescriptor":{"name":"customers","namespace":"public"},)json"
            R"json("updateStream":{"fieldTransforms":[{"transformType":"add_field","fieldName":["phone"],"breaking":false,)json"
            R"json("addField":{"schema":{"type":["null","string"]}}}],"streamAttributeTransforms":[]}},)json"
            R"json({"transformType":"update_stream","streamDescriptor":{"name":"orders","namespace":"public"},)json"
            R"json("updateStream":{"fieldTransforms":[{"transformType":"remove_field","fieldName":["status"],"breaking":false,)json"
            R"json("removeField":{"schema":{"type":"string"}}},{"transformType":"update_field_schema","fieldName":["amount"],)json"
            R"json("breaking":false,"updateFieldSchema":{"oldSchema":{"type":"number"},"newSchema":{"type":"string"}}}],)json"
            R"json("streamAttributeTransforms":[]}},)json"
            R"json({"transformType":"add_stream","streamDescriptor":{"name":"invoices","namespace":"public"}},)json"
            R"json({"transformType":"remove_stream","streamDescriptor":{"name":"customer_summary","namespace":"public"}}]})json");
        const CatalogDiff diff = CatalogDiff::fromApi(diffJson);
        QCOMPARE(diff.streams.size(), 4);
        QVERIFY(!diff.isBreaking());
        QStringList lines;
        for (const StreamChange &c : diff.streams)
            lines << c.describe();
        QCOMPARE(lines, (QStringList{"customers: field phone added (string)",
                                     "orders: field status removed",
                                     "orders: field amount changed from number to string",
                                     "New stream: invoices", "Stream removed: customer_summary"}));

        Catalog saved = parsed();
        saved.setSyncModes(0, {SyncMode::Incremental, DestinationSyncMode::Append}); // customers
        saved.setSelected(1, true);                                                  // orders
        saved.setSelected(2, true); // customer_summary
        // customers is incremental: its rows at the destination lack phone. orders is
        // rewritten each sync; customer_summary is gone and must be dealt with.
        QCOMPARE(diff.streamsNeedingRefresh(saved), QStringList{"customers"});
        QCOMPARE(diff.streamsToReconfigure(saved), QStringList{"customer_summary"});
        // orders synced incrementally on status: status is gone, so is its cursor.
        saved.setSyncModes(1, {SyncMode::Incremental, DestinationSyncMode::Append});
        saved.setCursorField(1, {"status"});
        QCOMPARE(diff.streamsNeedingRefresh(saved), (QStringList{"customers", "orders"}));
        QCOMPARE(diff.streamsToReconfigure(saved), (QStringList{"orders", "customer_summary"}));
        // Accepting the change: the refreshed catalog carries the saved choices over, but the
        // cursor on a column that is gone is forgotten, so orders says it needs one.
        saved.setPrimaryKey(1, {{"status"}});
        QCOMPARE(diff.forgetRemovedFields(saved), 1);
        QVERIFY(saved.stream(1).config.cursorField.isEmpty());
        QVERIFY(saved.stream(1).config.primaryKey.isEmpty());
        QCOMPARE(saved.problem(1, postgresModes), StreamProblem::NeedsCursor);
        QCOMPARE(saved.stream(0).config.primaryKey, (QList<FieldPath>{{"id"}})); // untouched
        QCOMPARE(diff.forgetRemovedFields(saved), 0);
        QVERIFY(CatalogDiff::fromApi(QJsonObject()).isEmpty());
    }

    void parsesOffTheGuiThread()
    {
        QObject context;
        bool called = false;
        parseCatalogAnswerAsync(discoverAnswer(), "catalog", &context,
                                [&](const Result<CatalogAnswer> &r) {
                                    called = true;
                                    QVERIFY(r);
                                    QCOMPARE(r.value().catalog->size(), 4);
                                });
        QTRY_VERIFY(called);
    }

    void noCallbackAfterTheContextIsGone()
    {
        bool called = false;
        {
            QObject context;
            parseCatalogAnswerAsync(discoverAnswer(), "catalog", &context,
                                    [&](const Result<CatalogAnswer> &) { called = true; });
        }
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
