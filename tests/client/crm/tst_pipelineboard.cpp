// CRM > Pipeline against the real server: a column per stage with its
// totals, a card per open lead (column models checked by
// QAbstractItemModelTester), a drop on another column (through the model's
// dropMimeData, which is what QListView's drop calls) that changes the
// lead's stage on the server, the keyboard (Left/Right between columns,
// Ctrl+Right moves the card), a refused move that puts the card back with a
// message, and the conflict dialog when the lead changed meanwhile.
#include "client/ui/ConflictDialog.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/crm/PipelineBoardPage.h"
#include "client/ui/crm/PipelineColumn.h"
#include "client/ui/crm/PipelineColumnModel.h"
#include "tests/client/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QListView>
#include <QMimeData>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace erp::client;

class TestPipelineBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnsCardsAndTotals();
    void dropMovesTheLeadOnTheServer();
    void keyboardSelectsAndMoves();
    void refusedMovePutsTheCardBack();
    void concurrentChangeOpensTheConflictDialog();
    void cardsKeepTheOrderGivenWithinAColumn();
    void columnsLoadMoreAtTheBottom();

private:
    qint64 createLead(const QString &title, const QString &value, const QString &currency, qint64 stageId = 0);
    QJsonObject serverLead(qint64 id);
    bool loadBoard();
    bool waitForMove(qint64 leadId, bool *moved);

    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    QList<qint64> m_stages;
    std::unique_ptr<PipelineBoardPage> m_board;
    LanguageManager m_languages;
};

void TestPipelineBoard::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s)); // English plural forms, as the client runs
    m_server = std::make_unique<TestServer>(u"ui_crm_board"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto stages = erp::test::waitFor(m_admin.api->get(u"/pipeline-stages"_s));
    for (const QJsonValue &s : stages->json().value(u"items"_s).toArray())
        m_stages << qint64(s.toObject().value(u"id"_s).toDouble());
    QVERIFY(m_stages.size() >= 4);
    QVERIFY(createLead(u"Desks for Hamburg"_s, u"1000.00"_s, u"EUR"_s) > 0);
    QVERIFY(createLead(u"Chairs for Lyon"_s, u"250.50"_s, u"EUR"_s) > 0);
    QVERIFY(createLead(u"Lamps for Boston"_s, u"99.99"_s, u"USD"_s) > 0);
    QVERIFY(createLead(u"Shelves for Madrid"_s, u"400.00"_s, u"EUR"_s, m_stages.at(1)) > 0);
}

void TestPipelineBoard::init()
{
    m_board = std::make_unique<PipelineBoardPage>(m_admin.api.get());
    m_board->resize(1200, 600);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    QVERIFY(loadBoard());
}

void TestPipelineBoard::cleanup()
{
    m_board.reset();
}

qint64 TestPipelineBoard::createLead(const QString &title, const QString &value, const QString &currency,
                                     qint64 stageId)
{
    QJsonObject body {{u"title"_s, title},
                      {u"company"_s, QString(u"Company of "_s + title)},
                      {u"estimated_value"_s, value},
                      {u"currency"_s, currency}};
    if (stageId)
        body.insert(u"stage_id"_s, double(stageId));
    auto reply = erp::test::waitFor(m_admin.api->create(u"/leads"_s, body));
    return qint64(reply->json().value(u"id"_s).toDouble());
}

QJsonObject TestPipelineBoard::serverLead(qint64 id)
{
    return erp::test::waitFor(m_admin.api->get(u"/leads/%1"_s.arg(id)))->json();
}

bool TestPipelineBoard::loadBoard()
{
    QSignalSpy loaded(m_board.get(), &PipelineBoardPage::loaded);
    m_board->refresh();
    return loaded.wait(15000);
}

bool TestPipelineBoard::waitForMove(qint64 leadId, bool *moved)
{
    QSignalSpy finished(m_board.get(), &PipelineBoardPage::moveFinished);
    if (!finished.wait(15000))
        return false;
    if (finished.first().at(0).toLongLong() != leadId)
        return false;
    *moved = finished.first().at(1).toBool();
    return true;
}

