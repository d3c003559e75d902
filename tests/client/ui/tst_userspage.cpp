// Administration > Users driven with QTest against the real server: the
// list (paging model checked by QAbstractItemModelTester, server-side sort by
// header click, debounced search, filters, empty state), creating a user
// with a role through the form and signing in as them, validation before
// sending and the server's field errors next to the field, the 412 conflict
// dialog (overwrite and reload), the discard prompt, deactivation, and a
// session that expires while saving (the login dialog comes back, the form
// keeps its content and the save goes through after signing in).
#include "client/core/PagedListModel.h"
#include "client/core/RoleListModel.h"
#include "client/ui/ClientApplication.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/MainWindow.h"
#include "client/ui/admin/UserForm.h"
#include "client/ui/admin/UsersPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listPagesSortsAndPassesTheModelTester();
    void searchIsDebounced();
    void filtersAndEmptyState();
    void createUserWithRoleAndSignInAsThem();
    void checksFieldsBeforeSending();
    void serverFieldErrorIsShownNextToTheField();
    void conflictOverwriteSendsMyValues();
    void conflictReloadShowsTheirValues();
    void discardPromptGuardsUnsavedEdits();
    void deactivateAndReactivate();
    void unlockSignInLetsALockedOutUserBackIn();
    void lastAdministratorIsExplained();
    void sessionExpiryDuringSaveKeepsTheForm();

private:
    UserForm *openUser(const QString &email);
    qint64 userId(const QString &email);
    QJsonObject serverUser(qint64 id, QByteArray *etag = nullptr, ApiClient *api = nullptr);
    void clickHeader(int column);
    int rowOf(const QString &email);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<UsersPage> m_page;
};

void TestUsersPage::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_userspage"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    // Enough users for three pages of ten.
    for (int i = 0; i < 24; ++i)
        m_server->createUser(m_acme, u"user%1@acme.test"_s.arg(i, 2, 10, QLatin1Char('0')),
                             {i % 2 ? u"sales_rep"_s : u"purchaser"_s});
    m_server->createUser(m_acme, u"anna.searchable@acme.test"_s, {u"manager"_s});
    m_server->createUser(m_acme, u"conflict@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"dirty@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"toggle@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"lockedout@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"second.admin@acme.test"_s, {u"admin"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestUsersPage::init()
{
    m_page = std::make_unique<UsersPage>(m_admin.api.get());
    m_page->resize(1000, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestUsersPage::cleanup()
{
    m_page.reset();
}

int TestUsersPage::rowOf(const QString &email)
{
    PagedListModel *model = m_page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->itemAt(r).value(u"email"_s).toString() == email)
            return r;
    return -1;
}

qint64 TestUsersPage::userId(const QString &email)
{
    QUrlQuery q;
    q.addQueryItem(u"email"_s, email);
    auto reply = erp::test::waitFor(m_admin.api->get(u"/users"_s, q));
    const QJsonArray items = reply->json().value(u"items"_s).toArray();
    return items.isEmpty() ? 0 : qint64(items.first().toObject().value(u"id"_s).toDouble());
}

QJsonObject TestUsersPage::serverUser(qint64 id, QByteArray *etag, ApiClient *api)
{
    auto reply = erp::test::waitFor((api ? api : m_admin.api.get())->get(u"/users/%1"_s.arg(id)));
    if (etag)
        *etag = reply->etag();
    return reply->json();
}

UserForm *TestUsersPage::openUser(const QString &email)
{
    UserForm *form = m_page->editUser(userId(email));
    if (!form)
        return nullptr;
    QSignalSpy loaded(form, &RecordForm::loaded);
    if (!loaded.wait(15000))
        return nullptr;
    // The role checklist arrives separately.
    QDeadlineTimer deadline(15000);
    while (!form->roles()->isLoaded() && !deadline.hasExpired())
        QTest::qWait(10);
    return form->roles()->isLoaded() ? form : nullptr;
}

void TestUsersPage::clickHeader(int column)
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
}

void TestUsersPage::listPagesSortsAndPassesTheModelTester()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setPageSize(10);
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(m_page->model()->rowCount() >= 10);
    // Scrolling to the end loads the rest, page by page.
    for (int i = 0; i < 10 && m_page->model()->hasMore(); ++i) {
        m_page->view()->scrollToBottom();
        QSignalSpy page(m_page->model(), &PagedListModel::pageLoaded);
        if (m_page->model()->isLoading() || m_page->model()->canFetchMore({}))
            page.wait(15000);
    }
    QVERIFY(!m_page->model()->hasMore());
    QCOMPARE(m_page->model()->rowCount(), 31); // the 30 users created above and the admin

    // Sorted by name by default; a click on "Email" sorts by email on the
    // server, a second click reverses it.
    const int emailColumn = m_page->model()->columnForKey(u"email"_s);
    QSignalSpy reloaded(m_page->model(), &PagedListModel::reloaded);
    clickHeader(emailColumn);
    QCOMPARE(m_page->model()->sortExpression(), u"email"_s);
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(m_page->model()->itemAt(0).value(u"email"_s).toString(), m_acme.adminEmail);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), emailColumn);
    clickHeader(emailColumn);
    QCOMPARE(m_page->model()->sortExpression(), u"-email"_s);
    QVERIFY(reloaded.wait(15000));
    QCOMPARE(m_page->model()->itemAt(0).value(u"email"_s).toString(), u"user23@acme.test"_s);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // "Roles" cannot be sorted on the server: the click changes nothing.
    clickHeader(m_page->model()->columnForKey(u"role_names"_s));
    QCOMPARE(m_page->model()->sortExpression(), u"-email"_s);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), emailColumn);
}

