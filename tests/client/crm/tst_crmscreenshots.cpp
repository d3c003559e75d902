// Produces screenshots: renders the CRM screens with realistic data to PNG files under
// <build>/screenshots (crm-*.png) so a person can check layout and spacing:
// the leads list in the main window, the lead form, the pipeline board, the
// convert dialog and the import wizard's report. Each asserts what its picture
// must show (erp::test::layoutProblems): the fields that belong on it present
// and visible, nothing cut off by the window or squeezed below its text.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/crm/ConvertLeadDialog.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadImportWizard.h"
#include "client/ui/crm/LeadsPage.h"
#include "client/ui/crm/MyActivitiesPage.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QListView>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestCrmScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void leadsListScreenshot();
    void leadFormScreenshots();
    void pipelineBoardScreenshots();
    void convertDialogScreenshot();
    void importWizardScreenshots();
    void myActivitiesScreenshot();

private:
    void save(QWidget *widget, const QString &name, const QStringList &requiredChildren = {});
    qint64 findLead(const QString &title);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_client;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_stages;
    QDir m_dir;
    QTemporaryDir m_files;
    LanguageManager m_languages;
};

void TestCrmScreenshots::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_dir.setPath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_dir.mkpath(u"."_s));
    m_server = std::make_unique<TestServer>(u"ui_crm_screenshots"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    const qint64 anna = m_server->createUser(m_acme, u"anna.berger@acme.test"_s, {u"sales_rep"_s});
    const qint64 ben = m_server->createUser(m_acme, u"ben.okafor@acme.test"_s, {u"sales_rep"_s});
    QVERIFY(m_client.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto stages = erp::test::waitFor(m_client.api->get(u"/pipeline-stages"_s));
    for (const QJsonValue &s : stages->json().value(u"items"_s).toArray())
        m_stages << qint64(s.toObject().value(u"id"_s).toDouble());
    QVERIFY(m_stages.size() >= 4);
    struct Seed
    {
        const char *title, *company, *contact, *value, *currency;
        int probability, stage;
        const char *close;
        qint64 owner;
    };
    const Seed seeds[] = {
        {"40 ergonomic office chairs", "Nordwind Logistik GmbH", "Jana Rademacher", "12480.00", "EUR", 60, 2, "2025-03-14", anna},
        {"Reception desk and lounge", "Café Lumière SARL", "Élodie Marchand", "8900.00", "EUR", 40, 1, "2025-04-02", ben},
        {"Standing desks, 2nd floor", "Brightline Analytics Ltd", "Oliver Grant", "23150.50", "GBP", 75, 3, "2025-02-28", anna},
        {"Meeting room refit", "Hidalgo & Hijos S.L.", "Lucía Hidalgo", "15400.00", "EUR", 20, 0, "2025-05-20", ben},
        {"Acoustic panels", "Pacific Crest Software Inc.", "Mia Chen", "4750.00", "USD", 30, 0, "2025-06-10", anna},
        {"Warehouse shelving", "Tanaka Parts KK", "Hiro Tanaka", "31900.00", "USD", 50, 1, "2025-03-30", ben},
        {"Canteen furniture", "Stadtwerke Lindau", "Peter Brandl", "56000.00", "EUR", 10, 0, "2025-09-01", anna},
        {"Home-office kits (120)", "Fjord Consulting AS", "Ingrid Dahl", "36000.00", "EUR", 65, 2, "2025-04-18", ben},
    };
    for (const Seed &s : seeds) {
        auto reply = erp::test::waitFor(m_client.api->create(
            u"/leads"_s, {{u"title"_s, QString::fromUtf8(s.title)},
                          {u"company"_s, QString::fromUtf8(s.company)},
                          {u"contact_name"_s, QString::fromUtf8(s.contact)},
                          {u"email"_s, u"info@example.com"_s},
                          {u"source"_s, u"Trade fair"_s},
                          {u"estimated_value"_s, QString::fromLatin1(s.value)},
                          {u"currency"_s, QString::fromLatin1(s.currency)},
                          {u"probability"_s, s.probability},
                          {u"expected_close_date"_s, QString::fromLatin1(s.close)},
                          {u"stage_id"_s, double(m_stages.at(s.stage))},
                          {u"owner_id"_s, double(s.owner)}}));
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().debugString()));
    }
    // One won and one lost lead for the status column.
    const qint64 won = findLead(u"Reception desk and lounge"_s);
    QVERIFY(erp::test::waitFor(m_client.api->post(u"/leads/%1/win"_s.arg(won)))->isSuccess());
    const qint64 lost = findLead(u"Acoustic panels"_s);
    QVERIFY(erp::test::waitFor(m_client.api->post(u"/leads/%1/lose"_s.arg(lost), {{u"lost_reason"_s, u"Budget cut"_s}}))
                ->isSuccess());

    m_window = std::make_unique<MainWindow>(m_client.api.get(), m_client.settings.get());
    m_window->resize(1280, 720);
    m_window->rebuildPages();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCrmScreenshots::cleanupTestCase()
{
    m_window.reset();
}

