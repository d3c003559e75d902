#include "client/core/ErrorText.h"

#include "client/core/LocaleFormat.h"
#include "shared/PasswordPolicy.h"

#include <QLocale>

namespace erp::client {

namespace {

QString withRequestId(const QString &text, const ApiError &error)
{
    if (error.requestId().isEmpty())
        return text;
    return text + QLatin1Char(' ')
        + ErrorText::tr("If this keeps happening, give your administrator this reference: %1.")
              .arg(QString::fromLatin1(error.requestId()));
}

int minutesFromSeconds(int seconds)
{
    return qMax(1, (seconds + 59) / 60);
}

bool isPasswordField(const QString &field)
{
    return field.contains(QLatin1String("password"));
}

} // namespace

namespace {

// For a 409 "in_use": what still refers to the record, in words ("3 contacts").
QStringList inUseReferrers(const ApiError &error)
{
    // One field error per kind of referring record: its JSON name, and the
    // count at the start of the server's sentence ("3 contacts still refer ...").
    QStringList out;
    for (const FieldError &e : error.fieldErrors()) {
        bool ok = false;
        const int count = e.message.section(u' ', 0, 0).toInt(&ok);
        const int n = ok ? count : 1;
        const QString &f = e.field;
        if (f == u"contacts")
            out << ErrorText::tr("%n contact(s)", nullptr, n);
        else if (f == u"leads")
            out << ErrorText::tr("%n lead(s)", nullptr, n);
        else if (f == u"activities")
            out << ErrorText::tr("%n activity(ies)", nullptr, n);
        else if (f == u"purchase_orders" || f == u"purchase_order_lines")
            out << ErrorText::tr("%n purchase order(s)", nullptr, n);
        else if (f == u"stock_moves")
            out << ErrorText::tr("%n stock movement(s)", nullptr, n);
        else if (f == u"products")
            out << ErrorText::tr("%n product(s)", nullptr, n);
        else if (f == u"stock_balances")
            out << ErrorText::tr("%n stock balance(s)", nullptr, n);
        else
            out << QStringLiteral("%1 %2").arg(LocaleFormat::count(n), QString(f).replace(u'_', u' '));
    }
    return out;
}

} // namespace

QString ErrorText::forError(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Cancelled:
        return tr("The request was cancelled.");
    case ApiError::Kind::SessionExpired:
        return tr("Your session has ended. Please sign in again; nothing you entered has been sent yet.");
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time. Check your network connection and try again.");
    case ApiError::Kind::Network:
        switch (error.networkError()) {
        case QNetworkReply::HostNotFoundError:
            return tr("The server could not be found. Check the server address and your network connection.");
        case QNetworkReply::ConnectionRefusedError:
            return tr("The server refused the connection. Check the server address and port, or whether the "
                      "server is running.");
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return tr("The connection to the server was interrupted. Try again.");
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return tr("The network proxy could not be used. Ask your IT department to check the proxy settings.");
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::UnknownContentError:
            return withRequestId(tr("The server's answer could not be understood."), error);
        default:
            return tr("The server cannot be reached. Check your network connection and try again.");
        }
    case ApiError::Kind::Tls:
        switch (error.tlsProblem()) {
        case ApiError::TlsProblem::UntrustedCertificate:
            return tr("The server's identity could not be confirmed automatically. Compare the certificate "
                      "fingerprint with the one your administrator gave you before trusting this server.");
        case ApiError::TlsProblem::PinMismatch:
            return tr("Warning: the server presented a different certificate than the one you trusted before. "
                      "Someone may be intercepting the connection. The connection was refused. Contact your "
                      "IT department before continuing.");
        case ApiError::TlsProblem::InvalidCertificate:
            return tr("The server's certificate is not valid (for example expired or issued for another "
                      "name). The connection was refused. Contact your IT department.");
        case ApiError::TlsProblem::HandshakeFailed:
            return tr("A secure connection to the server could not be established. The server may not "
                      "support TLS 1.2 or later. Contact your IT department.");
        case ApiError::TlsProblem::HttpsRequired:
            return tr("The server address must start with https://. Unencrypted connections are not allowed.");
        case ApiError::TlsProblem::None:
            break;
        }
        return tr("A secure connection to the server could not be established.");
    case ApiError::Kind::Http:
        break;
    }

