// Lead conversion, CSV import and the rest of the CRM pages against the real
// server: the convert dialog creates an account and a contact (or links
// existing ones) and a second conversion shows the 409 in words; the import
// wizard shows the server's dry-run report with line numbers and reasons,
// refuses to go on, then imports a clean file all at once; accounts and
// contacts are created through their forms; My Activities lists by bucket
// and marks done.
#include "client/core/PagedListModel.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/crm/AccountsPage.h"
#include "client/ui/crm/ContactsPage.h"
#include "client/ui/crm/ConvertLeadDialog.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadImportWizard.h"
#include "client/ui/crm/LeadsPage.h"
#include "client/ui/crm/MyActivitiesPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestLeadWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convertCreatesAccountAndContactOnce();
    void convertLinksExistingAccount();
    void importShowsTheDryRunReportThenImports();
    void importReportSaysWhenProblemsAreNotAllListed();
    void titlesOfOtherUsersAreShownAsPlainText();
    void accountAndContactForms();
    void myActivitiesByBucketAndMarkDone();

private:
    qint64 createLead(const QString &title, const QString &company, const QString &contact);
    QJsonObject get(const QString &path);
    QString writeCsv(const QByteArray &content);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    QTemporaryDir m_files;
    LanguageManager m_languages;
};

void TestLeadWorkflows::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_crm_workflows"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

qint64 TestLeadWorkflows::createLead(const QString &title, const QString &company, const QString &contact)
{
    auto reply = erp::test::waitFor(m_admin.api->create(
        u"/leads"_s,
        {{u"title"_s, title}, {u"company"_s, company}, {u"contact_name"_s, contact}, {u"currency"_s, u"EUR"_s}}));
    return qint64(reply->json().value(u"id"_s).toDouble());
}

QJsonObject TestLeadWorkflows::get(const QString &path)
{
    return erp::test::waitFor(m_admin.api->get(path))->json();
}

