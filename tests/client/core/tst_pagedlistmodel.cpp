// PagedListModel over the real /api/v1/users list: QAbstractItemModelTester,
// keyset pages fetched on demand, server-side sort, search and filters,
// replies to an earlier query ignored, empty and error states, CSV export of
// the current query.
#include "client/core/ApiClient.h"
#include "client/core/PagedListModel.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"

#include "tests/support/TestCertificate.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace erp::client;
using namespace Qt::StringLiterals;

class tst_PagedListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_tenant;
    QTemporaryDir m_dir;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<ApiClient> m_api;
    static constexpr int CreatedUsers = 25;
    static constexpr int AllUsers = CreatedUsers + 1;   // + the admin

    std::unique_ptr<PagedListModel> newUsersModel()
    {
        auto model = std::make_unique<PagedListModel>(m_api.get(), u"/users"_s);
        ListColumn email = ListColumn::text(u"email"_s, u"Email"_s, u"email"_s);
        ListColumn name = ListColumn::text(u"display_name"_s, u"Name"_s, u"display_name"_s);
        ListColumn active = ListColumn::text(u"is_active"_s, u"Active"_s);   // not sortable
        active.alignment = Qt::AlignCenter;
        ListColumn roles = ListColumn::text(u"role_names"_s, u"Roles"_s);
        roles.format = [](const QJsonObject &item) { return item.value(u"role_names"_s).toString().toUpper(); };
        model->setColumns({email, name, active, roles});
        model->setPageSize(10);
        return model;
    }
    // Loads page 1 and waits for it.
    static bool reloadAndWait(PagedListModel &model)
    {
        QSignalSpy reloaded(&model, &PagedListModel::reloaded);
        model.reload();
        return reloaded.wait(10'000);
    }
    // Loads every remaining page (a QAbstractItemModelTester may already be
    // fetching: it calls fetchMore() itself after every change).
    static bool fetchAll(PagedListModel &model)
    {
        while (model.isLoading() || model.canFetchMore({})) {
            QSignalSpy loading(&model, &PagedListModel::loadingChanged);
            if (!model.isLoading())
                model.fetchMore({});
            if (!loading.wait(10'000))
                return false;
        }
        return model.state() != PagedListModel::State::Error;
    }
    static QStringList emails(const PagedListModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.itemAt(row).value(u"email"_s).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(u"client_pagedlist"_s);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_tenant = m_server->createTenant(u"paging"_s);
        for (int i = 1; i <= CreatedUsers; ++i)
            m_server->createUser(m_tenant, u"user%1@paging.test"_s.arg(i, 2, 10, QLatin1Char('0')),
                                 {i % 2 ? u"sales_rep"_s : u"purchaser"_s});
        m_trust = std::make_unique<TrustStore>(m_dir.filePath(u"trust.ini"_s));
        m_trust->pinFingerprint(TrustStore::serverKey(u"127.0.0.1"_s, m_server->port()),
                                erp::test::TestCertificate::instance().fingerprint());
        m_api = std::make_unique<ApiClient>(m_trust.get());
        m_api->setServerUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())));
        ApiReply *r = m_api->signIn(m_tenant.slug, m_tenant.adminEmail, m_tenant.adminPassword);
        QSignalSpy done(r, &ApiReply::finished);
        QVERIFY(done.wait(10'000));
        QVERIFY(m_api->session()->isSignedIn());
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_server.reset();
    }

    void nothingLoadsBeforeReload()
    {
        auto model = newUsersModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSearchText(u"user"_s);
        model->sort(0, Qt::DescendingOrder);
        QCOMPARE(model->state(), PagedListModel::State::Idle);
        QVERIFY(!model->isLoading());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Email"_s);
    }

    void modelTesterOverEveryPage()
    {
        // The tester calls fetchMore() after every change, like a view that
        // is tall enough: all pages load, and every signal is checked.
        auto model = newUsersModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSort(u"-created_at"_s);
        QVERIFY(reloadAndWait(*model));
        QVERIFY(fetchAll(*model));
        QCOMPARE(model->rowCount(), AllUsers);
        QVERIFY(!model->hasMore());
        model->sort(1, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->hasMore(), 10'000);
        QCOMPARE(model->rowCount(), AllUsers);
    }

    void pagesAreFetchedOnDemand()
    {
        // No tester here: it would fetch by itself.
        auto model = newUsersModel();
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->setSort(u"email"_s);
        QSignalSpy loading(model.get(), &PagedListModel::loadingChanged);
        QVERIFY(reloadAndWait(*model));
        QCOMPARE(loading.size(), 2);   // true, false
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(model->state(), PagedListModel::State::Ready);
        // The organisation's users are few: the server counted them.
        QCOMPARE(model->totalEstimate(), AllUsers);
        QVERIFY(model->totalIsExact());
        QVERIFY(model->hasMore());
        QVERIFY(model->canFetchMore({}));
        QVERIFY(!model->canFetchMore(model->index(0, 0)));

        // Nothing more arrives unless asked for.
        QTest::qWait(200);
        QCOMPARE(model->rowCount(), 10);

        QSignalSpy page(model.get(), &PagedListModel::pageLoaded);
        model->fetchMore({});
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore({}));   // one page at a time
        model->fetchMore({});                // ignored while loading
        QVERIFY(page.wait(10'000));
        QCOMPARE(page.size(), 1);
        QCOMPARE(model->rowCount(), 20);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.last().at(1).toInt(), 10);
        QCOMPARE(inserted.last().at(2).toInt(), 19);

        QVERIFY(fetchAll(*model));
        QCOMPARE(model->rowCount(), AllUsers);
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(!model->hasMore());
        // Every insert had rows (never beginInsertRows for zero rows).
        for (const auto &args : inserted)
            QVERIFY(args.at(2).toInt() >= args.at(1).toInt());
        const QStringList all = emails(*model);
        QStringList sorted = all;
        sorted.sort();
        QCOMPARE(all, sorted);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), AllUsers);

        // Data roles.
        const QModelIndex first = model->index(0, 0);
        QCOMPARE(first.data().toString(), all.first());
        QCOMPARE(model->data(first, PagedListModel::ItemRole).toJsonObject().value(u"email"_s).toString(), all.first());
        QCOMPARE(model->data(first, PagedListModel::IdRole).toLongLong(), model->idAt(0));
        QCOMPARE(model->rowOfId(model->idAt(5)), 5);
        QCOMPARE(model->index(0, 2).data().toString(), PagedListModel::tr("Yes"));
        QCOMPARE(model->index(0, 2).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignCenter));
        const QString roles = model->itemAt(1).value(u"role_names"_s).toString();
        QCOMPARE(model->index(1, 3).data().toString(), roles.toUpper());
    }

    void sortingByColumnAsksTheServer()
    {
        auto model = newUsersModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSort(u"email"_s);
        QVERIFY(reloadAndWait(*model));
        QCOMPARE(model->sortColumn(), 0);
        QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
        const QString firstAscending = model->itemAt(0).value(u"email"_s).toString();

        QSignalSpy reloaded(model.get(), &PagedListModel::reloaded);
        QSignalSpy sortChanged(model.get(), &PagedListModel::sortChanged);
        model->sort(0, Qt::DescendingOrder);
        QCOMPARE(model->sortExpression(), u"-email"_s);
        QCOMPARE(sortChanged.size(), 1);
        QVERIFY(reloaded.wait(10'000));
        QCOMPARE(model->rowCount(), 10);   // page 1 again
        QCOMPARE(model->itemAt(0).value(u"email"_s).toString(), u"user25@paging.test"_s);
        QVERIFY(firstAscending != model->itemAt(0).value(u"email"_s).toString());
        QVERIFY(fetchAll(*model));
        QCOMPARE(model->itemAt(model->rowCount() - 1).value(u"email"_s).toString(), firstAscending);
        QCOMPARE(model->sortOrder(), Qt::DescendingOrder);

        // Display name, ascending.
        model->sort(1, Qt::AscendingOrder);
        QCOMPARE(model->sortExpression(), u"display_name"_s);
        QVERIFY(reloaded.wait(10'000));
        QCOMPARE(model->sortColumn(), 1);
        QVERIFY(fetchAll(*model));

        // A column the server cannot sort by: nothing happens.
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->sort(2, Qt::AscendingOrder);
        model->sort(3, Qt::DescendingOrder);
        model->sort(-1, Qt::AscendingOrder);
        QVERIFY(!model->isLoading());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model->sortExpression(), u"display_name"_s);
    }

    void searchAndFiltersReloadFromPageOne()
    {
        auto model = newUsersModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSort(u"email"_s);
        QVERIFY(reloadAndWait(*model));
        QVERIFY(fetchAll(*model));
        QCOMPARE(model->rowCount(), AllUsers);

        QSignalSpy reloaded(model.get(), &PagedListModel::reloaded);
        model->setSearchText(u"user1"_s);   // user10..user19
        QVERIFY(reloaded.wait(10'000));
        QVERIFY(fetchAll(*model));
        QCOMPARE(model->rowCount(), 10);
        for (const QString &e : emails(*model))
            QVERIFY2(e.startsWith(u"user1"_s), qPrintable(e));
        QCOMPARE(model->currentQuery().queryItemValue(u"q"_s), u"user1"_s);

        model->setSearchText(u"user1"_s);   // same text: no reload
        QVERIFY(!model->isLoading());

        model->setSearchText({});
        QVERIFY(reloaded.wait(10'000));
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(model->hasMore());

        // A filter parameter.
        model->setFilter(u"is_active"_s, u"true"_s);
        QVERIFY(reloaded.wait(10'000));
        QVERIFY(fetchAll(*model));
        QCOMPARE(model->rowCount(), AllUsers);
        QCOMPARE(model->filters().value(u"is_active"_s), u"true"_s);
    }

    void staleRepliesAreIgnored()
    {
        auto model = newUsersModel();   // no tester: it would fetch pages by itself
        model->setSort(u"email"_s);
        QVERIFY(reloadAndWait(*model));

        QSignalSpy reloaded(model.get(), &PagedListModel::reloaded);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        // Typing fast: three queries in flight one after the other.
        model->setSearchText(u"user2"_s);
        model->setSearchText(u"user0"_s);
        model->setSearchText(u"user05"_s);
        QVERIFY(reloaded.wait(10'000));
        QTest::qWait(300);   // any answer to the earlier queries would arrive by now
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(emails(*model), QStringList{u"user05@paging.test"_s});

        // A page for an earlier query that arrives after a reload is dropped too.
        model->setSearchText({});
        QVERIFY(reloaded.wait(10'000));
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});   // page 2 of the unfiltered list in flight...
        model->setSearchText(u"user07"_s);   // ...when the query changes
        QVERIFY(reloaded.wait(10'000));
        QTest::qWait(300);
        QCOMPARE(emails(*model), QStringList{u"user07@paging.test"_s});
        QVERIFY(!model->canFetchMore({}));
    }

    void emptyState()
    {
        auto model = newUsersModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToInsert(model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy state(model.get(), &PagedListModel::stateChanged);
        model->setSearchText(u"no-such-user-anywhere"_s);
        QVERIFY(reloadAndWait(*model));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->state(), PagedListModel::State::Empty);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(aboutToInsert.size(), 0);
        QCOMPARE(state.last().first().value<PagedListModel::State>(), PagedListModel::State::Empty);
        QCOMPARE(model->totalEstimate(), 0);
    }

    void errorState()
    {
        PagedListModel model(m_api.get(), u"/no-such-list"_s);
        model.setColumns({ListColumn::text(u"id"_s, u"Id"_s)});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &PagedListModel::loadFailed);
        model.reload();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.lastError().httpStatus(), 404);
        QVERIFY(!model.canFetchMore({}));

        // A bad filter value is a 400 with the parameter named.
        auto users = newUsersModel();
        QSignalSpy usersFailed(users.get(), &PagedListModel::loadFailed);
        users->setFilter(u"role_id"_s, u"not-a-number"_s);
        users->reload();
        QVERIFY(usersFailed.wait(10'000));
        QCOMPARE(users->lastError().code(), u"bad_query_parameter"_s);
        // Retrying after fixing the filter works.
        QSignalSpy reloaded(users.get(), &PagedListModel::reloaded);
        users->clearFilter(u"role_id"_s);
        QVERIFY(reloaded.wait(10'000));
        QCOMPARE(users->state(), PagedListModel::State::Ready);
    }

    void localUpdatesAndRemovals()
    {
        auto model = newUsersModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSort(u"email"_s);
        QVERIFY(reloadAndWait(*model));
        QJsonObject item = model->itemAt(3);
        item.insert(u"display_name"_s, u"Changed locally"_s);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(model->updateItem(item));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model->index(3, 1).data().toString(), u"Changed locally"_s);
        const qint64 id = model->idAt(3);
        QVERIFY(model->removeItem(id));
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(model->rowOfId(id), -1);
        QVERIFY(!model->removeItem(id));
        QVERIFY(!model->updateItem(QJsonObject{{u"id"_s, -5}}));
    }

    void csvExportOfCurrentQuery()
    {
        auto model = newUsersModel();
        model->setSearchText(u"user2"_s);   // user20..user25
        model->setSort(u"-email"_s);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ApiReply *r = model->exportCsv(&buffer);
        QSignalSpy done(r, &ApiReply::finished);
        QVERIFY(done.wait(10'000));
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 6);   // header + rows
        QVERIFY(lines.at(1).contains("user25@paging.test"));
        QVERIFY(lines.last().contains("user20@paging.test"));
    }
};

QTEST_GUILESS_MAIN(tst_PagedListModel)
#include "tst_pagedlistmodel.moc"
