#pragma once

namespace erp::server {

// libsodium must be initialised once per process before any other call
// (it picks implementations and seeds its RNG). Safe from any thread.
class Sodium
{
public:
    static void ensureInitialised();   // throws std::runtime_error if libsodium cannot start
};

} // namespace erp::server