void TestUsersPage::searchIsDebounced()
{
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QSignalSpy reloaded(m_page->model(), &PagedListModel::reloaded);
    QTest::keyClicks(m_page->searchEdit(), u"searchable"_s);
    // Typing does not send a request per key ...
    QCOMPARE(m_page->model()->searchText(), QString());
    // ... but once, shortly after the last key.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->searchText(), u"searchable"_s, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 15000);
    QTest::qWait(100);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->itemAt(0).value(u"email"_s).toString(), u"anna.searchable@acme.test"_s);
}

void TestUsersPage::filtersAndEmptyState()
{
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    // Role filter: managers only.
    QComboBox *role = m_page->roleFilter();
    QTRY_VERIFY_WITH_TIMEOUT(role->count() > 1, 15000);
    role->setCurrentIndex(role->findText(u"Manager"_s));
    QCOMPARE(m_page->model()->filters().value(u"role_id"_s).isEmpty(), false);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->state() == PagedListModel::State::Ready && m_page->model()->rowCount() == 1, 15000);
    QCOMPARE(m_page->model()->itemAt(0).value(u"email"_s).toString(), u"anna.searchable@acme.test"_s);
    // Roles by their display names, in the filter and in the list (issue 10).
    QStringList offered;
    for (int i = 1; i < role->count(); ++i)
        offered << role->itemText(i);
    QCOMPARE(offered, (QStringList {u"Administrator"_s, u"Manager"_s, u"Purchaser"_s, u"Sales representative"_s,
                                    u"Warehouse clerk"_s}));
    QCOMPARE(m_page->model()->index(0, m_page->model()->columnForKey(u"role_names"_s)).data().toString(),
             u"Manager"_s);
    // Status filter: inactive managers: nobody, and the page says so.
    QComboBox *status = m_page->statusFilter();
    status->setCurrentIndex(status->findData(u"false"_s));
    QCOMPARE(m_page->model()->filters().value(u"is_active"_s), u"false"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Empty, 15000);
    QVERIFY(m_page->isOverlayVisible());
    QCOMPARE(m_page->overlayText(), u"No users match the search or filters."_s);
    // Back to everyone: the overlay goes.
    role->setCurrentIndex(0);
    status->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(!m_page->isOverlayVisible());
}