qint64 TestCrmScreenshots::findLead(const QString &title)
{
    QUrlQuery q;
    q.addQueryItem(u"q"_s, title);
    auto reply = erp::test::waitFor(m_client.api->get(u"/leads"_s, q));
    const QJsonArray items = reply->json().value(u"items"_s).toArray();
    return items.isEmpty() ? 0 : qint64(items.first().toObject().value(u"id"_s).toDouble());
}

void TestCrmScreenshots::save(QWidget *widget, const QString &name, const QStringList &requiredChildren)
{
    QApplication::processEvents();
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
    const QStringList problems = erp::test::layoutProblems(widget, requiredChildren);
    QVERIFY2(problems.isEmpty(), qPrintable(name + u": "_s + problems.join(u"; "_s)));
}

void TestCrmScreenshots::leadsListScreenshot()
{
    QVERIFY(m_window->showPage(u"leads"_s));
    auto *leads = qobject_cast<LeadsPage *>(m_window->page(u"leads"_s));
    QVERIFY(leads);
    QTRY_VERIFY_WITH_TIMEOUT(leads->model()->rowCount() >= 8 && leads->ownerFilter()->count() > 1, 15000);
    leads->view()->selectRow(1);
    save(m_window.get(), u"crm-leads-list"_s);
}

void TestCrmScreenshots::leadFormScreenshots()
{
    auto *leads = qobject_cast<LeadsPage *>(m_window->page(u"leads"_s));
    LeadForm *form = leads->editLead(findLead(u"40 ergonomic"_s));
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(form->lookups()->stagesLoaded() && form->lookups()->ownersLoaded(), 15000);
    save(form, u"crm-lead-form"_s, {u"titleEdit"_s, u"companyEdit"_s, u"contactNameEdit"_s, u"emailEdit"_s, u"valueEdit"_s, u"currencyCombo"_s, u"probabilitySpin"_s, u"stageCombo"_s});
    // The same form with a client-side error next to the value.
    auto *value = form->findChild<QLineEdit *>(u"valueEdit"_s);
    value->setText(u"12.480,5.0"_s);
    form->save();
    QVERIFY(!form->fieldErrorText(u"estimated_value"_s).isEmpty());
    save(form, u"crm-lead-form-error"_s, {u"titleEdit"_s, u"companyEdit"_s, u"contactNameEdit"_s, u"emailEdit"_s, u"valueEdit"_s, u"currencyCombo"_s, u"probabilitySpin"_s, u"stageCombo"_s, u"error_estimated_value"_s});
    value->setText(u"12480.00"_s);
    form->done(QDialog::Rejected);
    LeadForm *created = leads->newLead();
    QTRY_VERIFY_WITH_TIMEOUT(created->lookups()->stagesLoaded(), 15000);
    save(created, u"crm-lead-form-new"_s, {u"titleEdit"_s, u"companyEdit"_s, u"contactNameEdit"_s, u"emailEdit"_s, u"valueEdit"_s, u"currencyCombo"_s, u"probabilitySpin"_s, u"stageCombo"_s});
    created->done(QDialog::Rejected);
}

