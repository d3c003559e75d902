// Activities and pipeline stages in the client against the real server:
// My Activities names what each activity is about and marks overdue ones
// with a word and a sign; activities are created, opened (double-click),
// edited, completed and deleted (after asking; If-Match; audited) from My
// Activities and from the lead, contact and account forms; users with
// crm.configure add, rename, reorder and remove pipeline stages, and removing
// a stage that still holds leads moves them to a stage the user chooses.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ReferencePicker.h"
#include "client/ui/crm/AccountForm.h"
#include "client/ui/crm/ActivitiesPanel.h"
#include "client/ui/crm/ActivityActions.h"
#include "client/ui/crm/ActivityForm.h"
#include "client/ui/crm/ContactForm.h"
#include "client/ui/crm/CrmLookups.h"
#include "client/ui/crm/LeadForm.h"
#include "client/ui/crm/MyActivitiesPage.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/crm/PipelineStagesDialog.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialog>
#include <QPushButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QIcon>
#include <QJsonArray>
#include <QListWidget>
#include <QPointer>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestActivities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void myActivitiesNameWhatTheyAreAboutAndMarkOverdue();
    void createEditAndDeleteFromMyActivities();
    void activitiesFromTheLeadContactAndAccountForms();
    void assigneeChosenByManagersAndShownToReps();
    void pipelineStagesManagedByConfigurers();

private:
    qint64 create(const QString &path, const QJsonObject &body);
    qint64 activity(const QString &subject, const QDateTime &due, const QString &about, qint64 id);
    QJsonObject get(const QString &path, const QUrlQuery &query = {});
    int status(const QString &path);
    static void confirm(QMessageBox *box);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    LanguageManager m_languages;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
    qint64 m_account = 0;
    qint64 m_rep = 0;
};

void TestActivities::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_crm_activities"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_rep = m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    m_lead = create(u"/leads"_s, {{u"title"_s, u"Website relaunch"_s}, {u"currency"_s, u"EUR"_s}});
    m_contact = create(u"/contacts"_s, {{u"name"_s, u"Nora North"_s}});
    m_account = create(u"/accounts"_s, {{u"name"_s, u"Nordwin GmbH"_s}});
    QVERIFY(m_lead > 0 && m_contact > 0 && m_account > 0);
}

qint64 TestActivities::create(const QString &path, const QJsonObject &body)
{
    auto reply = erp::test::waitFor(m_admin.api->create(path, body));
    if (!reply->isSuccess())
        qWarning() << reply->error().debugString();
    return reply->json().value(u"id"_s).toInteger();
}

qint64 TestActivities::activity(const QString &subject, const QDateTime &due, const QString &about, qint64 id)
{
    return create(u"/activities"_s, {{u"kind"_s, u"call"_s},
                                     {u"subject"_s, subject},
                                     {u"due_at"_s, due.toUTC().toString(Qt::ISODate)},
                                     {about, double(id)}});
}

QJsonObject TestActivities::get(const QString &path, const QUrlQuery &query)
{
    return erp::test::waitFor(m_admin.api->get(path, query))->json();
}

int TestActivities::status(const QString &path)
{
    return erp::test::waitFor(m_admin.api->get(path))->error().httpStatus();
}

void TestActivities::confirm(QMessageBox *box)
{
    QVERIFY(box && box->isVisible());
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
}

