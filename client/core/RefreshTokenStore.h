#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace erp::client {

// Keeps the refresh token in the operating system's keychain (qtkeychain:
// Keychain/Credential Manager/Secret Service) so the user stays signed in
// across restarts. Never falls back to plain settings: without a working
// keychain (headless, tests, build without qtkeychain) isAvailable() is false
// or the jobs fail, and the user simply signs in again.
//
// All calls are asynchronous (the keychain may show its own prompt); the
// callback runs once on this object's thread.
class RefreshTokenStore : public QObject
{
    Q_OBJECT

public:
    // service: keychain service name, e.g. "erp-client".
    explicit RefreshTokenStore(const QString &service, QObject *parent = nullptr);
    ~RefreshTokenStore() override;

    // Compiled with qtkeychain and not disabled.
    bool isAvailable() const;
    // Turns the store off (tests, --no-keychain): every job fails at once.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // "<host:port>/<organisation>/<email>" (lower-case).
    static QString accountKey(const QString &serverKey, const QString &organisation, const QString &email);

    using Done = std::function<void(bool ok, const QString &error)>;
    using Loaded = std::function<void(bool ok, const QString &token, const QString &error)>;

    void store(const QString &account, const QString &refreshToken, Done done = {});
    void load(const QString &account, Loaded loaded);
    void remove(const QString &account, Done done = {});

private:
    QString m_service;
    bool m_enabled = true;
};

} // namespace erp::client
