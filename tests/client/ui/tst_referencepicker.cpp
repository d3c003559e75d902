// The reusable ReferencePicker against the real server: with more accounts
// than any preloaded list held (the old combos loaded the first 500 by
// name), one far down the alphabet is found by typing and picked with the
// keyboard alone; emptying the field clears the reference; an initial value
// shows its name; typing without picking gives the chosen name back. Then
// the same in the contact form, saved to the server.
#include "client/ui/LanguageManager.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/crm/ContactForm.h"
#include "client/ui/crm/CrmLookups.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestReferencePicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void picksARecordBeyondTheFirst500ByKeyboard();
    void emptyingTheFieldClearsTheReference();
    void initialValueIsShownAndKeptWhenTypingIsAbandoned();
    void downListsTheFirstRecordsByName();
    void contactFormSavesTheAccountPickedByKeyboard();

private:
    // Types into the picker and waits for the server's matches to be listed.
    bool search(ReferencePicker *picker, const QString &text);
    // Key presses go where the keyboard is: the completer's list while it is open.
    static void press(ReferencePicker *picker, Qt::Key key, Qt::KeyboardModifiers modifiers = {});
    qint64 accountId(const QString &name);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    LanguageManager m_languages;
    QWidget m_window;
    ReferencePicker *m_picker = nullptr;
};

void TestReferencePicker::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_referencepicker"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    // 600 accounts "Account 0001" ... "Account 0600": more than the 500 the
    // old lookups loaded, sorted by name so that "Account 0577" is past them.
    using erp::server::Database;
    erp::server::Transaction::runWithRetry(Database::connection(), [&](erp::server::Transaction &tx) {
        tx.setTenant(m_acme.id, m_acme.adminUserId);
        Database::exec(u"INSERT INTO accounts (tenant_id, name, owner_id, created_by) "
                       "SELECT ?, 'Account ' || lpad(g::text, 4, '0'), ?, ? FROM generate_series(1, 600) g"_s,
                       {m_acme.id, m_acme.adminUserId, m_acme.adminUserId});
        tx.commit();
    });
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));

    auto *layout = new QVBoxLayout(&m_window);
    auto *label = new QLabel(u"&Account:"_s, &m_window);
    m_picker = new ReferencePicker(&m_window);
    m_picker->setSource(m_admin.api.get(), u"/accounts"_s);
    label->setBuddy(m_picker);
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addWidget(new QLineEdit(&m_window)); // somewhere to move the focus to
    m_window.resize(400, 120);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowActive(&m_window));
}

bool TestReferencePicker::search(ReferencePicker *picker, const QString &text)
{
    picker->setFocus();
    if (!QTest::qWaitFor([picker] { return picker->hasFocus(); }, 5000))
        return false;
    QSignalSpy shown(picker, &ReferencePicker::resultsShown);
    QTest::keyClicks(picker, text);
    return shown.wait(15000) || shown.count() > 0;
}

void TestReferencePicker::press(ReferencePicker *picker, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *popup = picker->completer()->popup();
    QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(picker), key, modifiers);
}

qint64 TestReferencePicker::accountId(const QString &name)
{
    QUrlQuery q;
    q.addQueryItem(u"q"_s, name);
    const auto reply = erp::test::waitFor(m_admin.api->get(u"/accounts"_s, q));
    const QJsonArray items = reply->json().value(u"items"_s).toArray();
    return items.size() == 1 ? qint64(items.first().toObject().value(u"id"_s).toDouble()) : 0;
}

void TestReferencePicker::picksARecordBeyondTheFirst500ByKeyboard()
{
    const qint64 expected = accountId(u"Account 0577"_s);
    QVERIFY(expected > 0);
    QVERIFY(m_picker->id() == 0);
    QSignalSpy changed(m_picker, &ReferencePicker::idChanged);
    QVERIFY(search(m_picker, u"0577"_s));
    QCOMPARE(m_picker->resultCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_picker->completer()->popup()->isVisible(), 5000);
    press(m_picker, Qt::Key_Down);
    press(m_picker, Qt::Key_Return);
    QCOMPARE(m_picker->id(), expected);
    QCOMPARE(m_picker->text(), u"Account 0577"_s);
    QCOMPARE(m_picker->name(), u"Account 0577"_s);
    QVERIFY(!m_picker->completer()->popup()->isVisible());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), expected);
}

void TestReferencePicker::emptyingTheFieldClearsTheReference()
{
    m_picker->setFocus();
    if (m_picker->id() == 0)
        m_picker->setValue(accountId(u"Account 0001"_s), u"Account 0001"_s);
    QVERIFY(m_picker->id() > 0);
    QSignalSpy changed(m_picker, &ReferencePicker::idChanged);
    press(m_picker, Qt::Key_A, Qt::ControlModifier);
    press(m_picker, Qt::Key_Backspace);
    QCOMPARE(m_picker->text(), QString());
    QCOMPARE(m_picker->id(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), 0);
    // Leaving the empty field keeps it empty: nothing comes back.
    QTest::keyClick(m_picker, Qt::Key_Tab);
    QCOMPARE(m_picker->text(), QString());
    QCOMPARE(m_picker->id(), 0);
}