void TestUsersPage::createUserWithRoleAndSignInAsThem()
{
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(m_page->canCreate());
    m_page->createRecord();
    UserForm *form = m_page->openForm();
    QVERIFY(form && form->isVisible());
    QCOMPARE(form->windowTitle(), u"New User[*]"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form->roles()->isLoaded(), 15000);

    const QString email = u"new.rep@acme.test"_s;
    const QString password = u"a sturdy passphrase for the rep"_s;
    QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), email);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"displayNameEdit"_s), u"New Rep"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"passwordEdit"_s), password);
    QVERIFY(form->isDirty());
    // Tick "sales_rep" in the role checklist with the keyboard.
    auto *roles = form->findChild<QListView *>(u"rolesView"_s);
    const int row = form->roles()->rowOfId([&] {
        for (int r = 0; r < form->roles()->rowCount(); ++r)
            if (form->roles()->index(r).data(RoleListModel::NameRole).toString() == u"sales_rep"_s)
                return form->roles()->index(r).data(RoleListModel::IdRole).toLongLong();
        return qint64(0);
    }());
    // The checklist reads like the rest of the client: display names.
    QCOMPARE(form->roles()->index(row).data(Qt::DisplayRole).toString(), u"Sales representative"_s);
    QVERIFY(row >= 0);
    roles->setFocus();
    roles->setCurrentIndex(form->roles()->index(row));
    QTest::keyClick(roles, Qt::Key_Space);
    QCOMPARE(form->roles()->checkedRoleNames(), QStringList {u"sales_rep"_s});

    QSignalSpy saved(form, &RecordForm::saved);
    QSignalSpy reloaded(m_page->model(), &PagedListModel::reloaded);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.first().at(1).toBool(), true);
    QTRY_VERIFY(!m_page->openForm());
    // The list reloads and selects the new user.
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 15000);
    QCOMPARE(m_page->currentItem().value(u"email"_s).toString(), email);
    QCOMPARE(m_page->currentItem().value(u"role_names"_s).toString(), u"sales_rep"_s);
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->rowOfId(m_page->currentId()), m_page->model()->columnForKey(u"role_names"_s))
                 .data()
                 .toString(),
             u"Sales representative"_s);

    // They can sign in, and see only what a sales rep may see.
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"s.ini"_s));
    TrustStore trust(dir.filePath(u"s.ini"_s));
    erp::test::trustTestCertificate(&trust, *m_server);
    ApiClient api(&trust);
    LoginDialog login(&api, &settings, {});
    QSignalSpy accepted(&login, &QDialog::accepted);
    login.show();
    login.findChild<QComboBox *>(u"serverCombo"_s)->setEditText(erp::test::serverUrl(*m_server).toString());
    QTest::keyClicks(login.findChild<QLineEdit *>(u"organisationEdit"_s), m_acme.slug);
    QTest::keyClicks(login.findChild<QLineEdit *>(u"emailEdit"_s), email);
    QTest::keyClicks(login.findChild<QLineEdit *>(u"passwordEdit"_s), password);
    QTest::mouseClick(login.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(accepted.wait(15000));
    MainWindow window(&api, &settings);
    window.rebuildPages();
    // A sales rep: the CRM, what is in stock, and their own sessions; no
    // purchasing, no administration.
    QCOMPARE(window.pageIds(), (QStringList {u"leads"_s, u"pipeline"_s, u"accounts"_s, u"contacts"_s,
                                             u"activities"_s, u"stock"_s, u"stock-moves"_s, u"products"_s,
                                             u"warehouses"_s, u"units"_s, u"sessions"_s}));
}

void TestUsersPage::checksFieldsBeforeSending()
{
    UserForm *form = m_page->newUser();
    QVERIFY(form);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), u"not an email"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"passwordEdit"_s), u"short"_s);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(!form->isBusy(), "nothing is sent while the form has errors");
    QCOMPARE(form->fieldErrorText(u"email"_s), u"Enter a valid email address, for example name@example.com."_s);
    QCOMPARE(form->fieldErrorText(u"display_name"_s), u"Enter the user's name."_s);
    QVERIFY2(form->fieldErrorText(u"password"_s).contains(u"at least 8 characters"_s),
             qPrintable(form->fieldErrorText(u"password"_s)));
    QVERIFY(form->fieldErrorText(u"role_ids"_s).isEmpty());
    // The error labels sit right under their fields, and the first wrong field has the focus.
    QLabel *emailError = form->errorLabelFor(u"email"_s);
    auto *emailEdit = form->findChild<QLineEdit *>(u"emailEdit"_s);
    QCOMPARE(emailError->parentWidget(), emailEdit->parentWidget());
    QVERIFY(emailError->mapTo(form, QPoint()).y() > emailEdit->mapTo(form, QPoint()).y());
    QCOMPARE(form->focusWidget(), emailEdit);
    QCOMPARE(form->bannerText(), u"Please correct the marked fields."_s);
    // Fixing the email clears its error on the next attempt.
    emailEdit->clear();
    QTest::keyClicks(emailEdit, u"fine@acme.test"_s);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(form->fieldErrorText(u"email"_s).isEmpty());
    QVERIFY(!form->fieldErrorText(u"display_name"_s).isEmpty());
    form->done(QDialog::Rejected);
}

