// Administration > Roles driven with QTest against the real server: the list
// (model tester, type filter, empty state), creating a role from the
// permission checklist grouped by module, a custom role deciding what its
// user sees after signing in, renaming with the server's field error next to
// the field, the built-in admin role shown read-only, delete of an unused
// role and the 409 of a role in use explained, the 412 conflict dialog and
// the discard prompt.
#include "client/core/PagedListModel.h"
#include "client/core/PermissionCatalogModel.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/admin/RoleForm.h"
#include "client/ui/admin/RolesPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestRolesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listFilterAndEmptyState();
    void createRoleFromTheGroupedChecklist();
    void customRoleDecidesWhatItsUserSees();
    void duplicateNameIsShownNextToTheField();
    void builtInAdminRoleIsReadOnly();
    void builtInRoleShowsItsDisplayNameAndKeepsItsKey();
    void deleteUnusedRoleAndExplainRoleInUse();
    void conflictDialogOnStaleRole();
    void discardPromptAfterTogglingAPermission();

private:
    qint64 createRole(const QString &name, const QStringList &permissions);
    QJsonObject serverRole(qint64 id, QByteArray *etag = nullptr);
    RoleForm *openRole(qint64 id);
    bool selectRole(const QString &name);
    QModelIndex moduleIndex(PermissionCatalogModel *model, const QString &module);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<RolesPage> m_page;
    LanguageManager m_languages;
};

void TestRolesPage::initTestCase()
{
    // English as the product runs it: with the plural forms ("1 user", "2 users").
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_rolespage"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestRolesPage::init()
{
    m_page = std::make_unique<RolesPage>(m_admin.api.get());
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
}

void TestRolesPage::cleanup()
{
    m_page.reset();
}

qint64 TestRolesPage::createRole(const QString &name, const QStringList &permissions)
{
    auto reply = erp::test::waitFor(m_admin.api->create(
        u"/roles"_s, {{u"name"_s, name}, {u"permissions"_s, QJsonArray::fromStringList(permissions)}}));
    return reply->isSuccess() ? qint64(reply->json().value(u"id"_s).toDouble()) : 0;
}

QJsonObject TestRolesPage::serverRole(qint64 id, QByteArray *etag)
{
    auto reply = erp::test::waitFor(m_admin.api->get(u"/roles/%1"_s.arg(id)));
    if (etag)
        *etag = reply->etag();
    return reply->isSuccess() ? reply->json() : QJsonObject();
}

RoleForm *TestRolesPage::openRole(qint64 id)
{
    RoleForm *form = m_page->editRole(id);
    QSignalSpy loaded(form, &RecordForm::loaded);
    if (!loaded.wait(15000))
        return nullptr;
    QDeadlineTimer deadline(15000);
    while (!form->permissions()->isLoaded() && !deadline.hasExpired())
        QTest::qWait(10);
    return form->permissions()->isLoaded() ? form : nullptr;
}

bool TestRolesPage::selectRole(const QString &name)
{
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        if (m_page->model()->itemAt(r).value(u"name"_s).toString() == name)
            return m_page->selectId(m_page->model()->idAt(r));
    return false;
}

QModelIndex TestRolesPage::moduleIndex(PermissionCatalogModel *model, const QString &module)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(PermissionCatalogModel::NameRole).toString() == module)
            return index;
    }
    return {};
}

void TestRolesPage::listFilterAndEmptyState()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QCOMPARE(m_page->model()->rowCount(), 5); // the built-in roles
    QCOMPARE(m_page->model()->itemAt(0).value(u"name"_s).toString(), u"admin"_s); // sorted by name
    QCOMPARE(m_page->model()->index(0, m_page->model()->columnForKey(u"is_builtin"_s)).data().toString(),
             u"Built-in"_s);
    // Built-in roles by their display names (issue 10), never their keys.
    QStringList shown;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        shown << m_page->model()->index(r, m_page->model()->columnForKey(u"name"_s)).data().toString();
    QCOMPARE(shown, (QStringList {u"Administrator"_s, u"Manager"_s, u"Purchaser"_s, u"Sales representative"_s,
                                  u"Warehouse clerk"_s}));
    // No custom roles yet: the filter shows the empty state.
    m_page->typeFilter()->setCurrentIndex(m_page->typeFilter()->findData(u"false"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Empty, 15000);
    QCOMPARE(m_page->overlayText(), u"No roles match the search or filter."_s);
    // The admin role cannot be deleted, so the action is off for it.
    m_page->typeFilter()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(selectRole(u"admin"_s));
    QVERIFY(!m_page->deleteAction()->isEnabled());
    QVERIFY(selectRole(u"sales_rep"_s));
    QVERIFY(m_page->deleteAction()->isEnabled());
}

