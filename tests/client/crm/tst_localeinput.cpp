// Numbers and dates in the language the user chose, end to end against the
// real server: an amount typed in German in the lead form reaches the server
// as the amount meant (1250,50 -> "1250.50", not 125050), what would be
// misread is refused with the German form shown, the lead list and the
// pipeline board write amounts, counts and dates the German way, and
// switching the language rewrites what is on screen without a reload.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/admin/AuditLogPage.h"
#include "client/ui/admin/SessionsPage.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/LeadsPage.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/crm/PipelineColumn.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {
const QString NBSP = QString(QChar(0x00A0));
} // namespace

class TestLocaleInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chosenLanguageIsTheDefaultLocale();
    void germanAmountReachesTheServerAsTyped_data();
    void germanAmountReachesTheServerAsTyped();
    void misreadableAmountsAreRefusedInGerman_data();
    void misreadableAmountsAreRefusedInGerman();
    void lettersCannotBeTyped();
    void listShowsGermanAmountsCountsAndDates();
    void boardShowsGermanCountsAndTotals();
    void auditLogAndSessionsShowGermanDates();
    void switchingLanguageReformatsWhatIsShown();

private:
    LeadForm *newLeadForm();
    QModelIndex leadIndex(const QString &title, const QString &key);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    std::unique_ptr<LeadsPage> m_page;
    LanguageManager m_languages;
};

void TestLocaleInput::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_crm_locale"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    // 1,005 open leads of 1000.00 EUR each (one import), and one to look for.
    QByteArray csv = "title,currency,estimated_value,expected_close_date\n";
    for (int i = 0; i < 1005; ++i)
        csv += "Bulk lead " + QByteArray::number(i) + ",EUR,1000.00,2030-01-10\n";
    auto imported
        = erp::test::waitFor(m_admin.api->postData(u"/leads/import"_s, {}, csv, "text/csv; charset=utf-8", true));
    QVERIFY2(imported->isSuccess(), qPrintable(imported->error().debugString()));
    auto created = erp::test::waitFor(m_admin.api->create(u"/leads"_s,
                                                          {{u"title"_s, u"Yardstick lead"_s},
                                                           {u"currency"_s, u"EUR"_s},
                                                           {u"estimated_value"_s, u"12000.50"_s},
                                                           {u"probability"_s, 35},
                                                           {u"expected_close_date"_s, u"2030-03-15"_s}}));
    QVERIFY2(created->isSuccess(), qPrintable(created->error().debugString()));
}

void TestLocaleInput::init()
{
    QVERIFY(m_languages.apply(u"de"_s));
    m_page = std::make_unique<LeadsPage>(m_admin.api.get());
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLocaleInput::cleanup()
{
    m_page.reset();
    QVERIFY(m_languages.apply(u"en"_s));
}

LeadForm *TestLocaleInput::newLeadForm()
{
    LeadForm *form = m_page->newLead();
    if (!form)
        return nullptr;
    QDeadlineTimer deadline(15000);
    while (!(form->lookups()->stagesLoaded() && form->lookups()->ownersLoaded()) && !deadline.hasExpired())
        QTest::qWait(10);
    return form;
}

QModelIndex TestLocaleInput::leadIndex(const QString &title, const QString &key)
{
    PagedListModel *model = m_page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->itemAt(r).value(u"title"_s).toString() == title)
            return model->index(r, model->columnForKey(key));
    return {};
}

void TestLocaleInput::chosenLanguageIsTheDefaultLocale()
{
    // init() chose German; the system locale of the test run plays no part.
    QCOMPARE(QLocale().decimalPoint(), u","_s);
    QCOMPARE(QLocale().groupSeparator(), u"."_s);
    QCOMPARE(m_page->locale().decimalPoint(), u","_s);
    QVERIFY(m_languages.apply(u"fr"_s));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(m_page->locale().language(), QLocale::French);
    // A Swiss system keeps its own way of writing German numbers.
    QCOMPARE(LanguageManager::localeFor(u"de"_s, QLocale(u"de_CH"_s)).name(), u"de_CH"_s);
    QCOMPARE(LanguageManager::localeFor(u"de"_s, QLocale(u"en_US"_s)).name(), u"de_DE"_s);
    QCOMPARE(LanguageManager::localeFor(u"en"_s, QLocale(u"en_GB"_s)).name(), u"en_GB"_s);
}

