// CRM > Leads driven with QTest against the real server: the list (model
// checked by QAbstractItemModelTester, filters), creating a lead in the form
// and finding it by search, client-side checks of money and email, the
// server's field errors, the 412 conflict dialog when someone else changed
// the lead, and the status actions (lost with a reason, reopen, won).
#include "client/core/PagedListModel.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadsPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestLeadsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listPassesTheModelTesterAndFilters();
    void createLeadAndFindItBySearch();
    void checksMoneyAndEmailBeforeSending();
    void conflictDialogOnConcurrentChange();
    void lostWithReasonThenReopenThenWon();

private:
    qint64 createLead(const QJsonObject &body);
    QJsonObject serverLead(qint64 id, QByteArray *etag = nullptr);
    LeadForm *openLead(qint64 id);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<LeadsPage> m_page;
    LanguageManager m_languages;
};

void TestLeadsPage::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s)); // numbers in English whatever the system's locale
    m_server = std::make_unique<TestServer>(u"ui_crm_leads"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    for (int i = 0; i < 12; ++i)
        QVERIFY(createLead({{u"title"_s, u"Seed lead %1"_s.arg(i)},
                            {u"company"_s, u"Seed Company %1"_s.arg(i)},
                            {u"estimated_value"_s, u"%1.50"_s.arg(1000 * (i + 1))},
                            {u"currency"_s, i % 3 ? u"EUR"_s : u"USD"_s},
                            {u"expected_close_date"_s, u"2030-0%1-15"_s.arg(i % 9 + 1)}})
                > 0);
}

void TestLeadsPage::init()
{
    m_page = std::make_unique<LeadsPage>(m_admin.api.get());
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLeadsPage::cleanup()
{
    m_page.reset();
}

qint64 TestLeadsPage::createLead(const QJsonObject &body)
{
    auto reply = erp::test::waitFor(m_admin.api->create(u"/leads"_s, body));
    if (!reply->isSuccess())
        qWarning() << reply->error().debugString();
    return qint64(reply->json().value(u"id"_s).toDouble());
}

QJsonObject TestLeadsPage::serverLead(qint64 id, QByteArray *etag)
{
    auto reply = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(id)));
    if (etag)
        *etag = reply->etag();
    return reply->json();
}

LeadForm *TestLeadsPage::openLead(qint64 id)
{
    LeadForm *form = m_page->editLead(id);
    if (!form)
        return nullptr;
    QSignalSpy loaded(form, &RecordForm::loaded);
    if (!loaded.wait(15000))
        return nullptr;
    QDeadlineTimer deadline(15000);
    while (!(form->lookups()->stagesLoaded() && form->lookups()->ownersLoaded()) && !deadline.hasExpired())
        QTest::qWait(10);
    return form;
}