QString TestLeadWorkflows::writeCsv(const QByteArray &content)
{
    static int n = 0;
    const QString path = m_files.filePath(u"leads%1.csv"_s.arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestLeadWorkflows::convertCreatesAccountAndContactOnce()
{
    const qint64 id = createLead(u"Fleet of bicycles"_s, u"Velo Nord GmbH"_s, u"Jana Rad"_s);
    QVERIFY(id > 0);
    LeadsPage page(m_admin.api.get());
    LeadForm *form = page.editLead(id);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    auto *convertButton = form->findChild<QPushButton *>(u"convertButton"_s);
    QVERIFY(convertButton->isVisible() && convertButton->isEnabled());
    QTest::mouseClick(convertButton, Qt::LeftButton);
    ConvertLeadDialog *dialog = form->convertDialog();
    QVERIFY(dialog && dialog->isVisible());
    // Prefilled from the lead: a new account named after the company, a new contact.
    QVERIFY(dialog->newAccountOption()->isChecked());
    QCOMPARE(dialog->accountNameEdit()->text(), u"Velo Nord GmbH"_s);
    QCOMPARE(dialog->contactNameEdit()->text(), u"Jana Rad"_s);
    QTest::keyClicks(dialog->contactTitleEdit(), u"Head of Purchasing"_s);
    QSignalSpy converted(dialog, &ConvertLeadDialog::converted);
    QTest::mouseClick(dialog->convertButton(), Qt::LeftButton);
    QVERIFY(converted.wait(15000));
    const QJsonObject result = converted.first().first().toJsonObject();
    QVERIFY(result.value(u"account_created"_s).toBool());
    QVERIFY(result.value(u"contact_created"_s).toBool());
    // The form reloads and shows the new status; the actions are gone.
    QVERIFY(loaded.wait(15000));
    QCOMPARE(form->findChild<QLabel *>(u"statusLabel"_s)->text(), u"Status: Converted"_s);
    QVERIFY(!convertButton->isVisible());
    const QJsonObject lead = get(u"/leads/%1"_s.arg(id));
    QCOMPARE(lead.value(u"status"_s).toString(), u"converted"_s);
    const QJsonObject contact = get(u"/contacts/%1"_s.arg(qint64(lead.value(u"converted_contact_id"_s).toDouble())));
    QCOMPARE(contact.value(u"name"_s).toString(), u"Jana Rad"_s);
    QCOMPARE(contact.value(u"title"_s).toString(), u"Head of Purchasing"_s);
    QCOMPARE(contact.value(u"account_name"_s).toString(), u"Velo Nord GmbH"_s);

    // A second conversion (a stale window elsewhere) is refused, in words.
    ConvertLeadDialog again(m_admin.api.get(), lead);
    again.show();
    QSignalSpy convertedAgain(&again, &ConvertLeadDialog::converted);
    QTest::mouseClick(again.convertButton(), Qt::LeftButton);
    QVERIFY(again.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), 15000);
    QCOMPARE(convertedAgain.count(), 0);
    QCOMPARE(again.errorText(), u"This lead has already been converted. Open its account or contact instead."_s);
    QVERIFY(again.isVisible());
    // Nothing was created twice.
    QUrlQuery q;
    q.addQueryItem(u"q"_s, u"Velo Nord"_s);
    QCOMPARE(erp::test::waitFor(m_admin.api->get(u"/accounts"_s, q))->json().value(u"items"_s).toArray().size(), 1);
    form->done(QDialog::Rejected);
}

void TestLeadWorkflows::convertLinksExistingAccount()
{
    auto account = erp::test::waitFor(m_admin.api->create(u"/accounts"_s, {{u"name"_s, u"Existing Works Ltd"_s}}));
    QVERIFY(account->isSuccess());
    const qint64 accountId = qint64(account->json().value(u"id"_s).toDouble());
    const qint64 id = createLead(u"Second order"_s, u"Existing Works Ltd"_s, u"Sam Stone"_s);
    ConvertLeadDialog dialog(m_admin.api.get(), get(u"/leads/%1"_s.arg(id)));
    dialog.show();
    // The company already exists: the dialog suggests linking to it.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.existingAccountOption()->isChecked(), 15000);
    QCOMPARE(dialog.accountPicker()->id(), accountId);
    QCOMPARE(dialog.accountPicker()->text(), u"Existing Works Ltd"_s);
    QCOMPARE(dialog.requestBody().value(u"account_id"_s).toDouble(), double(accountId));
    QSignalSpy converted(&dialog, &ConvertLeadDialog::converted);
    QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);
    QVERIFY(converted.wait(15000));
    const QJsonObject result = converted.first().first().toJsonObject();
    QVERIFY(!result.value(u"account_created"_s).toBool());
    QCOMPARE(qint64(result.value(u"account"_s).toObject().value(u"id"_s).toDouble()), accountId);
}

void TestLeadWorkflows::importShowsTheDryRunReportThenImports()
{
    const qsizetype before = get(u"/leads"_s).value(u"items"_s).toArray().size();
    LeadsPage page(m_admin.api.get());
    LeadImportWizard *wizard = page.importLeads();
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(LeadImportWizard::FilePage));
    // A file with two bad lines.
    const QString bad = writeCsv("title,company,email,estimated_value,currency\n"
                                 "Good one,Alpha,alpha@example.com,100.00,EUR\n"
                                 "Bad mail,Beta,not-an-email,50.00,EUR\n"
                                 "Bad money,Gamma,gamma@example.com,-3,XXX\n");
    QVERIFY(wizard->setFile(bad));
    QSignalSpy checked(wizard, &LeadImportWizard::checked);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(LeadImportWizard::CheckPage));
    QVERIFY(checked.wait(15000));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(!wizard->isFileValid());
    QVERIFY2(wizard->checkSummary().startsWith(u"3 problems found"_s), qPrintable(wizard->checkSummary()));
    QTableWidget *report = wizard->reportTable();
    QCOMPARE(report->rowCount(), 3);
    QCOMPARE(report->item(0, 0)->text(), u"3"_s);
    QCOMPARE(report->item(0, 1)->text(), u"email"_s);
    QCOMPARE(report->item(0, 2)->text(), u"This is not a valid email address."_s);
    QStringList lines;
    for (int r = 0; r < report->rowCount(); ++r)
        lines << report->item(r, 0)->text() + u':' + report->item(r, 1)->text();
    QVERIFY2(lines.contains(u"4:estimated_value"_s) && lines.contains(u"4:currency"_s), qPrintable(lines.join(u' ')));
    // No way on: the commit button stays disabled.
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(get(u"/leads"_s).value(u"items"_s).toArray().size(), before); // nothing imported

    // Back, a corrected file, checked again, then imported.
    wizard->back();
    const QString good = writeCsv("title,company,email,estimated_value,currency\n"
                                  "Good one,Alpha,alpha@example.com,100.00,EUR\n"
                                  "Fixed mail,Beta,beta@example.com,50.00,EUR\n"
                                  "Fixed money,Gamma,gamma@example.com,3.00,USD\n");
    wizard->fileEdit()->setText(good);
    checked.clear();
    wizard->next();
    QVERIFY(checked.wait(15000));
    QVERIFY(checked.first().first().toBool());
    QVERIFY(!wizard->reportTable()->isVisible());
    QCOMPARE(wizard->checkSummary(),
             u"All 3 leads in the file can be imported. Press “Import” to import them."_s);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QSignalSpy imported(wizard, &LeadImportWizard::imported);
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    page.activate();
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(LeadImportWizard::ResultPage));
    QVERIFY(imported.wait(15000));
    QCOMPARE(imported.first().first().toInt(), 3);
    QCOMPARE(wizard->resultText(), u"3 leads imported."_s);
    QCOMPARE(get(u"/leads"_s).value(u"items"_s).toArray().size(), before + 3);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->accept();
}