void TestLocaleInput::germanAmountReachesTheServerAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("received");
    QTest::newRow("1250,50") << u"1250,50"_s << u"1250.50"_s;
    QTest::newRow("1.250,50") << u"1.250,50"_s << u"1250.50"_s;
    QTest::newRow("1.250") << u"1.250"_s << u"1250.00"_s;
    QTest::newRow("0,5") << u"0,5"_s << u"0.50"_s;
}

void TestLocaleInput::germanAmountReachesTheServerAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, received);
    LeadForm *form = newLeadForm();
    QVERIFY(form);
    const QString title = u"German amount %1"_s.arg(typed);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"titleEdit"_s), title);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"valueEdit"_s), typed);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(form->fieldErrorText(u"estimated_value"_s)));
    const qint64 id = qint64(saved.first().first().toJsonObject().value(u"id"_s).toDouble());
    // What the server stored, read back by another request.
    auto stored = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(id)));
    QVERIFY(stored->isSuccess());
    QCOMPARE(stored->json().value(u"title"_s).toString(), title);
    QCOMPARE(stored->json().value(u"estimated_value"_s).toString(), received);
}

void TestLocaleInput::misreadableAmountsAreRefusedInGerman_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    // German catalogue: the expected form is written the German way.
    QTest::newRow("english decimal point")
        << u"1250.50"_s
        << u"In dieser Sprache trennt „.“ Dreiergruppen von Ziffern, und „,“ ist das Dezimalzeichen. Geben Sie die "
           u"Zahl so ein: 1.234,56 oder 1234,56."_s;
    QTest::newRow("english grouping")
        << u"1,250.50"_s
        << u"In dieser Sprache trennt „.“ Dreiergruppen von Ziffern, und „,“ ist das Dezimalzeichen. Geben Sie die "
           u"Zahl so ein: 1.234,56 oder 1234,56."_s;
    QTest::newRow("two decimal commas")
        << u"1,2,3"_s << u"Nur ein Dezimalzeichen (,) ist erlaubt. Geben Sie die Zahl so ein: 1.234,56 oder 1234,56."_s;
    QTest::newRow("three decimals")
        << u"12,345"_s << u"Höchstens 2 Nachkommastellen. Geben Sie die Zahl so ein: 1.234,56 oder 1234,56."_s;
    QTest::newRow("negative") << u"-5"_s << u"Der Betrag darf nicht negativ sein."_s;
}

void TestLocaleInput::misreadableAmountsAreRefusedInGerman()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    LeadForm *form = newLeadForm();
    QVERIFY(form);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"titleEdit"_s), u"Refused amount"_s);
    auto *value = form->findChild<QLineEdit *>(u"valueEdit"_s);
    QTest::keyClicks(value, typed);
    QCOMPARE(value->text(), typed); // every separator typed is kept, none swallowed
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(!form->isBusy(), "nothing is sent");
    QCOMPARE(form->fieldErrorText(u"estimated_value"_s), message);
    form->done(QDialog::Rejected);
}

void TestLocaleInput::lettersCannotBeTyped()
{
    LeadForm *form = newLeadForm();
    QVERIFY(form);
    auto *value = form->findChild<QLineEdit *>(u"valueEdit"_s);
    QTest::keyClicks(value, u"12a5$,x5e0"_s);
    QCOMPARE(value->text(), u"125,50"_s);
    QVERIFY(value->hasAcceptableInput());
    value->clear();
    QTest::keyClicks(value, u"12,5,"_s);
    QCOMPARE(value->text(), u"12,5,"_s);
    QVERIFY(!value->hasAcceptableInput()); // typed, but refused on saving
    form->done(QDialog::Rejected);
}