void TestLeadsPage::listPassesTheModelTesterAndFilters()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(m_page->model()->rowCount() >= 12);
    // Value: the decimal string with its currency, right-aligned.
    const int valueColumn = m_page->model()->columnForKey(u"estimated_value"_s);
    const int row = [&] {
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            if (m_page->model()->itemAt(r).value(u"title"_s).toString() == u"Seed lead 11"_s)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    const QModelIndex value = m_page->model()->index(row, valueColumn);
    QCOMPARE(value.data().toString(), u"12,000.50\u00a0EUR"_s);
    QVERIFY(Qt::Alignment(value.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);

    // Stage filter: all seeds start in the first stage; the second is empty.
    QComboBox *stage = m_page->stageFilter();
    QTRY_VERIFY_WITH_TIMEOUT(stage->count() > 2, 15000);
    stage->setCurrentIndex(2);
    QCOMPARE(m_page->model()->filters().value(u"stage_id"_s), QString::number(stage->currentData().toLongLong()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Empty, 15000);
    QCOMPARE(m_page->overlayText(), u"No leads match the search or filters."_s);
    stage->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    // Status filter.
    QComboBox *status = m_page->statusFilter();
    status->setCurrentIndex(status->findData(u"won"_s));
    QCOMPARE(m_page->model()->filters().value(u"status"_s), u"won"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Empty, 15000);
    status->setCurrentIndex(0);
    stage->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    // Owner filter lists the people of the organisation.
    QComboBox *owner = m_page->ownerFilter();
    QTRY_VERIFY_WITH_TIMEOUT(owner->count() >= 3, 15000);
    owner->setCurrentIndex(owner->findText(u"rep"_s, Qt::MatchStartsWith));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Empty, 15000);
}

void TestLeadsPage::createLeadAndFindItBySearch()
{
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(m_page->canCreate());
    m_page->createRecord();
    LeadForm *form = m_page->openForm();
    QVERIFY(form && form->isVisible());
    QCOMPARE(form->windowTitle(), u"New Lead[*]"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form->lookups()->stagesLoaded() && form->lookups()->ownersLoaded(), 15000);

    QTest::keyClicks(form->findChild<QLineEdit *>(u"titleEdit"_s), u"Forty office chairs"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"companyEdit"_s), u"Zebrafish Logistics"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"contactNameEdit"_s), u"Mara Quill"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), u"mara@zebrafish.test"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"valueEdit"_s), u"12,480.50"_s);
    auto *currency = form->findChild<QComboBox *>(u"currencyCombo"_s);
    currency->setCurrentIndex(currency->findText(u"CHF"_s));
    auto *probability = form->findChild<QSpinBox *>(u"probabilitySpin"_s);
    probability->setValue(60);
    form->findChild<QCheckBox *>(u"closeDateCheck"_s)->setChecked(true);
    form->findChild<QDateEdit *>(u"closeDateEdit"_s)->setDate(QDate(2031, 3, 31));
    auto *stage = form->findChild<QComboBox *>(u"stageCombo"_s);
    QVERIFY(stage->count() >= 2);
    stage->setCurrentIndex(1);
    const qint64 stageId = stage->currentData().toLongLong();
    QVERIFY(form->isDirty());

    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject created = saved.first().first().toJsonObject();
    QCOMPARE(created.value(u"estimated_value"_s).toString(), u"12480.50"_s);
    QCOMPARE(created.value(u"currency"_s).toString(), u"CHF"_s);
    QCOMPARE(created.value(u"probability"_s).toInt(), 60);
    QCOMPARE(created.value(u"expected_close_date"_s).toString(), u"2031-03-31"_s);
    QCOMPARE(qint64(created.value(u"stage_id"_s).toDouble()), stageId);
    QCOMPARE(qint64(created.value(u"owner_id"_s).toDouble()), m_acme.adminUserId);
    QTRY_VERIFY(!m_page->openForm());

    // Found by a search for the company, typed into the search box.
    QSignalSpy reloaded(m_page->model(), &PagedListModel::reloaded);
    QTest::keyClicks(m_page->searchEdit(), u"zebrafish"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->searchText(), u"zebrafish"_s, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready
                                 && m_page->model()->rowCount() == 1
                                 && m_page->model()->itemAt(0).value(u"title"_s).toString()
                                        == u"Forty office chairs"_s,
                             15000);
    const QModelIndex value = m_page->model()->index(0, m_page->model()->columnForKey(u"estimated_value"_s));
    QCOMPARE(value.data().toString(), u"12,480.50\u00a0CHF"_s);
    // ... and by the contact's email.
    m_page->searchEdit()->clear();
    QTest::keyClicks(m_page->searchEdit(), u"mara@zebra"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->searchText() == u"mara@zebra"_s
                                 && m_page->model()->state() == PagedListModel::State::Ready
                                 && m_page->model()->rowCount() == 1,
                             15000);
}

void TestLeadsPage::checksMoneyAndEmailBeforeSending()
{
    LeadForm *form = m_page->newLead();
    QVERIFY(form);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), u"not an email"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"valueEdit"_s), u"12.5.3"_s);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(!form->isBusy(), "nothing is sent while the form has errors");
    QCOMPARE(form->fieldErrorText(u"title"_s), u"Enter a title for the lead."_s);
    QCOMPARE(form->fieldErrorText(u"email"_s), u"Enter a valid email address, for example name@example.com."_s);
    QCOMPARE(form->fieldErrorText(u"estimated_value"_s),
             u"Use only one decimal mark (.). Enter the number like 1,234.56 or 1234.56."_s);
    auto *value = form->findChild<QLineEdit *>(u"valueEdit"_s);
    value->clear();
    QTest::keyClicks(value, u"-5"_s);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(form->fieldErrorText(u"estimated_value"_s), u"The amount cannot be negative."_s);
    value->clear();
    QTest::keyClicks(value, u"1.234"_s);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(form->fieldErrorText(u"estimated_value"_s),
             u"At most 2 decimals. Enter the number like 1,234.56 or 1234.56."_s);
    // German habits are not silently read as another number in English.
    value->clear();
    QTest::keyClicks(value, u"1250,50"_s);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(form->fieldErrorText(u"estimated_value"_s),
             u"In this language “,” separates groups of three digits and “.” is the decimal mark. Enter the number "
             u"like 1,234.56 or 1234.56."_s);

    // What only the server knows comes back next to the field: a title of 201 characters.
    value->clear();
    auto *email = form->findChild<QLineEdit *>(u"emailEdit"_s);
    email->clear();
    form->findChild<QLineEdit *>(u"titleEdit"_s)->setText(QString(201, u'x'));
    QSignalSpy failed(form, &RecordForm::saveFailed);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 422);
    QCOMPARE(form->fieldErrorText(u"title"_s), u"This is too long."_s);
    QCOMPARE(form->focusWidget(), form->findChild<QLineEdit *>(u"titleEdit"_s));
    form->done(QDialog::Rejected);
}

