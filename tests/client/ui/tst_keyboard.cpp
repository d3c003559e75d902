// Keyboard use of the main window against the real server: Tab leaves a list
// table for the next control (the arrow keys move inside it), tool-bar
// actions are reached and pressed with the keyboard alone, each page keeps
// the same shortcut whichever role signs in, and Help > Keyboard Shortcuts
// lists exactly the shortcuts the window's actions have.
#include "client/core/PagedListModel.h"
#include "client/ui/KeyboardNavigation.h"
#include "client/ui/KeyboardShortcutsDialog.h"
#include "client/ui/ListPage.h"
#include "client/ui/MainWindow.h"
#include "client/ui/RecordForm.h"
#include "client/ui/RecordListPage.h"
#include "client/ui/admin/UserForm.h"
#include "client/ui/admin/UsersPage.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAction>
#include <QJsonArray>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabLeavesEveryListTable();
    void toolBarActionsWorkFromTheKeyboard();
    void textBoxesPassTabOn();
    void samePageSameShortcutForEveryRole_data();
    void samePageSameShortcutForEveryRole();
    void shortcutsDialogListsTheWindowsShortcuts();

private:
    std::unique_ptr<MainWindow> openWindow(erp::test::SignedInClient &client);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
};

void TestKeyboard::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_keyboard"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"buyer@acme.test"_s, {u"purchaser"_s});
    m_server->createUser(m_acme, u"clerk@acme.test"_s, {u"warehouse_clerk"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto stages = erp::test::waitFor(m_admin.api->get(u"/pipeline-stages"_s));
    const QJsonArray stageList = stages->json().value(u"items"_s).toArray();
    QVERIFY(!stageList.isEmpty());
    for (const char *title : {"Office chairs", "Standing desks", "Acoustic panels"}) {
        auto lead = erp::test::waitFor(m_admin.api->create(
            u"/leads"_s, {{u"title"_s, QString::fromLatin1(title)},
                          {u"company"_s, u"Nordwind GmbH"_s},
                          {u"contact_name"_s, u"Jana Rademacher"_s},
                          {u"estimated_value"_s, u"1200.00"_s},
                          {u"currency"_s, u"EUR"_s},
                          {u"stage_id"_s, stageList.first().toObject().value(u"id"_s)}}));
        QVERIFY2(lead->isSuccess(), qPrintable(lead->error().debugString()));
    }
}

std::unique_ptr<MainWindow> TestKeyboard::openWindow(erp::test::SignedInClient &client)
{
    auto window = std::make_unique<MainWindow>(client.api.get(), client.settings.get());
    window->resize(1100, 700);
    window->rebuildPages();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

static bool isInside(QWidget *widget, QWidget *container)
{
    for (QWidget *w = widget; w; w = w->parentWidget())
        if (w == container)
            return true;
    return false;
}

void TestKeyboard::tabLeavesEveryListTable()
{
    auto window = openWindow(m_admin);
    QVERIFY(window);
    int withRows = 0;
    for (const QString &id : window->pageIds()) {
        auto *list = qobject_cast<ListPage *>(window->page(id));
        if (!list)
            continue;
        QVERIFY(window->showPage(id));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() != PagedListModel::State::Loading, 15000);
        QTableView *table = list->view();
        table->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        if (list->model()->rowCount() >= 2) {
            ++withRows;
            // Arrow keys move inside the table...
            table->setCurrentIndex(list->model()->index(0, 0));
            QTest::keyClick(table, Qt::Key_Down);
            QCOMPARE(table->currentIndex().row(), 1);
            QCOMPARE(QApplication::focusWidget(), table);
        }
        // ...Tab goes on to the next control, Shift+Tab comes back.
        QTest::keyClick(table, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY2(next && !isInside(next, table), qPrintable(id));
        QTest::keyClick(next, Qt::Key_Backtab);
        QVERIFY2(QApplication::focusWidget() == table, qPrintable(id));
        // From the search box Tab reaches the table (filters come between).
        if (!list->searchEdit()->isVisible())
            continue;
        list->searchEdit()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), list->searchEdit());
        bool reached = false;
        QStringList visited;
        for (int i = 0; i < 12 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            visited << (now ? QString::fromLatin1(now->metaObject()->className()) + u' ' + now->objectName() : u"none"_s);
            reached = now == table;
        }
        QVERIFY2(reached, qPrintable(id + u": the table is not reached with Tab from the search box: "_s
                                     + visited.join(u", "_s)));
    }
    QVERIFY2(withRows >= 3, "too few lists with rows to check the arrow keys");
}