void TestPipelineBoard::columnsCardsAndTotals()
{
    QCOMPARE(m_board->columns().size(), m_stages.size());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (PipelineColumn *c : m_board->columns())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            c->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    PipelineColumn *first = m_board->column(m_stages.at(0));
    QVERIFY(first);
    QCOMPARE(first->model()->rowCount(), 3);
    // The totals per currency and the count, as the server adds them up.
    QCOMPARE(first->summaryText(), u"3 open leads\n1,250.50\u00a0EUR · 99.99\u00a0USD"_s);
    QCOMPARE(m_board->column(m_stages.at(1))->summaryText(), u"1 open lead\n400.00\u00a0EUR"_s);
    QCOMPARE(m_board->column(m_stages.at(2))->summaryText(), u"0 open leads"_s);
    // A card: title, company, value, owner.
    const int row = first->model()->rowOfId(qint64(1));
    QVERIFY(row >= 0);
    const QModelIndex card = first->model()->index(row);
    QCOMPARE(card.data(PipelineColumnModel::TitleRole).toString(), u"Desks for Hamburg"_s);
    QCOMPARE(card.data(PipelineColumnModel::CompanyRole).toString(), u"Company of Desks for Hamburg"_s);
    QCOMPARE(card.data(PipelineColumnModel::ValueRole).toString(), u"1,000.00\u00a0EUR"_s);
    QVERIFY(!card.data(PipelineColumnModel::OwnerRole).toString().isEmpty());
    // Refresh rebuilds the models; the testers follow the resets.
    QVERIFY(loadBoard());
}

