// The new connection wizard driven as a user drives it, against the stateful Airbyte fake: a
// custom PostgreSQL → PostgreSQL pipeline with a dedup stream that needs a key and a cursor; the
// modes an S3 destination refuses; cron lines in both forms with their next runs on a fixed
// clock; a discovery that fails with Airbyte's reason, then works on retry; one that takes too
// long; a create whose reply is lost, retried, making one connection.
#include "airbyte/connectionwizard.h"
#include "airbyte/streamsmodel.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/cronschedule.h"
#include "airbyte/pipelinepreset.h"
#include "core/httpclient.h"

#include "airbytefake.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

template<typename T> T *child(QWidget &w, const char *name)
{
    return w.findChild<T *>(QLatin1String(name));
}

void click(QWidget &w, const char *name)
{
    auto *b = child<QAbstractButton>(w, name);
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

bool enabled(QWidget &w, const char *name)
{
    auto *b = child<QWidget>(w, name);
    return b && b->isEnabled() && b->isVisible();
}

int rowOf(const StreamsModel *m, const QString &name)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->catalog().stream(r).name == name)
            return r;
    }
    return -1;
}

// Picks the sync mode in the stream's row as the cell's combo does.
bool pickMode(StreamsModel *m, int row, const SyncModes &modes)
{
    return m->setData(m->index(row, StreamsModel::ModeColumn), StreamsModel::modesKey(modes),
                      Qt::EditRole);
}

} // namespace

