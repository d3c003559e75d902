#include "server/platform/Idempotency.h"

#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/ApiError.h"
#include "server/http/HttpRequest.h"
#include "server/http/Principal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace erp::server {

// Keyed with a secret derived from the server key: a request body can hold
// a secret (a new user's initial password), and an unkeyed hash of it in the
// database could be checked against guesses offline.
static QByteArray requestHash(const HttpRequest &request)
{
    static const QByteArray key = TokenService::instance().derivedKey("idempotency request hash");
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(request.method);
    mac.addData("\n", 1);
    mac.addData(request.path);
    mac.addData("\n", 1);
    mac.addData(request.body);
    return mac.result();
}

int Idempotency::purgeExpired()
{
    // Row-level security is forced on idempotency_keys, so each organisation
    // is visited with its own tenant set, in a transaction of its own.
    QList<qint64> tenants;
    {
        QSqlQuery &q = Database::exec(QStringLiteral("SELECT id FROM tenants ORDER BY id"));
        while (q.next())
            tenants << q.value(0).toLongLong();
        q.finish();
    }
    int purged = 0;
    for (qint64 tenant : tenants) {
        Transaction tx(Database::connection());
        tx.setTenant(tenant);
        QSqlQuery &q = Database::exec(QStringLiteral("DELETE FROM idempotency_keys WHERE tenant_id = ? "
                                                     "AND created_at <= now() - interval '24 hours'"),
                                      {tenant});
        purged += q.numRowsAffected();
        q.finish();
        tx.commit();
    }
    return purged;
}

std::optional<HttpResponse> Idempotency::begin(const HttpRequest &request, const Principal &principal)
{
    const QByteArray key = request.header("idempotency-key");
    if (key.isEmpty())
        return std::nullopt;
    if (key.size() > 200)
        throw ApiError::badRequest(QStringLiteral("invalid_idempotency_key"),
                                   QStringLiteral("Idempotency-Key must be at most 200 characters."));
    const QString keyText = QString::fromUtf8(key);
    // Expired keys are not looked up (created_at below), a key used again
    // after a day overwrites its expired row (storeSql), and the hourly purge
    // (purgeExpired) keeps the table bounded. Requests no longer remove the
    // caller's expired keys here, as they once did: that read every key the
    // caller had made in the last 24 hours (the primary key finds the
    // caller's keys, not the expired ones), 585 µs per create_po for a buyer
    // with about 600 of them, and growing with the caller's writes. The lock
    // and the read travel in one message; the read is a statement of its
    // own, so it sees what a request holding the lock before committed.
    struct Found
    {
        QByteArray hash;
        int status = 0;
        QByteArray headers;
        QByteArray body;
    };
    std::optional<Found> found;
    Transaction::executeInOne(
        {{QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 7001))"),
          {QString(QString::number(principal.tenantId) + QLatin1Char('/') + QString::number(principal.userId)
                   + QLatin1Char('/') + keyText)}},
         {QStringLiteral("SELECT request_hash, status, response_headers::text, response_body "
                         "FROM idempotency_keys WHERE tenant_id = ? AND user_id = ? AND idempotency_key = ? "
                         "AND created_at > now() - interval '24 hours'"),
          {principal.tenantId, principal.userId, keyText}}},
        [&](int i, QSqlQuery &q) {
            if (i == 1 && q.next())
                found = Found {q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toByteArray(),
                               q.value(3).toByteArray()};
        });
    if (!found)
        return std::nullopt;
    if (found->hash != requestHash(request))
        throw ApiError(422, QStringLiteral("idempotency_key_reused"),
                       QStringLiteral("Idempotency key reused"),
                       QStringLiteral("This Idempotency-Key was already used for a different request."));
    HttpResponse stored;
    stored.status = found->status;
    const QJsonArray headers = QJsonDocument::fromJson(found->headers).array();
    for (const auto &h : headers) {
        const QJsonArray pair = h.toArray();
        stored.setHeader(pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8());
    }
    stored.body = found->body;
    stored.setHeader("Idempotent-Replayed", "true");
    return stored;
}

bool Idempotency::shouldStore(const HttpRequest &request, const HttpResponse &response)
{
    return !request.header("idempotency-key").isEmpty() && response.status >= 200 && response.status < 300
        && !response.stream;
}

QString Idempotency::storeSql(const QString &bodySql, const QString &from)
{
    return QStringLiteral("INSERT INTO idempotency_keys (tenant_id, user_id, idempotency_key, request_hash, "
                          "status, response_headers, response_body) SELECT ?, ?, ?, ?, ?, ?::jsonb, %1 FROM %2 "
                          "ON CONFLICT (tenant_id, user_id, idempotency_key) DO UPDATE SET "
                          "request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, "
                          "response_headers = EXCLUDED.response_headers, "
                          "response_body = EXCLUDED.response_body, created_at = now()")
        .arg(bodySql, from);
}

QVariantList Idempotency::storeValues(const HttpRequest &request, const Principal &principal,
                                      const HttpResponse &response)
{
    QJsonArray headers;
    for (const auto &h : response.headers)
        headers.append(QJsonArray{QString::fromUtf8(h.first), QString::fromUtf8(h.second)});
    return {principal.tenantId, principal.userId, QString::fromUtf8(request.header("idempotency-key")),
            requestHash(request), response.status,
            QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact))};
}

void Idempotency::finish(const HttpRequest &request, const Principal &principal,
                         const HttpResponse &response)
{
    if (!shouldStore(request, response))
        return;
    static const QString sql = storeSql(QStringLiteral("?::bytea"), QStringLiteral("(SELECT 1) one"));
    QVariantList values = storeValues(request, principal, response);
    values << response.body;
    Database::exec(sql, values);
}

} // namespace erp::server
