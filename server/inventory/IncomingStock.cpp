#include "server/inventory/IncomingStock.h"

#include <QMutex>

namespace erp::server {

namespace {

QMutex &sourceMutex()
{
    static QMutex m;
    return m;
}

QString &source()
{
    static QString s;
    return s;
}

} // namespace

void IncomingStock::setSource(const QString &perProductSql)
{
    const QMutexLocker lock(&sourceMutex());
    source() = perProductSql;
}

QString IncomingStock::sqlFor(const QString &productIdColumn)
{
    const QMutexLocker lock(&sourceMutex());
    if (source().isEmpty())
        return QStringLiteral("0::numeric");
    return source().arg(productIdColumn);
}

} // namespace erp::server