void TestPipelineBoard::dropMovesTheLeadOnTheServer()
{
    const qint64 id = createLead(u"Dragged lead"_s, u"500.00"_s, u"EUR"_s);
    QVERIFY(loadBoard());
    PipelineColumn *from = m_board->column(m_stages.at(0));
    PipelineColumn *to = m_board->column(m_stages.at(2));
    QAbstractItemModelTester tester(to->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = from->model()->rowOfId(id);
    QVERIFY(row >= 0);
    // What a drag carries and what the target view hands its model on drop.
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({from->model()->index(row)}));
    QVERIFY(mime);
    // (its own column takes it too: a new place among its cards)
    QVERIFY(from->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(to->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QSignalSpy finished(m_board.get(), &PipelineBoardPage::moveFinished);
    QVERIFY(!to->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    // The card moved at once and waits for the server ...
    QCOMPARE(from->model()->rowOfId(id), -1);
    QVERIFY(to->model()->rowOfId(id) >= 0);
    QVERIFY(to->model()->isPending(id));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(!to->model()->isPending(id));
    // ... which now has the lead in the new stage.
    const QJsonObject lead = serverLead(id);
    QCOMPARE(qint64(lead.value(u"stage_id"_s).toDouble()), m_stages.at(2));
    QCOMPARE(lead.value(u"version"_s).toInt(),
             to->model()->leadAt(to->model()->rowOfId(id)).value(u"version"_s).toInt());
    QTRY_COMPARE_WITH_TIMEOUT(to->summaryText(), u"1 open lead\n500.00\u00a0EUR"_s, 15000);
    QVERIFY(m_board->messageText().isEmpty());
}

void TestPipelineBoard::keyboardSelectsAndMoves()
{
    const qint64 id = createLead(u"Keyboard lead"_s, u"10.00"_s, u"EUR"_s, m_stages.at(1));
    QVERIFY(loadBoard());
    PipelineColumn *second = m_board->column(m_stages.at(1));
    PipelineColumn *third = m_board->column(m_stages.at(2));
    // Left/Right without Ctrl only move the focus between columns.
    QVERIFY(m_board->column(m_stages.at(0))->focusLead(qint64(1)));
    QListView *firstView = m_board->column(m_stages.at(0))->view();
    QTest::keyClick(firstView, Qt::Key_Right);
    QVERIFY(second->view()->hasFocus());
    QVERIFY(second->currentLeadId() > 0);
    // Up/Down select within the column.
    QVERIFY(second->focusLead(id));
    // Ctrl+Right moves the selected card to the next stage, on the server too.
    QTest::keyClick(second->view(), Qt::Key_Right, Qt::ControlModifier);
    QVERIFY(third->model()->rowOfId(id) >= 0);
    QVERIFY(third->view()->hasFocus());
    QCOMPARE(third->currentLeadId(), id);
    bool moved = false;
    QVERIFY(waitForMove(id, &moved));
    QVERIFY(moved);
    QCOMPARE(qint64(serverLead(id).value(u"stage_id"_s).toDouble()), m_stages.at(2));
    // And back with Ctrl+Left (the focus followed the card).
    QTest::keyClick(third->view(), Qt::Key_Left, Qt::ControlModifier);
    QVERIFY(waitForMove(id, &moved));
    QVERIFY(moved);
    QCOMPARE(qint64(serverLead(id).value(u"stage_id"_s).toDouble()), m_stages.at(1));
    QVERIFY(second->model()->rowOfId(id) >= 0);
}

void TestPipelineBoard::refusedMovePutsTheCardBack()
{
    // A new, empty stage is shown, then deleted by someone else: moving a
    // card there is refused by the server.
    auto created = erp::test::waitFor(m_admin.api->create(u"/pipeline-stages"_s, {{u"name"_s, u"Doomed"_s}}));
    QVERIFY2(created->isSuccess(), qPrintable(created->error().debugString()));
    const qint64 doomed = qint64(created->json().value(u"id"_s).toDouble());
    QVERIFY(loadBoard());
    QVERIFY(m_board->column(doomed));
    auto removed = erp::test::waitFor(m_admin.api->remove(u"/pipeline-stages/%1"_s.arg(doomed), created->etag()));
    QVERIFY2(removed->isSuccess(), qPrintable(removed->error().debugString()));

    const qint64 id = m_board->column(m_stages.at(0))->model()->leadAt(0).value(u"id"_s).toInteger();
    const int row = m_board->column(m_stages.at(0))->model()->rowOfId(id);
    const int versionBefore = serverLead(id).value(u"version"_s).toInt();
    QVERIFY(m_board->moveLead(id, doomed));
    QVERIFY(m_board->column(doomed)->model()->rowOfId(id) >= 0);
    bool moved = true;
    QVERIFY(waitForMove(id, &moved));
    QVERIFY(!moved);
    // Back where it was, and the board says why.
    QCOMPARE(m_board->column(m_stages.at(0))->model()->rowOfId(id), row);
    QCOMPARE(m_board->column(doomed)->model()->rowOfId(id), -1);
    QVERIFY2(m_board->messageText().contains(u"was not moved to Doomed"_s), qPrintable(m_board->messageText()));
    QVERIFY2(m_board->messageText().contains(u"This pipeline stage does not exist."_s),
             qPrintable(m_board->messageText()));
    QCOMPARE(serverLead(id).value(u"version"_s).toInt(), versionBefore);
    QCOMPARE(qint64(serverLead(id).value(u"stage_id"_s).toDouble()), m_stages.at(0));
}

void TestPipelineBoard::concurrentChangeOpensTheConflictDialog()
{
    const qint64 id = createLead(u"Contested card"_s, u"70.00"_s, u"EUR"_s);
    QVERIFY(loadBoard());
    // A colleague changes the lead after the board loaded it.
    erp::test::SignedInClient colleague;
    QVERIFY(colleague.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
    auto current = erp::test::waitFor(colleague.api->get(u"/leads/%1"_s.arg(id)));
    auto changed = erp::test::waitFor(colleague.api->patch(
        u"/leads/%1"_s.arg(id), {{u"title"_s, u"Contested card (renamed)"_s}}, current->etag()));
    QVERIFY(changed->isSuccess());

    QVERIFY(m_board->moveLead(id, m_stages.at(3)));
    QTRY_VERIFY_WITH_TIMEOUT(m_board->conflictDialog() && m_board->conflictDialog()->isVisible(), 15000);
    QTableWidget *table = m_board->conflictDialog()->table();
    QCOMPARE(table->item(0, 0)->text(), u"Stage"_s);
    QCOMPARE(table->item(1, 1)->text(), u"Contested card"_s);
    QCOMPARE(table->item(1, 2)->text(), u"Contested card (renamed)"_s);
    // Overwrite: the move goes through with the current version.
    QSignalSpy finished(m_board.get(), &PipelineBoardPage::moveFinished);
    QTest::mouseClick(m_board->conflictDialog()->overwriteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().at(1).toBool());
    QJsonObject lead = serverLead(id);
    QCOMPARE(qint64(lead.value(u"stage_id"_s).toDouble()), m_stages.at(3));
    QCOMPARE(lead.value(u"title"_s).toString(), u"Contested card (renamed)"_s);

    // Again, choosing Reload: the card follows the server, not the drop.
    current = erp::test::waitFor(colleague.api->get(u"/leads/%1"_s.arg(id)));
    changed = erp::test::waitFor(colleague.api->patch(
        u"/leads/%1"_s.arg(id), {{u"stage_id"_s, double(m_stages.at(1))}}, current->etag()));
    QVERIFY(changed->isSuccess());
    QVERIFY(m_board->moveLead(id, m_stages.at(0)));
    QTRY_VERIFY_WITH_TIMEOUT(m_board->conflictDialog() && m_board->conflictDialog()->isVisible(), 15000);
    finished.clear();
    QTest::mouseClick(m_board->conflictDialog()->reloadButton(), Qt::LeftButton);
    // Reload needs no request: the card is placed as the server has it at once.
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(m_board->column(m_stages.at(1))->model()->rowOfId(id) >= 0);
    QCOMPARE(m_board->column(m_stages.at(0))->model()->rowOfId(id), -1);
    QCOMPARE(qint64(serverLead(id).value(u"stage_id"_s).toDouble()), m_stages.at(1));
    QVERIFY(!m_board->messageText().isEmpty());
    // Information about what the board now shows, not styled as an error.
    auto *banner = m_board->findChild<QLabel *>(u"boardMessage"_s);
    QCOMPARE(banner->property("bannerKind").toString(), u"info"_s);
    QVERIFY(banner->palette().color(QPalette::Window).red() < banner->palette().color(QPalette::Window).blue());
}

static QList<qint64> cardIds(PipelineColumn *column)
{
    QList<qint64> ids;
    for (int r = 0; r < column->model()->rowCount(); ++r)
        ids << column->model()->leadAt(r).value(u"id"_s).toInteger();
    return ids;
}

// A card dropped at a new place in its own column, or moved with Ctrl+Up /
// Ctrl+Down, stays there: after reloading the board, and for someone else.
void TestPipelineBoard::cardsKeepTheOrderGivenWithinAColumn()
{
    auto stage = erp::test::waitFor(m_admin.api->create(u"/pipeline-stages"_s, {{u"name"_s, u"Ordered"_s}}));
    QVERIFY2(stage->isSuccess(), qPrintable(stage->error().debugString()));
    const qint64 s = qint64(stage->json().value(u"id"_s).toDouble());
    const qint64 a = createLead(u"Order A"_s, u"1.00"_s, u"EUR"_s, s);
    const qint64 b = createLead(u"Order B"_s, u"2.00"_s, u"EUR"_s, s);
    const qint64 c = createLead(u"Order C"_s, u"3.00"_s, u"EUR"_s, s);
    QVERIFY(loadBoard());
    PipelineColumn *column = m_board->column(s);
    QVERIFY(column);
    QCOMPARE(cardIds(column), (QList<qint64>{a, b, c}));

    // Drag C onto A (the view hands the model the row it was dropped on).
    std::unique_ptr<QMimeData> mime(column->model()->mimeData({column->model()->index(2)}));
    QVERIFY(!column->model()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(cardIds(column), (QList<qint64>{c, a, b}));
    bool moved = false;
    QVERIFY(waitForMove(c, &moved));
    QVERIFY(moved);

    // Ctrl+Down on A: below B.
    QVERIFY(column->focusLead(a));
    QTest::keyClick(column->view(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(cardIds(column), (QList<qint64>{c, b, a}));
    QVERIFY(waitForMove(a, &moved));
    QVERIFY(moved);
    QCOMPARE(column->currentLeadId(), a);

    // The order is the server's: a fresh board and a colleague's list show it.
    QVERIFY(loadBoard());
    QCOMPARE(cardIds(m_board->column(s)), (QList<qint64>{c, b, a}));
    auto list = erp::test::waitFor(
        m_admin.api->get(u"/leads"_s, QUrlQuery(u"status=open&sort=board_rank&stage_id=%1"_s.arg(s))));
    QList<qint64> listed;
    for (const QJsonValue &v : list->json().value(u"items"_s).toArray())
        listed << v.toObject().value(u"id"_s).toInteger();
    QCOMPARE(listed, (QList<qint64>{c, b, a}));
}

// A column shows a page of cards and "Load more" while the server has more;
// the count on the button uses the language's digit grouping.
void TestPipelineBoard::columnsLoadMoreAtTheBottom()
{
    auto stage = erp::test::waitFor(m_admin.api->create(u"/pipeline-stages"_s, {{u"name"_s, u"Crowded"_s}}));
    QVERIFY2(stage->isSuccess(), qPrintable(stage->error().debugString()));
    const qint64 s = qint64(stage->json().value(u"id"_s).toDouble());
    const int total = PipelineBoardPage::ColumnPageSize + 3;
    for (int i = 0; i < total; ++i)
        QVERIFY(createLead(u"Crowd %1"_s.arg(i, 3, 10, QLatin1Char('0')), u"1.00"_s, u"EUR"_s, s) > 0);
    QVERIFY(loadBoard());
    PipelineColumn *column = m_board->column(s);
    QVERIFY(column);
    QCOMPARE(column->model()->rowCount(), PipelineBoardPage::ColumnPageSize);
    QVERIFY(column->hasMore());
    QVERIFY(column->loadMoreButton()->isVisibleTo(m_board.get()));
    QCOMPARE(column->loadMoreButton()->text(), u"Load more (100 of 103 shown)"_s);
    QSignalSpy inserted(column->model(), &QAbstractItemModel::rowsInserted);
    QTest::mouseClick(column->loadMoreButton(), Qt::LeftButton);
    QVERIFY(inserted.wait(15000));
    QCOMPARE(column->model()->rowCount(), total);
    QVERIFY(!column->hasMore());
    QVERIFY(!column->loadMoreButton()->isVisibleTo(m_board.get()));
    // In the order they were created, none twice.
    const QList<qint64> ids = cardIds(column);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), total);
    QCOMPARE(column->model()->leadAt(total - 1).value(u"title"_s).toString(), u"Crowd 102"_s);
}

QTEST_MAIN(TestPipelineBoard)
#include "tst_pipelineboard.moc"
