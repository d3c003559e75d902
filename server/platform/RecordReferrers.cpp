#include "server/platform/RecordReferrers.h"

#include "server/db/Database.h"
#include "server/http/ApiError.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace erp::server {

namespace {

QMutex &registryMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QList<RecordReferrer>> &registry()
{
    static QHash<QString, QList<RecordReferrer>> r;
    return r;
}

} // namespace

void RecordReferrers::add(const QString &table, const RecordReferrer &referrer)
{
    const QMutexLocker lock(&registryMutex());
    QList<RecordReferrer> &list = registry()[table];
    for (const RecordReferrer &r : std::as_const(list))
        if (r.countSql == referrer.countSql)
            return;
    list.append(referrer);
}

QList<RecordReferrer> RecordReferrers::of(const QString &table)
{
    const QMutexLocker lock(&registryMutex());
    return registry().value(table);
}

QList<RecordReferrers::InUse> RecordReferrers::inUse(const QString &table, qint64 id)
{
    QList<InUse> out;
    for (const RecordReferrer &r : of(table)) {
        QSqlQuery &q = Database::exec(r.countSql, {id});
        const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (count > 0)
            out.append({r, count});
    }
    return out;
}

void RecordReferrers::refuseIfInUse(const QString &table, qint64 id, const QString &noun, const QString &advice)
{
    const QList<InUse> used = inUse(table, id);
    if (used.isEmpty())
        return;
    QStringList words;
    QList<FieldError> errors;
    for (const InUse &u : used) {
        words << QStringLiteral("%1 (%2)").arg(u.referrer.words).arg(u.count);
        errors.append({u.referrer.name, QStringLiteral("in_use"),
                       QStringLiteral("%1 %2 still refer to this %3.").arg(u.count).arg(u.referrer.words, noun)});
    }
    throw ApiError(409, QStringLiteral("in_use"), QStringLiteral("Conflict"),
                   QStringLiteral("This %1 cannot be deleted: it is still referred to by %2. %3")
                       .arg(noun, words.join(QStringLiteral(", ")), advice)
                       .trimmed(),
                   errors);
}

} // namespace erp::server