    const QString code = error.code();
    if (code == QLatin1String("invalid_credentials"))
        return tr("The organisation, email address or password is wrong.");
    if (code == QLatin1String("too_many_attempts")) {
        if (error.retryAfterSeconds() > 0) {
            const int minutes = minutesFromSeconds(error.retryAfterSeconds());
            return tr("Too many failed sign-in attempts. Please wait %n minute(s) and try again.", nullptr, minutes);
        }
        return tr("Too many failed sign-in attempts. Please wait a few minutes and try again.");
    }
    if (code == QLatin1String("invalid_refresh_token") || code == QLatin1String("unauthorized"))
        return tr("Your session has ended. Please sign in again.");
    if (code == QLatin1String("version_mismatch"))
        return tr("Someone else changed this record while you were editing it. Reload it to see their "
                  "changes, or overwrite them deliberately.");
    if (code == QLatin1String("precondition_required") || code == QLatin1String("invalid_if_match"))
        return withRequestId(tr("The change could not be saved because the record's version was missing. "
                                "Reload the record and try again."),
                             error);
    if (code == QLatin1String("last_admin"))
        return tr("This is the last active administrator of the organisation. Make someone else an "
                  "administrator first.");
    if (code == QLatin1String("cannot_grant"))
        return tr("You cannot give permissions or roles that you do not have yourself.");
    if (code == QLatin1String("target_more_privileged"))
        return tr("This user has permissions that you do not have. Only someone with all of them can change "
                  "their password, email address, roles or active state, or end their sessions.");
    if (code == QLatin1String("password_change_required"))
        return tr("Your password was set by an administrator. Choose a new password of your own to continue.");
    if (code == QLatin1String("role_in_use"))
        return tr("This role is still assigned to users. Remove it from them before deleting it.");
    if (code == QLatin1String("builtin_admin_role"))
        return tr("The built-in administrator role cannot be changed or deleted.");
    // CRM
    if (code == QLatin1String("already_converted"))
        return tr("This lead has already been converted. Open its account or contact instead.");
    if (code == QLatin1String("lead_converted"))
        return tr("This lead has been converted and can no longer be changed.");
    if (code == QLatin1String("invalid_status_transition"))
        return tr("The lead's status does not allow this. Reload it to see its current status.");
    if (code == QLatin1String("stage_in_use"))
        return tr("Leads are still in this stage. Move them to another stage first.");
    if (code == QLatin1String("last_stage"))
        return tr("The pipeline needs at least one stage.");
    if (code == QLatin1String("in_use")) {
        const QStringList referrers = inUseReferrers(error);
        if (!referrers.isEmpty())
            return tr("It cannot be deleted because other records still refer to it: %1. Remove or change those "
                      "first.")
                .arg(QLocale().createSeparatedList(referrers));
        return tr("Other records still refer to this one, so it cannot be deleted.");
    }
    if (code == QLatin1String("import_failed"))
        return error.hasFieldErrors() ? tr("Some lines of the file have problems; nothing was imported.")
                                      : tr("The file has no leads to import.");
    if (code == QLatin1String("validation_failed")) {
        if (error.hasFieldErrors())
            return tr("Please correct the marked fields.");
        return tr("Some of the values are not valid. Please check your input.");
    }
    if (code == QLatin1String("unknown_field") || code == QLatin1String("read_only_field")
        || code == QLatin1String("malformed_json") || code == QLatin1String("unsupported_media_type")
        || code == QLatin1String("bad_request"))
        return withRequestId(tr("The server did not accept the request from this program version. Please "
                                "update the program or contact your administrator."),
                             error);
    if (code == QLatin1String("bad_query_parameter"))
        return tr("The filter contains a value the server does not accept. Check the filter fields.");
    if (code == QLatin1String("forbidden"))
        return tr("You do not have permission to do this. Ask your administrator if you need it.");
    if (code == QLatin1String("not_found"))
        return tr("This record no longer exists. Someone may have deleted it.");
    if (code == QLatin1String("already_exists"))
        return tr("A record with these values already exists.");
    if (code == QLatin1String("idempotency_key_reused"))
        return withRequestId(tr("This request was already sent with different content. Please start again."),
                             error);
    if (code == QLatin1String("invalid_idempotency_key"))
        return withRequestId(tr("The server did not accept the request from this program version."), error);
    if (code == QLatin1String("method_not_allowed"))
        return withRequestId(tr("The server does not support this action. Please update the program."), error);
    if (code == QLatin1String("payload_too_large"))
        return tr("The data is too large to send in one piece.");
    if (code == QLatin1String("uri_too_long") || code == QLatin1String("headers_too_large"))
        return tr("The request is too large. Try a shorter search or fewer filters.");
    if (code == QLatin1String("database_unavailable") || code == QLatin1String("busy")
        || code == QLatin1String("not_ready") || code == QLatin1String("migrations_pending")
        || code == QLatin1String("schema_too_new"))
        return tr("The server is temporarily unable to process requests. Please try again in a moment.");
    if (code == QLatin1String("internal_error"))
        return withRequestId(tr("An unexpected error occurred on the server."), error);

