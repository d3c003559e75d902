// Lists and forms as a clerk uses them all day (issue 10, "Forms and lists
// that fit"), against the real server over TLS: every list shows its sort
// arrow (the default order included) and sorts on the server by every column
// people sort by, numbers as numbers; saving says so in the status bar and
// selects the row; an opened record has the cursor in its first field; a
// sales rep's own owner field looks read-only; deleting asks first, and a
// refusal names what still refers to the record.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ListPage.h"
#include "client/ui/MainWindow.h"
#include "client/ui/RelatedRecordsList.h"
#include "client/ui/crm/AccountsPage.h"
#include "client/ui/crm/ActivitiesPanel.h"
#include "client/ui/crm/ContactForm.h"
#include "client/ui/crm/ContactsPage.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadsPage.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemView>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestCrmForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyListShowsItsSortArrowAndSortsByItsColumns_data();
    void everyListShowsItsSortArrowAndSortsByItsColumns();
    void leadValuesSortAsNumbers();
    void savingSaysSoAndSelectsTheRow();
    void openingPutsTheCursorInTheFirstField();
    void salesRepsOwnerFieldLooksReadOnly();
    void deleteAsksThenDeletesAndIsAudited();
    void deleteRefusalNamesWhatStillRefers();
    void accountFormShowsItsAddressContactsLeadsAndActivities();
    void leadFormShowsItsActivitiesAndHistory();
    void pagesAndFormsFitWithoutClippedText_data();
    void pagesAndFormsFitWithoutClippedText();
    void cleanupTestCase();

private:
    qint64 create(const QString &path, const QJsonObject &body);
    static QList<qint64> shownIds(ListPage *page);
    static bool waitLoaded(ListPage *page);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    erp::test::SignedInClient m_rep;
    LanguageManager m_languages;
};

void TestCrmForms::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_crm_forms"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    QVERIFY(m_rep.signIn(*m_server, m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(create(u"/leads"_s, {{u"title"_s, u"Seed %1"_s.arg(i)}, {u"currency"_s, u"EUR"_s}}) > 0);
        QVERIFY(create(u"/accounts"_s, {{u"name"_s, u"Seed account %1"_s.arg(i)}}) > 0);
        QVERIFY(create(u"/contacts"_s, {{u"name"_s, u"Seed contact %1"_s.arg(i)}}) > 0);
    }
}

qint64 TestCrmForms::create(const QString &path, const QJsonObject &body)
{
    auto reply = erp::test::waitFor(m_admin.api->create(path, body));
    if (!reply->isSuccess())
        qWarning() << reply->error().debugString();
    return qint64(reply->json().value(u"id"_s).toDouble());
}

QList<qint64> TestCrmForms::shownIds(ListPage *page)
{
    QList<qint64> out;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        out << page->model()->idAt(r);
    return out;
}

bool TestCrmForms::waitLoaded(ListPage *page)
{
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        const auto state = page->model()->state();
        if (state == PagedListModel::State::Ready || state == PagedListModel::State::Empty)
            return true;
        if (state == PagedListModel::State::Error)
            return false;
        QTest::qWait(10);
    }
    return false;
}

void TestCrmForms::everyListShowsItsSortArrowAndSortsByItsColumns_data()
{
    // What people sort these lists by (issue 10), by the item key each
    // column shows: written here, not read from the pages.
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("sortable");
    QTest::newRow("leads") << u"leads"_s
                           << QStringList{u"title"_s, u"company"_s, u"contact_name"_s, u"estimated_value"_s,
                                          u"probability"_s, u"expected_close_date"_s, u"stage_name"_s,
                                          u"owner_name"_s, u"status"_s, u"created_at"_s};
    QTest::newRow("accounts") << u"accounts"_s
                              << QStringList{u"name"_s, u"industry"_s, u"phone"_s, u"website"_s, u"owner_name"_s};
    QTest::newRow("contacts") << u"contacts"_s
                              << QStringList{u"name"_s, u"title"_s, u"account_name"_s, u"email"_s, u"phone"_s,
                                             u"owner_name"_s};
    QTest::newRow("suppliers") << u"suppliers"_s
                               << QStringList{u"code"_s, u"name"_s, u"contact_person"_s, u"email"_s, u"phone"_s,
                                              u"currency"_s, u"is_active"_s};
    QTest::newRow("products") << u"products"_s
                              << QStringList{u"sku"_s, u"name"_s, u"category"_s, u"barcode"_s,
                                             u"stock_unit_symbol"_s, u"standard_cost"_s, u"reorder_point"_s,
                                             u"is_active"_s};
    QTest::newRow("purchase orders") << u"purchase-orders"_s
                                     << QStringList{u"number"_s, u"supplier_name"_s, u"state"_s, u"order_date"_s,
                                                    u"expected_date"_s, u"warehouse_name"_s, u"total"_s};
    QTest::newRow("users") << u"users"_s
                           << QStringList{u"display_name"_s, u"email"_s, u"is_active"_s, u"created_at"_s};
}

