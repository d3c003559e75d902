#include "shared/Barcode.h"

namespace erp::shared {

int Barcode::checkDigit(const QString &digits)
{
    int sum = 0;
    // The digit next to the check digit weighs 3, the one before it 1, ...
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(digits.size() - 1 - i);
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c.unicode() - u'0') * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

bool Barcode::isValid(const QString &code)
{
    const qsizetype n = code.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    const QChar last = code.at(n - 1);
    if (last < u'0' || last > u'9')
        return false;
    return checkDigit(code.left(n - 1)) == last.unicode() - u'0';
}

} // namespace erp::shared
