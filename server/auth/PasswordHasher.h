#pragma once

#include <QString>

namespace erp::server {

// argon2id through libsodium (crypto_pwhash_str), with parameters at or above
// the OWASP minimums. Hashes are self-describing strings, so parameters can
// rise later: needsRehash() tells when a stored hash should be replaced at the
// next successful sign-in.
class PasswordHasher
{
public:
    static QString hash(const QString &password);                 // throws std::runtime_error (out of memory)
    static bool verify(const QString &storedHash, const QString &password);
    static bool needsRehash(const QString &storedHash);
};

} // namespace erp::server
