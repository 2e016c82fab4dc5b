#include "settings/profilestore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;

namespace {

Profile named(const QString &name)
{
    Profile p;
    p.name = name;
    return p;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndListsProfilesByName()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.isEmpty());
        QVERIFY(store.activeId().isEmpty());
        QVERIFY(store.save(named(QStringLiteral("Recette"))));
        QVERIFY(store.save(named(QStringLiteral("local"))));
        QVERIFY(store.save(named(QStringLiteral("Production"))));
        const QList<ProfileStore::Entry> all = store.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].name, QStringLiteral("local"));
        QCOMPARE(all[1].name, QStringLiteral("Production"));
        QCOMPARE(all[2].name, QStringLiteral("Recette"));
        // A second store over the same folder (the next start) sees the same.
        QCOMPARE(ProfileStore(dir.path()).profiles().size(), 3);
    }

    void idsAreReadableAndSafeForFilesAndCredentialNames()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Result<QString> id = store.save(named(QStringLiteral("Recette Île-de-France!")));
        QVERIFY(id);
        QCOMPARE(id.value(), QStringLiteral("recette-ile-de-france"));
        const Result<QString> other = store.save(named(QStringLiteral("../../etc")));
        QVERIFY(other);
        QVERIFY(!other.value().contains(QLatin1Char('/')));
        QVERIFY(!other.value().contains(QLatin1Char('.')));
        QVERIFY(QFileInfo(store.filePath(other.value())).absolutePath().startsWith(dir.path()));
    }

    void namesStayUnique()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        const QString first = store.save(named(QStringLiteral("Local"))).value();
        const QString second = store.save(named(QStringLiteral("local"))).value();
        QVERIFY(first != second);
        QCOMPARE(store.load(second).value().name, QStringLiteral("local (2)"));
        QCOMPARE(store.uniqueName(QStringLiteral("Local")), QStringLiteral("Local (3)"));
        // Saving a profile under its own name is no clash.
        QCOMPARE(store.uniqueName(QStringLiteral("Local"), first), QStringLiteral("Local"));
    }

    void renamingKeepsTheIdAndSoTheSecretsKeys()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        const QString id = store.save(named(QStringLiteral("Local"))).value();
        Profile p = store.load(id).value();
        p.name = QStringLiteral("Laptop");
        QCOMPARE(store.save(p).value(), id);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.load(id).value().name, QStringLiteral("Laptop"));
        QCOMPARE(store.find(QStringLiteral("laptop")), id);
    }

    void removingForgetsTheActiveChoice()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        const QString a = store.save(named(QStringLiteral("A"))).value();
        const QString b = store.save(named(QStringLiteral("B"))).value();
        QCOMPARE(store.activeId(), a);
        store.setActiveId(b);
        QCOMPARE(ProfileStore(dir.path()).activeId(), b);
        QVERIFY(store.remove(b));
        QCOMPARE(store.activeId(), a);
        QVERIFY(!store.load(b));
        QCOMPARE(store.load(b).error().kind, ErrorKind::NotFound);
    }

    void exportCarriesEveryFieldButNoSecretAndNoId()
    {
        QTemporaryDir dir;
        Profile p = named(QStringLiteral("Production"));
        p.id = QStringLiteral("production");
        p.airbyte.auth = Profile::Airbyte::Auth::ClientCredentials;
        p.airbyte.clientId = QStringLiteral("client-id-1");
        p.airbyte.clientSecret = QStringLiteral("export-secret-1");
        p.minio.accessKey = QStringLiteral("minio-user");
        p.minio.secretKey = QStringLiteral("export-secret-2");
        p.postgres.password = QStringLiteral("export-secret-3");
        p.postgres.host = QStringLiteral("db.prod.lan");
        const QString file = dir.filePath(QStringLiteral("production.dsp-profile"));
        QVERIFY(ProfileStore::exportTo(p, file));
        const QByteArray text = contents(file);
        QVERIFY(text.contains("db.prod.lan"));
        QVERIFY(!text.contains("export-secret"));
        QVERIFY(!text.contains("production\n"));

        const Result<Profile> back = ProfileStore::readExported(file);
        QVERIFY(back);
        QVERIFY(back.value().id.isEmpty());
        QCOMPARE(back.value().postgres.host, QStringLiteral("db.prod.lan"));
        QCOMPARE(back.value().airbyte.clientId, QStringLiteral("client-id-1"));
        QCOMPARE(back.value().missingSecrets().size(), 3);
    }

    void importRefusesWhatIsNotAProfile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"this\": \"is json\"}\n");
        f.close();
        const Result<Profile> r = ProfileStore::readExported(file);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("notes.txt")));
        QVERIFY(!ProfileStore::readExported(dir.filePath(QStringLiteral("missing.ini"))));
    }

    // --profile FILE: that profile alone, saved back where it came from.
    void pinnedStoreHoldsItsFileAlone()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ci.ini"));
        {
            QSettings s(file, QSettings::IniFormat);
            named(QStringLiteral("CI")).save(s);
        }
        ProfileStore store = ProfileStore::pinnedTo(file);
        QCOMPARE(store.profiles().size(), 1);
        const QString id = store.activeId();
        QVERIFY(id.startsWith(QLatin1String("file-")));
        QCOMPARE(ProfileStore::pinnedTo(file).activeId(), id); // stable across runs
        Profile p = store.load(id).value();
        p.postgres.port = 6543;
        QCOMPARE(store.save(p).value(), id);
        QSettings s(file, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("postgres/port")).toInt(), 6543);
        QVERIFY(!store.remove(id));
        // "New environment" there must not overwrite the file.
        const Result<QString> other = store.save(named(QStringLiteral("Other")));
        QVERIFY(!other);
        QCOMPARE(store.load(id).value().name, QStringLiteral("CI"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