    // By status when the code is unknown (newer server, proxy page).
    switch (error.httpStatus()) {
    case 400:
        return withRequestId(tr("The server did not accept the request."), error);
    case 401:
        return tr("Your session has ended. Please sign in again.");
    case 403:
        return tr("You do not have permission to do this. Ask your administrator if you need it.");
    case 404:
        return tr("This record no longer exists. Someone may have deleted it.");
    case 409:
        return tr("This action is not possible in the record's current state. Reload it and try again.");
    case 412:
        return tr("Someone else changed this record while you were editing it. Reload it to see their "
                  "changes, or overwrite them deliberately.");
    case 422:
        return error.hasFieldErrors() ? tr("Please correct the marked fields.")
                                      : tr("Some of the values are not valid. Please check your input.");
    case 429:
        return tr("Too many requests. Please wait a moment and try again.");
    case 502:
    case 503:
    case 504:
        return tr("The server is temporarily unable to process requests. Please try again in a moment.");
    default:
        break;
    }
    return withRequestId(tr("The server reported an error (%1).").arg(error.httpStatus()), error);
}

QString ErrorText::titleFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Connection problem");
    case ApiError::Kind::Tls:
        if (error.isPinMismatch())
            return tr("Security warning");
        if (error.needsCertificateTrust())
            return tr("Unknown server certificate");
        return tr("Secure connection failed");
    case ApiError::Kind::SessionExpired:
        return tr("Session ended");
    case ApiError::Kind::Cancelled:
        return tr("Cancelled");
    case ApiError::Kind::Http:
        break;
    }
    const QString code = error.code();
    if (code == QLatin1String("invalid_credentials") || code == QLatin1String("too_many_attempts"))
        return tr("Sign-in failed");
    if (code == QLatin1String("version_mismatch") || error.httpStatus() == 412)
        return tr("Changed by someone else");
    if (error.httpStatus() == 422)
        return tr("Invalid input");
    if (code == QLatin1String("password_change_required"))
        return tr("New password needed");
    if (error.httpStatus() == 403 || code == QLatin1String("cannot_grant"))
        return tr("Not allowed");
    if (error.httpStatus() == 401)
        return tr("Session ended");
    if (error.httpStatus() >= 500)
        return tr("Server problem");
    return tr("Could not complete the action");
}

