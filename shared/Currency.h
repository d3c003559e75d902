#pragma once

#include <QString>
#include <QStringList>

namespace erp::shared {

// ISO 4217 currencies the product accepts: the active codes, so a typo such
// as "EUO" is refused before it reaches a report. Used by the server to
// validate and by the client to offer a choice.
namespace Currency {
const QStringList &knownCodes();       // sorted, upper-case, 3 letters
bool isKnown(const QString &code);     // exact, upper-case only
// Digits after the decimal point in the currency's minor unit (ISO 4217):
// 0 for JPY, 3 for KWD, 2 for most and for unknown codes.
int minorUnits(const QString &code);
} // namespace Currency

} // namespace erp::shared
