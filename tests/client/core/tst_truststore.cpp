// TrustStore decisions (pin, trust on first use, mismatch, refusal),
// fingerprints, IT's managed configuration file and the client settings.
#include "client/core/ClientSettings.h"
#include "client/core/ManagedConfiguration.h"
#include "client/core/RefreshTokenStore.h"
#include "client/core/TrustStore.h"
#include "tests/support/TestCertificate.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace erp::client;
using namespace Qt::StringLiterals;
using Verdict = TrustStore::Decision::Verdict;

namespace {

QSslCertificate testCertificate()
{
    return erp::test::TestCertificate::instance().certificate();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class tst_TrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprints()
    {
        const QString fp = ServerCertificateInfo::fingerprintOf(testCertificate());
        QCOMPARE(fp.size(), 95);
        QCOMPARE(fp, fp.toUpper());
        QCOMPARE(fp, ServerCertificateInfo::normaliseFingerprint(erp::test::TestCertificate::instance().fingerprint()));
        QString plain = fp;
        plain.remove(QLatin1Char(':'));
        QCOMPARE(ServerCertificateInfo::normaliseFingerprint(plain.toLower()), fp);
        QCOMPARE(ServerCertificateInfo::normaliseFingerprint(fp.toLower().replace(QLatin1Char(':'), QLatin1Char(' '))), fp);
        QVERIFY(ServerCertificateInfo::normaliseFingerprint(u"AB:CD"_s).isEmpty());
        QVERIFY(ServerCertificateInfo::normaliseFingerprint(plain.left(62) + u"zz"_s).isEmpty());
        QVERIFY(ServerCertificateInfo::fingerprintOf(QSslCertificate()).isEmpty());

        const auto info = ServerCertificateInfo::fromCertificate(testCertificate(), u"LocalHost"_s, 8443);
        QCOMPARE(info.serverKey, u"localhost:8443"_s);
        QVERIFY(info.subject.contains(u"CN=localhost"_s));
        QVERIFY(info.selfSigned);
        QVERIFY(info.effectiveDate < info.expiryDate);
    }

    void serverKeys()
    {
        QCOMPARE(TrustStore::serverKey(QUrl(u"https://ERP.example.com"_s)), u"erp.example.com:443"_s);
        QCOMPARE(TrustStore::serverKey(QUrl(u"https://erp.example.com:8443/x"_s)), u"erp.example.com:8443"_s);
        QCOMPARE(TrustStore::serverKey(QUrl(u"https://[::1]:8443"_s)), u"::1:8443"_s);
    }

    void decisions()
    {
        QTemporaryDir dir;
        TrustStore store(dir.filePath(u"trust.ini"_s));
        QCOMPARE(store.sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
        const QSslCertificate cert = testCertificate();
        const QList<QSslError> selfSigned{QSslError(QSslError::SelfSignedCertificate, cert)};

        // Unknown: ask.
        auto d = store.evaluate(u"127.0.0.1"_s, 8443, cert, selfSigned);
        QCOMPARE(d.verdict, Verdict::TrustRequired);
        QCOMPARE(d.certificate.sha256Fingerprint, ServerCertificateInfo::fingerprintOf(cert));
        QVERIFY(d.errorsToIgnore.isEmpty());
        // Expired or only a wrong host name on a CA certificate: refuse, no question.
        QCOMPARE(store.evaluate(u"127.0.0.1"_s, 8443, cert, {QSslError(QSslError::CertificateExpired, cert)}).verdict,
                 Verdict::Reject);
        QCOMPARE(store.evaluate(u"127.0.0.1"_s, 8443, cert, {QSslError(QSslError::HostNameMismatch, cert)}).verdict,
                 Verdict::Reject);
        QCOMPARE(store.evaluate(u"127.0.0.1"_s, 8443, cert,
                                selfSigned + QList<QSslError>{QSslError(QSslError::CertificateExpired, cert)})
                     .verdict,
                 Verdict::Reject);

        // Accepted: exactly those errors for exactly this certificate.
        QSignalSpy changed(&store, &TrustStore::pinsChanged);
        store.pinCertificate(d.certificate);
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.isPinned(u"127.0.0.1:8443"_s));
        QVERIFY(!store.isPinned(u"127.0.0.1:8444"_s));   // per port
        const QList<QSslError> withName = selfSigned + QList<QSslError>{QSslError(QSslError::HostNameMismatch, cert)};
        d = store.evaluate(u"127.0.0.1"_s, 8443, cert, withName);
        QCOMPARE(d.verdict, Verdict::Accept);
        QCOMPARE(d.errorsToIgnore, withName);
        QCOMPARE(store.checkPeer(u"127.0.0.1"_s, 8443, cert).verdict, Verdict::Accept);
        // Pinned but expired meanwhile: refused.
        QCOMPARE(store.evaluate(u"127.0.0.1"_s, 8443, cert, {QSslError(QSslError::CertificateExpired, cert)}).verdict,
                 Verdict::Reject);

        // Another certificate for the pinned server: mismatch, on both paths.
        QTemporaryDir otherDir;
        const QList<QSslCertificate> others = QSslCertificate::fromPath(u"/etc/ssl/certs/*.pem"_s, QSsl::Pem,
                                                                         QSslCertificate::PatternSyntax::Wildcard);
        QVERIFY(!others.isEmpty());
        const QSslCertificate other = others.first();
        d = store.evaluate(u"127.0.0.1"_s, 8443, other, {QSslError(QSslError::SelfSignedCertificate, other)});
        QCOMPARE(d.verdict, Verdict::PinMismatch);
        QCOMPARE(d.certificate.expectedSha256Fingerprint, ServerCertificateInfo::fingerprintOf(cert));
        QVERIFY(d.errorsToIgnore.isEmpty());
        QCOMPARE(store.checkPeer(u"127.0.0.1"_s, 8443, other).verdict, Verdict::PinMismatch);
        QCOMPARE(store.checkPeer(u"other-host"_s, 8443, other).verdict, Verdict::Accept);   // not pinned

        // Persisted; removable.
        TrustStore reopened(dir.filePath(u"trust.ini"_s));
        QCOMPARE(reopened.pinnedFingerprint(u"127.0.0.1:8443"_s), ServerCertificateInfo::fingerprintOf(cert));
        QVERIFY(reopened.removePin(u"127.0.0.1:8443"_s));
        QVERIFY(!reopened.removePin(u"127.0.0.1:8443"_s));
        TrustStore again(dir.filePath(u"trust.ini"_s));
        QVERIFY(!again.isPinned(u"127.0.0.1:8443"_s));
        // Malformed fingerprints are never stored.
        again.pinFingerprint(u"x:1"_s, u"not a fingerprint"_s);
        QVERIFY(!again.isPinned(u"x:1"_s));
    }

    void managedConfiguration()
    {
        QTemporaryDir dir;
        const QString fp = ServerCertificateInfo::fingerprintOf(testCertificate());
        QFile::copy(erp::test::TestCertificate::instance().certificatePath(), dir.filePath(u"company-ca.pem"_s));
        const QString ini = dir.filePath(u"erp-client.ini"_s);
        QVERIFY(writeFile(ini, "[general]\n"
                               "ca_file=company-ca.pem\n"
                               "default_server=Head office\n"
                               "transfer_timeout=45\n"
                               "\n"
                               "[server.head-office]\n"
                               "name=Head office\n"
                               "url=https://erp.example.com:8443\n"
                               "organisation=acme\n"
                               "pin-sha256="
                                   + fp.toLatin1()
                                   + "\n"
                                     "\n"
                                     "[server.branch]\n"
                                     "url=branch.example.com\n"
                                     "\n"
                                     "[server.broken]\n"
                                     "url=https://broken.example.com\n"
                                     "pin-sha256=12:34\n"));
        ManagedConfiguration config;
        QVERIFY(!config.load(ini));   // the broken entry is reported...
        QCOMPARE(config.errors().size(), 1);
        QVERIFY(config.errors().first().contains(u"broken"_s));
        QCOMPARE(config.servers().size(), 2);   // ...the good ones are kept
        QCOMPARE(config.caFile(), dir.filePath(u"company-ca.pem"_s));
        QCOMPARE(config.defaultServer(), u"Head office"_s);
        QCOMPARE(config.transferTimeoutSeconds(), 45);
        ServerProfile head = config.servers().at(0).name == u"Head office"_s ? config.servers().at(0) : config.servers().at(1);
        QCOMPARE(head.url, QUrl(u"https://erp.example.com:8443"_s));
        QCOMPARE(head.organisation, u"acme"_s);
        QCOMPARE(head.pinSha256, fp);
        QVERIFY(head.managed);
        const ServerProfile branch = config.servers().at(0).name == u"branch"_s ? config.servers().at(0) : config.servers().at(1);
        QCOMPARE(branch.url, QUrl(u"https://branch.example.com"_s));

        TrustStore store(dir.filePath(u"trust.ini"_s));
        QString error;
        QVERIFY2(store.applyManagedConfiguration(config, &error), qPrintable(error));
        QVERIFY(store.isManagedPin(u"erp.example.com:8443"_s));
        QCOMPARE(store.pinnedFingerprint(u"erp.example.com:8443"_s), fp);
        QVERIFY(!store.removePin(u"erp.example.com:8443"_s));   // IT's pin stays
        QVERIFY(store.extraCaCertificates().contains(testCertificate()));
        // Extra CAs come on top of the system ones.
        const auto cas = store.sslConfiguration().caCertificates();
        QVERIFY(cas.contains(testCertificate()));
        QVERIFY(cas.size() > 1);

        // A missing file is an empty configuration, not an error.
        ManagedConfiguration none;
        QVERIFY(none.load(dir.filePath(u"missing.ini"_s)));
        QVERIFY(none.servers().isEmpty());
        qputenv("ERP_CLIENT_CONFIG", ini.toLocal8Bit());
        QCOMPARE(ManagedConfiguration::defaultPath(), ini);
        qunsetenv("ERP_CLIENT_CONFIG");

        QVERIFY(!store.addCaCertificatesFromFile(dir.filePath(u"missing.pem"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    // The example the erp-client package installs for IT
    // (/usr/share/doc/erp-client/examples/erp-client.ini.example) is read as
    // its comments say once its settings are uncommented: every key it names
    // is one the client knows. Its placeholders (the pin, the CA file) are
    // replaced by real ones first, as IT would.
    void packagedExampleConfiguration_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("Debian package") << QStringLiteral(ERP_CLIENT_INI_EXAMPLE);
        // What the Windows installer places in %ProgramData%\erp (installer/windows).
        QTest::newRow("Windows installer") << QStringLiteral(ERP_CLIENT_INI_WINDOWS_EXAMPLE);
    }

    void packagedExampleConfiguration()
    {
        QFETCH(QString, path);
        {
            // As installed, every setting is commented out: nothing managed,
            // nothing wrong. (A copy: the checkout's folder may be group-writable.)
            QTemporaryDir installed;
            const QString copy = installed.filePath(u"erp-client.ini"_s);
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            ManagedConfiguration asInstalled;
            QVERIFY2(asInstalled.load(copy), qPrintable(asInstalled.errors().join(u'\n')));
            QVERIFY(!asInstalled.isRefused());
            QVERIFY(asInstalled.servers().isEmpty());
            QVERIFY(asInstalled.caFile().isEmpty());
            QVERIFY(asInstalled.defaultServer().isEmpty());
        }
        QFile example(path);
        QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.fileName()));
        QTemporaryDir dir;
        const QString caFile = dir.filePath(u"company-root-ca.pem"_s);
        QVERIFY(QFile::copy(erp::test::TestCertificate::instance().certificatePath(), caFile));
        const QString fp = ServerCertificateInfo::fingerprintOf(testCertificate());
        QByteArray uncommented;
        int settings = 0;
        for (QByteArray line : example.readAll().split('\n')) {
            // ";key=value" and ";[section]" are settings; "; text" is prose.
            if (line.startsWith(';') && line.size() > 1 && line.at(1) != ' ') {
                line.remove(0, 1);
                ++settings;
                if (line.startsWith("ca_file="))
                    line = "ca_file=" + caFile.toUtf8();
                else if (line.startsWith("pin-sha256="))
                    line = "pin-sha256=" + fp.toLatin1();
            }
            uncommented += line + '\n';
        }
        QCOMPARE(settings, 8);   // 3 in [general], the [server.head-office] header and its 4
        const QString ini = dir.filePath(u"erp-client.ini"_s);
        QVERIFY(writeFile(ini, uncommented));

        ManagedConfiguration config;
        QVERIFY2(config.load(ini), qPrintable(config.errors().join(u'\n')));
        QVERIFY(config.errors().isEmpty());
        QCOMPARE(config.caFile(), caFile);
        QCOMPARE(config.defaultServer(), u"Head office"_s);
        QCOMPARE(config.transferTimeoutSeconds(), 30);
        QCOMPARE(config.servers().size(), 1);
        const ServerProfile server = config.servers().first();
        QCOMPARE(server.name, u"Head office"_s);   // the profile default_server names
        QCOMPARE(server.url, QUrl(u"https://erp.example.com:8443"_s));
        QCOMPARE(server.organisation, u"acme"_s);
        QCOMPARE(server.pinSha256, fp);
        QVERIFY(server.managed);
    }

    void managedConfigurationWritableByOthersIsRefused()
    {
        QTemporaryDir dir;
        QFile::copy(erp::test::TestCertificate::instance().certificatePath(), dir.filePath(u"company-ca.pem"_s));
        QFile::setPermissions(dir.filePath(u"company-ca.pem"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString ini = dir.filePath(u"erp-client.ini"_s);
        QVERIFY(writeFile(ini,
                          "[general]\nca_file=company-ca.pem\n\n[server.evil]\nurl=https://evil.example.com\n"
                          "pin-sha256="
                              + ServerCertificateInfo::fingerprintOf(testCertificate()).toLatin1() + "\n"));
        const auto mode
            = [](const QString &path, QFileDevice::Permissions p) { return QFile::setPermissions(path, p); };
        const QFileDevice::Permissions fileOk
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions dirOk = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(mode(dir.path(), dirOk) && mode(ini, fileOk));
        {
            // Protected (only its owner, the user running the client, may write): used.
            ManagedConfiguration config;
            QVERIFY2(config.load(ini), qPrintable(config.errors().join(u'\n')));
            QVERIFY(!config.isRefused());
            QCOMPARE(config.servers().size(), 1);
            QCOMPARE(config.caFile(), dir.filePath(u"company-ca.pem"_s));
        }
        // The file writable by its group or by everyone: ignored as a whole.
        for (const QFileDevice::Permissions extra : {QFileDevice::WriteGroup, QFileDevice::WriteOther}) {
            QVERIFY(mode(ini, fileOk | extra));
            ManagedConfiguration config;
            QVERIFY(!config.load(ini));
            QVERIFY(config.isRefused());
            QVERIFY(config.servers().isEmpty());
            QVERIFY(config.caFile().isEmpty());
            QVERIFY2(config.errors().first().contains(u"writable"_s), qPrintable(config.errors().first()));
        }
        QVERIFY(mode(ini, fileOk));
        // The folder writable by everyone (anyone could replace the file): ignored.
        QVERIFY(mode(dir.path(), dirOk | QFileDevice::WriteOther));
        {
            ManagedConfiguration config;
            QVERIFY(!config.load(ini));
            QVERIFY(config.isRefused());
            QVERIFY(config.servers().isEmpty());
        }
        QVERIFY(mode(dir.path(), dirOk));
        // A CA file others may change is not trusted; the rest is used.
        QVERIFY(mode(dir.filePath(u"company-ca.pem"_s), fileOk | QFileDevice::WriteOther));
        {
            ManagedConfiguration config;
            QVERIFY(!config.load(ini));
            QVERIFY(!config.isRefused());
            QVERIFY(config.caFile().isEmpty());
            QCOMPARE(config.servers().size(), 1);
            QVERIFY2(config.errors().first().contains(u"ca_file ignored"_s), qPrintable(config.errors().first()));
        }
        // Owned by another user (not root): ignored. Needs root to arrange.
        if (::geteuid() == 0) {
            QVERIFY(::chown(QFile::encodeName(ini).constData(), 65534, 65534) == 0);
            ManagedConfiguration config;
            QVERIFY(!config.load(ini));
            QVERIFY(config.isRefused());
            QVERIFY2(config.errors().first().contains(u"another user"_s), qPrintable(config.errors().first()));
        }
    }

    void clientSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"client.ini"_s);
        {
            ClientSettings settings(file);
            QVERIFY(settings.lastServerUrl().isEmpty());
            settings.rememberSignIn(QUrl(u"https://erp.example.com:8443"_s), u"acme"_s, u"anna@acme.test"_s);
            QSignalSpy profilesChanged(&settings, &ClientSettings::serverProfilesChanged);
            settings.saveServerProfile({u"Test"_s, QUrl(u"https://test.example.com"_s), u"acme-test"_s, {}, false});
            settings.saveServerProfile({u"Head office"_s, QUrl(u"https://mine.example.com"_s), {}, {}, false});
            settings.saveServerProfile({u"Test"_s, QUrl(u"https://test2.example.com"_s), u"acme-test"_s, {}, false});
            QCOMPARE(profilesChanged.size(), 3);
            QSignalSpy languageChanged(&settings, &ClientSettings::languageChanged);
            settings.setLanguage(u"de"_s);
            settings.setLanguage(u"de"_s);
            QCOMPARE(languageChanged.size(), 1);
            settings.setUiState(u"mainwindow/geometry"_s, QByteArray("\x01\x02", 2));
            settings.sync();
        }
        ClientSettings settings(file);
        QCOMPARE(settings.lastServerUrl(), QUrl(u"https://erp.example.com:8443"_s));
        QCOMPARE(settings.lastOrganisation(), u"acme"_s);
        QCOMPARE(settings.lastEmail(), u"anna@acme.test"_s);
        QCOMPARE(settings.language(), u"de"_s);
        QCOMPARE(settings.uiState(u"mainwindow/geometry"_s), QByteArray("\x01\x02", 2));
        const auto profiles = settings.serverProfiles();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).url, QUrl(u"https://test2.example.com"_s));
        // A managed profile hides the user's profile of the same name.
        const ServerProfile managed{u"Head office"_s, QUrl(u"https://erp.example.com"_s), u"acme"_s, {}, true};
        const auto all = settings.allServerProfiles({managed});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), managed);
        QCOMPARE(all.at(1).name, u"Test"_s);
        QVERIFY(settings.removeServerProfile(u"Test"_s));
        QVERIFY(!settings.removeServerProfile(u"Test"_s));
        settings.forgetSignIn();
        QVERIFY(settings.lastEmail().isEmpty());
        // Nothing secret in the file.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("token"));
    }

    void disabledKeychainFailsFast()
    {
        RefreshTokenStore store(u"erp-client-test"_s);
        store.setEnabled(false);
        QVERIFY(!store.isAvailable());
        bool called = false;
        bool okResult = true;
        store.store(u"k"_s, u"secret"_s, [&](bool ok, const QString &) {
            called = true;
            okResult = ok;
        });
        QTRY_VERIFY(called);
        QVERIFY(!okResult);
        QCOMPARE(RefreshTokenStore::accountKey(u"Host:1"_s, u"Acme"_s, u"A@B"_s), u"host:1/acme/a@b"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TrustStore)
#include "tst_truststore.moc"
