#include "server/purchasing/ExchangeRates.h"

#include "server/db/Database.h"

#include <QSqlQuery>

namespace erp::server {

namespace {

const QString BaseCurrencySql = QStringLiteral("SELECT base_currency FROM organisation_settings");
const QString RateOnSql = QStringLiteral("SELECT rate::text FROM exchange_rates WHERE currency = ? AND valid_on <= ? "
                                         "ORDER BY valid_on DESC LIMIT 1");

} // namespace

QString ExchangeRates::baseCurrency()
{
    QSqlQuery &q = Database::exec(BaseCurrencySql);
    const QString base = q.next() ? q.value(0).toString() : QStringLiteral("EUR");
    q.finish();
    return base;
}

std::optional<erp::shared::Decimal> ExchangeRates::rateOn(const QString &currency, const QDate &day)
{
    if (currency == baseCurrency())
        return erp::shared::Decimal::fromInteger(1);
    QSqlQuery &q = Database::exec(RateOnSql, {currency, day});
    std::optional<erp::shared::Decimal> rate;
    if (q.next())
        rate = erp::shared::Decimal::parse(q.value(0).toString());
    q.finish();
    return rate;
}

} // namespace erp::server
