#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace erp::client {

// The signed-in user, as GET /api/v1/auth/me and the login response describe it.
struct SessionUser
{
    qint64 id = 0;
    QString email;
    QString displayName;
    qint64 tenantId = 0;
    qint64 organisationId = 0;
    QString organisationSlug;
    QString organisationName;
    QSet<QString> permissions;   // names from shared/Permissions.h

    bool isValid() const { return id > 0; }
    static SessionUser fromJson(const QJsonObject &user);
    QJsonObject toJson() const;
};

// Who is signed in to which server, and the tokens. Owned by ApiClient
// (ApiClient::session()); the UI reads it and listens to its signals, only
// ApiClient changes it. The refresh token lives here in memory only; the
// persisted copy is in the OS keychain (RefreshTokenStore).
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY signedInChanged)

public:
    explicit Session(QObject *parent = nullptr);

    bool isSignedIn() const { return m_user.isValid() && !m_accessToken.isEmpty(); }
    const SessionUser &user() const { return m_user; }
    QUrl serverUrl() const { return m_serverUrl; }

    QByteArray accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    QDateTime accessTokenExpiry() const { return m_accessTokenExpiry; }  // UTC

    // What the UI may show; the server checks again on every request.
    bool hasPermission(const QString &permission) const { return m_user.permissions.contains(permission); }
    bool hasPermission(const char *permission) const { return hasPermission(QString::fromLatin1(permission)); }
    bool hasAnyPermission(const QStringList &permissions) const;

    // --- changed by ApiClient ---
    void start(const QUrl &serverUrl, const SessionUser &user, const QByteArray &accessToken,
               const QString &refreshToken, int expiresInSeconds);
    void updateTokens(const QByteArray &accessToken, const QString &refreshToken, int expiresInSeconds);
    // New user data (GET /auth/me): emits userChanged and, when they differ, permissionsChanged.
    void updateUser(const SessionUser &user);
    // Forgets the tokens but keeps user() so the login dialog can offer the
    // same account and ApiClient can tell whether the same user came back.
    void expire();
    // Forgets everything (sign-out).
    void clear();

Q_SIGNALS:
    void signedInChanged(bool signedIn);
    void userChanged();
    void permissionsChanged();
    void tokensChanged();

private:
    QUrl m_serverUrl;
    SessionUser m_user;
    QByteArray m_accessToken;
    QString m_refreshToken;
    QDateTime m_accessTokenExpiry;
};

} // namespace erp::client
