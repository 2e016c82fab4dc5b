// The real credential store: the Secret Service of a gnome-keyring-daemon that the test
// command starts in its own D-Bus session (tests/services/CMakeLists.txt). Built a second
// time with DSP_NO_STORE, run where no D-Bus session exists: the store must say so and keep
// secrets for the session only, never on disk.
#include "secrets/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Dsp;

namespace {

// Waits for one callback; the store calls back from the event loop.
template<typename T> struct Waiter
{
    std::optional<Result<T>> got;
    std::function<void(const Result<T> &)> callback()
    {
        return [this](const Result<T> &r) { got = r; };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return got.has_value(); }, 10000);
    }
};

[[maybe_unused]] QString describe(const std::optional<Result<QString>> &r)
{
    if (!r)
        return QStringLiteral("no answer");
    return r->hasValue() ? QStringLiteral("value") : r->error().message;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // A service name of its own per run, so runs never see each other's secrets.
    const QString m_service = QStringLiteral("DataStackPanelTest-%1")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    SecretStore m_store{m_service};

    Result<QString> read(const QString &key)
    {
        Waiter<QString> w;
        m_store.read(key, this, w.callback());
        if (!w.wait())
            return Error::make(ErrorKind::Timeout, QStringLiteral("no answer from the store"));
        return *w.got;
    }
    Result<bool> write(const QString &key, const QString &secret)
    {
        Waiter<bool> w;
        m_store.write(key, secret, this, w.callback());
        if (!w.wait())
            return Error::make(ErrorKind::Timeout, QStringLiteral("no answer from the store"));
        if (!w.got->hasValue())
            qWarning() << "write failed:" << w.got->error().message << w.got->error().detail;
        return *w.got;
    }
    Result<bool> remove(const QString &key)
    {
        Waiter<bool> w;
        m_store.remove(key, this, w.callback());
        if (!w.wait())
            return Error::make(ErrorKind::Timeout, QStringLiteral("no answer from the store"));
        return *w.got;
    }

private slots:
    void keysAreNamespacedPerProfileServiceAndField()
    {
        QCOMPARE(SecretStore::key(QStringLiteral("local"), QStringLiteral("postgres"),
                                  QStringLiteral("password")),
                 QStringLiteral("DataStackPanel/local/postgres/password"));
    }

#ifndef DSP_NO_STORE
    void writesReadsOverwritesAndDeletes()
    {
        const QString key = SecretStore::key(QStringLiteral("p1"), QStringLiteral("postgres"),
                                             QStringLiteral("password"));
        QVERIFY(write(key, QStringLiteral("first-secret")));
        Result<QString> r = read(key);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), QStringLiteral("first-secret"));
        QVERIFY(write(key, QStringLiteral("second-secret é✓")));
        r = read(key);
        QVERIFY(r);
        QCOMPARE(r.value(), QStringLiteral("second-secret é✓"));
        QVERIFY(remove(key));
        r = read(key);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QVERIFY(remove(key)); // removing what is gone is fine
        QVERIFY(m_store.isPersistent());
    }

    void secretsSurviveANewStoreObject()
    {
        const QString key = SecretStore::key(QStringLiteral("p2"), QStringLiteral("dremio"),
                                             QStringLiteral("password"));
        QVERIFY(write(key, QStringLiteral("kept")));
        SecretStore other(m_service);
        Waiter<QString> w;
        other.read(key, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.got->hasValue(), qPrintable(describe(w.got)));
        QCOMPARE(w.got->value(), QStringLiteral("kept"));
        QVERIFY(remove(key));
    }

    // Renaming a profile keeps its secrets under the new name, and only there.
    void moveKeepsTheSecretUnderTheNewKeyOnly()
    {
        const QString from = SecretStore::key(QStringLiteral("recette"), QStringLiteral("minio"),
                                              QStringLiteral("secretKey"));
        const QString to = SecretStore::key(QStringLiteral("staging"), QStringLiteral("minio"),
                                            QStringLiteral("secretKey"));
        QVERIFY(write(from, QStringLiteral("minio-secret")));
        Waiter<bool> w;
        m_store.move(from, to, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.got->hasValue());
        QCOMPARE(read(to).value(), QStringLiteral("minio-secret"));
        QCOMPARE(read(from).error().kind, ErrorKind::NotFound);
        QVERIFY(remove(to));
    }

    void noCallbackAfterTheContextIsGone()
    {
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_store.read(
            SecretStore::key(QStringLiteral("p3"), QStringLiteral("x"), QStringLiteral("y")),
            context.get(), [&](const Result<QString> &) { ++calls; });
        context.reset();
        QTest::qWait(300);
        QCOMPARE(calls, 0);
    }

    // A store destroyed while the Secret Service still works on its requests (the panel
    // switching environments, or closing): the late answers reach nobody and crash nothing,
    // and the service goes on answering others.
    void storeDestroyedWithRequestsInFlight()
    {
        const QString key = SecretStore::key(QStringLiteral("p4"), QStringLiteral("dremio"),
                                             QStringLiteral("password"));
        QVERIFY(write(key, QStringLiteral("in-flight")));
        int calls = 0;
        int callsBeforeDestruction = 0;
        {
            SecretStore doomed(m_service);
            const QString missing = SecretStore::key(QStringLiteral("p4"), QStringLiteral("x"),
                                                     QStringLiteral("missing"));
            for (int i = 0; i < 5; ++i) {
                doomed.read(key, this, [&](const Result<QString> &) { ++calls; });
                doomed.read(missing, this, [&](const Result<QString> &) { ++calls; });
                doomed.remove(missing, this, [&](const Result<bool> &) { ++calls; });
            }
            doomed.write(key, QStringLiteral("late"), this, [&](const Result<bool> &) { ++calls; });
            // The service works through them one after the other: go once it has answered
            // the first, with the next one under way.
            QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 10000));
            callsBeforeDestruction = calls;
        }
        QTest::qWait(500);
        QCOMPARE(calls, callsBeforeDestruction);
        const Result<QString> r = read(key);
        QVERIFY(r);
        QVERIFY(remove(key));
    }
#else
    // No D-Bus session: no Secret Service. The store says so once and keeps secrets in
    // memory for this session; nothing reaches the disk.
    void fallsBackToSessionOnlyWithoutAStore()
    {
        QSignalSpy persistence(&m_store, &SecretStore::persistenceChanged);
        const QString key = SecretStore::key(QStringLiteral("p1"), QStringLiteral("postgres"),
                                             QStringLiteral("password"));
        const QString secret =
            QStringLiteral("session-only-%1").arg(QUuid::createUuid().toString());
        QVERIFY(write(key, secret));
        QVERIFY(!m_store.isPersistent());
        QCOMPARE(persistence.count(), 1);
        QVERIFY(!m_store.sessionOnlyReason().isEmpty());
        const Result<QString> r = read(key);
        QVERIFY(r);
        QCOMPARE(r.value(), secret);
        QVERIFY(remove(key));
        QCOMPARE(read(key).error().kind, ErrorKind::NotFound);
        QCOMPARE(persistence.count(), 1);

        // Not in any file under the config, data or temporary folders this process may use.
        for (const QString &dir :
             {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)}) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 1024 * 1024 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
