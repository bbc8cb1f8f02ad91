#include "secrets/KeychainSecretStore.h"

#include <QTest>

namespace {

struct ReadResult
{
    SecretStore::Error error = SecretStore::Error::Other;
    QString value;
    QString message;
};

ReadResult readBack(SecretStore &store, const QString &key)
{
    ReadResult r;
    bool done = false;
    store.read(key, [&](SecretStore::Error e, const QString &v, const QString &m) {
        r = {e, v, m};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000))
        qFatal("keychain read did not finish");
    return r;
}

SecretStore::Error writeValue(SecretStore &store, const QString &key, const QString &value)
{
    SecretStore::Error error = SecretStore::Error::Other;
    bool done = false;
    store.write(key, value, [&](SecretStore::Error e, const QString &) {
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000))
        qFatal("keychain write did not finish");
    return error;
}

SecretStore::Error removeValue(SecretStore &store, const QString &key)
{
    SecretStore::Error error = SecretStore::Error::Other;
    bool done = false;
    store.remove(key, [&](SecretStore::Error e, const QString &) {
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000))
        qFatal("keychain delete did not finish");
    return error;
}

} // namespace

// Runs against a real Secret Service (gnome-keyring under dbus-run-session, see
// run_with_keyring.sh), or, with KILOWATCH_EXPECT_NO_KEYCHAIN=1, without any session bus.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    bool expectNoKeychain() const
    {
        return qEnvironmentVariableIntValue("KILOWATCH_EXPECT_NO_KEYCHAIN") == 1;
    }

private slots:
    void writeReadDelete()
    {
        if (expectNoKeychain())
            QSKIP("no keychain in this run");
        KeychainSecretStore store;
        const QString key = SecretStore::keyFor(424242, QStringLiteral("token"));
        QCOMPARE(writeValue(store, key, QStringLiteral("kw-test-secret-1")), SecretStore::Error::None);
        const ReadResult back = readBack(store, key);
        QCOMPARE(back.error, SecretStore::Error::None);
        QCOMPARE(back.value, QStringLiteral("kw-test-secret-1"));
        QCOMPARE(writeValue(store, key, QStringLiteral("kw-test-secret-2")), SecretStore::Error::None);
        QCOMPARE(readBack(store, key).value, QStringLiteral("kw-test-secret-2"));
        QCOMPARE(removeValue(store, key), SecretStore::Error::None);
        QCOMPARE(readBack(store, key).error, SecretStore::Error::NotFound);
        QCOMPARE(removeValue(store, key), SecretStore::Error::None); // gone already: fine
    }

    // Settings closed, or the app quit, before the keychain answered: the store goes first. The
    // keychain's late answer must reach neither freed memory (QtKeychain's libsecret backend
    // calls the job back, qtkeychain issue 261) nor the callback of a store that is gone.
    void aStoreGoneBeforeTheAnswerIsNoCrash()
    {
        bool called = false;
        {
            KeychainSecretStore store;
            store.read(SecretStore::keyFor(424242, QStringLiteral("token")),
                       [&called](SecretStore::Error, const QString &, const QString &) { called = true; });
            // One turn of the loop: the job starts and asks the Secret Service, which has not
            // answered yet.
            QCoreApplication::processEvents();
        }
        // Long enough for the Secret Service (or the missing bus) to answer the abandoned read.
        QTest::qWait(1500);
        QVERIFY(!called);
        // The keychain still answers the next store.
        KeychainSecretStore again;
        const ReadResult back = readBack(again, SecretStore::keyFor(424242, QStringLiteral("token")));
        QCOMPARE(back.error,
                 expectNoKeychain() ? SecretStore::Error::NoKeychain : SecretStore::Error::NotFound);
    }

    void longValuesAreChunked()
    {
        if (expectNoKeychain())
            QSKIP("no keychain in this run");
        KeychainSecretStore store;
        const QString key = SecretStore::keyFor(424242, QStringLiteral("input_type"));
        QString blob;
        for (int i = 0; blob.size() < 7000; ++i)
            blob += QString::number(i * 7919, 36);
        QCOMPARE(writeValue(store, key, blob), SecretStore::Error::None);
        const ReadResult back = readBack(store, key);
        QCOMPARE(back.error, SecretStore::Error::None);
        QCOMPARE(back.value, blob);
        QCOMPARE(removeValue(store, key), SecretStore::Error::None);
        QCOMPARE(readBack(store, key).error, SecretStore::Error::NotFound);
        QCOMPARE(readBack(store, key + QStringLiteral("#0")).error, SecretStore::Error::NotFound);
    }

    void missingKeychainIsSaidPlainly()
    {
        if (!expectNoKeychain())
            QSKIP("a keychain is running in this run");
        KeychainSecretStore store;
        const ReadResult r = readBack(store, SecretStore::keyFor(1, QStringLiteral("token")));
        QCOMPARE(r.error, SecretStore::Error::NoKeychain);
        QVERIFY(r.message.contains(QStringLiteral("No OS keychain is reachable")));
        QCOMPARE(writeValue(store, SecretStore::keyFor(1, QStringLiteral("token")), QStringLiteral("x")),
                 SecretStore::Error::NoKeychain);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
