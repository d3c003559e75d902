// What the user typed survives every way saving can fail: the lead form and
// the user form, typed into with QTest, saved against the real server through
// a TCP relay, and answered with 422 field errors, a 409 conflict, a 500 (the
// database refuses the audit entry every change writes) and a dropped
// connection (the relay cuts it after the request reached the server). After
// each, every field still holds what was typed, the form is still open and
// the problem is explained in words; for the dropped connection, Save then
// goes through once the network is back.
#include "client/core/ErrorText.h"
#include "client/core/RoleListModel.h"
#include "client/ui/admin/UserForm.h"
#include "client/ui/admin/UsersPage.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadsPage.h"
#include "tests/client/ui/UiTestSupport.h"
#include "tests/support/TcpRelay.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestFormKeepsEntries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void leadFormKeepsEntries_data();
    void leadFormKeepsEntries();
    void userFormKeepsEntries_data();
    void userFormKeepsEntries();

private:
    bool signIn();
    static QMap<QString, QString> entries(const QWidget *form);
    void breakAuditLog(bool broken);
    void saveAndExpectFailure(RecordForm *form, const QString &failure, int *status);
    qint64 apiCreate(const QString &path, const QJsonObject &body);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<erp::test::TcpRelay> m_relay;
    TestServer::Tenant m_acme;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<ApiClient> m_api;
    QString m_su = u"form_keeps_entries_su"_s;
};

void TestFormKeepsEntries::initTestCase()
{
    m_server = std::make_unique<TestServer>(u"ui_form_keeps_entries"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"taken@acme.test"_s, {u"sales_rep"_s});
    m_server->createUser(m_acme, u"editable@acme.test"_s, {u"sales_rep"_s});
    m_relay = std::make_unique<erp::test::TcpRelay>(m_server->port());
    QVERIFY(m_relay->listen());
    TestDatabase::superuserConnection(TestDatabase::databaseName(u"ui_form_keeps_entries"_s), m_su);
    QVERIFY(signIn());
}

void TestFormKeepsEntries::cleanupTestCase()
{
    breakAuditLog(false);
    QSqlDatabase::removeDatabase(m_su);
}

