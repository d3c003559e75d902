// Every stable server error code and every transport failure maps to a
// specific sentence a clerk understands (not the generic fallback).
#include "client/core/ErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace erp::client;
using namespace Qt::StringLiterals;

namespace {

ApiError httpError(int status, const QString &code, const QJsonArray &errors = {})
{
    QJsonObject body{{u"type"_s, u"about:blank"_s}, {u"title"_s, u"T"_s}, {u"status"_s, status}, {u"code"_s, code}};
    if (!errors.isEmpty())
        body.insert(u"errors"_s, errors);
    ApiError e = ApiError::http(status, QJsonDocument(body).toJson(), "application/problem+json");
    e.setRequestId("req-1234");
    return e;
}

QString generic(int status)
{
    // What an unknown code with that status gives: a code must do better
    // than this unless it is a plain status synonym.
    return ErrorText::forError(httpError(status, u"no_such_code_at_all"_s));
}

} // namespace

class tst_ErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("invalid_credentials") << 401 << u"invalid_credentials"_s << u"password"_s;
        QTest::newRow("version_mismatch") << 412 << u"version_mismatch"_s << u"Someone else changed"_s;
        QTest::newRow("precondition_required") << 428 << u"precondition_required"_s << u"req-1234"_s;
        QTest::newRow("last_admin") << 409 << u"last_admin"_s << u"last active administrator"_s;
        QTest::newRow("cannot_grant") << 403 << u"cannot_grant"_s << u"do not have yourself"_s;
        QTest::newRow("role_in_use") << 409 << u"role_in_use"_s << u"still assigned"_s;
        QTest::newRow("builtin_admin_role") << 409 << u"builtin_admin_role"_s << u"built-in administrator"_s;
        QTest::newRow("validation_failed") << 422 << u"validation_failed"_s << u"not valid"_s;
        QTest::newRow("unknown_field") << 400 << u"unknown_field"_s << u"req-1234"_s;
        QTest::newRow("read_only_field") << 400 << u"read_only_field"_s << u"update the program"_s;
        QTest::newRow("bad_query_parameter") << 400 << u"bad_query_parameter"_s << u"filter"_s;
        QTest::newRow("forbidden") << 403 << u"forbidden"_s << u"permission"_s;
        QTest::newRow("not_found") << 404 << u"not_found"_s << u"no longer exists"_s;
        QTest::newRow("database_unavailable") << 503 << u"database_unavailable"_s << u"temporarily"_s;
        QTest::newRow("not_ready") << 503 << u"not_ready"_s << u"temporarily"_s;
        QTest::newRow("internal_error") << 500 << u"internal_error"_s << u"req-1234"_s;
        QTest::newRow("invalid_refresh_token") << 401 << u"invalid_refresh_token"_s << u"sign in again"_s;
        QTest::newRow("payload_too_large") << 413 << u"payload_too_large"_s << u"too large"_s;
        QTest::newRow("idempotency_key_reused") << 422 << u"idempotency_key_reused"_s << u"already sent"_s;
        QTest::newRow("already_exists") << 409 << u"already_exists"_s << u"already exists"_s;
    }
    void serverCodes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mustContain);
        const ApiError e = httpError(status, code);
        QCOMPARE(e.code(), code);
        const QString text = ErrorText::forError(e);
        QVERIFY2(text.contains(mustContain, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!ErrorText::titleFor(e).isEmpty());
        // No English server text leaks through.
        QVERIFY(text != e.title());   // the server's English title never shows
    }

    void tooManyAttemptsSaysHowLong()
    {
        ApiError e = httpError(429, u"too_many_attempts"_s);
        e.setRetryAfterSeconds(600);
        QVERIFY2(ErrorText::forError(e).contains(u"10 minute"_s), qPrintable(ErrorText::forError(e)));
        e.setRetryAfterSeconds(61);
        QVERIFY2(ErrorText::forError(e).contains(u"2 minute"_s), qPrintable(ErrorText::forError(e)));
        e.setRetryAfterSeconds(5);
        QVERIFY2(ErrorText::forError(e).contains(u"1 minute"_s), qPrintable(ErrorText::forError(e)));
        QCOMPARE(ErrorText::titleFor(e), ErrorText::tr("Sign-in failed"));
    }

    void unknownCodeFallsBackByStatusWithRequestId()
    {
        QVERIFY(generic(418).contains(u"418"_s));
        QVERIFY(generic(418).contains(u"req-1234"_s));
        QVERIFY(generic(500).contains(u"req-1234"_s));
        // Not problem+json at all (a proxy's page).
        const ApiError proxy = ApiError::http(502, "<html>Bad gateway</html>", "text/html");
        QVERIFY(proxy.code().isEmpty());
        QVERIFY(ErrorText::forError(proxy).contains(u"temporarily"_s));
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("required") << u"email"_s << u"required"_s << u"required"_s;
        QTest::newRow("invalid_email") << u"email"_s << u"invalid_email"_s << u"email address"_s;
        QTest::newRow("email_taken") << u"email"_s << u"email_taken"_s << u"already in use"_s;
        QTest::newRow("too_short password") << u"password"_s << u"too_short"_s << u"at least 8"_s;
        QTest::newRow("too_long password") << u"new_password"_s << u"too_long"_s << u"at most 1024"_s;
        QTest::newRow("too_long name") << u"display_name"_s << u"too_long"_s << u"too long"_s;
        QTest::newRow("too_common") << u"password"_s << u"too_common"_s << u"commonly used"_s;
        QTest::newRow("too_predictable") << u"password"_s << u"too_predictable"_s << u"repeated"_s;
        QTest::newRow("name_taken") << u"name"_s << u"name_taken"_s << u"already in use"_s;
        QTest::newRow("unknown_role") << u"role_ids"_s << u"unknown_role"_s << u"roles"_s;
        QTest::newRow("unknown_permission") << u"permissions"_s << u"unknown_permission"_s << u"permissions"_s;
        QTest::newRow("invalid_password") << u"current_password"_s << u"invalid_password"_s << u"wrong"_s;
        QTest::newRow("same_as_current") << u"new_password"_s << u"same_as_current"_s << u"different"_s;
        QTest::newRow("wrong_type") << u"is_active"_s << u"wrong_type"_s << u"format"_s;
        QTest::newRow("invalid (query)") << u"role_id"_s << u"invalid"_s << u"not valid"_s;
    }
    void fieldErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(QString, mustContain);
        const ApiError e = httpError(422, u"validation_failed"_s,
                                     QJsonArray{QJsonObject{{u"field"_s, field}, {u"code"_s, code}, {u"message"_s, u"English"_s}}});
        QCOMPARE(e.fieldErrors().size(), 1);
        QCOMPARE(ErrorText::forError(e), ErrorText::tr("Please correct the marked fields."));
        const QString text = ErrorText::forFieldError(e.fieldErrors().first());
        QVERIFY2(text.contains(mustContain, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!text.contains(u"English"_s));
        QVERIFY(ErrorText::fieldErrorSummary(e).contains(text));
        if (code != u"invalid"_s)
            QVERIFY(text != ErrorText::forFieldCode(u"no_such_field_code"_s));
    }

    void transportFailures()
    {
        const QString down = ErrorText::forError(ApiError::network(QNetworkReply::ConnectionRefusedError, {}));
        QVERIFY(down.contains(u"refused"_s));
        QVERIFY(ErrorText::forError(ApiError::network(QNetworkReply::HostNotFoundError, {})).contains(u"could not be found"_s));
        QVERIFY(ErrorText::forError(ApiError::network(QNetworkReply::UnknownNetworkError, {})).contains(u"network"_s));
        QVERIFY(ErrorText::forError(ApiError::timeout(30'000)).contains(u"in time"_s));
        QVERIFY(ErrorText::forError(ApiError::sessionExpired()).contains(u"sign in again"_s));
        QVERIFY(ErrorText::forError(ApiError::cancelled()).contains(u"cancelled"_s));
        QCOMPARE(ErrorText::titleFor(ApiError::timeout(1)), ErrorText::tr("Connection problem"));
        QVERIFY(ErrorText::forError(ApiError()).isEmpty());
    }

    void tlsProblems()
    {
        ServerCertificateInfo info;
        info.serverKey = u"erp.example.com:8443"_s;
        info.sha256Fingerprint = u"AB:CD"_s;
        const QString untrusted = ErrorText::forError(ApiError::tls(ApiError::TlsProblem::UntrustedCertificate, info));
        const QString mismatch = ErrorText::forError(ApiError::tls(ApiError::TlsProblem::PinMismatch, info));
        const QString invalid = ErrorText::forError(ApiError::tls(ApiError::TlsProblem::InvalidCertificate, info));
        const QString handshake = ErrorText::forError(ApiError::tls(ApiError::TlsProblem::HandshakeFailed, info));
        const QString https = ErrorText::forError(ApiError::tls(ApiError::TlsProblem::HttpsRequired, info));
        QVERIFY(untrusted.contains(u"fingerprint"_s));
        QVERIFY(mismatch.contains(u"different certificate"_s));
        QVERIFY(mismatch.contains(u"refused"_s));
        QVERIFY(invalid.contains(u"not valid"_s));
        QVERIFY(handshake.contains(u"TLS 1.2"_s));
        QVERIFY(https.contains(u"https://"_s));
        QCOMPARE(QSet<QString>({untrusted, mismatch, invalid, handshake, https}).size(), 5);
        QCOMPARE(ErrorText::titleFor(ApiError::tls(ApiError::TlsProblem::PinMismatch, info)), ErrorText::tr("Security warning"));
        QVERIFY(ErrorText::certificateDetails(info).contains(u"AB:CD"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ErrorText)
#include "tst_errortext.moc"