void TestUsersPage::serverFieldErrorIsShownNextToTheField()
{
    UserForm *form = m_page->newUser();
    QVERIFY(form);
    // Valid for the client; the server knows the email is taken.
    QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), u"user01@acme.test"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"displayNameEdit"_s), u"Duplicate"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"passwordEdit"_s), u"another sturdy passphrase"_s);
    QSignalSpy failed(form, &RecordForm::saveFailed);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(form->isBusy());
    QVERIFY(failed.wait(15000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 422);
    QVERIFY(!form->fieldErrorText(u"email"_s).isEmpty());
    QVERIFY(form->fieldErrorText(u"display_name"_s).isEmpty());
    QCOMPARE(form->focusWidget(), form->findChild<QLineEdit *>(u"emailEdit"_s));
    QVERIFY(form->isVisible());
    QCOMPARE(form->bannerText(), u"Please correct the marked fields."_s);
    form->done(QDialog::Rejected);
}

void TestUsersPage::conflictOverwriteSendsMyValues()
{
    UserForm *form = openUser(u"conflict@acme.test"_s);
    QVERIFY(form);
    const qint64 id = form->recordId();
    auto *name = form->findChild<QLineEdit *>(u"displayNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Mine"_s);

    // Meanwhile someone else renames the user.
    QByteArray etag;
    serverUser(id, &etag);
    auto theirs
        = erp::test::waitFor(m_admin.api->patch(u"/users/%1"_s.arg(id), {{u"display_name"_s, u"Theirs"_s}}, etag));
    QVERIFY(theirs->isSuccess());

    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->conflictDialog() && form->conflictDialog()->isVisible(), 15000);
    ConflictDialog *conflict = form->conflictDialog();
    // The dialog shows both values of the changed field.
    QTableWidget *table = conflict->table();
    bool found = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == u"Name"_s) {
            found = true;
            QCOMPARE(table->item(r, 1)->text(), u"Mine"_s);
            QCOMPARE(table->item(r, 2)->text(), u"Theirs"_s);
        }
    }
    QVERIFY(found);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(conflict->overwriteButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverUser(id).value(u"display_name"_s).toString(), u"Mine"_s);
}

void TestUsersPage::conflictReloadShowsTheirValues()
{
    UserForm *form = openUser(u"conflict@acme.test"_s);
    QVERIFY(form);
    const qint64 id = form->recordId();
    auto *name = form->findChild<QLineEdit *>(u"displayNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Mine again"_s);
    QByteArray etag;
    serverUser(id, &etag);
    auto theirs = erp::test::waitFor(
        m_admin.api->patch(u"/users/%1"_s.arg(id), {{u"display_name"_s, u"Theirs again"_s}}, etag));
    QVERIFY(theirs->isSuccess());

    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->conflictDialog() && form->conflictDialog()->isVisible(), 15000);
    QTest::mouseClick(form->conflictDialog()->reloadButton(), Qt::LeftButton);
    QTRY_VERIFY(!form->conflictDialog());
    QVERIFY(form->isVisible());
    QCOMPARE(name->text(), u"Theirs again"_s);
    QVERIFY(!form->isDirty());
    QCOMPARE(serverUser(id).value(u"display_name"_s).toString(), u"Theirs again"_s);
    // The form now holds the current version: saving works without a conflict.
    name->selectAll();
    QTest::keyClicks(name, u"Agreed"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverUser(id).value(u"display_name"_s).toString(), u"Agreed"_s);
}

