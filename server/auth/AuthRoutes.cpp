#include "server/auth/AuthRoutes.h"

#include "server/auth/AuthService.h"
#include "server/auth/Authenticator.h"
#include "server/http/ApiError.h"
#include "server/http/Router.h"
#include "server/http/ServerMetrics.h"
#include "shared/PasswordPolicy.h"

#include <QJsonArray>
#include <QJsonObject>

#include <climits>

namespace erp::server {

namespace {

const QString Tag = QStringLiteral("auth");

// Reads a flat JSON body of string fields the way the API conventions want:
// an unknown field is a 400 (never silently ignored), missing or mistyped
// fields are collected into one 422 with an error per field.
class StringFields
{
public:
    StringFields(const QJsonObject &body, const QStringList &allowed)
        : m_body(body)
    {
        for (auto it = body.begin(); it != body.end(); ++it)
            if (!allowed.contains(it.key()))
                throw ApiError::badRequest(QStringLiteral("unknown_field"),
                                           QStringLiteral("Unknown field \"%1\".").arg(it.key()));
    }

    QString required(const QString &name, int maxCodePoints)
    {
        const QJsonValue v = m_body.value(name);
        if (v.isUndefined() || v.isNull()) {
            m_errors.append({name, QStringLiteral("required"), QStringLiteral("This field is required.")});
            return {};
        }
        if (!v.isString()) {
            m_errors.append({name, QStringLiteral("must_be_string"), QStringLiteral("This field must be a string.")});
            return {};
        }
        const QString s = v.toString();
        if (s.isEmpty())
            m_errors.append({name, QStringLiteral("required"), QStringLiteral("This field is required.")});
        else if (shared::PasswordPolicy::codePointCount(s) > maxCodePoints)
            m_errors.append({name, QStringLiteral("too_long"),
                             QStringLiteral("At most %1 characters.").arg(maxCodePoints)});
        return s;
    }

    // Absent is fine; present means a non-empty string like required().
    QString optional(const QString &name, int maxCodePoints)
    {
        if (m_body.value(name).isUndefined())
            return {};
        return required(name, maxCodePoints);
    }

    void throwIfInvalid() const
    {
        if (!m_errors.isEmpty())
            throw ApiError::validation(m_errors);
    }

private:
    const QJsonObject &m_body;
    QList<FieldError> m_errors;
};

constexpr int MaxEmail = 254;
constexpr int MaxOrganisation = 63;
constexpr int MaxRefreshToken = 128;

QJsonObject userJson(const AuthUser &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("tenant_id"), user.tenantId},
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("id"), user.tenantId},
                     {QStringLiteral("slug"), user.organisationSlug},
                     {QStringLiteral("name"), user.organisationName}}},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(user.permissions)},
    };
}

QJsonObject tokensJson(const IssuedTokens &tokens)
{
    return {
        {QStringLiteral("access_token"), tokens.accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), tokens.expiresIn},
        {QStringLiteral("refresh_token"), tokens.refreshToken},
    };
}

