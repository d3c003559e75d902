#pragma once

#include "server/http/Principal.h"

#include <QByteArray>

namespace erp::server {

class Transaction;

// Turns an Authorization header into a Principal for one request: verifies the
// access JWT (HS256 only; exp, nbf, iss, aud, typ checked), sets the tenant on
// the transaction from the token, then checks in the database that the session
// is live and the user active, and loads the user's current permissions (so a
// role change or revocation takes effect on the very next request, on every
// server process). Throws ApiError 401 (code "unauthorized", with a detail)
// for anything wrong.
class Authenticator
{
public:
    static Principal authenticate(const QByteArray &authorizationHeader, Transaction &transaction);
};

} // namespace erp::server