void TestLeadWorkflows::importReportSaysWhenProblemsAreNotAllListed()
{
    // 300 bad rows: the server lists the first 200 problems and counts all.
    QByteArray csv = "title,currency\n";
    for (int i = 0; i < 300; ++i)
        csv += "Lead " + QByteArray::number(i) + ",EURO\n";
    LeadsPage page(m_admin.api.get());
    LeadImportWizard *wizard = page.importLeads();
    QVERIFY(wizard->setFile(writeCsv(csv)));
    QSignalSpy checked(wizard, &LeadImportWizard::checked);
    wizard->next();
    QVERIFY(checked.wait(15000));
    QVERIFY2(wizard->checkSummary().startsWith(u"300 problems found"_s), qPrintable(wizard->checkSummary()));
    QVERIFY2(wizard->checkSummary().endsWith(u"Only the first 200 problems are listed."_s),
             qPrintable(wizard->checkSummary()));
    QCOMPARE(wizard->reportTable()->rowCount(), 200);
    wizard->reject();
}

// Every label under `root` that shows `text` must show it literally: its
// format is plain text and what it renders (as the accessibility layer reads
// it out, markup resolved) is the text itself, tags included, not a link.
static int labelsShowingLiterally(QWidget *root, const QString &text)
{
    int found = 0;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->text().contains(u"Session expired"_s))
            continue;
        ++found;
        if (label->textFormat() != Qt::PlainText)
            return -1;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        if (!accessible || !accessible->text(QAccessible::Name).contains(text))
            return -1;
    }
    return found;
}

