#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace erp::client {

// The CRM's words and number formats shared by its pages and forms: lead
// statuses, activity kinds and buckets, money (a decimal string from the API,
// shown with the user's locale but never through a double) and percentages.
class CrmText
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::CrmText)

public:
    static QString leadStatus(const QString &status);
    static QString activityKind(const QString &kind);
    static QString activityBucket(const QString &bucket);
    // "1.250,00 EUR" in German, "1,250.00 EUR" in English; empty value -> "".
    static QString money(const QString &decimal, const QString &currency);
    // The decimal for an edit field: "1250,00" in German (no grouping).
    static QString decimalForEditing(const QString &decimal);
    // Reads what the user typed (locale decimal point or '.', group
    // separators and spaces ignored) into the API's form ("1250.5" ->
    // "1250.5"); nothing when it is not a number with at most maxScale decimals.
    static std::optional<QString> decimalFromInput(const QString &text, int maxScale = 2);
    static QString percent(int value);
    // "2024-05-31" in the locale's short format; empty for an empty date.
    static QString date(const QString &isoDate);
    // An RFC 3339 timestamp in local time, short format.
    static QString dateTime(const QString &timestamp);
};

} // namespace erp::client
