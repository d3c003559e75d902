#pragma once

#include "shared/Decimal.h"

#include <QDate>
#include <QString>

#include <optional>

namespace erp::server {

// The organisation's base currency and its exchange rates. A rate is base
// currency per one unit of the other currency and applies from its date
// until the next one: the rate for a day is the latest on or before it.
// Reads on this thread's connection in the caller's transaction (app.tenant_id set).
class ExchangeRates
{
public:
    static QString baseCurrency(); // "EUR" when the organisation has no settings row yet

    // 1 for the base currency; nothing when no rate is on or before `day`.
    static std::optional<erp::shared::Decimal> rateOn(const QString &currency, const QDate &day);
};

} // namespace erp::server