QString ErrorText::forFieldCode(const QString &code, const QString &serverMessage)
{
    if (code == QLatin1String("required"))
        return tr("This field is required.");
    if (code == QLatin1String("invalid_email"))
        return tr("This is not a valid email address.");
    if (code == QLatin1String("email_taken"))
        return tr("This email address is already in use by another user.");
    if (code == QLatin1String("too_short"))
        return tr("This is too short.");
    if (code == QLatin1String("too_long"))
        return tr("This is too long.");
    if (code == QLatin1String("too_common"))
        return tr("This password is one of the most commonly used passwords. Choose a less common one.");
    if (code == QLatin1String("too_predictable"))
        return tr("The password must not be one repeated character, your email address or the "
                  "organisation's name.");
    if (code == QLatin1String("name_taken"))
        return tr("This name is already in use.");
    if (code == QLatin1String("unknown_role"))
        return tr("One of the selected roles no longer exists. Reload and choose again.");
    if (code == QLatin1String("unknown_permission"))
        return tr("One of the selected permissions is not known to the server.");
    if (code == QLatin1String("invalid_password"))
        return tr("The current password is wrong.");
    if (code == QLatin1String("same_as_current"))
        return tr("The new password must be different from the current one.");
    if (code == QLatin1String("wrong_type") || code == QLatin1String("must_be_string"))
        return tr("This value has the wrong format.");
    if (code == QLatin1String("invalid_slug"))
        return tr("Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.");
    if (code == QLatin1String("slug_taken"))
        return tr("This identifier is already in use.");
    if (code == QLatin1String("must_be_positive"))
        return tr("The value must be greater than zero.");
    if (code == QLatin1String("invalid_decimal"))
        return tr("Enter an amount such as 1250.00.");
    if (code == QLatin1String("must_not_be_negative"))
        return tr("The amount cannot be negative.");
    if (code == QLatin1String("too_large"))
        return tr("The amount is too large.");
    if (code == QLatin1String("out_of_range"))
        return tr("This number is outside the allowed range.");
    if (code == QLatin1String("unknown_currency"))
        return tr("This is not a known currency code (ISO 4217, for example EUR).");
    if (code == QLatin1String("invalid_date"))
        return tr("Enter a date as YYYY-MM-DD.");
    if (code == QLatin1String("invalid_timestamp"))
        return tr("Enter a valid date and time.");
    if (code == QLatin1String("invalid_choice"))
        return tr("Choose one of the offered values.");
    if (code == QLatin1String("unknown_stage") || code == QLatin1String("no_stages"))
        return tr("This pipeline stage does not exist.");
    if (code == QLatin1String("unknown_user"))
        return tr("This person is not an active user of the organisation.");
    if (code == QLatin1String("owner_not_allowed"))
        return tr("You can only make yourself the owner.");
    if (code == QLatin1String("unknown_account"))
        return tr("This account does not exist or is not visible to you.");
    if (code == QLatin1String("unknown_contact"))
        return tr("This contact does not exist or is not visible to you.");
    if (code == QLatin1String("unknown_lead"))
        return tr("This lead does not exist or is not visible to you.");
    if (code == QLatin1String("exactly_one_link"))
        return tr("Link the activity to exactly one lead, contact or account.");
    if (code == QLatin1String("missing_column"))
        return tr("A required column is missing.");
    if (code == QLatin1String("duplicate_column"))
        return tr("This column appears twice.");
    if (code == QLatin1String("unknown_column"))
        return tr("This column is not known.");
    if (code == QLatin1String("empty_file"))
        return tr("The file has no header line.");
    if (code == QLatin1String("invalid_encoding"))
        return tr("The file must be UTF-8 encoded.");
    if (code == QLatin1String("too_many_rows"))
        return tr("The file has too many lines; split it.");
    // Procurement master data and approval bands.
    if (code == QLatin1String("overlaps"))
        return tr("This band overlaps another approval band. Change the other band first, or choose amounts "
                  "outside it.");
    if (code == QLatin1String("must_exceed_from"))
        return tr("The band must end above the amount it starts at.");
    if (code == QLatin1String("too_many"))
        return tr("A band cannot need more approvers with the role than approvers.");
    if (code == QLatin1String("unknown_supplier"))
        return tr("This supplier does not exist.");
    if (code == QLatin1String("unknown_unit") || code == QLatin1String("unknown_unit_category"))
        return tr("This unit does not exist or does not fit the product.");
    if (code == QLatin1String("unknown_product"))
        return tr("This product does not exist.");
    if (code == QLatin1String("unknown_warehouse"))
        return tr("This warehouse does not exist or is not active.");
    if (code == QLatin1String("not_changeable"))
        return tr("This is set when the record is created and cannot be changed.");
    if (code == QLatin1String("invalid"))
        return tr("This value is not valid.");
    if (code == QLatin1String("unknown_field") || code == QLatin1String("read_only_field"))
        return tr("This value cannot be changed here.");
    Q_UNUSED(serverMessage);
    return tr("This value is not valid.");
}

