// The reusable ListPage on its own, configured the way a module would
// configure it: error state with "Try again" (a list the user may not read),
// loading state, CSV export of the current filter to a file (with progress,
// and cancellable), page actions, filter widgets with labels and a detail
// widget.
#include "client/core/PagedListModel.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ListPage.h"
#include "tests/client/ui/UiTestSupport.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace erp::client;

namespace {

// The smallest module page: a list of users with one filter.
class PlainListPage : public ListPage
{
public:
    explicit PlainListPage(ApiClient *api)
        : ListPage(api, u"/users"_s)
    {
        setColumns({ListColumn::text(u"email"_s, u"Email"_s, u"email"_s),
                    ListColumn::text(u"display_name"_s, u"Name"_s, u"display_name"_s)});
        setDefaultSort(u"email"_s);
        setEmptyTexts(u"No users."_s, u"No users match."_s);
    }
    QString title() const override { return u"Plain"_s; }
};

} // namespace

class TestListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorStateOffersTryAgain();
    void exportWritesTheCurrentFilterAsCsv();
    void exportCanBeCancelled();
    void configurationHooks();
    void countSaysAboutOnlyForEstimates();
    void filtersWrapToFurtherRowsWithTheirLabels();

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_acme;
    erp::test::SignedInClient m_admin;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
};