// The arrow sits on the column of the default order before anyone clicks;
// a click on each column people sort by asks the server for that order
// (which it accepts: the list loads), and the arrow follows; a second
// click reverses it.
void TestCrmForms::everyListShowsItsSortArrowAndSortsByItsColumns()
{
    QFETCH(QString, page);
    QFETCH(QStringList, sortable);
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(page));
    auto *list = qobject_cast<ListPage *>(window.currentPage());
    QVERIFY(list);
    QVERIFY(waitLoaded(list));
    QHeaderView *header = list->view()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    QVERIFY2(list->model()->sortColumn() >= 0, qPrintable(list->model()->sortExpression()));
    QCOMPARE(header->sortIndicatorSection(), list->model()->sortColumn());

    for (const QString &key : sortable) {
        const int column = list->model()->columnForKey(key);
        QVERIFY2(column >= 0, qPrintable(key));
        QVERIFY2(!list->model()->columns().at(column).sortKey.isEmpty(), qPrintable(key + u" is not sortable"_s));
        const Qt::SortOrder before = header->sortIndicatorSection() == column ? header->sortIndicatorOrder()
                                                                                : Qt::DescendingOrder;
        const Qt::SortOrder expected = before == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        // Click the header as a user would (scrolled into view first).
        list->view()->horizontalScrollBar()->setValue(header->sectionPosition(column));
        QSignalSpy reloaded(list->model(), &PagedListModel::reloaded);
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QVERIFY2(reloaded.wait(15000) || reloaded.size() > 0, qPrintable(key));
        QVERIFY2(waitLoaded(list), qPrintable(key + u": "_s + list->model()->lastError().debugString()));
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(header->sortIndicatorOrder(), expected);
        QCOMPARE(list->model()->sortOrder(), expected);
    }
}

