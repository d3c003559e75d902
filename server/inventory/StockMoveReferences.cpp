#include "server/inventory/StockMoveReferences.h"

#include <QMap>
#include <QMutex>

namespace erp::server {

namespace {

QMutex &sourcesMutex()
{
    static QMutex m;
    return m;
}

QMap<QString, QString> &sources()
{
    static QMap<QString, QString> s;
    return s;
}

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

void StockMoveReferences::setLabelSource(const QString &referenceType, const QString &labelSql)
{
    const QMutexLocker lock(&sourcesMutex());
    sources().insert(referenceType, labelSql);
}

QString StockMoveReferences::labelSqlFor(const QString &typeColumn, const QString &idColumn)
{
    const QMutexLocker lock(&sourcesMutex());
    if (sources().isEmpty())
        return QStringLiteral("NULL::text");
    QString sql = QStringLiteral("CASE %1").arg(typeColumn);
    for (auto it = sources().cbegin(); it != sources().cend(); ++it)
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(quoted(it.key()), it.value().arg(idColumn));
    return sql + QStringLiteral(" END");
}

} // namespace erp::server