void TestLocaleInput::listShowsGermanAmountsCountsAndDates()
{
    m_page->model()->setSearchText(u"Yardstick"_s);
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->state() == PagedListModel::State::Ready && m_page->model()->rowCount() == 1, 15000);
    QCOMPARE(leadIndex(u"Yardstick lead"_s, u"estimated_value"_s).data().toString(), u"12.000,50" + NBSP + u"EUR");
    QCOMPARE(leadIndex(u"Yardstick lead"_s, u"expected_close_date"_s).data().toString(), u"15.03.2030"_s);
    QCOMPARE(leadIndex(u"Yardstick lead"_s, u"probability"_s).data().toString(), u"35" + NBSP + u"%");
    QCOMPARE(m_page->findChild<QLabel *>(u"countLabel"_s)->text(), u"1 Zeile"_s);

    // More rows than one page: the count of what is there is grouped the German way.
    m_page->model()->setSearchText(u"Bulk"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->state() == PagedListModel::State::Ready && m_page->model()->rowCount() == 50, 15000);
    // The total of a large list is the planner's estimate (about 1,005): its
    // exact figure is not the point here, its German grouping is.
    const QString count = m_page->findChild<QLabel *>(u"countLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"^50 von (etwa )?1\\.\\d{3} Zeilen angezeigt"_s).match(count).hasMatch(),
             qPrintable(count));
#ifdef ERP_SCREENSHOT_DIR
    QDir().mkpath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(m_page->grab().save(QStringLiteral(ERP_SCREENSHOT_DIR "/crm-leads-list-de.png")));
#endif
    const int closeColumn = m_page->model()->columnForKey(u"expected_close_date"_s);
    QCOMPARE(m_page->model()->index(0, closeColumn).data().toString(), u"10.01.2030"_s);
}

