#pragma once

#include "server/http/HttpResponse.h"
#include "server/platform/RecordEntity.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace erp::server {

class DocumentCache;
class Transaction;
struct HttpRequest;

// Create, read, update and delete of one entity for one caller, with the
// entity's record rule applied to every read and write, optimistic
// versioning and an audit row per mutation in the caller's transaction.
// Knows nothing of HTTP; the entity services add their own rules on top.
class RecordService
{
public:
    RecordService(const RecordEntity &entity, const Principal &caller, QByteArray requestId);

    std::optional<QJsonObject> find(qint64 id) const;
    QJsonObject findOrThrow(qint64 id) const;   // 404 when not visible
    // Whether a read may be answered with a kept document (DocumentCache)
    // once the database confirms it is current, or must be read anew.
    enum class Read { KeptWhenCurrent, Anew };
    // Read::Anew when the request asks for it (Cache-Control or Pragma:
    // no-cache).
    static Read readAsAsked(const HttpRequest &request);

    // GET of one record: the JSON as the database built it, with its ETag;
    // 404 when not visible. The table must have a version column.
    // As the request's last statement: commits `transaction` with it.
    // For an entity with a keptDocument, the document is kept (DocumentCache)
    // and answered from memory while the database reports its stamp
    // unchanged; a changed one is read anew in a transaction of its own.
    HttpResponse readResponse(qint64 id, Transaction &transaction, Read read = Read::KeptWhenCurrent) const;
    qint64 create(const RecordValues &values, const RecordValues &extra = {}, const QString &auditAction = QStringLiteral("create"));
    // Locks the row, checks the version (412), writes, audits "update";
    // returns the row before the change.
    QJsonObject update(qint64 id, int expectedVersion, const RecordValues &values, const RecordValues &extra = {});
    // 409 "in_use" when other records still refer to it.
    void remove(qint64 id, int expectedVersion);

    int lock(qint64 id, int expectedVersion = 0) const;
    void audit(qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after) const;

    const RecordEntity &entity() const { return m_entity; }
    const Principal &caller() const { return m_caller; }
    QString recordRule() const { return m_entity.recordRule(m_caller); }

private:
    HttpResponse readKept(qint64 id, Transaction &transaction, Read read, DocumentCache &kept) const;

    const RecordEntity &m_entity;
    Principal m_caller;
    QByteArray m_requestId;
};

} // namespace erp::server
