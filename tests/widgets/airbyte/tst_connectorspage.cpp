// The Sources page against a scripted Airbyte: the table a user reads (names, connectors with
// their icons, the connections using each), search, delete with the connections named, and
// Airbyte's own words when a call fails.
#include "airbyte/airbyteclient.h"
#include "airbyte/connectordialog.h"
#include "airbyte/connectorsmodel.h"
#include "airbyte/connectorspage.h"
#include "core/httpclient.h"

#include "fakehttpserver.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;

namespace {

FakeResponse ok(const QJsonObject &o)
{
    FakeResponse r;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject source(const QString &id, const QString &name, const QString &definition)
{
    return {{QStringLiteral("sourceId"), id},
            {QStringLiteral("sourceDefinitionId"), definition},
            {QStringLiteral("workspaceId"), QStringLiteral("w1")},
            {QStringLiteral("name"), name},
            {QStringLiteral("sourceName"), QStringLiteral("Postgres")},
            {QStringLiteral("connectionConfiguration"),
             QJsonObject{{QStringLiteral("password"), QStringLiteral("**********")}}}};
}

const QString Svg = QStringLiteral(
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" "
    "height=\"10\" fill=\"#336791\"/></svg>");

} // namespace

class TestConnectorsPage : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    FakeHttpServer m_server;
    QJsonArray m_sources;
    QList<QByteArray> m_deleted;
    bool m_failList = false;

