#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace erp::test {

// What each route must require, written down and reviewed here rather than
// read from the server's route declarations, so that a weakened declaration
// (say DELETE /leads/{id} declared with crm.view) disagrees with it and fails
// the tests that use it (tst_rbacmatrix, tst_openapi, tst_tenantfromtoken).
// A route the server serves without a row here, or a row the server does not
// serve, fails those tests as well: adding a route means adding its row.
struct ExpectedRouteAccess
{
    enum Kind { Public, Authenticated, Permission };

    QByteArray method;
    QString pattern; // as declared: "/api/v1/leads/{id:int}"
    Kind kind = Permission;
    QString permission; // the declared permission (Kind Permission)
    QStringList alsoNeeds; // permissions the handler checks on top of it

    // Every permission a caller needs (empty for Public and Authenticated).
    QStringList allNeeded() const;
    bool allows(const QStringList &held) const;
    QString key() const { return QString::fromLatin1(method) + QLatin1Char(' ') + pattern; }

    static const QList<ExpectedRouteAccess> &table();
    static const ExpectedRouteAccess *find(const QByteArray &method, const QString &pattern);
};

} // namespace erp::test