void TestLeadWorkflows::titlesOfOtherUsersAreShownAsPlainText()
{
    const QString title = u"<a href=x>Session expired, click here</a>"_s;
    const qint64 id = createLead(title, u"Lure Ltd"_s, u"Mallory"_s);
    {
        ConvertLeadDialog dialog(m_admin.api.get(), get(u"/leads/%1"_s.arg(id)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(labelsShowingLiterally(&dialog, title), 1);
    }
    {
        ConflictDialog dialog(title, {{u"Title"_s, u"mine"_s, title}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(labelsShowingLiterally(&dialog, title), 1);
    }
    {
        // Any other label, message boxes included, is plain text as well.
        QMessageBox box(QMessageBox::Question, u"Delete"_s, u"Delete %1?"_s.arg(title));
        box.setInformativeText(title);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QCOMPARE(labelsShowingLiterally(&box, title), 2);
    }
}

void TestLeadWorkflows::accountAndContactForms()
{
    AccountsPage accounts(m_admin.api.get());
    accounts.show();
    accounts.activate();
    QAbstractItemModelTester tester(accounts.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(accounts.model()->state() == PagedListModel::State::Ready, 15000);
    AccountForm *accountForm = accounts.newAccount();
    QTRY_VERIFY_WITH_TIMEOUT(accountForm->lookups()->ownersLoaded(), 15000);
    QTest::keyClicks(accountForm->findChild<QLineEdit *>(u"nameEdit"_s), u"Kiwi Kitchens"_s);
    QTest::keyClicks(accountForm->findChild<QLineEdit *>(u"industryEdit"_s), u"Retail"_s);
    QSignalSpy saved(accountForm, &RecordForm::saved);
    QTest::mouseClick(accountForm->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const qint64 accountId = qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble());

    ContactsPage contacts(m_admin.api.get());
    contacts.show();
    contacts.activate();
    ContactForm *contactForm = contacts.newContact();
    QTRY_VERIFY_WITH_TIMEOUT(contactForm->lookups()->ownersLoaded(), 15000);
    QTest::keyClicks(contactForm->findChild<QLineEdit *>(u"nameEdit"_s), u"Kim Kiwi"_s);
    QTest::keyClicks(contactForm->findChild<QLineEdit *>(u"emailEdit"_s), u"kim@"_s);
    auto *account = contactForm->findChild<ReferencePicker *>(u"accountEdit"_s);
    account->setValue(accountId, u"Kiwi Kitchens"_s);   // picking by keyboard: tst_referencepicker
    QTest::mouseClick(contactForm->saveButton(), Qt::LeftButton);
    QVERIFY(!contactForm->isBusy());
    QVERIFY(!contactForm->fieldErrorText(u"email"_s).isEmpty());
    QTest::keyClicks(contactForm->findChild<QLineEdit *>(u"emailEdit"_s), u"kiwi.test"_s);
    QSignalSpy contactSaved(contactForm, &RecordForm::saved);
    QTest::mouseClick(contactForm->saveButton(), Qt::LeftButton);
    QVERIFY(contactSaved.wait(15000));
    const QJsonObject contact = contactSaved.first().first().toJsonObject();
    QCOMPARE(contact.value(u"account_name"_s).toString(), u"Kiwi Kitchens"_s);
    QTRY_VERIFY_WITH_TIMEOUT(contacts.model()->rowOfId(qint64(contact.value(u"id"_s).toDouble())) >= 0, 15000);
}

void TestLeadWorkflows::myActivitiesByBucketAndMarkDone()
{
    const qint64 lead = createLead(u"Activity lead"_s, u"Omega"_s, u"Olga"_s);
    const auto activity = [&](const QString &subject, const QDateTime &due) {
        auto reply = erp::test::waitFor(m_admin.api->create(
            u"/activities"_s, {{u"kind"_s, u"call"_s},
                               {u"subject"_s, subject},
                               {u"due_at"_s, due.toUTC().toString(Qt::ISODate)},
                               {u"assignee_id"_s, double(m_acme.adminUserId)},
                               {u"lead_id"_s, double(lead)}}));
        return qint64(reply->json().value(u"id"_s).toDouble());
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 overdue = activity(u"Call back about the offer"_s, now.addDays(-2));
    activity(u"Send the brochure"_s, now.addDays(5));
    QVERIFY(overdue > 0);

    MyActivitiesPage page(m_admin.api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QCOMPARE(page.model()->rowCount(), 2);
    const int when = page.model()->columnForKey(u"bucket"_s);
    QCOMPARE(page.model()->index(0, when).data().toString(), u"Overdue"_s);
    QCOMPARE(page.model()->index(1, when).data().toString(), u"Upcoming"_s);
    page.bucketFilter()->setCurrentIndex(page.bucketFilter()->findData(u"overdue"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready && page.model()->rowCount() == 1,
                             15000);
    QVERIFY(page.selectId(overdue));
    QVERIFY(page.doneAction()->isEnabled());
    page.doneAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfId(overdue) < 0, 15000);
    QVERIFY(get(u"/activities/%1"_s.arg(overdue)).value(u"done"_s).toBool());
}

QTEST_MAIN(TestLeadWorkflows)
#include "tst_leadworkflows.moc"