void TestUsersPage::discardPromptGuardsUnsavedEdits()
{
    UserForm *form = openUser(u"dirty@acme.test"_s);
    QVERIFY(form);
    const qint64 id = form->recordId();
    // Untouched: Cancel closes at once.
    QVERIFY(!form->isDirty());
    auto *name = form->findChild<QLineEdit *>(u"displayNameEdit"_s);
    QTest::keyClicks(name, u" (edited)"_s);
    QVERIFY(form->isDirty());
    QVERIFY(form->isWindowModified());

    // Cancel asks; "Cancel" in the question keeps editing.
    QTest::mouseClick(form->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QMessageBox *prompt = form->discardPrompt();
    QVERIFY(prompt && prompt->isVisible());
    QVERIFY(prompt->button(QMessageBox::Save) && prompt->button(QMessageBox::Discard));
    QTest::mouseClick(prompt->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!form->discardPrompt());
    QVERIFY(form->isVisible());
    QCOMPARE(name->text(), u"dirty (edited)"_s);

    // Escape asks too; Discard closes without saving.
    QTest::keyClick(form, Qt::Key_Escape);
    prompt = form->discardPrompt();
    QVERIFY(prompt && prompt->isVisible());
    QPointer<UserForm> guard(form);
    QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(serverUser(id).value(u"display_name"_s).toString(), u"dirty"_s);

    // And "Save" in the question saves.
    form = openUser(u"dirty@acme.test"_s);
    QVERIFY(form);
    name = form->findChild<QLineEdit *>(u"displayNameEdit"_s);
    QTest::keyClicks(name, u" (kept)"_s);
    form->reject();
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->discardPrompt()->button(QMessageBox::Save), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverUser(id).value(u"display_name"_s).toString(), u"dirty (kept)"_s);
}

void TestUsersPage::deactivateAndReactivate()
{
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"toggle@acme.test"_s) >= 0 || !m_page->model()->hasMore(), 15000);
    m_page->searchEdit()->setText(u"toggle"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 1 && rowOf(u"toggle@acme.test"_s) == 0, 15000);
    m_page->view()->selectRow(0);
    QCOMPARE(m_page->activationAction()->text(), u"Deactivate"_s);
    m_page->activationAction()->trigger();
    auto *prompt = erp::test::findChildDialog<QMessageBox>(m_page.get(), u"deactivatePrompt"_s);
    QVERIFY(prompt);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *b : prompt->buttons())
        if (prompt->buttonRole(b) == QMessageBox::AcceptRole)
            confirm = b;
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    const qint64 id = userId(u"toggle@acme.test"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->itemAt(0).value(u"is_active"_s).toBool(), 15000);
    QCOMPARE(m_page->model()->index(0, m_page->model()->columnForKey(u"is_active"_s)).data().toString(), u"Inactive"_s);
    QCOMPARE(serverUser(id).value(u"is_active"_s).toBool(), false);
    QCOMPARE(m_page->activationAction()->text(), u"Reactivate"_s);
    // Reactivating needs no confirmation.
    m_page->activationAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->itemAt(0).value(u"is_active"_s).toBool(), 15000);
    QCOMPARE(serverUser(id).value(u"is_active"_s).toBool(), true);
}

void TestUsersPage::unlockSignInLetsALockedOutUserBackIn()
{
    const QString email = u"lockedout@acme.test"_s;
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_server->login(m_acme.slug, email, u"a wrong guess %1"_s.arg(i)).isEmpty());
    QVERIFY(m_server->login(m_acme.slug, email, TestServer::userPassword()).isEmpty());

    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    m_page->searchEdit()->setText(u"lockedout"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 1 && rowOf(email) == 0, 15000);
    m_page->view()->selectRow(0);
    QVERIFY(m_page->unlockAction()->isEnabled());
    QCOMPARE(m_page->unlockAction()->text(), u"Unlock Sign-in"_s);
    QSignalSpy message(m_page.get(), &ListPage::statusMessage);
    m_page->unlockAction()->trigger();
    QVERIFY(message.wait(15000));
    QCOMPARE(message.last().first().toString(), u"%1 can sign in again at once."_s.arg(email));
    QVERIFY(!m_server->login(m_acme.slug, email, TestServer::userPassword()).isEmpty());
}