void TestLocaleInput::boardShowsGermanCountsAndTotals()
{
    PipelineBoardPage board(m_admin.api.get());
    board.resize(1200, 600);
    board.show();
    QSignalSpy loaded(&board, &PipelineBoardPage::loaded);
    board.refresh();
    QVERIFY(loaded.wait(15000));
    auto stages = erp::test::waitFor(m_admin.api->get(u"/pipeline-stages"_s));
    const qint64 first
        = qint64(stages->json().value(u"items"_s).toArray().first().toObject().value(u"id"_s).toDouble());
    const QString summary = board.column(first)->summaryText();
    // 1,005 bulk leads, the yardstick and those created by the form tests (1250.50 + 1250.50 + 1250.00 + 0.50).
    QVERIFY2(summary.startsWith(u"1.010 offene Leads\n"_s), qPrintable(summary));
    QVERIFY2(summary.endsWith(u"1.020.752,00" + NBSP + u"EUR"), qPrintable(summary));
#ifdef ERP_SCREENSHOT_DIR
    QDir().mkpath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(board.grab().save(QStringLiteral(ERP_SCREENSHOT_DIR "/crm-pipeline-board-de.png")));
#endif
    // Switching to English rewrites the totals on the board as it is.
    QVERIFY(m_languages.apply(u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(board.column(first)->summaryText(), u"1,010 open leads\n1,020,752.00" + NBSP + u"EUR");
}

void TestLocaleInput::auditLogAndSessionsShowGermanDates()
{
    const QRegularExpression germanDateTime(u"^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}$"_s);
    AuditLogPage audit(m_admin.api.get());
    audit.show();
    audit.activate();
    QTRY_VERIFY_WITH_TIMEOUT(audit.model()->state() == PagedListModel::State::Ready, 15000);
    const QString when = audit.model()->index(0, audit.model()->columnForKey(u"occurred_at"_s)).data().toString();
    QVERIFY2(germanDateTime.match(when).hasMatch(), qPrintable(when));
    // The period filter in German order with a four-digit year.
    audit.fromDate()->setDate(QDate(2031, 3, 31));
    QCOMPARE(audit.fromDate()->text(), u"31.03.2031"_s);

    SessionsPage sessions(m_admin.api.get());
    sessions.show();
    sessions.activate();
    QTRY_VERIFY_WITH_TIMEOUT(sessions.model()->state() == PagedListModel::State::Ready, 15000);
    const QString signedIn = sessions.model()->index(0, sessions.model()->columnForKey(u"created_at"_s)).data().toString();
    QVERIFY2(germanDateTime.match(signedIn).hasMatch(), qPrintable(signedIn));
}

void TestLocaleInput::switchingLanguageReformatsWhatIsShown()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_page->model()->setSearchText(u"Yardstick"_s);
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->state() == PagedListModel::State::Ready && m_page->model()->rowCount() == 1, 15000);
    QCOMPARE(leadIndex(u"Yardstick lead"_s, u"estimated_value"_s).data().toString(), u"12,000.50" + NBSP + u"EUR");
    const qint64 id = m_page->model()->idAt(0);
    LeadForm *form = m_page->editLead(id);
    QVERIFY(form);
    QSignalSpy formLoaded(form, &RecordForm::loaded);
    QVERIFY(formLoaded.wait(15000));
    auto *value = form->findChild<QLineEdit *>(u"valueEdit"_s);
    auto *close = form->findChild<QDateEdit *>(u"closeDateEdit"_s);
    QCOMPARE(value->text(), u"12000.50"_s);
    QCOMPARE(close->text(), u"3/15/2030"_s);
    // An unsaved edit in English, and a refused one whose message is shown.
    value->clear();
    QTest::keyClicks(value, u"1,250.5"_s);
    const QString mistake = u"Enter a title for the lead."_s;
    form->findChild<QLineEdit *>(u"titleEdit"_s)->clear();
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(form->fieldErrorText(u"title"_s), mistake);

    QSignalSpy reloads(m_page->model(), &PagedListModel::reloaded);
    QVERIFY(m_languages.apply(u"de"_s));
    QCoreApplication::processEvents(); // the LanguageChange events Qt posts
    // The list, without asking the server again.
    QCOMPARE(leadIndex(u"Yardstick lead"_s, u"estimated_value"_s).data().toString(), u"12.000,50" + NBSP + u"EUR");
    QCOMPARE(leadIndex(u"Yardstick lead"_s, u"expected_close_date"_s).data().toString(), u"15.03.2030"_s);
    QCOMPARE(reloads.count(), 0);
    // The form: the typed amount in the German form (same value), the date
    // field in German order, the error in German.
    QCOMPARE(value->text(), u"1250,5"_s);
    QCOMPARE(close->text(), u"15.03.2030"_s);
    QCOMPARE(form->fieldErrorText(u"title"_s), u"Geben Sie einen Titel für den Lead ein."_s);
    QCOMPARE(form->bannerText(), u"Bitte korrigieren Sie die markierten Felder."_s);
    form->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Yardstick lead"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(
        erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(id)))->json().value(u"estimated_value"_s).toString(),
        u"1250.50"_s);

#ifdef ERP_SCREENSHOT_DIR
    // For people to look at: the form in German with a refused amount.
    LeadForm *shot = newLeadForm();
    QVERIFY(shot);
    shot->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Büromöbel für Hamburg"_s);
    QTest::keyClicks(shot->findChild<QLineEdit *>(u"valueEdit"_s), u"1250.50"_s);
    QTest::mouseClick(shot->saveButton(), Qt::LeftButton);
    QDir().mkpath(QStringLiteral(ERP_SCREENSHOT_DIR));
    QVERIFY(shot->grab().save(QStringLiteral(ERP_SCREENSHOT_DIR "/crm-lead-form-de-refused.png")));
    shot->done(QDialog::Rejected);
#endif
}

QTEST_MAIN(TestLocaleInput)
#include "tst_localeinput.moc"
