#pragma once

#include "client/core/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace erp::client {

// Server error codes and transport failures in words a clerk understands.
// Every text goes through tr() in the stable context "erp::client::ErrorText"
// (translators: keep it). The UI shows forError() in message boxes/banners
// and forFieldError() next to the field.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::ErrorText)

public:
    // One or two sentences for the whole failure: what happened and what to
    // do. Includes the request id for unexpected server errors (internal_error,
    // unknown codes, 5xx) so support can find the log line. For 422 with
    // field errors it is a summary ("Please correct the marked fields.").
    static QString forError(const ApiError &error);

    // A short heading for dialogs ("Sign-in failed", "Connection problem", ...).
    static QString titleFor(const ApiError &error);

    // The text for one field error, e.g. "This email address is already in use."
    static QString forFieldError(const FieldError &error);
    // By code only (forFieldError uses it); unknown codes fall back to the
    // server's message or a generic sentence.
    static QString forFieldCode(const QString &code, const QString &serverMessage = {});

    // The human name of an API field for summaries ("email" -> "Email address").
    static QString fieldLabel(const QString &field);

    // Multi-line text of every field error ("Email address: ...") for forms
    // that cannot show them next to a widget.
    static QString fieldErrorSummary(const ApiError &error);

    // Certificate details for the trust dialog and the mismatch warning
    // (subject, issuer, validity, fingerprint), one item per line.
    static QString certificateDetails(const ServerCertificateInfo &info);
};

} // namespace erp::client