// Token responses must never be cached by anything in between (RFC 6749 5.1).
HttpResponse tokenResponse(const QJsonObject &body)
{
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

HttpResponse tooManyAttempts(int retryAfterSeconds)
{
    HttpResponse r = HttpResponse::problem(
        429, QStringLiteral("too_many_attempts"), QStringLiteral("Too many attempts"),
        QStringLiteral("Too many failed sign-in attempts. Try again later."));
    r.setHeader("Retry-After", QByteArray::number(qMax(1, retryAfterSeconds)));
    return r;
}

// Returned, not thrown: the request's transaction must commit so that the
// failure counted by the throttle (or a revocation) is kept.
HttpResponse invalidCredentials()
{
    return HttpResponse::problem(401, QStringLiteral("invalid_credentials"),
                                 QStringLiteral("Invalid credentials"),
                                 QStringLiteral("The organisation, email or password is wrong."));
}

HttpResponse login(RequestContext &ctx)
{
    const QJsonObject body = ctx.jsonBody();
    StringFields fields(body,
                        {QStringLiteral("organisation"), QStringLiteral("email"), QStringLiteral("password"),
                         QStringLiteral("new_password")});
    LoginRequest request;
    request.organisation = fields.required(QStringLiteral("organisation"), MaxOrganisation);
    request.email = fields.required(QStringLiteral("email"), MaxEmail);
    request.password = fields.required(QStringLiteral("password"), shared::PasswordPolicy::MaxLength);
    // The policy itself reports a too-long new password, with its own code.
    request.newPassword = fields.optional(QStringLiteral("new_password"), INT_MAX);
    fields.throwIfInvalid();
    request.clientAddress = ctx.request.remoteAddress;
    request.userAgent = QString::fromUtf8(ctx.request.header("user-agent"));

    AuthService service(*ctx.transaction, ctx.request.requestId);
    const LoginOutcome outcome = service.login(request);
    switch (outcome.result) {
    case LoginOutcome::Throttled:
        ServerMetrics::instance().recordLoginFailure(QStringLiteral("throttled"));
        return tooManyAttempts(outcome.retryAfterSeconds);
    case LoginOutcome::InvalidCredentials:
        ServerMetrics::instance().recordLoginFailure(QStringLiteral("invalid_credentials"));
        return invalidCredentials();
    case LoginOutcome::PasswordChangeRequired:
        return HttpResponse::problem(403, QStringLiteral("password_change_required"),
                                     QStringLiteral("Password change required"),
                                     QStringLiteral("Your password was set by an administrator. Sign in again with "
                                                    "\"new_password\" set to a password of your own choice."));
    case LoginOutcome::Success:
        break;
    }
    QJsonObject response = tokensJson(outcome.tokens);
    response.insert(QStringLiteral("user"), userJson(outcome.user));
    return tokenResponse(response);
}

HttpResponse refresh(RequestContext &ctx)
{
    const QJsonObject body = ctx.jsonBody();
    StringFields fields(body, {QStringLiteral("refresh_token")});
    const QString token = fields.required(QStringLiteral("refresh_token"), MaxRefreshToken);
    fields.throwIfInvalid();

    AuthService service(*ctx.transaction, ctx.request.requestId);
    const RefreshOutcome outcome = service.refresh(token);
    if (outcome.result != RefreshOutcome::Success)
        return HttpResponse::problem(401, QStringLiteral("invalid_refresh_token"),
                                     QStringLiteral("Unauthorized"), outcome.reason);
    return tokenResponse(tokensJson(outcome.tokens));
}

// By the refresh token when the client sends one: after a while idle the
// access token has expired, and refusing the sign-out then would leave the
// refresh token (and so the session) valid for weeks. Otherwise by the
// access token, as before.
HttpResponse logout(RequestContext &ctx)
{
    QString refreshToken;
    if (!ctx.request.body.trimmed().isEmpty()) {
        const QJsonObject body = ctx.jsonBody();
        StringFields fields(body, {QStringLiteral("refresh_token")});
        refreshToken = fields.optional(QStringLiteral("refresh_token"), MaxRefreshToken);
        fields.throwIfInvalid();
    }
    AuthService service(*ctx.transaction, ctx.request.requestId);
    if (!refreshToken.isEmpty()) {
        if (!service.logoutByRefreshToken(refreshToken))
            return HttpResponse::problem(401, QStringLiteral("invalid_refresh_token"), QStringLiteral("Unauthorized"),
                                         QStringLiteral("refresh_token_unknown"));
        return HttpResponse::noContent();
    }
    const Principal principal = Authenticator::authenticate(ctx.request.header("authorization"), *ctx.transaction);
    service.logout(principal);
    return HttpResponse::noContent();
}

HttpResponse me(RequestContext &ctx)
{
    AuthService service(*ctx.transaction, ctx.request.requestId);
    HttpResponse r = HttpResponse::json(200, userJson(service.currentUser(ctx.principal)));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse changePassword(RequestContext &ctx)
{
    const QJsonObject body = ctx.jsonBody();
    StringFields fields(body, {QStringLiteral("current_password"), QStringLiteral("new_password")});
    const QString current = fields.required(QStringLiteral("current_password"),
                                            shared::PasswordPolicy::MaxLength);
    // The policy itself reports a too-long new password, with its own code.
    const QString next = fields.required(QStringLiteral("new_password"), INT_MAX);
    fields.throwIfInvalid();

    AuthService service(*ctx.transaction, ctx.request.requestId);
    const PasswordChangeOutcome outcome =
        service.changePassword(ctx.principal, current, next, ctx.request.remoteAddress);
    switch (outcome.result) {
    case PasswordChangeOutcome::Throttled:
        return tooManyAttempts(outcome.retryAfterSeconds);
    case PasswordChangeOutcome::WrongCurrentPassword:
        return ApiError::validation({{QStringLiteral("current_password"), QStringLiteral("invalid_password"),
                                      QStringLiteral("The current password is wrong.")}})
            .toResponse();
    case PasswordChangeOutcome::Success:
        break;
    }
    return HttpResponse::noContent();
}

} // namespace

void registerAuthRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/login"), RouteAccess::publicRoute(), login,
               QStringLiteral("Sign in with organisation, email and password (and new_password when the "
                              "answer was 403 password_change_required)"),
               Tag);
    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), RouteAccess::publicRoute(), refresh,
               QStringLiteral("Exchange a refresh token for new tokens (rotates it)"), Tag);
    router.add("POST", QStringLiteral("/api/v1/auth/logout"), RouteAccess::publicRoute(), logout,
               QStringLiteral("End the session of the refresh_token in the body (works after the access token "
                              "expired), else of the bearer token"),
               Tag);
    router.add("GET", QStringLiteral("/api/v1/auth/me"), RouteAccess::authenticated(), me,
               QStringLiteral("The signed-in user, organisation and permissions"), Tag);
    router.add("POST", QStringLiteral("/api/v1/auth/password"), RouteAccess::authenticated(),
               changePassword, QStringLiteral("Change one's own password; ends other sessions"), Tag);
}

} // namespace erp::server