void TestKeyboard::toolBarActionsWorkFromTheKeyboard()
{
    auto window = openWindow(m_admin);
    QVERIFY(window);
    QVERIFY(window->showPage(u"users"_s));
    auto *users = qobject_cast<UsersPage *>(window->page(u"users"_s));
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() >= 2, 15000);
    users->view()->setFocus(Qt::OtherFocusReason);
    users->view()->setCurrentIndex(users->model()->index(1, 0));
    // Shift+Tab from the table walks back through the search box to the
    // tool bar's buttons; Space on "Edit…" opens the selected user.
    QWidget *editButton = users->toolBar()->widgetForAction(users->findChild<QAction *>(u"editAction"_s));
    QVERIFY(editButton);
    bool reached = false;
    for (int i = 0; i < 15 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        reached = QApplication::focusWidget() == editButton;
    }
    QVERIFY2(reached, "the Edit tool-bar button is not reached with Shift+Tab");
    QTest::keyClick(editButton, Qt::Key_Space);
    QTRY_VERIFY(users->openForm() && users->openForm()->isVisible());
    users->openForm()->reject();
    QTRY_VERIFY(!users->openForm());
}

void TestKeyboard::textBoxesPassTabOn()
{
    // Multi-line fields hand Tab on rather than typing a tab character.
    QWidget form;
    auto *notes = new QPlainTextEdit(&form);
    auto *after = new QLineEdit(&form);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(notes);
    layout->addWidget(after);
    KeyboardNavigation::install(); // as ListPage, RecordForm and MainWindow do
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), after);
    QVERIFY(notes->toPlainText().isEmpty());
}

void TestKeyboard::samePageSameShortcutForEveryRole_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("sales rep") << u"rep@acme.test"_s;
    QTest::newRow("buyer") << u"buyer@acme.test"_s;
    QTest::newRow("warehouse clerk") << u"clerk@acme.test"_s;
}

void TestKeyboard::samePageSameShortcutForEveryRole()
{
    QFETCH(QString, email);
    auto adminWindow = openWindow(m_admin);
    QVERIFY(adminWindow);
    // Every page of the admin's window has a shortcut of its own.
    QSet<QString> seen;
    for (const QString &id : adminWindow->pageIds()) {
        QAction *go = adminWindow->goAction(id);
        QVERIFY2(go && !go->shortcut().isEmpty(), qPrintable(id));
        const QString key = go->shortcut().toString(QKeySequence::PortableText);
        QVERIFY2(!seen.contains(key), qPrintable(id + u" shares "_s + key));
        seen.insert(key);
    }

    erp::test::SignedInClient user;
    QVERIFY(user.signIn(*m_server, m_acme.slug, email, TestServer::userPassword()));
    auto window = openWindow(user);
    QVERIFY(window);
    const QStringList ids = window->pageIds();
    QVERIFY(!ids.isEmpty());
    QVERIFY2(ids.size() < adminWindow->pageIds().size(), "the role should see fewer pages than the admin");
    for (const QString &id : ids) {
        QAction *go = window->goAction(id);
        QVERIFY(go);
        QCOMPARE(go->shortcut(), adminWindow->goAction(id)->shortcut());
    }
    // And the keys really lead there, in the user's window, from another page.
    for (const QString &id : ids) {
        const QString other = ids.first() == id ? ids.last() : ids.first();
        QVERIFY(window->showPage(other));
        QTest::keySequence(window.get(), adminWindow->goAction(id)->shortcut());
        QVERIFY2(window->currentPageId() == id,
                 qPrintable(id + u": "_s + adminWindow->goAction(id)->shortcut().toString() + u" went to "_s
                            + window->currentPageId()));
    }
}

void TestKeyboard::shortcutsDialogListsTheWindowsShortcuts()
{
    auto window = openWindow(m_admin);
    QVERIFY(window);
    QVERIFY(window->showPage(u"activities"_s));
    // What the window really has: every action with a shortcut, found on it.
    QSet<QString> expected;
    for (QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.isEmpty())
                continue;
            QString text = action->text();
            text.remove(u'&');
            if (text.endsWith(QChar(0x2026)))
                text.chop(1);
            expected.insert(text.trimmed() + u" = "_s + key.toString(QKeySequence::PortableText));
        }
    }
    QVERIFY(expected.contains(u"Users = Ctrl+G, U"_s));
    QVERIFY(expected.contains(u"New = Ctrl+N"_s));

    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *dialog = erp::test::findChildDialog<KeyboardShortcutsDialog>(window.get());
    QVERIFY(dialog);
    QSet<QString> listed;
    QTreeWidget *list = dialog->list();
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(g)->child(i);
            // Shown in the platform's words; compared in portable ones.
            const QKeySequence key = QKeySequence::fromString(item->text(1), QKeySequence::NativeText);
            listed.insert(item->text(0) + u" = "_s + key.toString(QKeySequence::PortableText));
        }
    QCOMPARE(listed, expected);

    // The filter narrows the list down.
    auto *filter = dialog->findChild<QLineEdit *>(u"shortcutFilter"_s);
    QTest::keyClicks(filter, u"Users"_s);
    int visible = 0;
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
            visible += list->topLevelItem(g)->isHidden() || list->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    QVERIFY(visible >= 1 && visible < listed.size());
    dialog->reject();
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
