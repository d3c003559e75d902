#pragma once

#include <QString>

namespace erp::server {

struct DatabaseConfig
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString name = QStringLiteral("erp");
    // Application login role: owns nothing, no BYPASSRLS.
    QString user = QStringLiteral("erp_app");
    QString password;
    // Owner role: runs migrations, owns the tables.
    QString ownerUser = QStringLiteral("erp_owner");
    QString ownerPassword;
    int statementTimeoutMs = 15'000;
    int lockTimeoutMs = 5'000;
    int connectTimeoutSeconds = 5;
    // TLS to an external server (libpq sslmode: disable, allow, prefer,
    // require, verify-ca, verify-full). Empty: verify-full when sslRootCert
    // names a CA file, else libpq's default (prefer).
    QString sslMode;
    QString sslRootCert; // CA certificate(s) the server's certificate must chain to

    QString effectiveSslMode() const
    {
        if (!sslMode.isEmpty())
            return sslMode;
        return sslRootCert.isEmpty() ? QString() : QStringLiteral("verify-full");
    }
};

} // namespace erp::server
