// The Connections page driven as a user drives it, against the stateful Airbyte fake over real
// HTTP: the table a user reads (source → destination, schedule in words, status, last sync),
// search, disable and enable, delete after a confirmation, Sync now, and Airbyte's own words
// when a call fails, the last rows kept. The model alone: words of a newer server, local
// times, a new list merged by id, both connectors' icons.
#include "airbyte/connectionsmodel.h"
#include "airbyte/connectionspage.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/connectoricons.h"
#include "core/httpclient.h"

#include "airbytefake.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

const QString Svg = QStringLiteral(
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" "
    "height=\"10\" fill=\"#336791\"/></svg>");

template<typename T> T *child(QWidget &w, const char *name)
{
    return w.findChild<T *>(QLatin1String(name));
}

QString cell(ConnectionsPage &page, int row, int column, int role = Qt::DisplayRole)
{
    const QAbstractItemModel *m = page.view()->model();
    return m->data(m->index(row, column), role).toString();
}

// The row (as shown) of the connection named `name`, or -1.
int shownRow(ConnectionsPage &page, const QString &name)
{
    const QAbstractItemModel *m = page.view()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, ConnectionsModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString statusText(ConnectionsPage &page)
{
    return child<QLabel>(page, "status")->text();
}

ConnectionListItem item(const QString &id, const QString &name)
{
    ConnectionListItem c;
    c.id = id;
    c.name = name;
    c.status = QStringLiteral("active");
    c.sourceName = QStringLiteral("business_db");
    c.destinationName = QStringLiteral("MinIO");
    return c;
}

} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    std::unique_ptr<AirbyteFake> m_fake;
    std::unique_ptr<AirbyteClient> m_client;
    QString m_source;
    QString m_lake;
    QString m_warehouse;
    QString m_toLake;
    QString m_toWarehouse;

    // The page shown with its first list loaded.
    bool open(ConnectionsPage &page)
    {
        QSignalSpy loaded(&page, &ConnectionsPage::loaded);
        page.setClient(m_client.get());
        page.show();
        return loaded.wait(5000);
    }

    bool select(ConnectionsPage &page, const QString &name)
    {
        const int row = shownRow(page, name);
        if (row < 0)
            return false;
        page.view()->selectRow(row);
        return page.view()->selectionModel()->isRowSelected(row, {});
    }

    void click(ConnectionsPage &page, const char *name)
    {
        auto *b = child<QPushButton>(page, name);
        QVERIFY2(b, name);
        QVERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Airbyte answers the route with its 500 body from now on.
    void failRoute(const QByteArray &route)
    {
        m_fake->route("POST", "/api/v1/" + route, [](const FakeRequest &) {
            FakeResponse r;
            r.status = 500;
            r.body = R"({"message":"Internal Server Error: the database is down",)"
                     R"("exceptionClassName":"io.airbyte.commons.server.errors.)"
                     R"(InternalServerKnownException"})";
            return r;
        });
    }

    // connections/update with these members only (Airbyte patches).
    bool patch(const QString &connectionId, QJsonObject body)
    {
        body.insert(QStringLiteral("connectionId"), connectionId);
        std::optional<bool> done;
        m_client->post(QStringLiteral("connections/update"), body, this,
                       [&done](const Result<QJsonObject> &r) { done = bool(r); });
        return QTest::qWaitFor([&] { return done.has_value(); }, 5000) && *done;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<AirbyteFake>();
        QVERIFY(m_fake->listen());
        m_source = m_fake->addSource(AirbyteFake::postgresSourceDefinitionId(),
                                     QStringLiteral("business_db"),
                                     {{"host", "db"}, {"database", "business_db"}});
        m_lake = m_fake->addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                        QStringLiteral("MinIO"),
                                        {{"s3_bucket_name", "airbyte-staging"}});
        m_warehouse = m_fake->addDestination(AirbyteFake::postgresDestinationDefinitionId(),
                                             QStringLiteral("warehouse"), {{"host", "dw"}});
        m_toLake = m_fake->addConnection(m_source, m_lake, QStringLiteral("orders to the lake"));
        m_toWarehouse =
            m_fake->addConnection(m_source, m_warehouse, QStringLiteral("nightly reporting"));
        QVERIFY(!m_toLake.isEmpty() && !m_toWarehouse.isEmpty());
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fake->port()));
        config.timeout = 3s;
        m_client = std::make_unique<AirbyteClient>(&m_http, config);
        // Schedules as the wizard saves them.
        QVERIFY(patch(
            m_toLake,
            {{"scheduleType", "basic"},
             {"scheduleData",
              QJsonObject{{"basicSchedule", QJsonObject{{"timeUnit", "hours"}, {"units", 6}}}}}}));
        QVERIFY(patch(
            m_toWarehouse,
            {{"scheduleType", "cron"},
             {"scheduleData", QJsonObject{{"cron", QJsonObject{{"cronExpression", "0 0 2 * * ?"},
                                                               {"cronTimeZone", "UTC"}}}}}}));
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void listsConnectionsWithTheirEndsScheduleAndStatus()
    {
        ConnectionsPage page;
        QAbstractItemModelTester tester(page.model());
        QVERIFY(open(page));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        const int lake = shownRow(page, QStringLiteral("orders to the lake"));
        QVERIFY(lake >= 0);
        QCOMPARE(cell(page, lake, ConnectionsModel::Ends), QStringLiteral("business_db → MinIO"));
        QVERIFY(cell(page, lake, ConnectionsModel::Ends, Qt::ToolTipRole)
                    .contains(QStringLiteral("MinIO")));
        QCOMPARE(cell(page, lake, ConnectionsModel::Schedule), QStringLiteral("Every 6 hours"));
        QCOMPARE(cell(page, lake, ConnectionsModel::Status), QStringLiteral("Active"));
        QCOMPARE(cell(page, lake, ConnectionsModel::LastSync), QStringLiteral("Never"));
        const int warehouse = shownRow(page, QStringLiteral("nightly reporting"));
        QCOMPARE(cell(page, warehouse, ConnectionsModel::Ends),
                 QStringLiteral("business_db → warehouse"));
        QCOMPARE(cell(page, warehouse, ConnectionsModel::Schedule),
                 QStringLiteral("At 02:00, every day (UTC)"));
        // Sorted by name.
        QVERIFY(warehouse < lake);
        QVERIFY(statusText(page).isEmpty());
        QVERIFY(!child<QLabel>(page, "status")->isVisible());
    }

    void searchFindsByConnectionSourceOrDestinationName()
    {
        ConnectionsPage page;
        QVERIFY(open(page));
        auto *search = child<QLineEdit>(page, "search");
        QTest::keyClicks(search, QStringLiteral("WAREHOUSE")); // destination, any case
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, ConnectionsModel::Name), QStringLiteral("nightly reporting"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("business")); // source: both
        QCOMPARE(page.view()->model()->rowCount(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("orders")); // connection's own name
        QCOMPARE(page.view()->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nothing like it"));
        QCOMPARE(page.view()->model()->rowCount(), 0);
        search->clear();
        QCOMPARE(page.view()->model()->rowCount(), 2);
    }

    void disableThenEnableChangesTheRowAndAirbyte()
    {
        ConnectionsPage page;
        QVERIFY(open(page));
        auto *toggle = child<QPushButton>(page, "toggleActive");
        QVERIFY(!toggle->isEnabled()); // nothing selected
        QVERIFY(select(page, QStringLiteral("orders to the lake")));
        QCOMPARE(toggle->text(), QStringLiteral("Disable"));
        click(page, "toggleActive");
        const auto row = [&] { return shownRow(page, QStringLiteral("orders to the lake")); };
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, row(), ConnectionsModel::Status),
                                  QStringLiteral("Inactive"), 5000);
        QCOMPARE(m_fake->connection(m_toLake).value(QStringLiteral("status")).toString(),
                 QStringLiteral("inactive"));
        QCOMPARE(toggle->text(), QStringLiteral("Enable"));
        QVERIFY(statusText(page).contains(QStringLiteral("disabled")));
        QVERIFY(!child<QPushButton>(page, "syncNow")->isEnabled()); // not while inactive

        click(page, "toggleActive");
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, row(), ConnectionsModel::Status),
                                  QStringLiteral("Active"), 5000);
        QCOMPARE(m_fake->connection(m_toLake).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(toggle->text(), QStringLiteral("Disable"));
        // The other connection was left alone, and a new list agrees.
        QCOMPARE(m_fake->connection(m_toWarehouse).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QSignalSpy loaded(&page, &ConnectionsPage::loaded);
        click(page, "refresh");
        QVERIFY(loaded.wait(5000));
        QCOMPARE(cell(page, row(), ConnectionsModel::Status), QStringLiteral("Active"));
    }

    void deleteAsksNamingTheConnectionThenRemovesIt()
    {
        ConnectionsPage page;
        QVERIFY(open(page));
        QVERIFY(select(page, QStringLiteral("orders to the lake")));
        const auto confirmation = [&] {
            return page.findChild<QMessageBox *>(QStringLiteral("confirmDelete"));
        };

        // Cancel: nothing happens.
        click(page, "delete");
        QTRY_VERIFY(confirmation() && confirmation()->isVisible());
        const QString question = confirmation()->text();
        QVERIFY2(question.contains(QStringLiteral("“orders to the lake”")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("stops syncing")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("already written")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("MinIO")), qPrintable(question));
        QCOMPARE(confirmation()->textFormat(), Qt::PlainText);
        confirmation()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!confirmation());
        QCOMPARE(m_fake->requestCount("connections/delete"), 0);
        QCOMPARE(page.view()->model()->rowCount(), 2);

        // Yes: Airbyte deletes it and the row goes.
        click(page, "delete");
        QTRY_VERIFY(confirmation() && confirmation()->isVisible());
        confirmation()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 1, 5000);
        QCOMPARE(cell(page, 0, ConnectionsModel::Name), QStringLiteral("nightly reporting"));
        QCOMPARE(
            m_fake->lastBody("connections/delete").value(QStringLiteral("connectionId")).toString(),
            m_toLake);
        QVERIFY(statusText(page).contains(QStringLiteral("deleted")));
        QVERIFY(page.selectedConnectionId() != m_toLake); // its row is gone

        // Airbyte no longer lists it.
        QSignalSpy loaded(&page, &ConnectionsPage::loaded);
        click(page, "refresh");
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(shownRow(page, QStringLiteral("orders to the lake")), -1);

        // The entry point tests and shortcuts use, without the box.
        QVERIFY(select(page, QStringLiteral("nightly reporting")));
        page.deleteSelected(true);
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 0, 5000);
    }

    void syncNowSaysTheJobStarted()
    {
        ConnectionsPage page;
        QVERIFY(open(page));
        QVERIFY(!child<QPushButton>(page, "syncNow")->isEnabled());
        QVERIFY(select(page, QStringLiteral("orders to the lake")));
        click(page, "syncNow");
        static const QRegularExpression started(QStringLiteral("^Sync started \\(job \\d+\\)\\.$"));
        QTRY_VERIFY_WITH_TIMEOUT(started.match(statusText(page)).hasMatch(), 5000);
        QCOMPARE(
            m_fake->lastBody("connections/sync").value(QStringLiteral("connectionId")).toString(),
            m_toLake);
        const int row = shownRow(page, QStringLiteral("orders to the lake"));
        QVERIFY(cell(page, row, ConnectionsModel::LastSync).startsWith(QStringLiteral("Syncing…")));
        QVERIFY(!child<QPushButton>(page, "syncNow")->isEnabled()); // one at a time
    }

    void serverErrorIsSaidAndTheLastRowsStay()
    {
        ConnectionsPage page;
        QVERIFY(open(page));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QVERIFY(select(page, QStringLiteral("nightly reporting")));

        // A 500: Airbyte's message, in red, above the rows the page had.
        failRoute("web_backend/connections/list");
        QSignalSpy loaded(&page, &ConnectionsPage::loaded);
        click(page, "refresh");
        QTRY_VERIFY_WITH_TIMEOUT(statusText(page).startsWith(QStringLiteral("Could not load")),
                                 5000);
        QVERIFY2(statusText(page).contains(QStringLiteral("the database is down")),
                 qPrintable(statusText(page)));
        QVERIFY(!statusText(page).contains(QStringLiteral("InternalServerKnownException")));
        QVERIFY(child<QLabel>(page, "status")->isVisible());
        QCOMPARE(child<QLabel>(page, "status")->textFormat(), Qt::PlainText); // Airbyte's words
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QCOMPARE(page.selectedConnectionId(), m_toWarehouse);

        // A refused change: said, and the row as it was.
        failRoute("connections/update");
        click(page, "toggleActive");
        QTRY_VERIFY_WITH_TIMEOUT(statusText(page).contains(QStringLiteral("was not disabled")),
                                 5000);
        QVERIFY(statusText(page).contains(QStringLiteral("the database is down")));
        const int row = shownRow(page, QStringLiteral("nightly reporting"));
        QCOMPARE(cell(page, row, ConnectionsModel::Status), QStringLiteral("Active"));
        QVERIFY(child<QPushButton>(page, "toggleActive")->isEnabled()); // may try again

        // Airbyte gone altogether: said, rows kept.
        m_fake->close();
        click(page, "refresh");
        QTRY_VERIFY_WITH_TIMEOUT(statusText(page).startsWith(QStringLiteral("Could not reach")),
                                 5000);
        QCOMPARE(page.view()->model()->rowCount(), 2);
    }

    void buttonsFollowTheSelectedRow()
    {
        ConnectionsPage page;
        QSignalSpy created(&page, &ConnectionsPage::newRequested);
        QSignalSpy opened(&page, &ConnectionsPage::openRequested);
        QVERIFY(open(page));
        for (const char *name : {"open", "toggleActive", "syncNow", "delete"})
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), name);
        click(page, "new");
        QCOMPARE(created.size(), 1);

        // Selecting by id clears a search that hides the row.
        QTest::keyClicks(child<QLineEdit>(page, "search"), QStringLiteral("nightly"));
        page.selectConnection(m_toLake);
        QVERIFY(child<QLineEdit>(page, "search")->text().isEmpty());
        QCOMPARE(page.selectedConnectionId(), m_toLake);
        for (const char *name : {"open", "toggleActive", "syncNow", "delete"})
            QVERIFY2(child<QPushButton>(page, name)->isEnabled(), name);
        click(page, "open");
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), m_toLake);

        // Double-click opens too.
        const int row = shownRow(page, QStringLiteral("nightly reporting"));
        const QModelIndex index = page.view()->model()->index(row, ConnectionsModel::Name);
        const QPoint at = page.view()->visualRect(index).center();
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().toString(), m_toWarehouse);

        // An id the list does not have yet is selected once a load brings it.
        const QString later =
            m_fake->addConnection(m_source, m_lake, QStringLiteral("added later"));
        page.selectConnection(later);
        QCOMPARE(page.selectedConnectionId(), m_toWarehouse);
        QSignalSpy loaded(&page, &ConnectionsPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.selectedConnectionId(), later);
    }

    void survivesThePageOrTheClientGoingAwayWithCallsInFlight()
    {
        // The page goes while its list is on the way.
        {
            auto page = std::make_unique<ConnectionsPage>();
            page->setClient(m_client.get());
            page->show();
            QTRY_VERIFY(m_fake->requestCount("web_backend/connections/list") > 0 ||
                        m_fake->requestCount("workspaces/list_by_organization_id") > 0);
        }
        // The client goes while a call is on the way: no crash; a new client works.
        ConnectionsPage page;
        QVERIFY(open(page));
        QVERIFY(select(page, QStringLiteral("orders to the lake")));
        const int syncs = m_fake->requestCount("connections/sync");
        click(page, "syncNow");
        QTRY_VERIFY(m_fake->requestCount("connections/sync") > syncs);
        m_client.reset();
        page.refresh();
        page.toggleSelectedActive();
        page.deleteSelected(true);
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fake->port()));
        m_client = std::make_unique<AirbyteClient>(&m_http, config);
        QSignalSpy loaded(&page, &ConnectionsPage::loaded);
        page.setClient(m_client.get());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.view()->model()->rowCount(), 2);
    }

    void modelShowsNewerWordsAsTheyCameAndLocalTimes()
    {
        ConnectionsModel model;
        QAbstractItemModelTester tester(&model);
        ConnectionListItem a = item(QStringLiteral("a"), QStringLiteral("a"));
        a.status = QStringLiteral("paused_by_admin");
        a.latestSyncJobStatus = QStringLiteral("queued_elsewhere");
        a.latestSyncJobCreatedAt = QDateTime(QDate(2026, 3, 12), QTime(14, 5), Qt::UTC);
        ConnectionListItem b = item(QStringLiteral("b"), QStringLiteral("b"));
        b.status = QStringLiteral("locked");
        b.latestSyncJobStatus = QStringLiteral("failed");
        b.latestSyncJobCreatedAt = QDateTime(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC);
        ConnectionListItem c = item(QStringLiteral("c"), QStringLiteral("c"));
        c.status = QStringLiteral("deprecated");
        c.isSyncing = true;
        model.setItems({a, b, c});
        const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(text(0, ConnectionsModel::Status).toString(), QStringLiteral("paused_by_admin"));
        QCOMPARE(text(1, ConnectionsModel::Status).toString(), QStringLiteral("Locked"));
        QCOMPARE(text(2, ConnectionsModel::Status).toString(), QStringLiteral("Deprecated"));
        const QString when =
            QLocale().toString(a.latestSyncJobCreatedAt.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(text(0, ConnectionsModel::LastSync).toString(),
                 QStringLiteral("queued_elsewhere, ") + when);
        QVERIFY(
            text(1, ConnectionsModel::LastSync).toString().startsWith(QStringLiteral("Failed, ")));
        QCOMPARE(text(2, ConnectionsModel::LastSync).toString(), QStringLiteral("Syncing…"));
        // Sorted by time, not by text; never synced first.
        QVERIFY(text(1, ConnectionsModel::LastSync, ConnectionsModel::SortRole).toLongLong() <
                text(0, ConnectionsModel::LastSync, ConnectionsModel::SortRole).toLongLong());
        QVERIFY(text(2, ConnectionsModel::LastSync, ConnectionsModel::SortRole).toLongLong() <
                text(1, ConnectionsModel::LastSync, ConnectionsModel::SortRole).toLongLong());
        // Names from the server stay plain text in tooltips.
        ConnectionListItem html = item(QStringLiteral("h"), QStringLiteral("<b>bold</b>"));
        model.setItems({html});
        QVERIFY(text(0, ConnectionsModel::Name, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
        QCOMPARE(text(0, ConnectionsModel::Name).toString(), QStringLiteral("<b>bold</b>"));
    }

    void modelMergesANewListById()
    {
        ConnectionsModel model;
        QAbstractItemModelTester tester(&model);
        model.setItems({item(QStringLiteral("1"), QStringLiteral("one")),
                        item(QStringLiteral("2"), QStringLiteral("two")),
                        item(QStringLiteral("3"), QStringLiteral("three"))});
        const QPersistentModelIndex three = model.index(2, ConnectionsModel::Name);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ConnectionListItem renamed = item(QStringLiteral("3"), QStringLiteral("three, renamed"));
        model.setItems({item(QStringLiteral("4"), QStringLiteral("four")), renamed});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(three.isValid());
        QCOMPARE(three.data().toString(), QStringLiteral("three, renamed"));
        QCOMPARE(model.rowOf(QStringLiteral("4")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("1")), -1);
    }

    void modelShowsBothConnectorsIconsFromSvgOrUrl()
    {
        FakeHttpServer icons;
        icons.route("GET", "/s3.svg", [](const FakeRequest &) {
            FakeResponse r;
            r.contentType = "image/svg+xml";
            r.body = Svg.toUtf8();
            return r;
        });
        QVERIFY(icons.listen());
        ConnectorIcons downloads(&m_http, QString());
        ConnectionsModel model;
        model.setIconSource(&downloads);
        ConnectionListItem c = item(QStringLiteral("1"), QStringLiteral("one"));
        c.sourceIcon = Svg;
        c.destinationIcon = QStringLiteral("http://127.0.0.1:%1/s3.svg").arg(icons.port());
        model.setItems({c});
        const QModelIndex ends = model.index(0, ConnectionsModel::Ends);
        QVERIFY(!ends.data(ConnectionsModel::SourceIconRole).value<QIcon>().isNull());
        QVERIFY(ends.data(ConnectionsModel::DestinationIconRole).value<QIcon>().isNull());
        QVERIFY(!ends.data(Qt::DecorationRole).value<QIcon>().isNull()); // room for both
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(5000)); // the download ended
        QVERIFY(!ends.data(ConnectionsModel::DestinationIconRole).value<QIcon>().isNull());
        const QImage both = ends.data(Qt::DecorationRole)
                                .value<QIcon>()
                                .pixmap(ConnectionsModel::endsIconSize(20), 1.0)
                                .toImage();
        QVERIFY(qAlpha(both.pixel(2, 10)) > 0);                // the source's
        QVERIFY(qAlpha(both.pixel(both.width() - 3, 10)) > 0); // the destination's
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