void TestActivities::myActivitiesNameWhatTheyAreAboutAndMarkOverdue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 overdue = activity(u"Call about the relaunch"_s, now.addDays(-2), u"lead_id"_s, m_lead);
    const qint64 contact = activity(u"Ask Nora for the brief"_s, now.addDays(3), u"contact_id"_s, m_contact);
    const qint64 account = activity(u"Visit Nordwin"_s, now.addDays(4), u"account_id"_s, m_account);
    QVERIFY(overdue > 0 && contact > 0 && account > 0);

    MyActivitiesPage page(m_admin.api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 600);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    const int about = page.model()->columnForKey(u"about_name"_s);
    const int when = page.model()->columnForKey(u"bucket"_s);
    const auto aboutOf = [&](qint64 id) { return page.model()->index(page.model()->rowOfId(id), about).data(); };
    QCOMPARE(aboutOf(overdue).toString(), u"Lead: Website relaunch"_s);
    QCOMPARE(aboutOf(contact).toString(), u"Contact: Nora North"_s);
    QCOMPARE(aboutOf(account).toString(), u"Account: Nordwin GmbH"_s);
    // Overdue: the word, a warning sign and bold, not colour alone.
    const QModelIndex late = page.model()->index(page.model()->rowOfId(overdue), when);
    QCOMPARE(late.data().toString(), u"Overdue"_s);
    QVERIFY(!late.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(late.data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex later = page.model()->index(page.model()->rowOfId(contact), when);
    QVERIFY(later.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!erp::test::saveScreenshot(&page, u"my-activities-en.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"de"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(!erp::test::saveScreenshot(&page, u"my-activities-de.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"en"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
}

void TestActivities::createEditAndDeleteFromMyActivities()
{
    MyActivitiesPage page(m_admin.api.get());
    page.resize(1100, 600);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);

    // New.
    QVERIFY(page.canCreate());
    page.createRecord();
    ActivityForm *form = page.lastForm();
    QVERIFY(form && form->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QVERIFY(!erp::test::saveScreenshot(form, u"activity-form-new-en.png"_s).isEmpty());
    form->kindEdit()->setCurrentIndex(form->kindEdit()->findData(u"meeting"_s));
    QTest::keyClicks(form->subjectEdit(), u"Plan the kick-off"_s);
    // Not opened from a record: it asks what the activity is about.
    QVERIFY(form->aboutPicker()->isVisibleTo(form));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(!form->isBusy());
    QCOMPARE(form->fieldErrorText(u"lead_id"_s), u"Choose the lead, contact or account this activity is about."_s);
    form->aboutKindEdit()->setCurrentIndex(form->aboutKindEdit()->findData(u"contact_id"_s));
    form->aboutPicker()->setValue(m_contact, u"Nora North"_s);
    const QDateTime due = QDateTime::currentDateTime().addDays(2);
    form->dueEdit()->setDateTime(due);
    QSignalSpy created(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(created.wait(15000));
    const qint64 id = created.first().first().toJsonObject().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QJsonObject stored = get(u"/activities/%1"_s.arg(id));
    QCOMPARE(stored.value(u"kind"_s).toString(), u"meeting"_s);
    QCOMPARE(stored.value(u"subject"_s).toString(), u"Plan the kick-off"_s);
    QCOMPARE(stored.value(u"contact_id"_s).toInteger(), m_contact);
    QCOMPARE(QDateTime::fromString(stored.value(u"due_at"_s).toString(), Qt::ISODateWithMs).toSecsSinceEpoch() / 60,
             due.toSecsSinceEpoch() / 60);
    // The list shows it, selected.
    QTRY_VERIFY_WITH_TIMEOUT(page.currentId() == id, 15000);

    // Double-click opens it; edit and save.
    const int row = page.model()->rowOfId(id);
    const QRect cell = page.view()->visualRect(page.model()->index(row, 3));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // A double-click is a press and release followed by the double-click event.
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
    form = page.lastForm();
    QVERIFY(form);
    QSignalSpy loaded(form, &RecordForm::loaded);
    QVERIFY(loaded.count() == 1 || loaded.wait(15000));
    QCOMPARE(form->subjectEdit()->text(), u"Plan the kick-off"_s);
    form->subjectEdit()->selectAll();
    QTest::keyClicks(form->subjectEdit(), u"Plan the kick-off with Nora"_s);
    QSignalSpy saved(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(get(u"/activities/%1"_s.arg(id)).value(u"subject"_s).toString(), u"Plan the kick-off with Nora"_s);

    // Delete: asked first; cancelling keeps it.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfId(id) >= 0, 15000);
    QVERIFY(page.selectId(id));
    QVERIFY(page.deleteAction()->isEnabled());
    page.deleteAction()->trigger();
    QMessageBox *prompt = page.lastPrompt();
    QVERIFY(prompt && prompt->isVisible());
    QVERIFY(prompt->text().contains(u"Plan the kick-off with Nora"_s));
    prompt->button(QMessageBox::Cancel)->click();
    QCOMPARE(status(u"/activities/%1"_s.arg(id)), 0);
    page.deleteAction()->trigger();
    confirm(page.lastPrompt());
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfId(id) < 0, 15000);
    QCOMPARE(status(u"/activities/%1"_s.arg(id)), 404);
    // The audit log keeps the deletion.
    QUrlQuery audit;
    audit.addQueryItem(u"entity"_s, u"activity"_s);
    audit.addQueryItem(u"entity_id"_s, QString::number(id));
    audit.addQueryItem(u"action"_s, u"delete"_s);
    const QJsonArray entries = get(u"/audit-log"_s, audit).value(u"items"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"entity_label"_s).toString(), u"Plan the kick-off with Nora"_s);
}

// Who does an activity: whoever may list users (admin, manager) chooses the
// assignee among the people the server takes (active, able to open CRM;
// it answers 422 assignee_without_crm for anyone else), so a warehouse
// clerk or a deactivated rep is never offered. Should someone lose CRM
// while the form is open, the server's refusal shows under the field with
// the entries kept. A sales rep sees who it is for but cannot change it.
void TestActivities::assigneeChosenByManagersAndShownToReps()
{
    const qint64 clerk = m_server->createUser(m_acme, u"clerk@acme.test"_s, {u"warehouse_clerk"_s});
    const qint64 buyer = m_server->createUser(m_acme, u"buyer@acme.test"_s, {u"purchaser"_s});
    const qint64 manager = m_server->createUser(m_acme, u"manager@acme.test"_s, {u"manager"_s});
    const qint64 gone = m_server->createUser(m_acme, u"gone@acme.test"_s, {u"sales_rep"_s});
    const qint64 leaving = m_server->createUser(m_acme, u"leaving@acme.test"_s, {u"sales_rep"_s});
    auto setUser = [this](qint64 id, const QJsonObject &change) {
        auto current = erp::test::waitFor(m_admin.api->get(u"/users/%1"_s.arg(id)));
        return erp::test::waitFor(m_admin.api->patch(u"/users/%1"_s.arg(id), change, current->etag()))->isSuccess();
    };
    QVERIFY(setUser(gone, {{u"is_active"_s, false}}));
    // The server's own answer for the clerk, the buyer and the deactivated rep.
    for (const qint64 refused : {clerk, buyer, gone}) {
        auto r = erp::test::waitFor(m_admin.api->create(u"/activities"_s,
                                                        {{u"kind"_s, u"task"_s},
                                                         {u"subject"_s, u"Probe"_s},
                                                         {u"due_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                                         {u"assignee_id"_s, double(refused)},
                                                         {u"lead_id"_s, double(m_lead)}}));
        QCOMPARE(r->error().httpStatus(), 422);
        const auto onAssignee = r->error().fieldErrorsFor(u"assignee_id"_s);
        QVERIFY2(onAssignee.size() == 1 && onAssignee.first().code == u"assignee_without_crm"_s,
                 qPrintable(r->error().debugString()));
    }

    erp::test::SignedInClient boss;
    QVERIFY(boss.signIn(*m_server, m_acme.slug, u"manager@acme.test"_s, TestServer::userPassword()));
    // Deleted on close (also after saving): watched, not owned.
    QPointer<ActivityForm> form = ActivityActions::createAbout(boss.api.get(), nullptr, u"lead_id"_s, m_lead,
                                                               u"Website relaunch"_s);
    QVERIFY(form && QTest::qWaitForWindowExposed(form));
    QComboBox *assignee = form->assigneeEdit();
    QVERIFY(assignee->isEnabled());
    // New activities are the creator's until someone else is chosen.
    QCOMPARE(CrmLookups::selectedId(assignee), manager);
    QTRY_VERIFY_WITH_TIMEOUT(assignee->findData(m_rep) >= 0, 15000);
    QCOMPARE(CrmLookups::selectedId(assignee), manager);
    QSet<qint64> offered;
    for (int i = 0; i < assignee->count(); ++i)
        offered.insert(assignee->itemData(i).toLongLong());
    QCOMPARE(offered, (QSet<qint64>{m_acme.adminUserId, m_rep, manager, leaving}));
    QCOMPARE(assignee->itemText(assignee->findData(m_rep)), u"rep"_s);
    QVERIFY(!erp::test::saveScreenshot(form, u"activity-form-assignee-en.png"_s).isEmpty());

    QTest::keyClicks(form->subjectEdit(), u"Prepare the relaunch demo"_s);
    // Offered a moment ago, no longer in CRM now: refused on the field, nothing lost.
    const auto clerkRole = [this] {
        for (const QJsonValue &v : get(u"/roles"_s).value(u"items"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == u"warehouse_clerk"_s)
                return v.toObject().value(u"id"_s).toInteger();
        return qint64(0);
    }();
    QVERIFY(setUser(leaving, {{u"role_ids"_s, QJsonArray{double(clerkRole)}}}));
    assignee->setCurrentIndex(assignee->findData(leaving));
    QCOMPARE(form->assigneeId(), leaving);
    QSignalSpy saved(form.data(), &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy() && !form->fieldErrorText(u"assignee_id"_s).isEmpty(), 15000);
    QCOMPARE(saved.count(), 0);
    QVERIFY(form->isVisible());
    QCOMPARE(form->subjectEdit()->text(), u"Prepare the relaunch demo"_s);
    QUrlQuery forLead;
    forLead.addQueryItem(u"lead_id"_s, QString::number(m_lead));
    forLead.addQueryItem(u"limit"_s, u"500"_s);
    const auto subjects = [this, &forLead] {
        QStringList out;
        for (const QJsonValue &v : get(u"/activities"_s, forLead).value(u"items"_s).toArray())
            out << v.toObject().value(u"subject"_s).toString();
        return out;
    };
    QVERIFY(!subjects().contains(u"Prepare the relaunch demo"_s));

    // The rep can: saved, and the server has the rep as assignee.
    assignee->setCurrentIndex(assignee->findData(m_rep));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const qint64 id = saved.first().first().toJsonObject().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(get(u"/activities/%1"_s.arg(id)).value(u"assignee_id"_s).toInteger(), m_rep);
    QVERIFY(subjects().contains(u"Prepare the relaunch demo"_s));
    delete form.data();

    // The rep opens it: assigned to them, shown but not changeable, with
    // the reason; their own new activities are theirs.
    erp::test::SignedInClient rep;
    QVERIFY(rep.signIn(*m_server, m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));
    QPointer<ActivityForm> theirs = ActivityActions::open(rep.api.get(), nullptr, id);
    QSignalSpy loaded(theirs.data(), &RecordForm::loaded);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(theirs->subjectEdit()->text(), u"Prepare the relaunch demo"_s);
    QCOMPARE(CrmLookups::selectedId(theirs->assigneeEdit()), m_rep);
    QCOMPARE(theirs->assigneeEdit()->currentText(), u"rep"_s);
    QVERIFY(!theirs->assigneeEdit()->isEnabled());
    QVERIFY(!theirs->assigneeEdit()->toolTip().isEmpty());
    delete theirs.data();
    QPointer<ActivityForm> fresh = ActivityActions::createAbout(rep.api.get(), nullptr, QString(), 0, QString());
    QCOMPARE(CrmLookups::selectedId(fresh->assigneeEdit()), m_rep);
    QVERIFY(!fresh->assigneeEdit()->isEnabled());
    delete fresh.data();
}

void TestActivities::activitiesFromTheLeadContactAndAccountForms()
{
    const qint64 planned = activity(u"Send the offer"_s, QDateTime::currentDateTimeUtc().addDays(1), u"lead_id"_s,
                                    m_lead);
    QVERIFY(planned > 0);
    LeadForm lead(m_admin.api.get());
    lead.startEdit(m_lead);
    lead.show();
    QSignalSpy leadLoaded(&lead, &RecordForm::loaded);
    QVERIFY(leadLoaded.wait(15000));
    auto *panel = lead.findChild<ActivitiesPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && !panel->activities().isEmpty(), 15000);
    QStringList subjects;
    for (const QJsonObject &a : panel->activities())
        subjects << a.value(u"subject"_s).toString();
    QVERIFY2(subjects.contains(u"Send the offer"_s), qPrintable(subjects.join(u", "_s)));
    QVERIFY(QTest::qWaitForWindowExposed(&lead));
    QVERIFY(!erp::test::saveScreenshot(&lead, u"lead-form-activities-en.png"_s).isEmpty());

    // New from the lead: about the lead, without choosing it.
    QTest::mouseClick(panel->newButton(), Qt::LeftButton);
    ActivityForm *form = panel->lastForm();
    QVERIFY(form && form->isVisible());
    QCOMPARE(form->aboutText(), u"Lead: Website relaunch"_s);
    QTest::keyClicks(form->subjectEdit(), u"Follow up after the offer"_s);
    QSignalSpy created(form, &RecordForm::saved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(created.wait(15000));
    const qint64 id = created.first().first().toJsonObject().value(u"id"_s).toInteger();
    QCOMPARE(get(u"/activities/%1"_s.arg(id)).value(u"lead_id"_s).toInteger(), m_lead);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && panel->list()->topLevelItemCount() == subjects.size() + 1,
                             15000);

    // Mark it done.
    panel->select(id);
    QVERIFY(panel->doneButton()->isEnabled());
    QTest::mouseClick(panel->doneButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(get(u"/activities/%1"_s.arg(id)).value(u"done"_s).toBool(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), 15000);
    panel->select(id);
    QVERIFY(!panel->doneButton()->isEnabled());

    // Open by double-click (Enter works the same), then delete after asking.
    panel->select(id);
    emit panel->list()->itemActivated(panel->list()->currentItem(), 0);
    QVERIFY(panel->lastForm());
    QSignalSpy opened(panel->lastForm(), &RecordForm::loaded);
    QVERIFY(opened.count() == 1 || opened.wait(15000));
    QVERIFY(panel->lastForm()->doneEdit()->isChecked());
    panel->lastForm()->reject();
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    confirm(panel->lastPrompt());
    QTRY_VERIFY_WITH_TIMEOUT(status(u"/activities/%1"_s.arg(id)) == 404, 15000);

    // Contacts and accounts have theirs the same way.
    const qint64 call = activity(u"Call Nora"_s, QDateTime::currentDateTimeUtc().addDays(1), u"contact_id"_s,
                                 m_contact);
    const qint64 visit = activity(u"Visit the office"_s, QDateTime::currentDateTimeUtc().addDays(1),
                                  u"account_id"_s, m_account);
    ContactForm contactForm(m_admin.api.get());
    contactForm.startEdit(m_contact);
    auto *contactPanel = contactForm.findChild<ActivitiesPanel *>();
    QVERIFY(contactPanel);
    const auto lists = [](ActivitiesPanel *panel, qint64 id) {
        const QList<QJsonObject> shown = panel->activities();
        return std::any_of(shown.begin(), shown.end(),
                           [id](const QJsonObject &a) { return a.value(u"id"_s).toInteger() == id; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(lists(contactPanel, call), 15000);
    AccountForm accountForm(m_admin.api.get());
    accountForm.startEdit(m_account);
    accountForm.show();
    auto *accountPanel = accountForm.findChild<ActivitiesPanel *>();
    QVERIFY(accountPanel);
    QTRY_VERIFY_WITH_TIMEOUT(lists(accountPanel, visit), 15000);
    QVERIFY(QTest::qWaitForWindowExposed(&accountForm));
    QVERIFY(m_languages.apply(u"de"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    QVERIFY(!erp::test::saveScreenshot(&accountForm, u"account-form-activities-de.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"en"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
}

void TestActivities::pipelineStagesManagedByConfigurers()
{
    // A sales rep (no crm.configure) has no Stages button.
    erp::test::SignedInClient rep;
    QVERIFY(rep.signIn(*m_server, m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));
    PipelineBoardPage repBoard(rep.api.get());
    QVERIFY(!repBoard.stagesButton()->isVisibleTo(&repBoard));
    PipelineBoardPage board(m_admin.api.get());
    QVERIFY(board.stagesButton()->isVisibleTo(&board));

    const auto serverStages = [&] {
        QStringList names;
        QUrlQuery query;
        query.addQueryItem(u"sort"_s, u"position"_s);
        query.addQueryItem(u"limit"_s, u"200"_s);
        for (const QJsonValue &v : get(u"/pipeline-stages"_s, query).value(u"items"_s).toArray())
            names << v.toObject().value(u"name"_s).toString();
        return names;
    };
    PipelineStagesDialog *dialog = board.manageStages();
    QSignalSpy loaded(dialog, &PipelineStagesDialog::loaded);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(dialog->stageNames(), serverStages());
    const int before = dialog->stageNames().size();
    QVERIFY(before >= 2);
    QSignalSpy finished(dialog, &PipelineStagesDialog::actionFinished);

    // Add: at the end.
    dialog->addStage(u"Legal review"_s);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QCOMPARE(serverStages().size(), before + 1);
    QCOMPARE(serverStages().last(), u"Legal review"_s);
    QCOMPARE(dialog->stageNames(), serverStages());
    QCOMPARE(dialog->list()->currentItem()->text(), u"Legal review"_s);

    // Rename.
    dialog->renameSelected(u"Legal and security review"_s);
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QCOMPARE(serverStages().last(), u"Legal and security review"_s);

    // Move up one place.
    dialog->moveSelected(-1);
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QCOMPARE(serverStages().at(before - 1), u"Legal and security review"_s);
    QCOMPARE(dialog->stageNames(), serverStages());

    // Remove the unused one.
    dialog->list()->setCurrentRow(before - 1);
    dialog->removeSelected();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.takeLast().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(!serverStages().contains(u"Legal and security review"_s));

    // A stage that holds a lead: removing it offers to move its leads to
    // another stage first. Cancelling keeps the stage and the lead's stage.
    const QJsonObject leadBefore = get(u"/leads/%1"_s.arg(m_lead));
    const QString used = leadBefore.value(u"stage_name"_s).toString();
    QVERIFY(!used.isEmpty());
    const int usedRow = dialog->stageNames().indexOf(used);
    QVERIFY(usedRow >= 0 && usedRow + 1 < dialog->stageNames().size());
    const QString next = dialog->stageNames().at(usedRow + 1);
    QSignalSpy offered(dialog, &PipelineStagesDialog::moveOffered);
    finished.clear();
    dialog->list()->setCurrentRow(usedRow);
    dialog->removeSelected();
    QVERIFY(offered.wait(15000));
    QDialog *offer = dialog->moveOffer();
    QVERIFY(offer && offer->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(offer));
    QVERIFY(!erp::test::saveScreenshot(offer, u"pipeline-stages-move-leads-en.png"_s).isEmpty());
    // Every other stage is offered, the next column to the right first.
    QComboBox *target = dialog->moveTargetCombo();
    QCOMPARE(target->count(), dialog->stageNames().size() - 1);
    QCOMPARE(target->currentText(), next);
    QCOMPARE(target->findText(used), -1);
    QVERIFY(serverStages().contains(used)); // nothing happened yet
    QCOMPARE(finished.count(), 0);
    offer->reject();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.takeLast().first().toBool(), false);
    QVERIFY(serverStages().contains(used));
    QCOMPARE(get(u"/leads/%1"_s.arg(m_lead)).value(u"stage_name"_s).toString(), used);

    // Accepting moves the lead and removes the stage, in one request.
    dialog->removeSelected();
    QVERIFY(offered.wait(15000));
    offer = dialog->moveOffer();
    QVERIFY(offer && offer->isVisible());
    QCOMPARE(dialog->moveTargetCombo()->currentText(), next);
    auto *moveButton = offer->findChild<QPushButton *>(u"moveAndRemoveButton"_s);
    QVERIFY(moveButton);
    QTest::mouseClick(moveButton, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.takeLast().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(!serverStages().contains(used));
    QCOMPARE(dialog->stageNames(), serverStages());
    const QJsonObject leadAfter = get(u"/leads/%1"_s.arg(m_lead));
    QCOMPARE(leadAfter.value(u"stage_name"_s).toString(), next);
    QCOMPARE(leadAfter.value(u"version"_s).toInt(), leadBefore.value(u"version"_s).toInt() + 1);
    QCOMPARE(dialog->list()->currentItem()->text(), next);
    QVERIFY(dialog->messageText().contains(next));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!erp::test::saveScreenshot(dialog, u"pipeline-stages-en.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"de"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    QTest::qWait(50); // the relaid-out buttons, for the picture only
    QVERIFY(!erp::test::saveScreenshot(dialog, u"pipeline-stages-de.png"_s).isEmpty());
    QVERIFY(m_languages.apply(u"en"_s));
    QCoreApplication::processEvents(); // the language change reaches every widget
    dialog->reject();
}

QTEST_MAIN(TestActivities)
#include "tst_activities.moc"