// 9.50 < 10 < 100 < 1,000: as numbers, not as text ("10" < "9.50").
void TestCrmForms::leadValuesSortAsNumbers()
{
    const QString tag = u"Numbers%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const qint64 thousand = create(u"/leads"_s, {{u"title"_s, tag}, {u"currency"_s, u"EUR"_s}, {u"estimated_value"_s, u"1000.00"_s}});
    const qint64 ten = create(u"/leads"_s, {{u"title"_s, tag}, {u"currency"_s, u"EUR"_s}, {u"estimated_value"_s, u"10.00"_s}});
    const qint64 nine = create(u"/leads"_s, {{u"title"_s, tag}, {u"currency"_s, u"EUR"_s}, {u"estimated_value"_s, u"9.50"_s}});
    const qint64 hundred = create(u"/leads"_s, {{u"title"_s, tag}, {u"currency"_s, u"EUR"_s}, {u"estimated_value"_s, u"100.00"_s}});
    LeadsPage page(m_admin.api.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    QVERIFY(waitLoaded(&page));
    page.searchEdit()->setText(tag);
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 15000);
    const int valueColumn = page.model()->columnForKey(u"estimated_value"_s);
    QSignalSpy reloaded(page.model(), &PagedListModel::reloaded);
    emit page.view()->horizontalHeader()->sectionClicked(valueColumn);
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(shownIds(&page), (QList<qint64>{nine, ten, hundred, thousand}));
    emit page.view()->horizontalHeader()->sectionClicked(valueColumn);
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(shownIds(&page), (QList<qint64>{thousand, hundred, ten, nine}));
    QCOMPARE(page.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

// A save says so in the status bar and leaves the saved row selected, for a
// new record (reloaded list) and a changed one.
void TestCrmForms::savingSaysSoAndSelectsTheRow()
{
    AccountsPage page(m_admin.api.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    QVERIFY(waitLoaded(&page));
    QSignalSpy messages(&page, &Page::statusMessage);

    AccountForm *form = page.newAccount();
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    QVERIFY(name);
    QTest::keyClicks(name, u"Aardvark Saved Ltd"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QVERIFY(saved.wait(15000));
    const qint64 id = qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble());
    QTRY_COMPARE_WITH_TIMEOUT(page.currentId(), id, 15000);
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), u"Account “Aardvark Saved Ltd” created."_s);

    // Select another row, then change the new account: its row is selected again.
    QVERIFY(page.selectId(page.model()->idAt(page.model()->rowCount() - 1)));
    QVERIFY(page.currentId() != id);
    AccountForm *edit = page.editAccount(id);
    QSignalSpy loaded(edit, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    auto *phone = edit->findChild<QLineEdit *>(u"phoneEdit"_s);
    QTest::keyClicks(phone, u"+49 30 1234"_s);
    QSignalSpy savedAgain(edit, &RecordForm::saved);
    edit->save();
    QVERIFY(savedAgain.wait(15000));
    QCOMPARE(page.currentId(), id);
    QCOMPARE(messages.last().first().toString(), u"Changes to “Aardvark Saved Ltd” saved."_s);
    QCOMPARE(page.currentItem().value(u"phone"_s).toString(), u"+49 30 1234"_s);
}

// Opening a record (loaded while its fields are disabled) and a new one
// both put the cursor into the first field.
void TestCrmForms::openingPutsTheCursorInTheFirstField()
{
    LeadsPage page(m_admin.api.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 id = create(u"/leads"_s, {{u"title"_s, u"Focus me"_s}, {u"currency"_s, u"EUR"_s}});
    LeadForm *form = page.editLead(id);
    QVERIFY(form);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    form->activateWindow();
    auto *title = form->findChild<QLineEdit *>(u"titleEdit"_s);
    QTRY_COMPARE(form->focusWidget(), title);
    QCOMPARE(title->selectedText(), u"Focus me"_s);
    form->reject();

    LeadForm *fresh = page.newLead();
    QVERIFY(fresh);
    QTRY_COMPARE(fresh->focusWidget(), fresh->findChild<QLineEdit *>(u"titleEdit"_s));
    fresh->reject();
}

// A sales rep may only own their leads and contacts: the owner is shown
// disabled with a tooltip that says why; an admin can choose.
void TestCrmForms::salesRepsOwnerFieldLooksReadOnly()
{
    LeadForm repForm(m_rep.api.get());
    repForm.startCreate();
    auto *owner = repForm.findChild<QComboBox *>(u"ownerCombo"_s);
    QVERIFY(owner);
    QVERIFY(!owner->isEnabled());
    QVERIFY(!owner->toolTip().isEmpty());
    QVERIFY(repForm.findChild<QLineEdit *>(u"titleEdit"_s)->isEnabled());

    LeadForm adminForm(m_admin.api.get());
    adminForm.startCreate();
    QVERIFY(adminForm.findChild<QComboBox *>(u"ownerCombo"_s)->isEnabled());

    // A form opened read-only shows text fields on the window colour, not
    // the white of an editable field.
    adminForm.setReadOnly(true);
    auto *title = adminForm.findChild<QLineEdit *>(u"titleEdit"_s);
    QVERIFY(title->isReadOnly());
    QCOMPARE(title->palette().color(QPalette::Base), title->palette().color(QPalette::Window));
    adminForm.setReadOnly(false);
    QVERIFY(title->palette().color(QPalette::Base) != title->palette().color(QPalette::Window));
}

// Delete asks first (Cancel is the default and keeps the lead), then
// deletes with the row's version, takes the row out, says so, and the
// server has an audit entry for it.
void TestCrmForms::deleteAsksThenDeletesAndIsAudited()
{
    const qint64 id = create(u"/leads"_s, {{u"title"_s, u"Delete me"_s}, {u"currency"_s, u"EUR"_s}});
    LeadsPage page(m_admin.api.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    QVERIFY(waitLoaded(&page));
    QVERIFY(page.deleteAction()->isVisible());
    QVERIFY(page.selectId(id));
    QVERIFY(page.deleteAction()->isEnabled());

    // The Delete key in the table asks; Cancel keeps it.
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Delete);
    QMessageBox *prompt = page.deletePrompt();
    QVERIFY(prompt);
    QCOMPARE(prompt->text(), u"Delete “Delete me”?"_s);
    QVERIFY(prompt->informativeText().contains(u"activities"_s));
    QCOMPARE(prompt->defaultButton(), prompt->button(QMessageBox::Cancel));
    prompt->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page.deletePrompt());
    QVERIFY(erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(id)))->isSuccess());

    QSignalSpy messages(&page, &Page::statusMessage);
    QSignalSpy deleted(&page, &ListPage::recordDeleted);
    page.deleteAction()->trigger();
    prompt = page.deletePrompt();
    QVERIFY(prompt);
    prompt->findChild<QPushButton *>(u"confirmDelete"_s)->click();
    QVERIFY(deleted.wait(15000));
    QCOMPARE(page.model()->rowOfId(id), -1);
    QCOMPARE(messages.last().first().toString(), u"“Delete me” deleted."_s);
    auto gone = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(id)));
    QCOMPARE(gone->error().httpStatus(), 404);
    QUrlQuery audit;
    audit.addQueryItem(u"entity"_s, u"lead"_s);
    audit.addQueryItem(u"entity_id"_s, QString::number(id));
    auto entries = erp::test::waitFor(m_admin.api->get(u"/audit-log"_s, audit));
    QVERIFY2(entries->isSuccess(), qPrintable(entries->error().debugString()));
    QStringList actions;
    for (const auto &e : entries->json().value(u"items"_s).toArray())
        actions << e.toObject().value(u"action"_s).toString();
    QVERIFY2(actions.contains(u"delete"_s), qPrintable(actions.join(u", "_s)));
}

