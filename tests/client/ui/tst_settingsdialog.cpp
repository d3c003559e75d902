// The settings dialog: server profiles added, edited (with the address
// checked), removed and offered by the login dialog; IT's profiles listed
// but locked; the language applied at once to open windows and kept.
#include "client/ui/LanguageManager.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/MainWindow.h"
#include "client/ui/Page.h"
#include "client/ui/ServerProfileDialog.h"
#include "client/ui/SettingsDialog.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverProfilesAddEditRemove();
    void managedProfilesAreLocked();
    void languageAppliesAtOnce();

private:
    ServerProfileDialog *profileDialog(SettingsDialog &dialog);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    LanguageManager m_languages;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_settings"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

ServerProfileDialog *TestSettingsDialog::profileDialog(SettingsDialog &dialog)
{
    return erp::test::findChildDialog<ServerProfileDialog>(&dialog);
}

void TestSettingsDialog::serverProfilesAddEditRemove()
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    LoginDialog login(m_admin.api.get(), &settings, {});
    auto *servers = login.findChild<QComboBox *>(u"serverCombo"_s);
    QCOMPARE(servers->count(), 0);

    SettingsDialog dialog(&m_languages, &settings, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(u"profilesView"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addProfileButton"_s), Qt::LeftButton);
    ServerProfileDialog *add = profileDialog(dialog);
    QVERIFY(add);
    QTest::keyClicks(add->findChild<QLineEdit *>(u"nameEdit"_s), u"Head office"_s);
    QTest::keyClicks(add->findChild<QLineEdit *>(u"urlEdit"_s), u"http://erp.example.com"_s);
    QTest::keyClicks(add->findChild<QLineEdit *>(u"organisationEdit"_s), u"acme"_s);
    add->accept();
    // Plain HTTP is refused in words, and the dialog stays.
    QVERIFY(add->isVisible());
    QVERIFY(add->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"https"_s));
    add->findChild<QLineEdit *>(u"urlEdit"_s)->clear();
    QTest::keyClicks(add->findChild<QLineEdit *>(u"urlEdit"_s), u"erp.example.com:8443"_s);
    add->accept();
    QTRY_VERIFY(!profileDialog(dialog));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), u"https://erp.example.com:8443"_s);

    // Edit it.
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(dialog.findChild<QPushButton *>(u"editProfileButton"_s)->isEnabled());
    dialog.editProfile();
    ServerProfileDialog *edit = profileDialog(dialog);
    QVERIFY(edit);
    QCOMPARE(edit->profile().organisation, u"acme"_s);
    edit->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Main office"_s);
    edit->accept();
    QTRY_VERIFY(!profileDialog(dialog));
    QCOMPARE(list->topLevelItem(0)->text(0), u"Main office"_s);

    // Add a second one and remove it again.
    dialog.addProfile();
    ServerProfileDialog *second = profileDialog(dialog);
    second->findChild<QLineEdit *>(u"urlEdit"_s)->setText(u"https://test-erp.example.com"_s);
    second->accept();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);

    // Nothing is stored before OK; then the login dialog offers it at once.
    QVERIFY(settings.serverProfiles().isEmpty());
    dialog.accept();
    QCOMPARE(settings.serverProfiles().size(), 1);
    QCOMPARE(settings.serverProfiles().first().name, u"Main office"_s);
    QCOMPARE(servers->count(), 1);
    QVERIFY(servers->itemText(0).contains(u"Main office"_s));
    // Choosing it fills in the organisation.
    login.findChild<QLineEdit *>(u"organisationEdit"_s)->clear();
    servers->setCurrentIndex(0);
    emit servers->activated(0);
    QCOMPARE(login.findChild<QLineEdit *>(u"organisationEdit"_s)->text(), u"acme"_s);
}

void TestSettingsDialog::managedProfilesAreLocked()
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    ServerProfile it;
    it.name = u"Company server"_s;
    it.url = QUrl(u"https://erp.corp.example:8443"_s);
    it.managed = true;
    SettingsDialog dialog(&m_languages, &settings, {it});
    auto *list = dialog.findChild<QTreeWidget *>(u"profilesView"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!dialog.findChild<QPushButton *>(u"editProfileButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"removeProfileButton"_s)->isEnabled());
    // Greyed out, and why: the entry and both buttons say IT set it up.
    for (int column = 0; column < 3; ++column)
        QVERIFY(list->topLevelItem(0)->toolTip(column).contains(u"IT department"_s));
    for (const char *button : {"editProfileButton", "removeProfileButton"})
        QVERIFY2(dialog.findChild<QPushButton *>(QLatin1String(button))->toolTip().contains(u"IT department"_s),
                 button);
    dialog.accept();
    QVERIFY(settings.serverProfiles().isEmpty()); // never copied into the user's own
}

void TestSettingsDialog::languageAppliesAtOnce()
{
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);

    SettingsDialog dialog(&m_languages, m_admin.settings.get(), {});
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QCOMPARE(language->count(), 5); // system default + English, Deutsch, Français, Español
    language->setCurrentIndex(language->findData(u"de"_s));
    dialog.accept();
    QCOMPARE(m_languages.currentLanguage(), u"de"_s);
    QCOMPARE(m_admin.settings->language(), u"de"_s);
    // Open windows re-translate themselves (Qt posts them QEvent::LanguageChange),
    // including the navigation and the pages.
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Datei"_s);
    QTreeWidget *navigation = window.navigation();
    QCOMPARE(navigation->topLevelItem(navigation->topLevelItemCount() - 1)->child(0)->text(0), u"Benutzer"_s);
    QCOMPARE(window.navigation()->topLevelItem(0)->child(1)->text(0), u"Pipeline"_s);
    QCOMPARE(window.page(u"users"_s)->title(), u"Benutzer"_s);
    QCOMPARE(window.newAction()->text(), u"&Neu…"_s);
    // Qt's own catalogue (qtbase_de.qm) came along: standard buttons are German too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

    // French and Spanish are complete catalogues too.
    QVERIFY(m_languages.apply(u"fr"_s));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Fichier"_s);
    QCOMPARE(navigation->topLevelItem(navigation->topLevelItemCount() - 1)->child(0)->text(0), u"Utilisateurs"_s);
    QCOMPARE(window.navigation()->topLevelItem(0)->child(0)->text(0), u"Pistes"_s);
    QVERIFY(m_languages.apply(u"es"_s));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Archivo"_s);
    QCOMPARE(navigation->topLevelItem(navigation->topLevelItemCount() - 1)->text(0), u"ADMINISTRACIÓN"_s);
    QCOMPARE(window.navigation()->topLevelItem(0)->child(0)->text(0), u"Prospectos"_s);

    // Back to the system's language (English here: offscreen runs in C/English).
    SettingsDialog back(&m_languages, m_admin.settings.get(), {});
    auto *combo = back.findChild<QComboBox *>(u"languageCombo"_s);
    QCOMPARE(combo->currentData().toString(), u"de"_s);
    combo->setCurrentIndex(combo->findData(u"en"_s));
    back.accept();
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