void TestLeadsPage::conflictDialogOnConcurrentChange()
{
    const qint64 id = createLead({{u"title"_s, u"Contested lead"_s}, {u"currency"_s, u"EUR"_s}});
    QVERIFY(id > 0);
    LeadForm *form = openLead(id);
    QVERIFY(form);
    auto *title = form->findChild<QLineEdit *>(u"titleEdit"_s);
    QCOMPARE(title->text(), u"Contested lead"_s);
    auto *value = form->findChild<QLineEdit *>(u"valueEdit"_s);
    QTest::keyClicks(value, u"500"_s);

    // Meanwhile a colleague (a second API client) changes the value.
    erp::test::SignedInClient colleague;
    QVERIFY(colleague.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto current = erp::test::waitFor(colleague.api->get(u"/leads/%1"_s.arg(id)));
    auto theirs = erp::test::waitFor(colleague.api->patch(
        u"/leads/%1"_s.arg(id), {{u"estimated_value"_s, u"750.00"_s}}, current->etag()));
    QVERIFY2(theirs->isSuccess(), qPrintable(theirs->error().debugString()));

    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->conflictDialog() && form->conflictDialog()->isVisible(), 15000);
    QTableWidget *table = form->conflictDialog()->table();
    bool found = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == u"Estimated value"_s) {
            found = true;
            QCOMPARE(table->item(r, 1)->text(), u"500.00"_s);
            QCOMPARE(table->item(r, 2)->text(), u"750.00"_s);
        }
    }
    QVERIFY(found);
    // Reload: their value, nothing of mine sent.
    QTest::mouseClick(form->conflictDialog()->reloadButton(), Qt::LeftButton);
    QTRY_VERIFY(!form->conflictDialog());
    QCOMPARE(value->text(), u"750.00"_s);
    QVERIFY(!form->isDirty());
    QCOMPARE(serverLead(id).value(u"estimated_value"_s).toString(), u"750.00"_s);

    // Again, this time overwriting deliberately.
    value->setText(u"900"_s);
    form->findChild<QSpinBox *>(u"probabilitySpin"_s)->setValue(70);
    current = erp::test::waitFor(colleague.api->get(u"/leads/%1"_s.arg(id)));
    theirs = erp::test::waitFor(
        colleague.api->patch(u"/leads/%1"_s.arg(id), {{u"probability"_s, 20}}, current->etag()));
    QVERIFY(theirs->isSuccess());
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->conflictDialog() && form->conflictDialog()->isVisible(), 15000);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->conflictDialog()->overwriteButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject now = serverLead(id);
    QCOMPARE(now.value(u"estimated_value"_s).toString(), u"900.00"_s);
    QCOMPARE(now.value(u"probability"_s).toInt(), 70);
}

void TestLeadsPage::lostWithReasonThenReopenThenWon()
{
    const qint64 id = createLead({{u"title"_s, u"Fickle customer"_s}, {u"currency"_s, u"EUR"_s}});
    LeadForm *form = openLead(id);
    QVERIFY(form);
    auto *lose = form->findChild<QPushButton *>(u"loseButton"_s);
    auto *win = form->findChild<QPushButton *>(u"winButton"_s);
    auto *reopen = form->findChild<QPushButton *>(u"reopenButton"_s);
    QVERIFY(lose->isVisible() && lose->isEnabled());
    QVERIFY(!reopen->isVisible());
    // Unsaved edits first: the actions wait.
    QTest::keyClicks(form->findChild<QLineEdit *>(u"sourceEdit"_s), u"x"_s);
    QVERIFY(!lose->isEnabled());
    form->findChild<QLineEdit *>(u"sourceEdit"_s)->clear();
    form->findChild<QLineEdit *>(u"sourceEdit"_s)->textEdited({});
    QVERIFY(lose->isEnabled());

    QTest::mouseClick(lose, Qt::LeftButton);
    QInputDialog *prompt = form->lostReasonPrompt();
    QVERIFY(prompt && prompt->isVisible());
    prompt->setTextValue(u"Went with a competitor"_s);
    QSignalSpy loaded(form, &RecordForm::loaded);
    prompt->accept();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(serverLead(id).value(u"status"_s).toString(), u"lost"_s);
    QCOMPARE(serverLead(id).value(u"lost_reason"_s).toString(), u"Went with a competitor"_s);
    QVERIFY(form->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Went with a competitor"_s));
    QVERIFY(reopen->isVisible() && !win->isVisible());

    QTest::mouseClick(reopen, Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(serverLead(id).value(u"status"_s).toString(), u"open"_s);
    QTest::mouseClick(win, Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(serverLead(id).value(u"status"_s).toString(), u"won"_s);
    QCOMPARE(form->findChild<QLabel *>(u"statusLabel"_s)->text(), u"Status: Won"_s);
}

QTEST_MAIN(TestLeadsPage)
#include "tst_leadspage.moc"
