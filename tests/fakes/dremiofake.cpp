#include "dremiofake.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Dsp::Fakes {

DremioFake::DremioFake(QObject *parent)
    : FakeHttpServer(parent)
{
    route("GET", "/apiv2/server_status", [this](const FakeRequest &) {
        FakeResponse r;
        r.status = m_status == "OK" ? 200 : 503;
        r.body = '"' + m_status + '"';
        return r;
    });
    route("POST", "/apiv2/login", [this](const FakeRequest &req) {
        FakeResponse r;
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QString user = body.value(QStringLiteral("userName")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (!m_users.contains(user) || m_users.value(user) != password) {
            r.status = 401;
            r.body = R"({"errorMessage":"Login incorrect","moreInfo":""})";
            return r;
        }
        QJsonObject session{
            {QStringLiteral("token"), QStringLiteral("fake-token-%1").arg(m_users.size())},
            {QStringLiteral("userName"), user},
            {QStringLiteral("firstName"), user},
            {QStringLiteral("lastName"), QString()},
            {QStringLiteral("expires"), 4102444800000.0},
            {QStringLiteral("email"), QStringLiteral("%1@example.com").arg(user)},
            {QStringLiteral("userId"), QStringLiteral("5c4cd5d8-bb1a-4a4a-9f4c-7d0b5e2f1a10")},
            {QStringLiteral("admin"), true},
            {QStringLiteral("clusterId"), QStringLiteral("2e1b9f3c-0c6e-4d9a-8f2a-3b7c1d5e9f01")},
            {QStringLiteral("clusterCreatedAt"), 1700000000000.0},
            {QStringLiteral("showUserAndUserProperties"), true},
            {QStringLiteral("version"), QString::fromLatin1(m_version)},
            {QStringLiteral("permissions"), QJsonObject{}},
        };
        r.body = QJsonDocument(session).toJson(QJsonDocument::Compact);
        return r;
    });
}

void DremioFake::addUser(const QString &name, const QString &password)
{
    m_users.insert(name, password);
}

} // namespace Dsp::Fakes
