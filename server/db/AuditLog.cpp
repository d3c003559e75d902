#include "server/db/AuditLog.h"

#include "server/db/Database.h"

#include <QJsonDocument>

namespace erp::server {

static QVariant jsonOrNull(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void AuditLog::record(const AuditEntry &e)
{
    Database::exec(QStringLiteral(
                       "INSERT INTO audit_log (tenant_id, user_id, entity, entity_id, action, before, after, request_id) "
                       "VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)"),
                   {e.tenantId,
                    e.userId ? QVariant(e.userId) : QVariant(QMetaType::fromType<qint64>()),
                    e.entity,
                    e.entityId ? QVariant(e.entityId) : QVariant(QMetaType::fromType<qint64>()),
                    e.action, jsonOrNull(e.before), jsonOrNull(e.after),
                    e.requestId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(QString::fromLatin1(e.requestId))});
}

} // namespace erp::server
