#pragma once

#include "server/http/HttpResponse.h"

#include <QVariantList>

#include <optional>

namespace erp::server {

struct HttpRequest;
struct Principal;

// Idempotency-Key on creates: the first response is stored per tenant, user
// and key together with a hash of the request body, inside the request's
// transaction; a retry with the same key and body gets the stored response
// again, the same key with another body is 422. Keys expire after 24 hours.
// The stored hash is an HMAC keyed by a secret derived from the server key.
// Concurrent requests with one key are serialised by a transaction-scoped
// advisory lock, so only one of them ever runs the handler.
class Idempotency
{
public:
    // Returns the stored response to replay, or nothing when the handler must
    // run. Throws ApiError 400 for a malformed key, 422 for a reused key.
    static std::optional<HttpResponse> begin(const HttpRequest &request, const Principal &principal);
    // Stores a successful (2xx) response for the key.
    static void finish(const HttpRequest &request, const Principal &principal,
                       const HttpResponse &response);

    // For a handler that commits its transaction itself (in the message that
    // carries its last write, Transaction::executeAll): the row finish()
    // would store, written by the handler's own statement; the dispatcher
    // stores nothing after a committed transaction. storeSql's placeholders
    // take storeValues() and then the body (bytea): bodySql is its
    // expression, from is what the INSERT selects from (e.g. a CTE).
    // Nothing to store: no key, or not a 2xx response.
    static bool shouldStore(const HttpRequest &request, const HttpResponse &response);
    static QString storeSql(const QString &bodySql, const QString &from);
    static QVariantList storeValues(const HttpRequest &request, const Principal &principal,
                                    const HttpResponse &response);
    // Deletes expired keys of every organisation (scheduled by the server);
    // returns how many. Runs on this thread's connection.
    static int purgeExpired();
};

} // namespace erp::server