void TestCrmScreenshots::pipelineBoardScreenshots()
{
    QVERIFY(m_window->showPage(u"pipeline"_s));
    auto *board = qobject_cast<PipelineBoardPage *>(m_window->page(u"pipeline"_s));
    QVERIFY(board);
    QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && board->columns().size() == m_stages.size(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(board->column(m_stages.at(0))->model()->rowCount() == 2, 15000);
    board->column(m_stages.at(2))->focusRow(0);
    save(m_window.get(), u"crm-pipeline-board"_s);
    save(board, u"crm-pipeline-board-page"_s);
}

void TestCrmScreenshots::convertDialogScreenshot()
{
    // The company already exists as an account: the dialog offers to link it.
    QVERIFY(erp::test::waitFor(m_client.api->create(u"/accounts"_s, {{u"name"_s, u"Brightline Analytics Ltd"_s}}))
                ->isSuccess());
    auto reply = erp::test::waitFor(m_client.api->get(u"/leads/%1"_s.arg(findLead(u"Standing desks"_s))));
    ConvertLeadDialog dialog(m_client.api.get(), reply->json(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.accountPicker()->name() == u"Brightline Analytics Ltd"_s && !dialog.isBusy(),
                             15000);
    QVERIFY(dialog.findChild<QRadioButton *>(u"existingAccountOption"_s)->isChecked());
    QVERIFY(dialog.accountPicker()->isEnabled());
    save(&dialog, u"crm-convert-dialog"_s,
         {u"newAccountOption"_s, u"existingAccountOption"_s, u"accountPicker"_s, u"newContactOption"_s,
          u"contactNameEdit"_s, u"existingContactOption"_s});
}

void TestCrmScreenshots::importWizardScreenshots()
{
    const QString path = m_files.filePath(u"leads.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("title,company,email,estimated_value,currency,probability,expected_close_date\n"
               "Chairs,Alpha AG,alpha@example.com,100.00,EUR,50,2025-05-01\n"
               "Desks,Beta SA,beta(at)example.com,250.00,EUR,40,2025-05-01\n"
               "Lamps,Gamma Ltd,gamma@example.com,-3,XXX,140,2025-13-01\n");
    file.close();
    LeadImportWizard wizard(m_client.api.get(), m_window.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    save(&wizard, u"crm-import-file"_s);
    QVERIFY(wizard.setFile(path));
    QSignalSpy checked(&wizard, &LeadImportWizard::checked);
    wizard.next();
    QVERIFY(checked.wait(15000));
    QVERIFY(wizard.reportTable()->rowCount() >= 4);
    save(&wizard, u"crm-import-report"_s);
}

void TestCrmScreenshots::myActivitiesScreenshot()
{
    const qint64 lead = findLead(u"Canteen"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<std::pair<QString, QDateTime>> items {{u"Call Peter about the canteen layout"_s, now.addDays(-1)},
                                                      {u"Send revised offer"_s, now.addSecs(600)},
                                                      {u"Site visit in Lindau"_s, now.addDays(3)}};
    for (const auto &[subject, due] : items)
        QVERIFY(erp::test::waitFor(m_client.api->create(u"/activities"_s,
                                                        {{u"kind"_s, u"call"_s},
                                                         {u"subject"_s, subject},
                                                         {u"due_at"_s, due.toString(Qt::ISODate)},
                                                         {u"assignee_id"_s, double(m_acme.adminUserId)},
                                                         {u"lead_id"_s, double(lead)}}))
                    ->isSuccess());
    QVERIFY(m_window->showPage(u"activities"_s));
    auto *page = qobject_cast<MyActivitiesPage *>(m_window->page(u"activities"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 3, 15000);
    save(m_window.get(), u"crm-my-activities"_s);
}

QTEST_MAIN(TestCrmScreenshots)
#include "tst_crmscreenshots.moc"