// An account that contacts still belong to is not deleted, and the message
// says which records are in the way, in words.
void TestCrmForms::deleteRefusalNamesWhatStillRefers()
{
    const qint64 account = create(u"/accounts"_s, {{u"name"_s, u"Aaa Busy Account"_s}});
    QVERIFY(create(u"/contacts"_s, {{u"name"_s, u"Busy 1"_s}, {u"account_id"_s, account}}) > 0);
    QVERIFY(create(u"/contacts"_s, {{u"name"_s, u"Busy 2"_s}, {u"account_id"_s, account}}) > 0);
    AccountsPage page(m_admin.api.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    QVERIFY(waitLoaded(&page));
    QVERIFY(page.selectId(account));
    page.deleteCurrent();
    QVERIFY(page.deletePrompt());
    page.deletePrompt()->findChild<QPushButton *>(u"confirmDelete"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.deleteError(), 15000);
    QCOMPARE(page.deleteError()->text(), u"“Aaa Busy Account” was not deleted."_s);
    QVERIFY2(page.deleteError()->informativeText().contains(u"2 contacts"_s),
             qPrintable(page.deleteError()->informativeText()));
    QVERIFY(page.model()->rowOfId(account) >= 0);
    QVERIFY(erp::test::waitFor(m_admin.api->get(u"/accounts/%1"_s.arg(account)))->isSuccess());
    page.deleteError()->accept();
}

// The account form: a structured address (saved and read back field by
// field), and for a saved account its contacts, converted leads and
// activities; double-click opens a contact in its own form.
void TestCrmForms::accountFormShowsItsAddressContactsLeadsAndActivities()
{
    const qint64 account = create(u"/accounts"_s, {{u"name"_s, u"Related GmbH"_s}});
    const qint64 contact = create(u"/contacts"_s, {{u"name"_s, u"Rita Related"_s}, {u"account_id"_s, account}});
    QVERIFY(create(u"/activities"_s, {{u"kind"_s, u"call"_s}, {u"subject"_s, u"Call Related"_s},
                                      {u"due_at"_s, u"2031-01-10T09:00:00Z"_s}, {u"account_id"_s, account}})
            > 0);
    const qint64 lead = create(u"/leads"_s, {{u"title"_s, u"Converted to Related"_s}, {u"currency"_s, u"EUR"_s}});
    QVERIFY(erp::test::waitFor(m_admin.api->post(u"/leads/%1/convert"_s.arg(lead), {{u"account_id"_s, account},
                                                                                  {u"contact_id"_s, contact}}))
                ->isSuccess());

    AccountsPage page(m_admin.api.get());
    page.show();
    AccountForm *form = page.editAccount(account);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QVERIFY(form->relatedTabs()->isVisibleTo(form));
    QTRY_COMPARE_WITH_TIMEOUT(form->contactsList()->model()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(form->leadsList()->model()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(form->activitiesPanel()->activities().size(), 1, 15000);
    QCOMPARE(form->contactsList()->model()->itemAt(0).value(u"name"_s).toString(), u"Rita Related"_s);
    QCOMPARE(form->leadsList()->model()->itemAt(0).value(u"title"_s).toString(), u"Converted to Related"_s);
    QCOMPARE(form->activitiesPanel()->activities().at(0).value(u"subject"_s).toString(), u"Call Related"_s);
    QCOMPARE(form->relatedTabs()->tabText(0), u"Contacts (1)"_s);

    // The address, part by part.
    form->findChild<QPlainTextEdit *>(u"streetEdit"_s)->setPlainText(u"Am Sandtorkai 12"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"postcodeEdit"_s), u"20457"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"cityEdit"_s), u"Hamburg"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"countryEdit"_s), u"Germany"_s);
    QVERIFY(form->isDirty());

    // Double-click on the contact opens it.
    QTableView *contacts = form->contactsList()->view();
    form->relatedTabs()->setCurrentIndex(0);
    // (what a double-click or Enter on the row emits)
    emit contacts->activated(contacts->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(form->openedRelatedForm() && form->openedRelatedForm()->recordId() == contact, 15000);
    form->openedRelatedForm()->done(QDialog::Rejected);

    QSignalSpy saved(form, &RecordForm::saved);
    form->save();
    QVERIFY(saved.wait(15000));
    auto stored = erp::test::waitFor(m_admin.api->get(u"/accounts/%1"_s.arg(account)));
    QCOMPARE(stored->json().value(u"street"_s).toString(), u"Am Sandtorkai 12"_s);
    QCOMPARE(stored->json().value(u"postcode"_s).toString(), u"20457"_s);
    QCOMPARE(stored->json().value(u"city"_s).toString(), u"Hamburg"_s);
    QVERIFY(stored->json().value(u"region"_s).isNull());
    QCOMPARE(stored->json().value(u"country"_s).toString(), u"Germany"_s);
}

// The lead form lists the lead's activities and its history in words.
void TestCrmForms::leadFormShowsItsActivitiesAndHistory()
{
    const qint64 lead = create(u"/leads"_s, {{u"title"_s, u"With history"_s}, {u"currency"_s, u"EUR"_s}});
    QVERIFY(create(u"/activities"_s, {{u"kind"_s, u"meeting"_s}, {u"subject"_s, u"Kick-off"_s},
                                      {u"due_at"_s, u"2031-02-01T09:00:00Z"_s}, {u"lead_id"_s, lead}})
            > 0);
    auto current = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(lead)));
    QVERIFY(erp::test::waitFor(m_admin.api->patch(u"/leads/%1"_s.arg(lead), {{u"title"_s, u"With more history"_s}},
                                                  current->etag()))
                ->isSuccess());
    LeadsPage page(m_admin.api.get());
    page.show();
    LeadForm *form = page.editLead(lead);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QVERIFY(form->relatedTabs()->isVisibleTo(form));
    QTRY_COMPARE_WITH_TIMEOUT(form->activitiesPanel()->activities().size(), 1, 15000);
    QVERIFY(form->historyList());
    QTRY_COMPARE_WITH_TIMEOUT(form->historyList()->model()->rowCount(), 2, 15000);
    // Newest first: the title change, then the creation.
    const QAbstractItemModel *history = form->historyList()->model();
    const int what = form->historyList()->model()->columnForKey(u"action"_s);
    QCOMPARE(history->index(0, what).data().toString(), u"Title: With history → With more history"_s);
    QCOMPARE(history->index(1, what).data().toString(), u"Created"_s);
    form->done(QDialog::Rejected);

    // A sales rep (no audit.view) sees the activities, without a history tab.
    LeadForm repForm(m_rep.api.get());
    QVERIFY(!repForm.historyList());
}

