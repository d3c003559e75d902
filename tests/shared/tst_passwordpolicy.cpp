#include "shared/PasswordPolicy.h"

#include <QTest>

using erp::shared::PasswordPolicy;

class tst_PasswordPolicy : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const QString &password, const QStringList &context = {})
    {
        QStringList result;
        for (const auto &p : PasswordPolicy::check(password, context)) {
            result.append(p.code);
            if (p.message.isEmpty())
                qWarning("problem %s has no message", qPrintable(p.code));
        }
        return result;
    }

    static QString emoji(int count)
    {
        // U+1F511 KEY: one code point, two UTF-16 units, four UTF-8 bytes.
        QString s;
        for (int i = 0; i < count; ++i)
            s += QString::fromUcs4(U"\U0001F511", 1);
        return s;
    }

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("context");
        QTest::addColumn<QStringList>("expected");
        const QStringList ctx{QStringLiteral("John.Smith@Example.com"), QStringLiteral("acme-corp"),
                              QStringLiteral("Acme Corporation")};
        const QStringList none;

        QTest::newRow("empty") << QString() << none << QStringList{QStringLiteral("too_short")};
        QTest::newRow("7 chars") << QStringLiteral("k3#Lm9q") << none << QStringList{QStringLiteral("too_short")};
        QTest::newRow("8 chars") << QStringLiteral("xk3#Lm9q") << none << QStringList();
        QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple") << none << QStringList();
        QTest::newRow("unicode") << QStringLiteral("пароль-надёжный-2024") << none << QStringList();
        // Counted in code points, not UTF-16 units: 7 emoji are 14 units.
        QTest::newRow("7 emoji") << emoji(7) << none
                                 << QStringList{QStringLiteral("too_short"), QStringLiteral("too_predictable")};
        QTest::newRow("8 distinct astral") << QString::fromUcs4(U"\U0001F511\U0001F512\U0001F513\U0001F514"
                                                                U"\U0001F515\U0001F516\U0001F517\U0001F518", 8)
                                           << none << QStringList();
        QTest::newRow("128 chars") << QString(128, QLatin1Char('x')).replace(5, 3, QStringLiteral("abc"))
                                   << none << QStringList();
        QString max = QString(1024, QLatin1Char('y'));
        max[0] = QLatin1Char('z');
        QTest::newRow("1024 chars") << max << none << QStringList();
        QTest::newRow("1025 chars") << max + QLatin1Char('q') << none << QStringList{QStringLiteral("too_long")};
        // 1024 astral code points are 2048 UTF-16 units: still allowed.
        QString astralMax = emoji(1023) + QString::fromUcs4(U"\U0001F512", 1);
        QTest::newRow("1024 emoji") << astralMax << none << QStringList();
        QTest::newRow("1025 emoji") << astralMax + emoji(1) << none << QStringList{QStringLiteral("too_long")};

        QTest::newRow("password") << QStringLiteral("password") << none
                                  << QStringList{QStringLiteral("too_common")};
        QTest::newRow("PASSWORD") << QStringLiteral("PASSWORD") << none
                                  << QStringList{QStringLiteral("too_common")};
        QTest::newRow("Passw0rd") << QStringLiteral("Passw0rd") << none
                                  << QStringList{QStringLiteral("too_common")};
        QTest::newRow("12345678") << QStringLiteral("12345678") << none
                                  << QStringList{QStringLiteral("too_common")};
        QTest::newRow("qwertyuiop") << QStringLiteral("qwertyuiop") << none
                                    << QStringList{QStringLiteral("too_common")};
        QTest::newRow("iloveyou") << QStringLiteral("ILoveYou") << none
                                  << QStringList{QStringLiteral("too_common")};
        QTest::newRow("short and common") << QStringLiteral("123456") << none
                                          << QStringList{QStringLiteral("too_short"), QStringLiteral("too_common")};

        QTest::newRow("repeated") << QStringLiteral("zzzzzzzzzzzz") << none
                                  << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("repeated umlaut") << QStringLiteral("ääääääääää") << none
                                         << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("repeated emoji") << emoji(9) << none << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("email") << QStringLiteral("john.smith@example.com") << ctx
                               << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("email local part") << QStringLiteral("JOHN.SMITH") << ctx
                                          << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("organisation slug") << QStringLiteral("acme-corp") << ctx
                                           << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("organisation name") << QStringLiteral("acme corporation") << ctx
                                           << QStringList{QStringLiteral("too_predictable")};
        QTest::newRow("contains email, not equal") << QStringLiteral("john.smith is my name 42") << ctx
                                                   << QStringList();
        QTest::newRow("no context given") << QStringLiteral("john.smith@example.com") << none
                                          << QStringList();
    }

    void check()
    {
        QFETCH(QString, password);
        QFETCH(QStringList, context);
        QFETCH(QStringList, expected);
        QCOMPARE(codes(password, context), expected);
        QCOMPARE(PasswordPolicy::isAcceptable(password, context), expected.isEmpty());
    }

    void commonListIsSubstantial()
    {
        // A few spot checks from the top of every breach list.
        for (const char *p : {"123456789", "qwerty123", "letmein", "trustno1", "p@ssw0rd", "1q2w3e4r",
                              "admin123", "welcome1", "sunshine", "football"})
            QVERIFY2(PasswordPolicy::isCommon(QLatin1String(p)), p);
        QVERIFY(!PasswordPolicy::isCommon(QStringLiteral("correct horse battery staple")));
    }

    void codePointCount()
    {
        QCOMPARE(PasswordPolicy::codePointCount(emoji(3)), 3);
        QCOMPARE(PasswordPolicy::codePointCount(QStringLiteral("äöü")), 3);
    }
};

QTEST_GUILESS_MAIN(tst_PasswordPolicy)
#include "tst_passwordpolicy.moc"