// Signs in through the relay, trusting the test certificate for its address.
bool TestFormKeepsEntries::signIn()
{
    const QString file = m_dir.filePath(u"settings.ini"_s);
    m_settings = std::make_unique<ClientSettings>(file);
    m_trust = std::make_unique<TrustStore>(file);
    const QUrl url(u"https://localhost:%1"_s.arg(m_relay->port()));
    m_trust->pinFingerprint(TrustStore::serverKey(url),
                            ServerCertificateInfo::fingerprintOf(erp::test::TestCertificate::instance().certificate()));
    m_api = std::make_unique<ApiClient>(m_trust.get());
    m_api->setServerUrl(url);
    auto reply = erp::test::waitFor(m_api->signIn(m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    return m_api->session()->isSignedIn();
}

qint64 TestFormKeepsEntries::apiCreate(const QString &path, const QJsonObject &body)
{
    auto reply = erp::test::waitFor(m_api->create(path, body));
    return reply->isSuccess() ? qint64(reply->json().value(u"id"_s).toDouble()) : 0;
}

// Every editable widget's content, by object name.
QMap<QString, QString> TestFormKeepsEntries::entries(const QWidget *form)
{
    QMap<QString, QString> out;
    for (const auto *w : form->findChildren<QLineEdit *>())
        if (!w->objectName().isEmpty() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            out.insert(w->objectName(), w->text());
    for (const auto *w : form->findChildren<QComboBox *>())
        out.insert(w->objectName(), w->currentText());
    for (const auto *w : form->findChildren<QAbstractSpinBox *>())
        out.insert(w->objectName(), w->text());
    for (const auto *w : form->findChildren<QCheckBox *>())
        out.insert(w->objectName(), w->isChecked() ? u"checked"_s : u"unchecked"_s);
    for (const auto *w : form->findChildren<QPlainTextEdit *>())
        out.insert(w->objectName(), w->toPlainText());
    out.remove(QString());
    return out;
}

// Every change writes an audit entry in its transaction; without the right
// to, the server answers 500 and keeps nothing.
void TestFormKeepsEntries::breakAuditLog(bool broken)
{
    QSqlQuery q(QSqlDatabase::database(m_su));
    const QString sql
        = broken ? u"REVOKE INSERT ON audit_log FROM erp_app"_s : u"GRANT INSERT ON audit_log TO erp_app"_s;
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

void TestFormKeepsEntries::saveAndExpectFailure(RecordForm *form, const QString &failure, int *status)
{
    if (failure == u"500")
        breakAuditLog(true);
    if (failure == u"dropped")
        m_relay->setDropping(true);
    QSignalSpy failed(form, &RecordForm::saveFailed);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    const bool gotIt = failed.wait(30000);
    breakAuditLog(false);
    m_relay->setDropping(false);
    QVERIFY2(gotIt, "saving neither failed nor finished");
    const ApiError error = failed.first().first().value<ApiError>();
    *status = error.isHttp() ? error.httpStatus() : 0;
    if (failure == u"dropped")
        QVERIFY2(m_relay->droppedConnections() > 0, "the relay cut nothing");
    QVERIFY(form->isVisible());
    QVERIFY(!form->isBusy());
}

void TestFormKeepsEntries::leadFormKeepsEntries_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("422 field errors") << u"422"_s;
    QTest::newRow("409 conflict") << u"409"_s;
    QTest::newRow("500 server error") << u"500"_s;
    QTest::newRow("dropped connection") << u"dropped"_s;
}

void TestFormKeepsEntries::leadFormKeepsEntries()
{
    QFETCH(QString, failure);
    LeadsPage page(m_api.get());
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    LeadForm *form = nullptr;
    if (failure == u"409") {
        // A converted lead can no longer be changed: the server says 409.
        const qint64 id = apiCreate(u"/leads"_s,
                                    {{u"title"_s, u"Converted lead"_s},
                                     {u"company"_s, u"Converted Co"_s},
                                     {u"contact_name"_s, u"Conny Verted"_s},
                                     {u"currency"_s, u"EUR"_s}});
        QVERIFY(id > 0);
        auto converted = erp::test::waitFor(m_api->post(u"/leads/%1/convert"_s.arg(id), QJsonObject()));
        QVERIFY2(converted->isSuccess(), qPrintable(converted->error().debugString()));
        form = page.editLead(id);
        QVERIFY(form);
        QSignalSpy loaded(form, &RecordForm::loaded);
        QVERIFY(loaded.wait(15000));
    } else {
        page.createRecord();
        form = page.openForm();
    }
    QVERIFY(form && form->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(form->lookups()->stagesLoaded() && form->lookups()->ownersLoaded(), 15000);

    auto *title = form->findChild<QLineEdit *>(u"titleEdit"_s);
    title->selectAll();
    // Longer than the server takes (200): its 422, not the form's own check.
    QTest::keyClicks(title,
                     failure == u"422" ? u"Forty office chairs "_s + QString(190, u'x') : u"Forty office chairs"_s);
    for (const auto &[name, text] :
         {std::pair {u"companyEdit"_s, u"Zebrafish Logistics"_s}, std::pair {u"contactNameEdit"_s, u"Mara Quill"_s},
          std::pair {u"emailEdit"_s, u"mara@zebrafish.test"_s}, std::pair {u"valueEdit"_s, u"12,480.50"_s}}) {
        auto *edit = form->findChild<QLineEdit *>(name);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    auto *currency = form->findChild<QComboBox *>(u"currencyCombo"_s);
    currency->setCurrentIndex(currency->findText(u"CHF"_s));
    form->findChild<QSpinBox *>(u"probabilitySpin"_s)->setValue(60);
    form->findChild<QCheckBox *>(u"closeDateCheck"_s)->setChecked(true);
    form->findChild<QDateEdit *>(u"closeDateEdit"_s)->setDate(QDate(2031, 3, 31));
    const QMap<QString, QString> typed = entries(form);
    QCOMPARE(typed.value(u"companyEdit"_s), u"Zebrafish Logistics"_s);
    QCOMPARE(typed.value(u"currencyCombo"_s), u"CHF"_s);

    int status = -1;
    saveAndExpectFailure(form, failure, &status);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(entries(form), typed);
    QVERIFY(form->isDirty());
    if (failure == u"422") {
        QCOMPARE(status, 422);
        QVERIFY(!form->fieldErrorText(u"title"_s).isEmpty());
        QCOMPARE(form->bannerText(), u"Please correct the marked fields."_s);
    } else if (failure == u"409") {
        QCOMPARE(status, 409);
        QCOMPARE(form->bannerText(), u"This lead has been converted and can no longer be changed."_s);
    } else if (failure == u"500") {
        QCOMPARE(status, 500);
        QVERIFY2(form->bannerText().startsWith(u"An unexpected error occurred on the server."_s),
                 qPrintable(form->bannerText()));
    } else {
        QCOMPARE(status, 0);
        // Said in words: a sentence, not a code.
        QVERIFY2(form->bannerText().size() > 20 && form->bannerText().contains(u' '), qPrintable(form->bannerText()));
        // The network is back: the same entries are saved, once.
        QSignalSpy saved(form, &RecordForm::saved);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(15000));
        const QJsonObject lead = saved.first().first().toJsonObject();
        QCOMPARE(lead.value(u"company"_s).toString(), u"Zebrafish Logistics"_s);
        QCOMPARE(lead.value(u"estimated_value"_s).toString(), u"12480.50"_s);
        QUrlQuery q;
        q.addQueryItem(u"q"_s, u"zebrafish"_s);
        auto list = erp::test::waitFor(m_api->get(u"/leads"_s, q));
        QCOMPARE(list->json().value(u"items"_s).toArray().size(), 1);
        return;
    }
    form->done(QDialog::Rejected);
}

void TestFormKeepsEntries::userFormKeepsEntries_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("422 field errors") << u"422"_s;
    QTest::newRow("409 conflict") << u"409"_s;
    QTest::newRow("500 server error") << u"500"_s;
    QTest::newRow("dropped connection") << u"dropped"_s;
}

void TestFormKeepsEntries::userFormKeepsEntries()
{
    QFETCH(QString, failure);
    UsersPage page(m_api.get());
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    UserForm *form = nullptr;
    if (failure == u"422") {
        // A new user whose email is taken: only the server knows.
        form = page.newUser();
        QVERIFY(form);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"emailEdit"_s), u"taken@acme.test"_s);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"passwordEdit"_s), u"another sturdy passphrase"_s);
    } else {
        // The only administrator deactivating itself is refused with 409;
        // another user's change fails for the 500 and the dropped connection.
        QUrlQuery q;
        q.addQueryItem(u"email"_s, failure == u"409" ? m_acme.adminEmail : u"editable@acme.test"_s);
        auto found = erp::test::waitFor(m_api->get(u"/users"_s, q));
        const qint64 id
            = qint64(found->json().value(u"items"_s).toArray().first().toObject().value(u"id"_s).toDouble());
        QVERIFY(id > 0);
        form = page.editUser(id);
        QVERIFY(form);
        QSignalSpy loaded(form, &RecordForm::loaded);
        QVERIFY(loaded.wait(15000));
        if (failure == u"409")
            form->findChild<QCheckBox *>(u"activeCheck"_s)->setChecked(false);
    }
    QTRY_VERIFY_WITH_TIMEOUT(form->roles()->isLoaded(), 15000);
    auto *name = form->findChild<QLineEdit *>(u"displayNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Typed Name %1"_s.arg(failure));
    const QMap<QString, QString> typed = entries(form);
    QCOMPARE(typed.value(u"displayNameEdit"_s), u"Typed Name %1"_s.arg(failure));

    int status = -1;
    saveAndExpectFailure(form, failure, &status);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(entries(form), typed);
    QVERIFY(form->isDirty());
    if (failure == u"422") {
        QCOMPARE(status, 422);
        QVERIFY(!form->fieldErrorText(u"email"_s).isEmpty());
        QCOMPARE(form->bannerText(), u"Please correct the marked fields."_s);
    } else if (failure == u"409") {
        QCOMPARE(status, 409);
        QVERIFY2(form->bannerText().startsWith(u"This is the last active administrator"_s),
                 qPrintable(form->bannerText()));
    } else if (failure == u"500") {
        QCOMPARE(status, 500);
        QVERIFY2(form->bannerText().startsWith(u"An unexpected error occurred on the server."_s),
                 qPrintable(form->bannerText()));
    } else {
        QCOMPARE(status, 0);
        QVERIFY2(form->bannerText().size() > 20 && form->bannerText().contains(u' '), qPrintable(form->bannerText()));
    }
    form->done(QDialog::Rejected);
}

QTEST_MAIN(TestFormKeepsEntries)
#include "tst_formkeepsentries.moc"
