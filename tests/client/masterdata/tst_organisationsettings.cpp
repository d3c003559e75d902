// Administration > Organisation against the real server, in German: the
// settings shown as the server has them, edited (a tax rate typed "7,5",
// negative stock allowed) and saved with If-Match, a refused value (the
// server's 422 and the client's own check) keeping what was typed, and a
// change by someone else meanwhile offered side by side (ConflictDialog),
// overwritten deliberately.
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/purchasing/OrganisationSettingsPage.h"
#include "shared/Decimal.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QCheckBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using namespace erp::client;
using erp::shared::Decimal;

class TestOrganisationSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhatTheServerHas();
    void editAndSave();
    void refusedValuesKeepWhatWasTyped();
    void someoneElsesChangeIsShownAndOverwritten();
    void labelsShowTheirWholeText();
    void hintsTakeTheLinesTheyNeed();

private:
    QJsonObject serverSettings(QByteArray *etag = nullptr);
    template<typename T> T *field(const char *name) { return m_page->findChild<T *>(QLatin1String(name)); }
    void retype(const char *name, const QString &text)
    {
        auto *e = field<QLineEdit>(name);
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<OrganisationSettingsPage> m_page;
    LanguageManager m_languages;
};

void TestOrganisationSettings::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_org_settings"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestOrganisationSettings::init()
{
    QVERIFY(m_languages.apply(u"de"_s));
    m_page = std::make_unique<OrganisationSettingsPage>(m_admin.api.get());
    m_page->resize(900, 640);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &OrganisationSettingsPage::loaded);
    m_page->activate();
    QVERIFY(loaded.wait(15000));
}

void TestOrganisationSettings::cleanup()
{
    m_page.reset();
    QVERIFY(m_languages.apply(u"en"_s));
}

QJsonObject TestOrganisationSettings::serverSettings(QByteArray *etag)
{
    auto r = erp::test::waitFor(m_admin.api->get(u"/settings"_s));
    if (etag)
        *etag = r->etag();
    return r->json();
}

void TestOrganisationSettings::showsWhatTheServerHas()
{
    const QJsonObject s = serverSettings();
    QCOMPARE(field<QLineEdit>("companyEdit")->text(), s.value(u"company_name"_s).toString());
    QCOMPARE(field<QComboBox>("currencyCombo")->currentText(), s.value(u"base_currency"_s).toString());
    QCOMPARE(field<QLineEdit>("prefixEdit")->text(), s.value(u"po_prefix"_s).toString());
    QCOMPARE(field<QCheckBox>("negativeStockCheck")->isChecked(), s.value(u"allow_negative_stock"_s).toBool());
    // Nothing typed yet: nothing to save.
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(!m_page->saveButton()->isEnabled());
}

void TestOrganisationSettings::editAndSave()
{
    QByteArray etagBefore;
    serverSettings(&etagBefore);
    retype("companyEdit", u"Acme Handels GmbH"_s);
    auto *address = field<QPlainTextEdit>("addressEdit");
    address->clear();
    address->insertPlainText(u"Hafenstraße 1\n20457 Hamburg"_s); // QTest types ASCII only
    retype("taxIdEdit", u"DE123456789"_s);
    retype("taxRateEdit", u"7,5"_s);
    retype("prefixEdit", u"EK"_s);
    retype("toleranceEdit", u"2,5"_s);
    field<QCheckBox>("negativeStockCheck")->setChecked(true);
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(m_page->saveButton()->isEnabled());
    QSignalSpy saved(m_page.get(), &OrganisationSettingsPage::saved);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(m_page->bannerText()));
    QByteArray etagAfter;
    const QJsonObject s = serverSettings(&etagAfter);
    QCOMPARE(s.value(u"company_name"_s).toString(), u"Acme Handels GmbH"_s);
    QCOMPARE(s.value(u"address"_s).toString(), u"Hafenstraße 1\n20457 Hamburg"_s);
    QCOMPARE(s.value(u"tax_id"_s).toString(), u"DE123456789"_s);
    QCOMPARE(*Decimal::parse(s.value(u"default_tax_rate"_s).toString()), *Decimal::parse(u"7.5"));
    QCOMPARE(s.value(u"po_prefix"_s).toString(), u"EK"_s);
    QCOMPARE(*Decimal::parse(s.value(u"receipt_tolerance_percent"_s).toString()), *Decimal::parse(u"2.5"));
    QCOMPARE(s.value(u"allow_negative_stock"_s).toBool(), true);
    QVERIFY(etagAfter != etagBefore);
    QVERIFY(!m_page->hasUnsavedChanges());
    // Shown back the German way.
    QCOMPARE(field<QLineEdit>("taxRateEdit")->text(), u"7,5"_s);
}