void TestCrmForms::pagesAndFormsFitWithoutClippedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "de"})
        for (const QSize &size : {QSize(1100, 700), QSize(900, 600)})
            QTest::addRow("%s %dx%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << size;
}

// Text wider than the box that shows it: a label (not word-wrapped), a
// button, or the current text of a combo box. Tool bars (they fold into an
// extension menu), line edits (they scroll) and cells of item views are left out.
static QStringList clippedTexts(QWidget *top)
{
    QStringList out;
    const auto plain = [](QString text) {
        text.remove(QRegularExpression(u"&(?!&)"_s));
        return text;
    };
    const auto widest = [](const QFontMetrics &fm, const QString &text) {
        int w = 0;
        for (const QString &line : text.split(u'\n'))
            w = qMax(w, fm.horizontalAdvance(line));
        return w;
    };
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisibleTo(top) || w->width() <= 0)
            continue;
        bool inside = false;
        for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
            if (qobject_cast<QToolBar *>(p) || qobject_cast<QAbstractItemView *>(p))
                inside = true;
        if (inside)
            continue;
        QString text;
        int needed = 0;
        int available = 0;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
                continue;
            text = plain(label->text());
            needed = widest(label->fontMetrics(), text);
            available = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent() * (label->indent() > 0);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            option.frame = combo->hasFrame();
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            text = combo->currentText();
            needed = combo->fontMetrics().horizontalAdvance(text);
            available = field.width();
        } else if (auto *button = qobject_cast<QPushButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            text = plain(button->text());
            needed = button->sizeHint().width();
            available = button->width();
        } else {
            continue;
        }
        if (needed > available + 1)
            out << u"%1 “%2” needs %3 px, has %4"_s.arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName(), text).arg(needed).arg(available);
    }
    return out;
}

