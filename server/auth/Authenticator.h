#pragma once

#include "server/http/Principal.h"

#include <QByteArray>

#include <exception>

namespace erp::server {

class Transaction;

// Turns an Authorization header into a Principal for one request: verifies the
// access JWT (HS256 only; exp, nbf, iss, aud, typ checked), sets the tenant on
// the transaction from the token, then checks in the database that the session
// is live and the user active, and loads the user's current permissions (so a
// role change or revocation takes effect on the very next request, on every
// server process). Throws ApiError 401 (code "unauthorized", with a detail)
// for anything wrong.
//
// The permissions a thread was given for a session are kept with the
// organisation's principal stamp (migration 0024); a later request of that
// session reads only the session and the stamp, and the permissions again
// when the stamp has moved (any change of roles, grants, e-mail or a user's
// active flag in the organisation) or the session is due for its
// last_used_at update.
class Authenticator
{
public:
    static Principal authenticate(const QByteArray &authorizationHeader, Transaction &transaction);

    // The same for a request that only reads, in fewer round trips: when this
    // thread has seen the token's session before, the principal is the one
    // the database gave then, and the session check travels with the
    // request's first statement (Transaction::deferCheck). There it is checked
    // as strictly as by authenticate before any row is used: a revoked,
    // expired or deactivated session is refused (ApiError 401); changed
    // permissions or e-mail, or a session due for its last_used_at update,
    // throw PrincipalChanged, after which the caller runs the request again
    // with authenticate. Otherwise, or for a session not seen yet, as
    // authenticate.
    static Principal authenticateRead(const QByteArray &authorizationHeader, Transaction &transaction);

    struct PrincipalChanged : std::exception
    {
        const char *what() const noexcept override { return "the caller's session changed"; }
    };
};

} // namespace erp::server