void TestListPage::initTestCase()
{
    QVERIFY(m_languages.apply(u"en"_s));
    m_server = std::make_unique<TestServer>(u"ui_listpage"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_acme = m_server->createTenant(u"acme"_s);
    m_server->createUser(m_acme, u"rep@acme.test"_s, {u"sales_rep"_s});
    for (int i = 0; i < 25; ++i)
        m_server->createUser(m_acme, u"bulk%1@acme.test"_s.arg(i, 2, 10, QLatin1Char('0')), {u"purchaser"_s});
    QVERIFY(m_admin.signIn(*m_server, m_acme.slug, m_acme.adminEmail, m_acme.adminPassword));
}

void TestListPage::errorStateOffersTryAgain()
{
    // A sales rep may not list users: the server answers 403.
    erp::test::SignedInClient rep;
    QVERIFY(rep.signIn(*m_server, m_acme.slug, u"rep@acme.test"_s, TestServer::userPassword()));
    PlainListPage page(rep.api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(700, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    // While the first page loads the table says so.
    QVERIFY(page.isOverlayVisible());
    QCOMPARE(page.overlayText(), u"Loading…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Error, 15000);
    QVERIFY(page.isOverlayVisible());
    QVERIFY2(page.overlayText().contains(u"permission"_s), qPrintable(page.overlayText()));
    QVERIFY(page.retryButton()->isVisible());
    QCOMPARE(page.retryButton()->text(), u"Try Again"_s);
    // Try again asks the server again (and fails again, visibly).
    QSignalSpy failed(page.model(), &PagedListModel::loadFailed);
    QTest::mouseClick(page.retryButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QCOMPARE(page.model()->state(), PagedListModel::State::Error);
    QVERIFY(page.retryButton()->isVisible());
}

void TestListPage::exportWritesTheCurrentFilterAsCsv()
{
    PlainListPage page(m_admin.api.get());
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    // Export what the user sees: the search "bulk1" (bulk10..bulk19).
    page.searchEdit()->setText(u"bulk1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.model()->searchText() == u"bulk1"_s && page.model()->state() == PagedListModel::State::Ready, 15000);
    const QString path = m_dir.filePath(u"users.csv"_s);
    QSignalSpy finished(&page, &ListPage::exportFinished);
    ApiReply *reply = page.exportTo(path);
    QVERIFY(reply);
    QVERIFY(page.exportProgress());
    QVERIFY(!page.exportAction()->isEnabled()); // one export at a time
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(finished.first().at(2).toString().startsWith(u"Exported to"_s));
    QVERIFY(page.exportAction()->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 10); // header and the 10 matching users
    QVERIFY(lines.first().contains("email"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].contains("bulk1"), lines[i].constData());
    QTRY_VERIFY(!page.exportProgress());
}

void TestListPage::exportCanBeCancelled()
{
    PlainListPage page(m_admin.api.get());
    page.show();
    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    QSignalSpy finished(&page, &ListPage::exportFinished);
    QVERIFY(page.exportTo(path));
    QVERIFY(page.exportProgress());
    // What the Cancel button (or closing the progress window) does.
    emit page.exportProgress()->canceled();
    QVERIFY(finished.count() == 1 || finished.wait(15000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), u"Export cancelled."_s);
    // Nothing half-written is left behind.
    QVERIFY(!QFile::exists(path));
    // And an unwritable target is reported, not ignored.
    QSignalSpy failed(&page, &ListPage::exportFinished);
    QVERIFY(!page.exportTo(m_dir.filePath(u"no/such/dir/users.csv"_s)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toBool(), false);
    auto *box = erp::test::findChildDialog<QMessageBox>(&page);
    QVERIFY(box);
    box->accept();
}

void TestListPage::configurationHooks()
{
    PlainListPage page(m_admin.api.get());
    auto *filter = new QComboBox;
    filter->addItems({u"All"_s, u"Active"_s});
    page.addFilterWidget(filter, u"Status:"_s);
    auto *action = new QAction(u"Do Something"_s, &page);
    page.addPageAction(action);
    auto *detail = new QLabel(u"detail"_s);
    page.setDetailWidget(detail);
    page.setCreateText(u"New Thing"_s);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // The filter sits in the filter row with its label as buddy.
    QVERIFY(filter->isVisible());
    auto labels = page.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->buddy() == filter; }));
    // Page actions come after New and before Refresh/Export.
    const QList<QAction *> actions = page.toolBar()->actions();
    QVERIFY(actions.indexOf(page.createAction()) < actions.indexOf(action));
    QVERIFY(actions.indexOf(action) < actions.indexOf(page.refreshAction()));
    QVERIFY(detail->isVisible());
    QVERIFY(page.canCreate());
    QSignalSpy create(&page, &ListPage::createRequested);
    page.createRecord();
    QCOMPARE(create.count(), 1);
    page.setCreateEnabled(false);
    QVERIFY(!page.canCreate());
    page.createRecord();
    QCOMPARE(create.count(), 1);

    // Empty state with the page's own words.
    page.activate();
    page.searchEdit()->setText(u"nobody-has-this-name"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Empty, 15000);
    QCOMPARE(page.overlayText(), u"No users match."_s);
    // Enter searches at once, without waiting for the debounce.
    page.searchEdit()->setText(u"rep@"_s);
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    QCOMPARE(page.model()->searchText(), u"rep@"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(!page.isOverlayVisible());
}

void TestListPage::countSaysAboutOnlyForEstimates()
{
    const auto countText = [](const ListPage &page) {
        return page.findChild<QLabel *>(u"countLabel"_s)->text();
    };
    // acme has 27 users: counted exactly, so no "about".
    {
        PlainListPage page(m_admin.api.get());
        page.setPageSize(10);
        page.resize(700, 400);
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
        QVERIFY(page.model()->totalIsExact());
        // (The view may have fetched a second page to fill itself.)
        static const QRegularExpression exact(u"^Showing [12]0 of 27 rows; scroll down for more\\.$"_s);
        QVERIFY2(exact.match(countText(page)).hasMatch(), qPrintable(countText(page)));
    }
    // An organisation with 1,500 users: more than the server counts, so the
    // figure is its estimate and the page says "about".
    const TestServer::Tenant big = m_server->createTenant(u"bigco"_s);
    {
        const QString connection = u"listpage-superuser"_s;
        {
            QSqlQuery q(TestDatabase::superuserConnection(TestDatabase::databaseName(u"ui_listpage"_s), connection));
            QVERIFY2(q.exec(u"INSERT INTO users (tenant_id, email, display_name, password_hash) "
                            "SELECT %1, 'many' || g || '@bigco.test', 'Many ' || g, 'x' "
                            "FROM generate_series(1, 1500) g"_s.arg(big.id)),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"ANALYZE users"_s));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    erp::test::SignedInClient bigAdmin;
    QVERIFY(bigAdmin.signIn(*m_server, big.slug, big.adminEmail, big.adminPassword));
    PlainListPage page(bigAdmin.api.get());
    page.setPageSize(10);
    page.resize(700, 400);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == PagedListModel::State::Ready, 15000);
    QVERIFY(!page.model()->totalIsExact());
    QVERIFY(page.model()->totalEstimate() > 1000);
    // The estimate with the English thousands separator.
    static const QRegularExpression about(u"^Showing \\d+ of about \\d{1,3}(,\\d{3})+ rows; scroll down for more\\.$"_s);
    QVERIFY2(about.match(countText(page)).hasMatch(), qPrintable(countText(page)));
}

void TestListPage::filtersWrapToFurtherRowsWithTheirLabels()
{
    // Seven filters as long as a German stock-moves row, three with labels
    // (one added the way StockMovesPage does: a QLabel, then its buddy), a
    // check box kept with its field.
    PlainListPage page(m_admin.api.get());
    QList<QWidget *> fields;
    QList<std::pair<QLabel *, QWidget *>> pairs;
    for (int i = 0; i < 3; ++i) {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(u"Alle Lagerplätze und Regale %1"_s.arg(i));
        page.addFilterWidget(edit, u"Lagerplatz %1:"_s.arg(i));
        fields << edit;
    }
    auto *ownLabel = new QLabel(u"Bis zum Datum:"_s);
    auto *date = new QLineEdit;
    date->setPlaceholderText(u"31.12.2026"_s);
    ownLabel->setBuddy(date);
    page.addFilterWidget(ownLabel);
    page.addFilterWidget(date);
    auto *combo = new QComboBox;
    combo->addItems({u"Alle Gründe der Lagerbewegung"_s, u"Korrektur"_s});
    page.addFilterWidget(combo);
    auto *check = new QCheckBox(u"Ab dem Tag"_s);
    auto *checked = new QLineEdit;
    page.addFilterGroup({check, checked});
    fields << date << combo << check << checked;
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (QLabel *l : page.findChildren<QLabel *>())
        if (l->buddy())
            pairs.append({l, l->buddy()});
    QCOMPARE(pairs.size(), 4);

    // What the row needs, summed independently of the layout: wider than the page.
    int oneRow = 0;
    for (QWidget *w : page.findChild<QWidget *>(u"filterBar"_s)->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        oneRow += w->sizeHint().width();
    for (const int width : {900, 640, 420}) {
        page.resize(width, 500);
        QTRY_COMPARE(page.width(), width);
        QApplication::processEvents();
        auto *bar = page.findChild<QWidget *>(u"filterBar"_s);
        const QRect inside = page.rect().marginsRemoved(page.layout()->contentsMargins());
        QList<int> centres;
        for (QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            const QRect r(w->mapTo(&page, QPoint(0, 0)), w->size());
            QVERIFY2(inside.contains(r), qPrintable(u"%1 px: %2 at %3,%4 %5x%6 outside the page"_s.arg(width)
                                                          .arg(QString::fromLatin1(w->metaObject()->className()))
                                                          .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
            // At least its size hint: a placeholder or choice is never squeezed.
            QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(u"%1 px: %2 squeezed"_s.arg(width).arg(
                                                                     QString::fromLatin1(w->metaObject()->className()))));
            centres << r.center().y();
        }
        std::sort(centres.begin(), centres.end());
        int rows = 1;
        for (int i = 1; i < centres.size(); ++i)
            rows += centres[i] - centres[i - 1] > 4 ? 1 : 0;
        // A label and its field share a row, the label first.
        for (const auto &[label, field] : std::as_const(pairs)) {
            QVERIFY(qAbs(label->geometry().center().y() - field->geometry().center().y()) <= 1);
            QVERIFY(label->geometry().right() < field->geometry().left());
        }
        QVERIFY(qAbs(check->geometry().center().y() - checked->geometry().center().y()) <= 1);
        // No filter overlaps another.
        const auto all = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (int i = 0; i < all.size(); ++i)
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY(!all[i]->geometry().intersects(all[j]->geometry()));
        // More rows the narrower the page, and the table starts below the last.
        QVERIFY2(rows >= (oneRow > inside.width() ? 2 : 1), qPrintable(QString::number(rows)));
        QVERIFY(bar->geometry().bottom() < page.view()->mapTo(&page, QPoint(0, 0)).y());
        if (width == 420)
            QVERIFY2(rows >= 4, qPrintable(QString::number(rows)));
    }
    erp::test::saveScreenshot(&page, u"listpage-filters-wrapped"_s);
}

QTEST_MAIN(TestListPage)
#include "tst_listpage.moc"
