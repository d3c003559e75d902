// Accessibility against the real server, in English and German: the
// QAccessibleInterface tree of every page of the main window (signed in as
// the administrator, so every page is there), every page's new-record form
// and the edit form of its first row, the stand-alone dialogs and the
// pipeline board is walked the way a screen reader walks it
// (AccessibilityAudit): no focusable control without a name, no table or
// list without a name or with hidden column headers, no board card without
// a name and its move/open actions. The board's cards are then operated
// through the accessibility interface alone (move right, open) and the move
// is checked on the server. Status messages must reach assistive
// technology as accessibility events, not only as paint.
#include "client/core/PagedListModel.h"
#include "client/ui/CertificateTrustDialog.h"
#include "client/ui/ChangePasswordDialog.h"
#include "client/ui/KeyboardShortcutsDialog.h"
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ListPage.h"
#include "client/ui/LoginDialog.h"
#include "client/ui/MainWindow.h"
#include "client/ui/RecordForm.h"
#include "client/ui/ServerProfileDialog.h"
#include "client/ui/SettingsDialog.h"
#include "client/ui/crm/ConvertLeadDialog.h"
#include "client/ui/crm/LeadImportWizard.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"
#include "client/ui/crm/PipelineStagesDialog.h"
#include "client/ui/inventory/StockAdjustmentDialog.h"
#include "client/ui/inventory/StockTransferDialog.h"
#include "client/ui/purchasing/RejectOrderDialog.h"
#include "tests/client/ui/AccessibilityAudit.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAccessible>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QPointer>
#include <functional>
#include <QJsonArray>
#include <QListView>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {

struct AnnouncedEvent
{
    QAccessible::Event type;
    QPointer<QObject> object;
    QString name;
};
QList<AnnouncedEvent> g_events;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    g_events.append({event->type(), event->object(), iface ? iface->text(QAccessible::Name) : QString()});
}

// Whether some accessibility event of `type` carried a name containing `text`.
bool announced(QAccessible::Event type, const QString &text)
{
    for (const AnnouncedEvent &e : std::as_const(g_events))
        if (e.type == type && e.name.contains(text))
            return true;
    return false;
}

bool takesTabFocus(QWidget *w, QWidget *top)
{
    QWidget *parent = w->parentWidget();
    if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QLineEdit *>(parent))
        return false; // parts of a box; the box takes the focus
    return !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(top) && w->isEnabled();
}

void inLayoutOrder(QWidget *w, QWidget *top, QList<QWidget *> &order);

void inLayoutOrder(QLayout *layout, QWidget *top, QList<QWidget *> &order)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            inLayoutOrder(item->widget(), top, order);
        else if (item->layout())
            inLayoutOrder(item->layout(), top, order);
    }
}

// The controls of `w` in the order its layouts place them (rows of a form,
// one column after the other), the order in which a reader reads them.
void inLayoutOrder(QWidget *w, QWidget *top, QList<QWidget *> &order)
{
    if (w != top && takesTabFocus(w, top))
        order << w;
    if (qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w))
        return;
    // A tab widget is read as its tab bar, then the page of the current tab.
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        inLayoutOrder(tabs->tabBar(), top, order);
        if (tabs->currentWidget())
            inLayoutOrder(tabs->currentWidget(), top, order);
    } else if (QLayout *layout = w->layout()) {
        inLayoutOrder(layout, top, order);
    } else if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()) {
        inLayoutOrder(scroll->widget(), top, order);
    } else if (qobject_cast<QStackedWidget *>(w) || qobject_cast<QSplitter *>(w)) {
        for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (!child->isWindow() && child->isVisibleTo(top))
                inLayoutOrder(child, top, order);
    }
}

// Where Tab goes in `dialog` differs from the reading order of its layouts.
QString readingOrderProblem(QDialog *dialog, const QString &label)
{
    QList<QWidget *> order;
    inLayoutOrder(dialog, dialog, order);
    if (order.size() < 2)
        return {};
    QList<QWidget *> chain;
    QWidget *w = order.first();
    for (int guard = 0; guard < 2000 && chain.size() < order.size(); ++guard) {
        if (order.contains(w) && !chain.contains(w))
            chain << w;
        w = w->nextInFocusChain();
        if (w == order.first())
            break;
    }
    auto name = [](QWidget *x) -> QString {
        return QString::fromLatin1(x->metaObject()->className()) + u' ' + x->objectName();
    };
    for (int i = 0; i < qMin(order.size(), chain.size()); ++i)
        if (order[i] != chain[i])
            return u"%1: Tab goes to %2 where the reading order has %3 (after %4)"_s.arg(
                label, name(chain[i]), name(order[i]), i ? name(order[i - 1]) : u"start"_s);
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageFormAndBoardIsNamed_data();
    void everyPageFormAndBoardIsNamed();
    void standAloneDialogsAreNamed_data();
    void standAloneDialogsAreNamed();
    void boardCardsAreOperatedThroughAccessibility();
    void statusMessagesAreAnnounced();
    void dialogsTakeFocusAndGiveItBack();

private:
    qint64 createLead(const QString &title, const QString &value, qint64 stageId = 0);
    QString auditDialogsOpenedBy(QWidget *owner, const std::function<void()> &open, const QString &label,
                                 erp::test::AccessibilityAudit &audit);
    static void waitUntilSettled(Page *page);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    QList<qint64> m_stages;
    qint64 m_leadId = 0;
    LanguageManager m_languages;
};