// The CRM pages in the main window and the CRM forms at 1100x700 and
// 900x600, in English and German: no text cut off, forms no larger than the
// screen; each screenshot is written for a person to look at.
void TestCrmForms::pagesAndFormsFitWithoutClippedText()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(m_languages.apply(language));
    QDir dir(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(u"."_s));
    const QString suffix = u"-%1-%2x%3"_s.arg(language).arg(size.width()).arg(size.height());
    const auto shoot = [&](QWidget *w, const QString &name) {
        QApplication::processEvents();
        const QString path = dir.filePath(u"crmforms-"_s + name + suffix + u".png"_s);
        QVERIFY(w->grab().save(path));
        const QStringList problems = clippedTexts(w);
        QVERIFY2(problems.isEmpty(), qPrintable(name + suffix + u": "_s + problems.join(u"; "_s)));
    };

    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &id : {u"leads"_s, u"accounts"_s, u"contacts"_s, u"activities"_s}) {
        QVERIFY(window.showPage(id));
        auto *list = qobject_cast<ListPage *>(window.currentPage());
        QVERIFY(list);
        QVERIFY(waitLoaded(list));
        if (auto *leads = qobject_cast<LeadsPage *>(list))
            QTRY_VERIFY_WITH_TIMEOUT(leads->ownerFilter()->count() > 1 && leads->stageFilter()->count() > 1, 15000);
        shoot(&window, id);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(window.showPage(u"pipeline"_s));
    auto *board = qobject_cast<PipelineBoardPage *>(window.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && !board->columns().isEmpty(), 15000);
    shoot(&window, u"pipeline"_s);
    if (QTest::currentTestFailed())
        return;

    // Forms: opened from the window, at most the screen's size.
    const auto fit = [&](RecordForm *form, const QString &name) {
        QVERIFY2(form->minimumSizeHint().width() <= size.width() && form->minimumSizeHint().height() <= size.height(),
                 qPrintable(name + u" needs "_s + QString::number(form->minimumSizeHint().width()) + u"x"_s
                            + QString::number(form->minimumSizeHint().height())));
        form->resize(form->size().boundedTo(size));
        shoot(form, name);
    };
    auto *leads = qobject_cast<LeadsPage *>(window.page(u"leads"_s));
    const qint64 leadId = create(u"/leads"_s, {{u"title"_s, u"Fit lead"_s}, {u"currency"_s, u"EUR"_s},
                                               {u"company"_s, u"Nordwind Logistik GmbH"_s}});
    LeadForm *lead = leads->editLead(leadId);
    QSignalSpy leadLoaded(lead, &RecordForm::loaded);
    QVERIFY(leadLoaded.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(lead->lookups()->stagesLoaded() && lead->lookups()->ownersLoaded(), 15000);
    fit(lead, u"lead-form"_s);
    lead->done(QDialog::Rejected);
    if (QTest::currentTestFailed())
        return;
    auto *accounts = qobject_cast<AccountsPage *>(window.page(u"accounts"_s));
    const qint64 accountId = create(u"/accounts"_s, {{u"name"_s, u"Fit account"_s}, {u"city"_s, u"Hamburg"_s}});
    AccountForm *account = accounts->editAccount(accountId);
    QSignalSpy accountLoaded(account, &RecordForm::loaded);
    QVERIFY(accountLoaded.wait(15000));
    fit(account, u"account-form"_s);
    account->done(QDialog::Rejected);
    if (QTest::currentTestFailed())
        return;
    auto *contacts = qobject_cast<ContactsPage *>(window.page(u"contacts"_s));
    ContactForm *contact = contacts->newContact();
    fit(contact, u"contact-form"_s);
    contact->done(QDialog::Rejected);
}

void TestCrmForms::cleanupTestCase()
{
    m_languages.apply(u"en"_s);
}

QTEST_MAIN(TestCrmForms)
#include "tst_crmforms.moc"
