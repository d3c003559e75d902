#include "client/ui/inventory/QuantityText.h"

#include "client/core/LocaleFormat.h"
#include "shared/Decimal.h"

namespace erp::client {

QString QuantityText::trimmed(const QString &apiDecimal)
{
    auto value = erp::shared::Decimal::parse(apiDecimal);
    if (!value)
        return apiDecimal;
    while (value->scale() > 0) {
        const auto shorter = value->rescaled(value->scale() - 1);
        if (!shorter || *shorter != *value)
            break;
        value = shorter;
    }
    return value->toString();
}

QString QuantityText::shown(const QString &apiDecimal)
{
    return LocaleFormat::decimal(trimmed(apiDecimal));
}

QString QuantityText::forEditing(const QString &apiDecimal)
{
    return LocaleFormat::decimalForEditing(trimmed(apiDecimal));
}

} // namespace erp::client