void TestAccessibility::initTestCase()
{
    QVERIFY2(erp::test::activateAccessibility(), "accessibility could not be switched on");
    QAccessible::installUpdateHandler(recordEvent);
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_accessibility"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto stages = erp::test::waitFor(m_admin.api->get(u"/pipeline-stages"_s));
    for (const QJsonValue &s : stages->json().value(u"items"_s).toArray())
        m_stages << qint64(s.toObject().value(u"id"_s).toDouble());
    QVERIFY(m_stages.size() >= 3);
    m_leadId = createLead(u"Desks for Hamburg"_s, u"1000.00"_s);
    QVERIFY(m_leadId > 0);
    QVERIFY(createLead(u"Shelves for Madrid"_s, u"400.00"_s, m_stages.at(1)) > 0);
    auto account = erp::test::waitFor(m_admin.api->create(u"/accounts"_s, {{u"name"_s, u"Nordwind GmbH"_s}}));
    QVERIFY(account->isSuccess());
    auto contact = erp::test::waitFor(m_admin.api->create(
        u"/contacts"_s, {{u"name"_s, u"Jana Kraus"_s}, {u"account_id"_s, account->json().value(u"id"_s)}}));
    QVERIFY(contact->isSuccess());
}

void TestAccessibility::cleanupTestCase()
{
    QAccessible::installUpdateHandler(nullptr);
    m_languages.apply(u"en"_s);
}

qint64 TestAccessibility::createLead(const QString &title, const QString &value, qint64 stageId)
{
    QJsonObject body {{u"title"_s, title},
                      {u"company"_s, QString(u"Company of "_s + title)},
                      {u"estimated_value"_s, value},
                      {u"currency"_s, u"EUR"_s}};
    if (stageId)
        body.insert(u"stage_id"_s, double(stageId));
    auto reply = erp::test::waitFor(m_admin.api->create(u"/leads"_s, body));
    return qint64(reply->json().value(u"id"_s).toDouble());
}

void TestAccessibility::waitUntilSettled(Page *page)
{
    if (auto *list = qobject_cast<ListPage *>(page)) {
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->state() != PagedListModel::State::Loading
                                     && list->model()->state() != PagedListModel::State::Idle,
                                 15000);
    } else if (auto *board = qobject_cast<PipelineBoardPage *>(page)) {
        QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && !board->columns().isEmpty(), 15000);
    }
    QTest::qWait(200); // pages that load their own lookups
}

// Runs `open` and audits every dialog it shows (a form, a wizard), then
// closes them. Returns a note when nothing opened.
QString TestAccessibility::auditDialogsOpenedBy(QWidget *owner, const std::function<void()> &open,
                                                const QString &label, erp::test::AccessibilityAudit &audit)
{
    const auto before = owner->findChildren<QDialog *>();
    open();
    QList<QDialog *> opened;
    (void)QTest::qWaitFor(
        [&] {
            opened.clear();
            for (QDialog *d : owner->findChildren<QDialog *>())
                if (d->isVisible() && !before.contains(d))
                    opened << d;
            return !opened.isEmpty();
        },
        5000);
    if (opened.isEmpty())
        return label + u": no dialog opened"_s;
    for (QDialog *d : std::as_const(opened)) {
        if (auto *form = qobject_cast<RecordForm *>(d))
            (void)QTest::qWaitFor([form] { return !form->isBusy(); }, 15000);
        QTest::qWait(200);
        audit.walkWidget(d, label + u" ("_s + QString::fromLatin1(d->metaObject()->className()) + u")"_s);
        // Focus moves in reading order: Tab follows the layouts, with
        // every tab of a tab widget shown in turn.
        if (const QString problem = readingOrderProblem(d, label); !problem.isEmpty())
            audit.problems << problem;
        for (QTabWidget *tabs : d->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(d))
                continue;
            const int shown = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == shown || !tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                const QString tabLabel = u"%1, tab \"%2\""_s.arg(label, tabs->tabText(i));
                if (const QString problem = readingOrderProblem(d, tabLabel); !problem.isEmpty())
                    audit.problems << problem;
            }
            tabs->setCurrentIndex(shown);
        }
    }
    for (QDialog *d : std::as_const(opened)) {
        QPointer<QDialog> guard(d);
        d->reject();
        if (guard && guard->isVisible()) // a form asking whether to discard
            guard->done(QDialog::Rejected);
    }
    QTest::qWait(50);
    return {};
}