    QString cell(ConnectorsPage &page, int row, int column)
    {
        const QAbstractItemModel *m = page.view()->model();
        return m->data(m->index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        m_server.route("POST", "/api/v1/workspaces/list", [](const FakeRequest &) {
            return ok(
                {{QStringLiteral("workspaces"),
                  QJsonArray{QJsonObject{{QStringLiteral("workspaceId"), QStringLiteral("w1")},
                                         {QStringLiteral("name"), QStringLiteral("Default")}}}}});
        });
        m_server.route("POST", "/api/v1/sources/list", [this](const FakeRequest &) {
            if (m_failList) {
                FakeResponse r;
                r.status = 500;
                r.body = QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                                    QStringLiteral("Internal Server Error: "
                                                                   "database is down")}})
                             .toJson();
                return r;
            }
            return ok({{QStringLiteral("sources"), m_sources}});
        });
        m_server.route(
            "POST", "/api/v1/source_definitions/list_for_workspace", [](const FakeRequest &) {
                return ok({{QStringLiteral("sourceDefinitions"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("sourceDefinitionId"), QStringLiteral("def-pg")},
                                {QStringLiteral("name"), QStringLiteral("Postgres")},
                                {QStringLiteral("icon"), Svg}}}}});
            });
        m_server.route("POST", "/api/v1/connections/list", [](const FakeRequest &) {
            return ok({{QStringLiteral("connections"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("connectionId"), QStringLiteral("c1")},
                            {QStringLiteral("name"), QStringLiteral("business_db → lake")},
                            {QStringLiteral("sourceId"), QStringLiteral("s1")},
                            {QStringLiteral("destinationId"), QStringLiteral("d1")},
                            {QStringLiteral("status"), QStringLiteral("active")}}}}});
        });
        m_server.route("POST", "/api/v1/sources/delete", [this](const FakeRequest &req) {
            m_deleted.append(req.body);
            const QString id = QJsonDocument::fromJson(req.body)
                                   .object()
                                   .value(QStringLiteral("sourceId"))
                                   .toString();
            for (int i = 0; i < m_sources.size(); ++i) {
                if (m_sources[i].toObject().value(QStringLiteral("sourceId")).toString() == id) {
                    m_sources.removeAt(i);
                    break;
                }
            }
            FakeResponse r;
            r.status = 204;
            return r;
        });
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_sources = {
            source(QStringLiteral("s1"), QStringLiteral("business_db"), QStringLiteral("def-pg")),
            source(QStringLiteral("s2"), QStringLiteral("orders_api"),
                   QStringLiteral("def-unknown"))};
        m_deleted.clear();
        m_failList = false;
    }

    void showsTheWorkspacesSourcesWithConnectorsAndUse()
    {
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
        AirbyteClient client(&m_http, config);
        ConnectorsPage page(AirbyteClient::Kind::Source);
        QAbstractItemModelTester tester(page.model());
        QSignalSpy loaded(&page, &ConnectorsPage::loaded);
        page.setClient(&client);
        page.show();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QCOMPARE(cell(page, 0, ConnectorsModel::Name), QStringLiteral("business_db"));
        QCOMPARE(cell(page, 0, ConnectorsModel::Connector), QStringLiteral("Postgres"));
        // (Plural forms come from the translation the panel loads; none is loaded here.)
        QVERIFY(cell(page, 0, ConnectorsModel::UsedBy).startsWith(QStringLiteral("1 connection")));
        const QIcon icon = page.view()
                               ->model()
                               ->data(page.view()->model()->index(0, ConnectorsModel::Connector),
                                      Qt::DecorationRole)
                               .value<QIcon>();
        QVERIFY(!icon.isNull());
        QCOMPARE(cell(page, 1, ConnectorsModel::UsedBy), QStringLiteral("not used"));

        auto search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("ORDERS"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, ConnectorsModel::Name), QStringLiteral("orders_api"));
        search->clear();

        // Delete business_db: the request names it; the list reloads without it.
        page.view()->selectRow(0);
        loaded.clear();
        page.deleteSelected(true);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_deleted.size(), 1);
        QVERIFY(m_deleted.first().contains("\"s1\""));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, ConnectorsModel::Name), QStringLiteral("orders_api"));
    }

    void newAndOpenLeadToTheConnectorDialog()
    {
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
        AirbyteClient client(&m_http, config);
        ConnectorsPage page(AirbyteClient::Kind::Source);
        auto *create = page.findChild<QPushButton *>(QStringLiteral("new"));
        auto *open = page.findChild<QPushButton *>(QStringLiteral("open"));
        QSignalSpy loaded(&page, &ConnectorsPage::loaded);
        page.setClient(&client);
        page.show();
        QVERIFY(loaded.wait(5000));
        // New needs the workspace, Open a selected row.
        QVERIFY(create->isEnabled());
        QVERIFY(!open->isEnabled());
        page.view()->selectRow(0);
        QVERIFY(open->isEnabled());
        ConnectorDialog *edit = page.openSelected();
        QVERIFY(edit);
        QVERIFY(edit->isVisible());
        QCOMPARE(edit->windowTitle(), QStringLiteral("Edit “business_db”"));
        QCOMPARE(edit->saveButton()->text(), QStringLiteral("Save"));
        edit->reject();
        ConnectorDialog *fresh = page.openNew();
        QVERIFY(fresh);
        QCOMPARE(fresh->windowTitle(), QStringLiteral("New source"));
        QCOMPARE(fresh->saveButton()->text(), QStringLiteral("Create"));
        fresh->reject();
    }

    void failuresAreSaidInAirbytesWordsAndTheListStays()
    {
        AirbyteClient::Config config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
        AirbyteClient client(&m_http, config);
        ConnectorsPage page(AirbyteClient::Kind::Source);
        QSignalSpy loaded(&page, &ConnectorsPage::loaded);
        page.setClient(&client);
        page.show();
        QVERIFY(loaded.wait(5000));
        m_failList = true;
        page.refresh();
        auto status = page.findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("database is down")));
        QCOMPARE(page.view()->model()->rowCount(), 2);
    }

    void saysWhenAirbyteIsNotConfigured()
    {
        ConnectorsPage page(AirbyteClient::Kind::Destination);
        page.setClient(nullptr);
        page.show();
        auto status = page.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status->text().contains(QStringLiteral("not configured")));
    }
};

QTEST_MAIN(TestConnectorsPage)
#include "tst_connectorspage.moc"