void TestReferencePicker::initialValueIsShownAndKeptWhenTypingIsAbandoned()
{
    const qint64 id = accountId(u"Account 0600"_s);
    QVERIFY(id > 0);
    m_picker->setValue(id, u"Account 0600"_s);
    QCOMPARE(m_picker->text(), u"Account 0600"_s);
    QCOMPARE(m_picker->id(), id);
    // Typing something else and leaving without picking gives the chosen
    // record back: what the field shows is what would be saved.
    QVERIFY(search(m_picker, u"x"_s)); // "Account 0600x" matches nothing
    QCOMPARE(m_picker->resultCount(), 0);
    QCOMPARE(m_picker->id(), id);
    QTest::keyClick(m_picker, Qt::Key_Tab);
    QCOMPARE(m_picker->text(), u"Account 0600"_s);
    QCOMPARE(m_picker->id(), id);
    // Escape does the same without leaving.
    m_picker->setFocus();
    QTest::keyClicks(m_picker, u"zz"_s);
    QTest::keyClick(m_picker, Qt::Key_Escape);
    QCOMPARE(m_picker->text(), u"Account 0600"_s);
}

void TestReferencePicker::downListsTheFirstRecordsByName()
{
    m_picker->clearValue();
    m_picker->setFocus();
    QSignalSpy shown(m_picker, &ReferencePicker::resultsShown);
    QTest::keyClick(m_picker, Qt::Key_Down);
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_picker->resultCount(), ReferencePicker::ResultLimit);
    QTRY_VERIFY_WITH_TIMEOUT(m_picker->completer()->popup()->isVisible(), 5000);
    QAbstractItemModel *model = m_picker->completer()->popup()->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"Account 0001"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"Account 0002"_s);
    press(m_picker, Qt::Key_Down);
    press(m_picker, Qt::Key_Down);
    press(m_picker, Qt::Key_Return);
    QCOMPARE(m_picker->text(), u"Account 0002"_s);
    QCOMPARE(m_picker->id(), accountId(u"Account 0002"_s));
}

void TestReferencePicker::contactFormSavesTheAccountPickedByKeyboard()
{
    ContactForm form(m_admin.api.get());
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QTRY_VERIFY_WITH_TIMEOUT(form.lookups()->ownersLoaded(), 15000);
    QTest::keyClicks(form.findChild<QLineEdit *>(u"nameEdit"_s), u"Ada Picker"_s);
    auto *account = form.findChild<ReferencePicker *>(u"accountEdit"_s);
    QVERIFY(account);
    QVERIFY(search(account, u"Account 0588"_s));
    QTRY_VERIFY_WITH_TIMEOUT(account->completer()->popup()->isVisible(), 5000);
    press(account, Qt::Key_Down);
    press(account, Qt::Key_Return);
    QCOMPARE(account->text(), u"Account 0588"_s);

    // A look at the form with the picker (build tree, screenshots/).
    const QString dir = QStringLiteral(ERP_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(form.grab().save(dir + u"/reference-picker-contact-form.png"_s));
    account->setFocus();
    QTest::keyClick(account, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(account, u"Account 05"_s); // replaces the selected text
    QTRY_VERIFY_WITH_TIMEOUT(account->completer()->popup()->isVisible(), 15000);
    QWidget *popup = account->completer()->popup();
    QPixmap shot(form.size().expandedTo(
        QSize(form.width(), account->mapTo(&form, QPoint(0, account->height())).y() + popup->height())));
    shot.fill(Qt::white);
    form.render(&shot);
    popup->render(&shot, account->mapTo(&form, QPoint(0, account->height())));
    QVERIFY(shot.save(dir + u"/reference-picker-open.png"_s));
    QTest::keyClick(popup, Qt::Key_Escape);
    QTest::keyClick(account, Qt::Key_Escape);
    QCOMPARE(account->text(), u"Account 0588"_s);

    // Enter on typed text that was not picked searches; it does not save
    // the form with the previous account behind a different text.
    QSignalSpy saved(&form, &RecordForm::saved);
    QSignalSpy shown(account, &ReferencePicker::resultsShown);
    QTest::keyClick(account, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(account, u"Account 0599"_s);
    QTest::keyClick(account, Qt::Key_Return);
    QVERIFY(shown.wait(15000));
    QCOMPARE(account->resultCount(), 1);
    QVERIFY(form.isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(!form.isBusy());
    QTest::keyClick(account->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(account, Qt::Key_Escape);
    QCOMPARE(account->text(), u"Account 0588"_s);

    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject contact = saved.first().first().toJsonObject();
    QCOMPARE(contact.value(u"account_name"_s).toString(), u"Account 0588"_s);
    QCOMPARE(qint64(contact.value(u"account_id"_s).toDouble()), accountId(u"Account 0588"_s));
}

QTEST_MAIN(TestReferencePicker)
#include "tst_referencepicker.moc"