void TestAccessibility::everyPageFormAndBoardIsNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestAccessibility::everyPageFormAndBoardIsNamed()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.apply(language));
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.resize(1280, 800);
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    erp::test::AccessibilityAudit audit;
    audit.cardActions = {u"Move left"_s, u"Move right"_s, QAccessibleActionInterface::pressAction()};
    QStringList notes;
    const QStringList ids = window.pageIds();
    QVERIFY(ids.size() >= 15);
    for (const QString &id : ids) {
        QVERIFY(window.showPage(id));
        Page *page = window.page(id);
        waitUntilSettled(page);
        audit.walkWidget(&window, id);
        if (page->canCreate()) {
            const QString note = auditDialogsOpenedBy(page, [page] { page->createRecord(); }, id + u" new"_s, audit);
            if (!note.isEmpty())
                notes << note;
        }
        auto *list = qobject_cast<ListPage *>(page);
        if (list && list->model()->rowCount() > 0) {
            const QModelIndex first = list->model()->index(0, 0);
            const QString note = auditDialogsOpenedBy(
                page, [list, first] { emit list->view()->activated(first); }, id + u" edit"_s, audit);
            if (!note.isEmpty())
                notes << note;
        }
    }
    qInfo("%s: %d focusable controls, %d tables and lists, %d board cards read; pages without a form: %s",
          qPrintable(language), audit.focusable, audit.tables, audit.cards, qPrintable(notes.join(u", "_s)));
    for (const QString &p : std::as_const(audit.problems))
        qWarning("%s", qPrintable(p));
    QVERIFY(audit.focusable > 100);
    QVERIFY(audit.cards >= 2);
    QVERIFY2(audit.problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(audit.problems.size())));
}

void TestAccessibility::standAloneDialogsAreNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestAccessibility::standAloneDialogsAreNamed()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.apply(language));
    erp::test::AccessibilityAudit audit;
    const auto check = [&audit](QDialog *dialog, const QString &label) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(300);
        audit.walkWidget(dialog, label);
        if (const QString problem = readingOrderProblem(dialog, label); !problem.isEmpty())
            audit.problems << problem;
        dialog->done(QDialog::Rejected);
    };
    {
        LoginDialog dialog(m_admin.api.get(), m_admin.settings.get(), {});
        check(&dialog, u"login"_s);
    }
    {
        LanguageManager languages;
        SettingsDialog dialog(&languages, m_admin.settings.get(), {});
        check(&dialog, u"settings"_s);
    }
    {
        ServerProfileDialog dialog;
        check(&dialog, u"server profile"_s);
    }
    {
        ConflictDialog dialog(u"Lead “Desks”"_s, {{u"Title"_s, u"Desks"_s, u"Desks and chairs"_s}});
        check(&dialog, u"conflict"_s);
    }
    {
        const auto info = ServerCertificateInfo::fromCertificate(
            erp::test::TestCertificate::instance().certificate(), u"erp.example.com"_s, 8443);
        CertificateTrustDialog dialog(CertificateTrustDialog::Mode::AskTrust, info);
        check(&dialog, u"certificate"_s);
    }
    {
        StockAdjustmentDialog dialog(m_admin.api.get());
        check(&dialog, u"stock adjustment"_s);
    }
    {
        StockTransferDialog dialog(m_admin.api.get());
        check(&dialog, u"stock transfer"_s);
    }
    {
        RejectOrderDialog dialog({u"PO-00001"_s});
        check(&dialog, u"reject order"_s);
    }
    {
        auto lead = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(m_leadId)));
        ConvertLeadDialog dialog(m_admin.api.get(), lead->json());
        check(&dialog, u"convert lead"_s);
    }
    {
        LeadImportWizard wizard(m_admin.api.get());
        check(&wizard, u"lead import"_s);
    }
    {
        ChangePasswordDialog dialog(m_admin.api.get());
        check(&dialog, u"change password"_s);
    }
    {
        PipelineStagesDialog dialog(m_admin.api.get());
        check(&dialog, u"pipeline stages"_s);
    }
    {
        MainWindow window(m_admin.api.get(), m_admin.settings.get());
        window.rebuildPages();
        KeyboardShortcutsDialog dialog(&window);
        check(&dialog, u"keyboard shortcuts"_s);
    }
    for (const QString &p : std::as_const(audit.problems))
        qWarning("%s", qPrintable(p));
    QVERIFY(audit.focusable > 20);
    QVERIFY2(audit.problems.isEmpty(), qPrintable(u"%1 problems (listed above)"_s.arg(audit.problems.size())));
}

