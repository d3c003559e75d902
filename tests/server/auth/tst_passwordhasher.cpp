#include "server/auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

#include <sodium.h>

using erp::server::PasswordHasher;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private:
    static QString hashWith(const QString &password, unsigned long long ops, size_t mem, int alg)
    {
        const QByteArray utf8 = password.toUtf8();
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem, alg) != 0)
            qFatal("crypto_pwhash_str_alg failed");
        return QString::fromLatin1(out);
    }

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void hashAndVerify()
    {
        const QString password = QStringLiteral("correct horse battery staple");
        const QString hash = PasswordHasher::hash(password);
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horse battery stapl")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("Correct horse battery staple")));
        QVERIFY(!PasswordHasher::verify(hash, QString()));
        QVERIFY(!PasswordHasher::needsRehash(hash));
    }

    void parametersAtLeastOwaspMinimum()
    {
        // $argon2id$v=19$m=65536,t=2,p=1$salt$hash
        const QString hash = PasswordHasher::hash(QStringLiteral("parameters"));
        const auto m = QRegularExpression(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"))
                           .match(hash);
        QVERIFY2(m.hasMatch(), qPrintable(hash));
        QVERIFY(m.captured(1).toInt() >= 19 * 1024);   // KiB
        QVERIFY(m.captured(2).toInt() >= 2);
        QVERIFY(m.captured(3).toInt() >= 1);
    }

    void saltedHashesDiffer()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("same password"));
        const QString b = PasswordHasher::hash(QStringLiteral("same password"));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(a, QStringLiteral("same password")));
        QVERIFY(PasswordHasher::verify(b, QStringLiteral("same password")));
    }

    void needsRehashForWeakerOrOtherHashes()
    {
        const QString password = QStringLiteral("older parameters");
        const QString weak = hashWith(password, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                                      crypto_pwhash_ALG_ARGON2ID13);
        QVERIFY(weak.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::needsRehash(weak));
        // Old hashes keep working until they are replaced at the next sign-in.
        QVERIFY(PasswordHasher::verify(weak, password));

        const QString argon2i = hashWith(password, crypto_pwhash_argon2i_OPSLIMIT_INTERACTIVE,
                                         crypto_pwhash_argon2i_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2I13);
        QVERIFY(PasswordHasher::needsRehash(argon2i));

        QVERIFY(PasswordHasher::needsRehash(QString()));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("$2b$12$notreallyabcryptvalue")));
    }

    void noTruncation()
    {
        // bcrypt would cut both at 72 bytes and call them equal.
        const QString common(199, QLatin1Char('p'));
        const QString a = common + QLatin1Char('a');
        const QString b = common + QLatin1Char('b');
        QCOMPARE(a.size(), 200);
        const QString hashA = PasswordHasher::hash(a);
        QVERIFY(PasswordHasher::verify(hashA, a));
        QVERIFY(!PasswordHasher::verify(hashA, b));
        QVERIFY(!PasswordHasher::verify(PasswordHasher::hash(b), a));
        QVERIFY(!PasswordHasher::verify(hashA, common));
    }

    void nonAsciiIsUtf8()
    {
        const QString password = QStringLiteral("pässwörd-密码-\U0001F511");
        const QString hash = PasswordHasher::hash(password);
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("passwoerd-密码-\U0001F511")));
        // The hash of the UTF-8 bytes is what libsodium sees directly.
        const QByteArray utf8 = password.toUtf8();
        QCOMPARE(crypto_pwhash_str_verify(hash.toLatin1().constData(), utf8.constData(), quint64(utf8.size())), 0);
    }

    void garbageStoredHashNeverVerifies()
    {
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QString(300, QLatin1Char('$')), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plaintext"), QStringLiteral("plaintext")));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
