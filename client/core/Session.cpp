#include "client/core/Session.h"

#include <QJsonArray>

namespace erp::client {

SessionUser SessionUser::fromJson(const QJsonObject &user)
{
    SessionUser u;
    u.id = user.value(QLatin1String("id")).toInteger();
    u.email = user.value(QLatin1String("email")).toString();
    u.displayName = user.value(QLatin1String("display_name")).toString();
    u.tenantId = user.value(QLatin1String("tenant_id")).toInteger();
    const QJsonObject organisation = user.value(QLatin1String("organisation")).toObject();
    u.organisationId = organisation.value(QLatin1String("id")).toInteger();
    u.organisationSlug = organisation.value(QLatin1String("slug")).toString();
    u.organisationName = organisation.value(QLatin1String("name")).toString();
    const QJsonArray permissions = user.value(QLatin1String("permissions")).toArray();
    for (const QJsonValue &p : permissions)
        u.permissions.insert(p.toString());
    if (u.tenantId == 0)
        u.tenantId = u.organisationId;
    return u;
}

QJsonObject SessionUser::toJson() const
{
    QStringList names(permissions.begin(), permissions.end());
    names.sort();
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("tenant_id"), tenantId},
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("id"), organisationId},
                     {QStringLiteral("slug"), organisationSlug},
                     {QStringLiteral("name"), organisationName}}},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(names)},
    };
}

Session::Session(QObject *parent) : QObject(parent) {}

bool Session::hasAnyPermission(const QStringList &permissions) const
{
    for (const QString &p : permissions)
        if (m_user.permissions.contains(p))
            return true;
    return false;
}

void Session::start(const QUrl &serverUrl, const SessionUser &user, const QByteArray &accessToken,
                    const QString &refreshToken, int expiresInSeconds)
{
    const bool wasSignedIn = isSignedIn();
    const bool permissionsDiffer = user.permissions != m_user.permissions;
    m_serverUrl = serverUrl;
    m_user = user;
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    m_accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    Q_EMIT tokensChanged();
    Q_EMIT userChanged();
    if (permissionsDiffer)
        Q_EMIT permissionsChanged();
    if (!wasSignedIn && isSignedIn())
        Q_EMIT signedInChanged(true);
}

void Session::updateTokens(const QByteArray &accessToken, const QString &refreshToken, int expiresInSeconds)
{
    const bool wasSignedIn = isSignedIn();
    m_accessToken = accessToken;
    if (!refreshToken.isEmpty())
        m_refreshToken = refreshToken;
    m_accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    Q_EMIT tokensChanged();
    if (wasSignedIn != isSignedIn())
        Q_EMIT signedInChanged(isSignedIn());
}

void Session::updateUser(const SessionUser &user)
{
    const bool wasSignedIn = isSignedIn();
    const bool permissionsDiffer = user.permissions != m_user.permissions;
    m_user = user;
    Q_EMIT userChanged();
    if (permissionsDiffer)
        Q_EMIT permissionsChanged();
    if (wasSignedIn != isSignedIn())
        Q_EMIT signedInChanged(isSignedIn());
}

void Session::expire()
{
    const bool wasSignedIn = isSignedIn();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessTokenExpiry = {};
    Q_EMIT tokensChanged();
    if (wasSignedIn)
        Q_EMIT signedInChanged(false);
}

void Session::clear()
{
    const bool wasSignedIn = isSignedIn();
    const bool hadPermissions = !m_user.permissions.isEmpty();
    m_user = {};
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessTokenExpiry = {};
    m_serverUrl = {};
    Q_EMIT tokensChanged();
    Q_EMIT userChanged();
    if (hadPermissions)
        Q_EMIT permissionsChanged();
    if (wasSignedIn)
        Q_EMIT signedInChanged(false);
}

} // namespace erp::client