QString ErrorText::forFieldError(const FieldError &error)
{
    if (isPasswordField(error.field)) {
        if (error.code == QLatin1String("too_short"))
            return tr("The password must have at least %n character(s).", nullptr,
                      erp::shared::PasswordPolicy::MinLength);
        if (error.code == QLatin1String("too_long"))
            return tr("The password must have at most %n character(s).", nullptr,
                      erp::shared::PasswordPolicy::MaxLength);
    }
    return forFieldCode(error.code, error.message);
}

QString ErrorText::fieldLabel(const QString &field)
{
    if (field == QLatin1String("email"))
        return tr("Email address");
    if (field == QLatin1String("display_name"))
        return tr("Name");
    if (field == QLatin1String("password"))
        return tr("Password");
    if (field == QLatin1String("current_password"))
        return tr("Current password");
    if (field == QLatin1String("new_password"))
        return tr("New password");
    if (field == QLatin1String("organisation"))
        return tr("Organisation");
    if (field == QLatin1String("role_ids"))
        return tr("Roles");
    if (field == QLatin1String("is_active"))
        return tr("Active");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("permissions"))
        return tr("Permissions");
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("estimated_value"))
        return tr("Estimated value");
    if (field == QLatin1String("currency"))
        return tr("Currency");
    if (field == QLatin1String("probability"))
        return tr("Probability");
    if (field == QLatin1String("expected_close_date"))
        return tr("Expected close");
    if (field == QLatin1String("stage_id"))
        return tr("Stage");
    if (field == QLatin1String("owner_id"))
        return tr("Owner");
    if (field == QLatin1String("account_id") || field == QLatin1String("account_name"))
        return tr("Account");
    if (field == QLatin1String("contact_id") || field == QLatin1String("contact_name"))
        return tr("Contact");
    return field;
}

QString ErrorText::fieldErrorSummary(const ApiError &error)
{
    QStringList lines;
    for (const FieldError &e : error.fieldErrors())
        lines.append(tr("%1: %2").arg(fieldLabel(e.field), forFieldError(e)));
    return lines.join(QLatin1Char('\n'));
}

QString ErrorText::certificateDetails(const ServerCertificateInfo &info)
{
    QStringList lines;
    lines.append(tr("Server: %1").arg(info.serverKey));
    lines.append(tr("Issued to: %1").arg(info.subject));
    lines.append(tr("Issued by: %1").arg(info.issuer));
    lines.append(tr("Valid from %1 to %2")
                     .arg(LocaleFormat::dateTime(info.effectiveDate), LocaleFormat::dateTime(info.expiryDate)));
    lines.append(tr("SHA-256 fingerprint: %1").arg(info.sha256Fingerprint));
    if (!info.expectedSha256Fingerprint.isEmpty())
        lines.append(tr("Previously trusted fingerprint: %1").arg(info.expectedSha256Fingerprint));
    return lines.join(QLatin1Char('\n'));
}

} // namespace erp::client
