#pragma once

#include <QString>

namespace erp::client {

// Stock quantities as people read them. The database keeps three decimals
// ("12.000"); a clerk counting pieces expects "12" and "37.5". The value is
// never changed, only zeros that say nothing are left out; the rest is
// LocaleFormat (the user's language).
class QuantityText
{
public:
    static QString shown(const QString &apiDecimal);
    // Without grouping, for an edit field.
    static QString forEditing(const QString &apiDecimal);
    // The API form without insignificant zeros ("12.000" -> "12").
    static QString trimmed(const QString &apiDecimal);
};

} // namespace erp::client
