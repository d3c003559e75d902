// PermissionCatalogModel and RoleListModel over the real server:
// QAbstractItemModelTester, module grouping, check states, read-only mode.
#include "client/core/ApiClient.h"
#include "client/core/PermissionCatalogModel.h"
#include "client/core/RoleListModel.h"
#include "client/core/Session.h"
#include "client/core/TrustStore.h"

#include "shared/Permissions.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace erp::client;
using namespace Qt::StringLiterals;

class tst_AdminModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::Tenant m_tenant;
    QTemporaryDir m_dir;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<ApiClient> m_api;

    static QModelIndex findModule(const PermissionCatalogModel &model, const QString &module)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(PermissionCatalogModel::ModuleRole).toString() == module)
                return model.index(row, 0);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(u"client_adminmodels"_s);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_tenant = m_server->createTenant(u"models"_s);
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

    void permissionCatalogGroupsByModule()
    {
        PermissionCatalogModel model(m_api.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PermissionCatalogModel::loaded);
        model.load();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10'000));
        QVERIFY(model.isLoaded());

        QSet<QString> modules;
        int permissions = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex module = model.index(row, 0);
            QVERIFY(module.data(PermissionCatalogModel::IsModuleRole).toBool());
            modules.insert(module.data(PermissionCatalogModel::ModuleRole).toString());
            for (int p = 0; p < model.rowCount(module); ++p) {
                const QModelIndex permission = model.index(p, 0, module);
                QCOMPARE(permission.parent(), module);
                QCOMPARE(permission.data(PermissionCatalogModel::ModuleRole), module.data(PermissionCatalogModel::ModuleRole));
                QVERIFY(!permission.data(PermissionCatalogModel::IsModuleRole).toBool());
                QVERIFY(!permission.data().toString().isEmpty());
                QVERIFY(model.flags(permission) & Qt::ItemIsUserCheckable);
                ++permissions;
            }
        }
        QCOMPARE(modules, (QSet<QString>{u"admin"_s, u"crm"_s, u"purchasing"_s, u"inventory"_s, u"shipments"_s}));
        QCOMPARE(permissions, int(erp::shared::allPermissions().size()));
        // Every permission the server sends has a translated label.
        for (const auto &p : erp::shared::allPermissions())
            QVERIFY2(PermissionCatalogModel::permissionLabel(p.name) != p.name, qPrintable(p.name));
        QCOMPARE(findModule(model, u"admin"_s).data().toString(), PermissionCatalogModel::tr("Administration"));
    }

    void checkingPermissionsAndModules()
    {
        PermissionCatalogModel model(m_api.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PermissionCatalogModel::loaded);
        model.setCheckedPermissions({u"users.view"_s, u"crm.view"_s});   // before loading: kept
        model.load();
        QVERIFY(loaded.wait(10'000));
        const QModelIndex admin = findModule(model, u"admin"_s);
        const QModelIndex crm = findModule(model, u"crm"_s);
        QVERIFY(admin.isValid() && crm.isValid());
        QCOMPARE(admin.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(findModule(model, u"shipments"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QSignalSpy changed(&model, &PermissionCatalogModel::checkedPermissionsChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        // Checking the module checks all of its permissions.
        QVERIFY(model.setData(admin, int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(admin.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(changed.size(), 1);
        QVERIFY(dataChanged.size() >= 2);   // the module row and its children
        for (int p = 0; p < model.rowCount(admin); ++p)
            QCOMPARE(model.index(p, 0, admin).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.checkedPermissions().contains(u"roles.manage"_s));

        // Unchecking one permission makes the module partial.
        const QModelIndex first = model.index(0, 0, admin);
        const QString firstName = first.data(PermissionCatalogModel::NameRole).toString();
        QVERIFY(model.setData(first, int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(admin.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QVERIFY(!model.checkedPermissions().contains(firstName));

        // Unchecking the CRM module.
        QVERIFY(model.setData(crm, int(Qt::Unchecked), Qt::CheckStateRole));
        QVERIFY(!model.checkedPermissions().contains(u"crm.view"_s));
        QStringList sorted = model.checkedPermissions();
        sorted.sort();
        QCOMPARE(model.checkedPermissions(), sorted);

        // Read-only (built-in admin role): nothing is checkable.
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 0, findModule(model, u"admin"_s))) & Qt::ItemIsUserCheckable));
        const QStringList before = model.checkedPermissions();
        QVERIFY(!model.setData(findModule(model, u"admin"_s), int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(model.checkedPermissions(), before);
    }

    void roleListLoadsAllRolesCheckable()
    {
        RoleListModel model(m_api.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RoleListModel::loaded);
        model.load();
        QVERIFY(loaded.wait(10'000));
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row).data(RoleListModel::NameRole).toString());
        QStringList expected;
        for (const auto &r : erp::shared::builtInRoles())
            expected.append(r.name);
        expected.sort();
        QCOMPARE(names, expected);
        QVERIFY(model.index(0).data(RoleListModel::IsBuiltinRole).toBool());

        const int adminRow = int(names.indexOf(u"admin"_s));
        const qint64 adminId = model.index(adminRow).data(RoleListModel::IdRole).toLongLong();
        QCOMPARE(model.rowOfId(adminId), adminRow);
        model.setCheckedRoleIds({adminId});
        QCOMPARE(model.index(adminRow).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QSignalSpy changed(&model, &RoleListModel::checkedRoleIdsChanged);
        const int managerRow = int(names.indexOf(u"manager"_s));
        QVERIFY(model.setData(model.index(managerRow), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.checkedRoleIds().size(), 2);
        QCOMPARE(model.checkedRoleNames(), (QStringList{u"admin"_s, u"manager"_s}));

        model.setReadOnly(true);
        QVERIFY(!model.setData(model.index(managerRow), int(Qt::Unchecked), Qt::CheckStateRole));
        model.setCheckable(false);
        QVERIFY(!model.index(0).data(Qt::CheckStateRole).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_AdminModels)
#include "tst_adminmodels.moc"