void TestRolesPage::createRoleFromTheGroupedChecklist()
{
    RoleForm *form = m_page->newRole();
    QVERIFY(form);
    QTRY_VERIFY_WITH_TIMEOUT(form->permissions()->isLoaded(), 15000);
    PermissionCatalogModel *catalog = form->permissions();
    QAbstractItemModelTester tester(catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Grouped by module: five modules, each with its permissions.
    QCOMPARE(catalog->rowCount(), 5);
    const QModelIndex purchasing = moduleIndex(catalog, u"purchasing"_s);
    QVERIFY(purchasing.isValid());
    QCOMPARE(catalog->rowCount(purchasing), 3);

    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u"Buyer's assistant"_s);
    // Space on the module ticks all its permissions ...
    auto *tree = form->findChild<QTreeView *>(u"permissionsView"_s);
    tree->setFocus();
    tree->setCurrentIndex(purchasing);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(catalog->checkedPermissions(),
             (QStringList {u"purchasing.approve"_s, u"purchasing.edit"_s, u"purchasing.view"_s}));
    // ... and Space on one permission unticks just that one.
    QModelIndex approve;
    for (int r = 0; r < catalog->rowCount(purchasing); ++r)
        if (catalog->index(r, 0, purchasing).data(PermissionCatalogModel::NameRole) == u"purchasing.approve"_s)
            approve = catalog->index(r, 0, purchasing);
    tree->setCurrentIndex(approve);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(purchasing.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);

    QSignalSpy saved(form, &RecordForm::saved);
    QSignalSpy reloaded(m_page->model(), &PagedListModel::reloaded);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject role = saved.first().first().toJsonObject();
    QCOMPARE(role.value(u"name"_s).toString(), u"Buyer's assistant"_s);
    QCOMPARE(role.value(u"permissions"_s).toArray(),
             QJsonArray::fromStringList({u"purchasing.edit"_s, u"purchasing.view"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 15000);
    QCOMPARE(m_page->currentItem().value(u"name"_s).toString(), u"Buyer's assistant"_s);
}

void TestRolesPage::customRoleDecidesWhatItsUserSees()
{
    const qint64 id = createRole(u"Auditor"_s, {u"audit.view"_s, u"users.view"_s});
    QVERIFY(id > 0);
    m_server->createUser(m_acme, u"auditor@acme.test"_s, {u"Auditor"_s});
    erp::test::SignedInClient auditor;
    QVERIFY(auditor.signIn(*m_server, m_acme.slug, u"auditor@acme.test"_s, TestServer::userPassword()));
    MainWindow window(auditor.api.get(), auditor.settings.get());
    window.rebuildPages();
    QCOMPARE(window.pageIds(), (QStringList {u"users"_s, u"audit"_s, u"sessions"_s}));
}

void TestRolesPage::duplicateNameIsShownNextToTheField()
{
    const qint64 id = createRole(u"Rename me"_s, {});
    QVERIFY(id > 0);
    RoleForm *form = openRole(id);
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Manager"_s); // the built-in "manager", differently cased
    QSignalSpy failed(form, &RecordForm::saveFailed);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QVERIFY(!form->fieldErrorText(u"name"_s).isEmpty());
    QCOMPARE(form->focusWidget(), name);
    // An empty name never leaves the client.
    name->clear();
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(!form->isBusy());
    QCOMPARE(form->fieldErrorText(u"name"_s), u"Give the role a name."_s);
    // A free name saves, and the list row follows.
    QTest::keyClicks(name, u"Renamed"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverRole(id).value(u"name"_s).toString(), u"Renamed"_s);
}

void TestRolesPage::builtInAdminRoleIsReadOnly()
{
    QVERIFY(selectRole(u"admin"_s));
    RoleForm *form = openRole(m_page->currentId());
    QVERIFY(form);
    QVERIFY(!form->saveButton()->isVisible());
    QVERIFY(form->findChild<QLineEdit *>(u"nameEdit"_s)->isReadOnly());
    QVERIFY(form->findChild<QLabel *>(u"builtinNote"_s)->isVisible());
    const QModelIndex admin = moduleIndex(form->permissions(), u"admin"_s);
    QVERIFY(!(form->permissions()->flags(admin) & Qt::ItemIsUserCheckable));
    QCOMPARE(admin.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    form->reject();
}

void TestRolesPage::builtInRoleShowsItsDisplayNameAndKeepsItsKey()
{
    QVERIFY(selectRole(u"purchaser"_s));
    const qint64 id = m_page->currentId();
    RoleForm *form = openRole(id);
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    QCOMPARE(name->text(), u"Purchaser"_s);
    QVERIFY(form->windowTitle().contains(u"Purchaser"_s));
    // Changing only its permissions leaves its stored name alone.
    PermissionCatalogModel *catalog = form->permissions();
    const QModelIndex crm = moduleIndex(catalog, u"crm"_s);
    QModelIndex crmView;
    for (int r = 0; r < catalog->rowCount(crm); ++r)
        if (catalog->index(r, 0, crm).data(PermissionCatalogModel::NameRole).toString() == u"crm.view"_s)
            crmView = catalog->index(r, 0, crm);
    QVERIFY(crmView.isValid());
    const bool had = crmView.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    QVERIFY(catalog->setData(crmView, had ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject stored = serverRole(id);
    QCOMPARE(stored.value(u"name"_s).toString(), u"purchaser"_s);
    QCOMPARE(stored.value(u"permissions"_s).toArray().contains(u"crm.view"_s), !had);
}

void TestRolesPage::deleteUnusedRoleAndExplainRoleInUse()
{
    const qint64 unused = createRole(u"Temporary"_s, {u"crm.view"_s});
    const qint64 used = createRole(u"In use"_s, {u"crm.view"_s});
    QVERIFY(unused > 0 && used > 0);
    m_server->createUser(m_acme, u"holder@acme.test"_s, {u"In use"_s});
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->state() == PagedListModel::State::Ready && m_page->model()->rowOfId(used) >= 0, 15000);

    auto confirmDelete = [this] {
        m_page->deleteAction()->trigger();
        QMessageBox *prompt = m_page->lastMessage();
        QVERIFY(prompt && prompt->isVisible());
        QCOMPARE(prompt->objectName(), u"deletePrompt"_s);
        for (QAbstractButton *b : prompt->buttons())
            if (prompt->buttonRole(b) == QMessageBox::DestructiveRole)
                QTest::mouseClick(b, Qt::LeftButton);
    };

    QVERIFY(m_page->selectId(unused));
    confirmDelete();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfId(unused) < 0, 15000);
    QVERIFY(serverRole(unused).isEmpty());

    QVERIFY(m_page->selectId(used));
    confirmDelete();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->lastMessage() && m_page->lastMessage()->objectName() == u"deleteError"_s, 15000);
    const QString text = m_page->lastMessage()->text();
    QVERIFY2(text.contains(u"cannot be deleted because 1 user still has it"_s), qPrintable(text));
    QVERIFY(text.contains(u"In use"_s));
    m_page->lastMessage()->accept();
    QVERIFY(!serverRole(used).isEmpty());
}

void TestRolesPage::conflictDialogOnStaleRole()
{
    const qint64 id = createRole(u"Contested"_s, {u"crm.view"_s});
    RoleForm *form = openRole(id);
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Contested (mine)"_s);
    QByteArray etag;
    serverRole(id, &etag);
    auto theirs = erp::test::waitFor(m_admin.api->patch(
        u"/roles/%1"_s.arg(id), {{u"permissions"_s, QJsonArray {u"crm.view"_s, u"crm.edit"_s}}}, etag));
    QVERIFY(theirs->isSuccess());

    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->conflictDialog() && form->conflictDialog()->isVisible(), 15000);
    // Both differences are listed: my name, their permissions.
    QTableWidget *table = form->conflictDialog()->table();
    QStringList differing;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1)->text() != table->item(r, 2)->text())
            differing << table->item(r, 0)->text();
    QCOMPARE(differing, (QStringList {u"Name"_s, u"Permissions"_s}));
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->conflictDialog()->overwriteButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject now = serverRole(id);
    QCOMPARE(now.value(u"name"_s).toString(), u"Contested (mine)"_s);
    QCOMPARE(now.value(u"permissions"_s).toArray(), QJsonArray {u"crm.view"_s});
}

void TestRolesPage::discardPromptAfterTogglingAPermission()
{
    const qint64 id = createRole(u"Careful"_s, {});
    RoleForm *form = openRole(id);
    QVERIFY(form);
    QVERIFY(!form->isDirty());
    auto *tree = form->findChild<QTreeView *>(u"permissionsView"_s);
    tree->setFocus();
    tree->setCurrentIndex(moduleIndex(form->permissions(), u"shipments"_s));
    QTest::keyClick(tree, Qt::Key_Space);
    QVERIFY(form->isDirty());
    QTest::keyClick(form, Qt::Key_Escape);
    QVERIFY(form->discardPrompt() && form->discardPrompt()->isVisible());
    QPointer<RoleForm> guard(form);
    QTest::mouseClick(form->discardPrompt()->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(serverRole(id).value(u"permissions"_s).toArray(), QJsonArray());
}

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
