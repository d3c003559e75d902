#pragma once

#include "client/core/ApiError.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

class QLineEdit;

namespace erp::client {

class NumberValidator;

// An exact decimal typed in the user's language (costs, prices, quantities,
// factors, rates) and what the master-data forms send for it: the API's
// decimal string at the column's scale, so that what was loaded and what is
// typed compare alike ("1.250,5" and the server's "1250.5000" are the same
// cost). Reading goes through LocaleFormat; nothing is guessed.
class DecimalInput
{
    Q_DECLARE_TR_FUNCTIONS(erp::client::DecimalInput)

public:
    // Right-aligned, letters refused as typed, separators checked on saving.
    static NumberValidator *attach(QLineEdit *edit, int scale);
    // After a language change: what is typed follows the new language.
    static void relocalise(QLineEdit *edit);

    // The value to send: null when empty, the decimal at `scale` decimals,
    // or the text as typed when it does not read (check() reports it).
    static QJsonValue value(const QLineEdit *edit, int scale);
    // What is wrong with the typed text, in the user's language; nothing when fine.
    static std::optional<FieldError> check(const QString &field, const QLineEdit *edit, int scale,
                                           int integerDigits, bool required);
    // An API decimal for editing ("1250.5000" -> "1250,5" in German), trailing
    // zeros beyond minScale dropped.
    static QString forEditing(const QJsonValue &apiDecimal, int minScale = 0);
    // The same for reading (grouped: "1.250,5"); quantities and factors come
    // from the server with their column's decimals ("480.000"), which would
    // read as thousands in German, so trailing zeros beyond minScale go.
    static QString forDisplay(const QJsonValue &apiDecimal, int minScale = 0);

private:
    static QString trimmed(const QString &apiDecimal, int minScale);
};

} // namespace erp::client