class TestConnectionWizard : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    std::unique_ptr<AirbyteFake> m_fake;
    std::unique_ptr<AirbyteClient> m_client;
    QString m_source;
    QString m_warehouse;
    QString m_lake;

    // The wizard on its first step, sources and destinations loaded, `destination` chosen.
    bool open(ConnectionWizard &w, const QString &destinationId)
    {
        w.show();
        w.startNew();
        auto *destination = child<QComboBox>(w, "destination");
        if (!QTest::qWaitFor([&] { return destination->count() >= 2; }, 5000))
            return false;
        destination->setCurrentIndex(destination->findData(destinationId));
        auto *source = child<QComboBox>(w, "source");
        source->setCurrentIndex(source->findData(m_source));
        return destination->currentData() == destinationId && source->currentData() == m_source;
    }

    bool discoverStreams(ConnectionWizard &w)
    {
        QTest::mouseClick(child<QPushButton>(w, "next"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Streams; }, 5000);
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<AirbyteFake>();
        QVERIFY(m_fake->listen());
        m_source = m_fake->addSource(AirbyteFake::postgresSourceDefinitionId(),
                                     QStringLiteral("business_db"),
                                     {{"host", "db"}, {"database", "business_db"}});
        m_warehouse = m_fake->addDestination(AirbyteFake::postgresDestinationDefinitionId(),
                                             QStringLiteral("warehouse"), {{"host", "dw"}});
        m_lake = m_fake->addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                        QStringLiteral("MinIO lake"),
                                        {{"s3_bucket_name", "airbyte-staging"}});
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fake->port()));
        config.timeout = 3s;
        config.slowTimeout = 3s;
        m_client = std::make_unique<AirbyteClient>(&m_http, config);
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void customPipeline()
    {
        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        w.setClock([] { return QDateTime(QDate(2026, 12, 2), QTime(10, 30), Qt::UTC); });
        QVERIFY(open(w, m_warehouse));
        QCOMPARE(child<QLineEdit>(w, "name")->text(), QStringLiteral("business_db → warehouse"));
        QVERIFY(discoverStreams(w));

        StreamsModel *m = w.streams();
        QCOMPARE(m->rowCount(), 4);
        const int customers = rowOf(m, "customers");
        const int orders = rowOf(m, "orders");
        QVERIFY(customers >= 0 && orders >= 0);
        QCOMPARE(m->index(customers, StreamsModel::NamespaceColumn).data().toString(),
                 QStringLiteral("public"));
        // The PostgreSQL destination deduplicates: five choices, deduped first.
        QCOMPARE(m->modeChoices(orders).first(),
                 (SyncModes{SyncMode::Incremental, DestinationSyncMode::AppendDedup}));

        // A fresh discovery of several streams selects none, as Airbyte's does; its modes are
        // Airbyte's defaults (Full refresh | Overwrite without a source-defined cursor).
        QCOMPARE(m->selectedCount(), 0);
        QCOMPARE(m->catalog().stream(customers).config.modes,
                 (SyncModes{SyncMode::FullRefresh, DestinationSyncMode::Overwrite}));
        click(w, "selectAll");
        QCOMPARE(m->selectedCount(), 4);
        click(w, "selectNone");
        QCOMPARE(m->selectedCount(), 0);
        QVERIFY(!enabled(w, "next"));
        QVERIFY(child<QLabel>(w, "problems")->text().contains("at least one"));

        // Only customers and orders, through the filter and "select the filtered ones".
        QTest::keyClicks(child<QLineEdit>(w, "streamFilter"), "ers");
        QCOMPARE(w.streamsFilter()->rowCount(), 2); // customers, orders
        click(w, "selectFiltered");
        QCOMPARE(m->selectedCount(), 2);
        child<QLineEdit>(w, "streamFilter")->clear();

        // customers: incremental dedup on updated_at (proposed), key from the source.
        QVERIFY(pickMode(m, customers, {SyncMode::Incremental, DestinationSyncMode::AppendDedup}));
        QCOMPARE(m->catalog().stream(customers).config.cursorField, QStringList{"updated_at"});
        // orders has no updated_at: the row and the page say a cursor is needed, Next waits.
        QVERIFY(pickMode(m, orders, {SyncMode::Incremental, DestinationSyncMode::AppendDedup}));
        QCOMPARE(m->index(orders, StreamsModel::ProblemColumn).data().toString(),
                 QStringLiteral("Needs a cursor"));
        QVERIFY(child<QLabel>(w, "problems")->text().contains("orders"));
        QVERIFY(!enabled(w, "next"));
        // The user picks id in the cursor list of the stream's details.
        w.setCurrentStream(orders);
        auto *cursor = child<QComboBox>(w, "cursor");
        const int id = cursor->findData(QVariant(QStringList{"id"}));
        QVERIFY(id > 0);
        cursor->setCurrentIndex(id);
        emit cursor->activated(id);
        QCOMPARE(m->catalog().stream(orders).config.cursorField, QStringList{"id"});
        QVERIFY(m->problemRows().isEmpty());
        QVERIFY(enabled(w, "next"));
        click(w, "next");

        // Namespace: a custom format with the source's schema, and a prefix.
        QCOMPARE(w.step(), ConnectionWizard::Step::Namespace);
        click(w, "namespaceCustom");
        auto *format = child<QLineEdit>(w, "namespaceFormat");
        format->setText(QStringLiteral("${SOURCE_NAMESPACE}_raw"));
        child<QLineEdit>(w, "prefix")->setText(QStringLiteral("bdb_"));
        QVERIFY(child<QLabel>(w, "namespacePreview")->text().contains("public_raw"));
        QVERIFY(child<QLabel>(w, "namespacePreview")->text().contains("bdb_customers"));
        click(w, "next");

        // Schedule: the guide's crontab line, converted; next runs on the fixed clock.
        QCOMPARE(w.step(), ConnectionWizard::Step::Schedule);
        click(w, "scheduleCron");
        QVERIFY(!enabled(w, "next"));
        child<QLineEdit>(w, "cron")->setText(QStringLiteral("0 */6 * * *"));
        QVERIFY(child<QLabel>(w, "cronWords")->text().contains("0 0 */6 * * ?"));
        const QString runs = child<QLabel>(w, "nextRuns")->text();
        for (int hour : {12, 18}) {
            const QDateTime t(QDate(2026, 12, 2), QTime(hour, 0), Qt::UTC);
            QVERIFY2(runs.contains(QLocale().toString(t, QLocale::ShortFormat)), qPrintable(runs));
        }
        QVERIFY(runs.contains(QLocale().toString(
            QDateTime(QDate(2026, 12, 3), QTime(0, 0), Qt::UTC), QLocale::ShortFormat)));
        click(w, "next");

        QCOMPARE(w.step(), ConnectionWizard::Step::Review);
        QVERIFY(child<QLabel>(w, "review")->text().contains("orders"));
        QSignalSpy created(&w, &ConnectionWizard::created);
        click(w, "create");
        QVERIFY(QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Done; }, 5000));
        QCOMPARE(created.size(), 1);

        // What Airbyte stored.
        QCOMPARE(m_fake->connectionCount(), 1);
        const QJsonObject saved =
            m_fake->connection(created.first().first().value<ConnectionDetails>().id);
        QCOMPARE(saved.value("scheduleType").toString(), QStringLiteral("cron"));
        const QJsonObject cron = saved.value("scheduleData").toObject().value("cron").toObject();
        QCOMPARE(cron.value("cronExpression").toString(), QStringLiteral("0 0 */6 * * ?"));
        QCOMPARE(cron.value("cronTimeZone").toString(), QStringLiteral("UTC"));
        QCOMPARE(saved.value("namespaceDefinition").toString(), QStringLiteral("customformat"));
        QCOMPARE(saved.value("namespaceFormat").toString(),
                 QStringLiteral("${SOURCE_NAMESPACE}_raw"));
        QCOMPARE(saved.value("prefix").toString(), QStringLiteral("bdb_"));
        int selected = 0;
        for (const QJsonValue &v :
             saved.value("syncCatalog").toObject().value("streams").toArray()) {
            const QJsonObject s = v.toObject();
            const QJsonObject c = s.value("config").toObject();
            if (!c.value("selected").toBool())
                continue;
            ++selected;
            QCOMPARE(c.value("destinationSyncMode").toString(), QStringLiteral("append_dedup"));
            const QString name = s.value("stream").toObject().value("name").toString();
            QCOMPARE(c.value("cursorField").toArray(),
                     QJsonArray{name == "orders" ? "id" : "updated_at"});
        }
        QCOMPARE(selected, 2);

        // Sync now.
        click(w, "syncNow");
        QVERIFY(QTest::qWaitFor(
            [&] { return child<QLabel>(w, "status")->text().contains("Sync started"); }, 5000));
    }

    void modesTheDestinationCannotWriteAreNotOffered()
    {
        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        QVERIFY(open(w, m_lake));
        QVERIFY(discoverStreams(w));
        StreamsModel *m = w.streams();
        const int customers = rowOf(m, "customers");
        for (const SyncModes &modes : m->modeChoices(customers))
            QVERIFY(!modes.needsPrimaryKey()); // S3 has no dedup
        QVERIFY(!pickMode(m, customers, {SyncMode::Incremental, DestinationSyncMode::AppendDedup}));
        // A view reads in full only.
        const int view = rowOf(m, "customer_summary");
        for (const SyncModes &modes : m->modeChoices(view))
            QCOMPARE(modes.source, SyncMode::FullRefresh);
    }

    void cronInBothForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("quartz") << QStringLiteral("0 30 2 * * ?");
        QTest::newRow("crontab") << QStringLiteral("30 2 * * *");
    }

    void cronInBothForms()
    {
        QFETCH(QString, line);
        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        w.setClock([] { return QDateTime(QDate(2026, 3, 28), QTime(12, 0), Qt::UTC); });
        QVERIFY(open(w, m_warehouse));
        QVERIFY(discoverStreams(w));
        click(w, "selectAll");
        click(w, "next");
        click(w, "next");
        click(w, "scheduleCron");
        child<QLineEdit>(w, "cron")->setText(line);
        QVERIFY(enabled(w, "next"));
        const QString runs = child<QLabel>(w, "nextRuns")->text();
        for (int day : {29, 30, 31}) {
            const QDateTime t(QDate(2026, 3, day), QTime(2, 30), Qt::UTC);
            QVERIFY2(runs.contains(QLocale().toString(t, QLocale::ShortFormat)), qPrintable(runs));
        }
        // A line with a mistake says which field, and blocks Next.
        child<QLineEdit>(w, "cron")->setText(QStringLiteral("0 30 25 * * ?"));
        QVERIFY(child<QLabel>(w, "cronWords")->text().contains("hour"));
        QVERIFY(!enabled(w, "next"));
    }

    void failedDiscoveryShowsTheReasonAndRetries()
    {
        m_fake->setDiscoverFailure(QStringLiteral("FATAL: password authentication failed"));
        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        QVERIFY(open(w, m_warehouse));
        click(w, "next");
        auto *text = child<QLabel>(w, "discoverText");
        QVERIFY(QTest::qWaitFor([&] { return text->text().contains("password authentication"); },
                                5000));
        QCOMPARE(w.step(), ConnectionWizard::Step::Discover);
        QVERIFY(enabled(w, "retryDiscover"));
        m_fake->setDiscoverFailure(QString());
        click(w, "retryDiscover");
        QVERIFY(QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Streams; }, 5000));
        QCOMPARE(w.streams()->rowCount(), 4);
    }

    void slowDiscoveryEndsWithASentenceOrACancel()
    {
        m_fake->setDiscoverHangs(true);
        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        QVERIFY(open(w, m_warehouse));
        click(w, "next");
        QVERIFY(enabled(w, "cancelDiscover"));
        click(w, "cancelDiscover");
        QVERIFY(child<QLabel>(w, "discoverText")->text().contains("cancelled"));
        click(w, "retryDiscover");
        auto *text = child<QLabel>(w, "discoverText");
        QVERIFY(QTest::qWaitFor([&] { return text->text().contains("in time"); }, 8000));
        QVERIFY(enabled(w, "retryDiscover"));
    }

    void guidePipelineInOneClickThrough()
    {
        Profile profile;
        profile.id = QStringLiteral("local");
        profile.minio.endpoint = QUrl(QStringLiteral("http://localhost:9000"));
        profile.minio.accessKey = QStringLiteral("minio-admin");
        profile.minio.secretKey = QStringLiteral("m1n10-s3cret");
        profile.postgres.host = QStringLiteral("localhost");
        profile.postgres.user = QStringLiteral("analyst");
        profile.postgres.password = QStringLiteral("pg-s3cret");
        const int destinations = m_fake->destinationCount();
        const int sources = m_fake->sourceCount();
        for (int round = 0; round < 2; ++round) {
            ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
            w.setProfile(profile);
            w.show();
            w.startPipelinePreset();
            QCOMPARE(w.step(), ConnectionWizard::Step::Preset);
            auto *plan = child<QLabel>(w, "presetPlan");
            QVERIFY(QTest::qWaitFor([&] { return enabled(w, "next"); }, 5000));
            // business_db exists (init made it): reused. The lake is made the first time only.
            QVERIFY2(plan->text().contains("business_db exists"), qPrintable(plan->text()));
            QCOMPARE(plan->text().contains("MinIO data lake exists"), round == 1);
            QVERIFY(plan->text().contains("0 0 */6 * * ?"));
            click(w, "next");
            QVERIFY(
                QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Streams; }, 5000));
            StreamsModel *m = w.streams();
            QCOMPARE(m->selectedCount(), 2);
            const Catalog &c = m->catalog();
            QCOMPARE(c.stream(rowOf(m, "customers")).config.cursorField, QStringList{"updated_at"});
            QCOMPARE(c.stream(rowOf(m, "orders")).config.cursorField, QStringList{"id"});
            QVERIFY(m->problemRows().isEmpty());
            click(w, "next");
            click(w, "next");
            QVERIFY(child<QLabel>(w, "cronWords")->text().contains("0 0 */6 * * ?"));
            click(w, "next");
            QCOMPARE(w.step(), ConnectionWizard::Step::Review);
            if (round == 1)
                break; // the second run only shows that both ends are reused
            click(w, "create");
            QVERIFY(
                QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Done; }, 5000));
        }
        QCOMPARE(m_fake->sourceCount(), sources);               // reused
        QCOMPARE(m_fake->destinationCount(), destinations + 1); // made once
        QCOMPARE(m_fake->connectionCount(), 1);
    }

    void schemaChangeReview()
    {
        // A connection syncing every stream of business_db, made through the wizard.
        QString id;
        {
            ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
            QVERIFY(open(w, m_warehouse));
            QVERIFY(discoverStreams(w));
            click(w, "selectAll");
            // orders incremental on its status column, which the migration drops.
            StreamsModel *m = w.streams();
            const int orders = rowOf(m, "orders");
            QVERIFY(pickMode(m, orders, {SyncMode::Incremental, DestinationSyncMode::Append}));
            m->setCursorField(orders, FieldPath{"status"});
            QVERIFY(m->problemRows().isEmpty());
            click(w, "next");
            click(w, "next");
            click(w, "next");
            QSignalSpy created(&w, &ConnectionWizard::created);
            click(w, "create");
            QVERIFY(QTest::qWaitFor([&] { return created.size() == 1; }, 5000));
            id = created.first().first().value<ConnectionDetails>().id;
        }
        m_fake->changeBusinessDbSchema();

        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        w.show();
        w.startEdit(id);
        QVERIFY(QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Streams; }, 5000));
        QCOMPARE(w.streams()->rowCount(), 4);
        click(w, "refreshSchema");
        QDialog *review = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (review = w.findChild<QDialog *>(QStringLiteral("schemaChange"))); },
            5000));
        QStringList changes;
        auto *list = review->findChild<QListWidget *>(QStringLiteral("changes"));
        for (int i = 0; i < list->count(); ++i)
            changes << list->item(i)->text();
        QVERIFY2(changes.contains("customers: field phone added (string)"),
                 qPrintable(changes.join('|')));
        QVERIFY(changes.contains("orders: field status removed"));
        QVERIFY(changes.contains("orders: field amount changed from number to string"));
        QVERIFY(changes.contains("New stream: invoices"));
        QVERIFY(changes.contains("Stream removed: customer_summary"));
        const QString consequences =
            review->findChild<QLabel *>(QStringLiteral("consequences"))->text();
        QVERIFY(consequences.contains("customer_summary"));
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("acceptSchema")),
                          Qt::LeftButton);
        QVERIFY(rowOf(w.streams(), "invoices") >= 0);
        QCOMPARE(rowOf(w.streams(), "customer_summary"), -1);
        // New streams come unselected; the others keep their choices.
        QVERIFY(!w.streams()->catalog().stream(rowOf(w.streams(), "invoices")).config.selected);
        QVERIFY(w.streams()->catalog().stream(rowOf(w.streams(), "customers")).config.selected);
        // The breaking change (orders' cursor removed) turned the connection off in Airbyte.
        QVERIFY(consequences.contains("turned the connection off"));
        QCOMPARE(m_fake->connection(id).value("status").toString(), QStringLiteral("inactive"));
        // orders' cursor is gone: named, and set again before saving.
        QVERIFY(consequences.contains("Must be set again before saving"));
        const int orders = rowOf(w.streams(), "orders");
        QVERIFY(w.streams()->problemRows().contains(orders));
        QVERIFY(!enabled(w, "next"));
        w.streams()->setCursorField(orders, FieldPath{"id"});
        w.streams()->setSelected({rowOf(w.streams(), "invoices")}, true);
        click(w, "next");
        click(w, "next");
        click(w, "next");
        QSignalSpy saved(&w, &ConnectionWizard::saved);
        click(w, "create");
        QVERIFY(QTest::qWaitFor([&] { return saved.size() == 1; }, 5000));
        QStringList stored;
        for (const QJsonValue &v :
             m_fake->connection(id).value("syncCatalog").toObject().value("streams").toArray())
            stored << v.toObject().value("stream").toObject().value("name").toString();
        QVERIFY(stored.contains("invoices"));
        QVERIFY(!stored.contains("customer_summary"));
        // Saving the new schema turned it back on.
        QCOMPARE(m_fake->connection(id).value("status").toString(), QStringLiteral("active"));
    }

    void lostCreateReplyMakesOneConnection()
    {
        ConnectionWizard w(m_client.get(), AirbyteFake::defaultWorkspaceId());
        QVERIFY(open(w, m_lake));
        QVERIFY(discoverStreams(w));
        click(w, "selectAll");
        click(w, "next");
        click(w, "next");
        click(w, "next");
        QCOMPARE(w.step(), ConnectionWizard::Step::Review);
        m_fake->dropNextConnectionCreateReply();
        click(w, "create");
        auto *status = child<QLabel>(w, "status");
        QVERIFY2(QTest::qWaitFor([&] { return status->text().contains("lost"); }, 8000),
                 qPrintable(status->text()));
        QCOMPARE(m_fake->connectionCount(), 1);
        click(w, "create");
        QVERIFY(QTest::qWaitFor([&] { return w.step() == ConnectionWizard::Step::Done; }, 5000));
        QCOMPARE(m_fake->connectionCount(), 1);
    }
};

QTEST_MAIN(TestConnectionWizard)
#include "tst_connectionwizard.moc"