void TestOrganisationSettings::refusedValuesKeepWhatWasTyped()
{
    // The client's own check: a prefix the server would refuse.
    retype("companyEdit", u"Typed Company"_s);
    retype("prefixEdit", u"PO/2"_s);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(!m_page->isBusy());
    QVERIFY(!m_page->fieldErrorText(u"po_prefix"_s).isEmpty());
    QCOMPARE(field<QLineEdit>("companyEdit")->text(), u"Typed Company"_s);

    // The server's 422: a tax rate above 100 %, sent as the client would if
    // it did not check (the page's own check is passed by a direct PATCH of
    // the same value, which the server refuses naming the field).
    QByteArray etag;
    serverSettings(&etag);
    auto refused = erp::test::waitFor(m_admin.api->patch(u"/settings"_s, {{u"default_tax_rate"_s, u"150"_s}}, etag));
    QCOMPARE(refused->error().httpStatus(), 422);
    QCOMPARE(refused->error().fieldErrors().first().field, u"default_tax_rate"_s);
    // The page shows a 422 under the field and keeps every value typed.
    retype("prefixEdit", u"PO2"_s);
    retype("taxRateEdit", u"150"_s);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(!m_page->isBusy()); // refused before sending: from 0 to 100
    QVERIFY(!m_page->fieldErrorText(u"default_tax_rate"_s).isEmpty());
    retype("taxRateEdit", u"19"_s);
    // A company name that is too long for the server's column is refused by the server.
    field<QLineEdit>("companyEdit")->setMaxLength(1000);
    retype("companyEdit", QString(250, u'x'));
    QSignalSpy failed(m_page.get(), &OrganisationSettingsPage::saveFailed);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 422);
    QVERIFY2(!m_page->fieldErrorText(u"company_name"_s).isEmpty(), qPrintable(m_page->bannerText()));
    QCOMPARE(field<QLineEdit>("companyEdit")->text(), QString(250, u'x'));
    QCOMPARE(field<QLineEdit>("prefixEdit")->text(), u"PO2"_s);
    QCOMPARE(field<QLineEdit>("taxRateEdit")->text(), u"19"_s);
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(serverSettings().value(u"company_name"_s).toString() != QString(250, u'x'));
}

void TestOrganisationSettings::someoneElsesChangeIsShownAndOverwritten()
{
    retype("taxIdEdit", u"DE999"_s);
    // Meanwhile another administrator changes the settings.
    QByteArray etag;
    serverSettings(&etag);
    auto other = erp::test::waitFor(m_admin.api->patch(u"/settings"_s, {{u"tax_id"_s, u"DE111"_s}}, etag));
    QVERIFY(other->isSuccess());
    QSignalSpy failed(m_page.get(), &OrganisationSettingsPage::saveFailed);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 412);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->conflictDialog() && m_page->conflictDialog()->isVisible(), 15000);
    ConflictDialog *dialog = m_page->conflictDialog();
    QCOMPARE(field<QLineEdit>("taxIdEdit")->text(), u"DE999"_s); // kept while deciding
    QSignalSpy saved(m_page.get(), &OrganisationSettingsPage::saved);
    QTest::mouseClick(dialog->overwriteButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverSettings().value(u"tax_id"_s).toString(), u"DE999"_s);
}

void TestOrganisationSettings::labelsShowTheirWholeText()
{
    // In German "Wareneingangs-&Toleranz:" lost its colon: Qt paints the
    // underlined T apart from the hyphen before it, wider than it measured
    // (MnemonicLabels).
    QLabel *tolerance = nullptr;
    for (QLabel *label : m_page->findChildren<QLabel *>())
        if (label->buddy() == field<QLineEdit>("toleranceEdit"))
            tolerance = label;
    QVERIFY(tolerance);
    QCOMPARE(tolerance->text(), u"Wareneingangs-&Toleranz:"_s); // translations/erp_client_de.ts
    QVERIFY2(!erp::test::labelTextCut(tolerance), "the colon of Wareneingangs-Toleranz: is not shown");
    // And no other label of the page.
    for (QLabel *label : m_page->findChildren<QLabel *>())
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(!erp::test::labelTextCut(label), qPrintable(label->text()));
}

void TestOrganisationSettings::hintsTakeTheLinesTheyNeed()
{
    // The German currency hint took four lines' room for its two (a dead
    // area under it at 900 px); each hint is as tall as its text at its width.
    for (const int width : {900, 700, 1100}) {
        m_page->resize(width, 640);
        QTRY_COMPARE(m_page->width(), width);
        QApplication::processEvents();
        for (const char *name : {"currencyHint", "prefixHint"}) {
            auto *hint = m_page->findChild<QLabel *>(QLatin1String(name));
            QVERIFY(hint && hint->isVisible());
            const int needed = hint->heightForWidth(hint->width());
            QVERIFY2(qAbs(hint->height() - needed) <= 1,
                     qPrintable(u"%1 at %2 px: %3 px high, its text needs %4"_s.arg(QLatin1String(name)).arg(width)
                                    .arg(hint->height()).arg(needed)));
        }
    }
    m_page->resize(900, 640);
    erp::test::saveScreenshot(m_page.get(), u"organisation-settings-de-900"_s);
}

QTEST_MAIN(TestOrganisationSettings)
#include "tst_organisationsettings.moc"
