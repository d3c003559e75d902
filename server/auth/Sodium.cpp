#include "server/auth/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace erp::server {

void Sodium::ensureInitialised()
{
    // A function-local static is initialised exactly once even with
    // concurrent callers; sodium_init() is itself idempotent.
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace erp::server