void TestAccessibility::boardCardsAreOperatedThroughAccessibility()
{
    QVERIFY(m_languages.apply(u"en"_s));
    PipelineBoardPage board(m_admin.api.get());
    board.resize(1200, 600);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QSignalSpy loaded(&board, &PipelineBoardPage::loaded);
    board.refresh();
    QVERIFY(loaded.wait(15000));
    const auto server = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(m_leadId)))->json();
    const qint64 fromStage = qint64(server.value(u"stage_id"_s).toDouble());
    const int fromIndex = int(m_stages.indexOf(fromStage));
    QVERIFY(fromIndex >= 0 && fromIndex + 1 < m_stages.size());
    PipelineColumn *column = board.column(fromStage);
    QVERIFY(column);

    // The card as a screen reader finds it: a child of the stage's list.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(column->view());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QAccessibleInterface *card = nullptr;
    for (int i = 0; i < list->childCount(); ++i)
        if (list->child(i)->text(QAccessible::Name).startsWith(u"Desks for Hamburg"_s))
            card = list->child(i);
    QVERIFY(card);
    QCOMPARE(card->role(), QAccessible::ListItem);
    QCOMPARE(list->indexOfChild(card), column->model()->rowOfId(m_leadId));
    QCOMPARE(card->parent(), list);
    // Name: title, company, value, stage: what a sighted user reads on the card.
    const QString name = card->text(QAccessible::Name);
    QVERIFY2(name.contains(u"Company of Desks for Hamburg"_s), qPrintable(name));
    QVERIFY2(name.contains(u"1,000.00"_s), qPrintable(name));
    QVERIFY2(name.contains(column->name()), qPrintable(name));
    QVERIFY(card->rect().isValid());
    QAccessibleActionInterface *actions = card->actionInterface();
    QVERIFY(actions);
    const QString right = u"Move right"_s;
    QVERIFY(actions->actionNames().contains(right));
    // The keys the board already has, so a screen reader can tell them.
    QVERIFY(!actions->keyBindingsForAction(right).isEmpty());
    QVERIFY(!actions->localizedActionDescription(right).isEmpty());

    // Move right through the accessibility interface; the server has it.
    QSignalSpy moved(&board, &PipelineBoardPage::moveFinished);
    actions->doAction(right);
    QVERIFY(moved.wait(15000));
    QCOMPARE(moved.first().at(1).toBool(), true);
    const auto after = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(m_leadId)))->json();
    QCOMPARE(qint64(after.value(u"stage_id"_s).toDouble()), m_stages.at(fromIndex + 1));
    // The moved card is focused in its new column and says so.
    PipelineColumn *target = board.column(m_stages.at(fromIndex + 1));
    QVERIFY(target->view()->hasFocus());
    QAccessibleInterface *targetList = QAccessible::queryAccessibleInterface(target->view());
    QAccessibleInterface *movedCard = targetList->child(target->model()->rowOfId(m_leadId));
    QVERIFY(movedCard);
    QVERIFY(movedCard->state().focused);
    QVERIFY2(movedCard->text(QAccessible::Name).contains(target->name()), qPrintable(movedCard->text(QAccessible::Name)));

    // Move it back, then open it through the default action.
    QSignalSpy movedBack(&board, &PipelineBoardPage::moveFinished);
    movedCard->actionInterface()->doAction(u"Move left"_s);
    QVERIFY(movedBack.wait(15000));
    const auto back = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(m_leadId)))->json();
    QCOMPARE(qint64(back.value(u"stage_id"_s).toDouble()), fromStage);
    QAccessibleInterface *again = QAccessible::queryAccessibleInterface(column->view())
                                      ->child(column->model()->rowOfId(m_leadId));
    QVERIFY(again);
    again->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY_WITH_TIMEOUT(board.openForm() && board.openForm()->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!board.openForm()->isBusy(), 15000);
    QCOMPARE(board.openForm()->recordId(), m_leadId);
    board.openForm()->done(QDialog::Rejected);
}

