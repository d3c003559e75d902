#pragma once

#include <QString>

namespace erp::shared {

// Product barcodes of the GS1 family: EAN-8, UPC-A (12 digits), EAN-13 and
// GTIN-14, each ending in the GS1 check digit (digits weighted 3 and 1 from
// the right, the check digit making the sum a multiple of 10). Shared so the
// client can tell a clerk at once that a scanned or typed code is mistyped.
class Barcode
{
public:
    static bool isValid(const QString &code);
    // The check digit for the digits before it; -1 when `digits` is not all digits.
    static int checkDigit(const QString &digits);
};

} // namespace erp::shared
