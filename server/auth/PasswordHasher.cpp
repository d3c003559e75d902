#include "server/auth/PasswordHasher.h"

#include "server/auth/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace erp::server {

namespace {

// libsodium's "interactive" argon2id profile: 2 passes over 64 MiB. OWASP's
// minimum for argon2id is m=19 MiB, t=2, p=1, so this is comfortably above it
// while a sign-in still costs well under a second on one core.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    Sodium::ensureInitialised();
    // Hash the whole UTF-8 encoding: argon2 has no length cap like bcrypt's
    // 72 bytes, so nothing is silently truncated.
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), OpsLimit, MemLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("crypto_pwhash_str_alg failed (out of memory)");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    Sodium::ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most
    // STRBYTES - 1 characters; anything longer is not one of our hashes.
    if (stored.isEmpty() || stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    Sodium::ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return true;
    // 1: other parameters, -1: not an argon2id hash at all; both mean "replace".
    return crypto_pwhash_str_needs_rehash(stored.constData(), OpsLimit, MemLimit) != 0;
}

} // namespace erp::server