void TestAccessibility::statusMessagesAreAnnounced()
{
    QVERIFY(m_languages.apply(u"en"_s));
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"pipeline"_s));
    auto *board = qobject_cast<PipelineBoardPage *>(window.page(u"pipeline"_s));
    QVERIFY(board);
    waitUntilSettled(board);
    g_events.clear();
    // A status message (what "moved", "saved", "exported" send) reaches
    // assistive technology with its text.
    emit board->statusMessage(u"“Desks” moved to Qualified."_s, 5000);
    QVERIFY(announced(QAccessible::NameChanged, u"“Desks” moved to Qualified."_s)
            || announced(QAccessible::Alert, u"“Desks” moved to Qualified."_s));

    // A refused move: the message above the board is an alert.
    g_events.clear();
    const qint64 leadId = createLead(u"Gone soon"_s, u"10.00"_s);
    QVERIFY(leadId > 0);
    board->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && board->columnOfLead(leadId), 15000);
    const QByteArray etag = erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(leadId)))->etag();
    QVERIFY(erp::test::waitFor(m_admin.api->remove(u"/leads/%1"_s.arg(leadId), etag))->isSuccess());
    g_events.clear();
    QSignalSpy moved(board, &PipelineBoardPage::moveFinished);
    const qint64 from = board->columnOfLead(leadId)->stageId();
    QVERIFY(board->moveLead(leadId, m_stages.at(m_stages.indexOf(from) == 0 ? 1 : 0)));
    QVERIFY(moved.wait(15000));
    QVERIFY(!board->messageText().isEmpty());
    QVERIFY2(announced(QAccessible::Alert, u"Gone soon"_s), "the refused move was not announced");

    // A form's save error: the banner or field error is announced and the
    // field carries the error as its description.
    g_events.clear();
    QVERIFY(window.showPage(u"accounts"_s));
    Page *accounts = window.page(u"accounts"_s);
    waitUntilSettled(accounts);
    accounts->createRecord();
    RecordForm *form = nullptr;
    QTRY_VERIFY((form = erp::test::findChildDialog<RecordForm>(accounts)) != nullptr);
    form->save(); // no name: the client's own check
    QVERIFY(announced(QAccessible::Alert, QString()));
    QWidget *nameEdit = form->findChild<QWidget *>(u"nameEdit"_s);
    QVERIFY(nameEdit);
    QVERIFY(!nameEdit->accessibleDescription().isEmpty());
    QCOMPARE(nameEdit->accessibleDescription(), form->fieldErrorText(u"name"_s));
    form->done(QDialog::Rejected);
}

void TestAccessibility::dialogsTakeFocusAndGiveItBack()
{
    QVERIFY(m_languages.apply(u"en"_s));
    MainWindow window(m_admin.api.get(), m_admin.settings.get());
    window.resize(1200, 760);
    window.rebuildPages();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();

    // A list page: the table has focus, Ctrl+N opens the form on its first
    // field, Escape closes it and the table has focus again.
    QVERIFY(window.showPage(u"accounts"_s));
    auto *accounts = qobject_cast<ListPage *>(window.page(u"accounts"_s));
    waitUntilSettled(accounts);
    accounts->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), accounts->view());
    QTest::keyClick(accounts->view(), Qt::Key_N, Qt::ControlModifier);
    RecordForm *form = nullptr;
    QTRY_VERIFY((form = erp::test::findChildDialog<RecordForm>(accounts)) != nullptr);
    QTRY_COMPARE(QApplication::focusWidget(), form->findChild<QWidget *>(u"nameEdit"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!form || !form->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), accounts->view());

    // The board: Enter on a card opens the lead on its first field; closing
    // returns to the same card.
    QVERIFY(window.showPage(u"pipeline"_s));
    auto *board = qobject_cast<PipelineBoardPage *>(window.page(u"pipeline"_s));
    waitUntilSettled(board);
    PipelineColumn *column = board->columnOfLead(m_leadId);
    QVERIFY(column);
    QVERIFY(column->focusLead(m_leadId));
    QTRY_COMPARE(QApplication::focusWidget(), column->view());
    QTest::keyClick(column->view(), Qt::Key_Return);
    QTRY_VERIFY(board->openForm() && board->openForm()->isVisible());
    QTRY_VERIFY(!board->openForm()->isBusy());
    QPointer<LeadForm> lead = board->openForm();
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == lead);
    lead->reject();
    QTRY_COMPARE(QApplication::focusWidget(), column->view());
    QCOMPARE(column->currentLeadId(), m_leadId);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