void TestUsersPage::lastAdministratorIsExplained()
{
    // The organisation has two administrators: the second deactivates the
    // first, then tries to deactivate itself, the last one.
    erp::test::SignedInClient second;
    QVERIFY(second.signIn(*m_server, m_acme.slug, u"second.admin@acme.test"_s, TestServer::userPassword()));
    const qint64 adminId = m_acme.adminUserId;
    QByteArray etag;
    serverUser(adminId, &etag, second.api.get());
    auto demote = erp::test::waitFor(second.api->patch(u"/users/%1"_s.arg(adminId), {{u"is_active"_s, false}}, etag));
    QVERIFY2(demote->isSuccess(), qPrintable(demote->error().debugString()));

    UsersPage page(second.api.get());
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    page.searchEdit()->setText(u"second.admin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 1
                                 && page.model()->itemAt(0).value(u"email"_s) == u"second.admin@acme.test"_s,
                             15000);
    page.view()->selectRow(0);
    page.activationAction()->trigger();
    auto *prompt = erp::test::findChildDialog<QMessageBox>(&page, u"deactivatePrompt"_s);
    QVERIFY(prompt);
    for (QAbstractButton *b : prompt->buttons())
        if (prompt->buttonRole(b) == QMessageBox::AcceptRole)
            QTest::mouseClick(b, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(erp::test::findChildDialog<QMessageBox>(&page, u"activationError"_s), 15000);
    auto *error = erp::test::findChildDialog<QMessageBox>(&page, u"activationError"_s);
    QVERIFY2(error->text().contains(u"administrator"_s), qPrintable(error->text()));
    error->accept();

    // Put the first administrator back for the other tests.
    serverUser(adminId, &etag, second.api.get());
    auto restore = erp::test::waitFor(second.api->patch(u"/users/%1"_s.arg(adminId), {{u"is_active"_s, true}}, etag));
    QVERIFY(restore->isSuccess());
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestUsersPage::sessionExpiryDuringSaveKeepsTheForm()
{
    QTemporaryDir dir;
    ClientApplication::Options options;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.configFile = dir.filePath(u"none.ini"_s);
    options.useKeychain = false;
    ClientApplication app(options);
    erp::test::trustTestCertificate(app.trustStore(), *m_server);
    QSignalSpy shown(&app, &ClientApplication::mainWindowShown);
    app.start();
    LoginDialog *login = app.loginDialog();
    login->findChild<QComboBox *>(u"serverCombo"_s)->setEditText(erp::test::serverUrl(*m_server).toString());
    QTest::keyClicks(login->findChild<QLineEdit *>(u"organisationEdit"_s), m_acme.slug);
    QTest::keyClicks(login->findChild<QLineEdit *>(u"emailEdit"_s), u"second.admin@acme.test"_s);
    QTest::keyClicks(login->findChild<QLineEdit *>(u"passwordEdit"_s), TestServer::userPassword());
    login->signIn();
    QVERIFY(shown.wait(15000));

    MainWindow *window = app.mainWindow();
    QVERIFY(window->showPage(u"users"_s));
    auto *users = qobject_cast<UsersPage *>(window->page(u"users"_s));
    UserForm *form = users->editUser(userId(u"dirty@acme.test"_s));
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    auto *name = form->findChild<QLineEdit *>(u"displayNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Saved after signing in again"_s);

    // The session ends behind the client's back (revoked elsewhere): the
    // access token is refused and the refresh token with it.
    const QList<QByteArray> parts = app.api()->session()->accessToken().split('.');
    const qint64 sessionId
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding))
              .object()
              .value(u"sid"_s)
              .toVariant()
              .toLongLong();
    QVERIFY(sessionId > 0);
    auto revoked = erp::test::waitFor(m_admin.api->post(u"/sessions/%1/revoke"_s.arg(sessionId)));
    QVERIFY2(revoked->isSuccess(), qPrintable(revoked->error().debugString()));

    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    // The login dialog comes back over the window; the form waits with its content.
    QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog() && app.loginDialog()->isVisible(), 15000);
    LoginDialog *again = app.loginDialog();
    QCOMPARE(again->mode(), LoginDialog::Mode::Reauthenticate);
    QVERIFY(again->isModal());
    QCOMPARE(again->findChild<QLineEdit *>(u"emailEdit"_s)->text(), u"second.admin@acme.test"_s);
    QVERIFY(form->isVisible());
    QVERIFY(form->isBusy());
    QCOMPARE(name->text(), u"Saved after signing in again"_s);
    QCOMPARE(saved.count(), 0);

    QTest::keyClicks(again->findChild<QLineEdit *>(u"passwordEdit"_s), TestServer::userPassword());
    QTest::keyClick(again->findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    // Signed in again: the save goes through by itself.
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverUser(userId(u"dirty@acme.test"_s)).value(u"display_name"_s).toString(),
             u"Saved after signing in again"_s);
    QVERIFY(window->isVisible());
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
