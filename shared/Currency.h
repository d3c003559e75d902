#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace erp::shared {

// ISO 4217 currencies the product accepts: the active codes, so a typo such
// as "EUO" is refused before it reaches a report. Used by the server to
// validate and by the client to offer a choice.
namespace Currency {
const QStringList &knownCodes(); // sorted, upper-case, 3 letters
bool isKnown(const QString &code); // exact, upper-case only
// Decimals of the currency's minor unit per ISO 4217 (EUR 2, JPY 0, KWD 3):
// the scale every amount in it is rounded to. Nothing for an unknown code.
std::optional<int> minorUnits(const QString &code);
} // namespace Currency

} // namespace erp::shared
