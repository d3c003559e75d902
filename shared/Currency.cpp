#include "shared/Currency.h"

#include <algorithm>

namespace erp::shared::Currency {

const QStringList &knownCodes()
{
    // Active ISO 4217 codes (funds and precious metals left out: nobody
    // quotes a lead in XAU).
    static const QStringList codes = [] {
        QStringList list
            = QStringLiteral(
                  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN "
                  "BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS "
                  "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW "
                  "KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD "
                  "NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD "
                  "SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES "
                  "VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL")
                  .split(QLatin1Char(' '));
        std::sort(list.begin(), list.end());
        return list;
    }();
    return codes;
}

bool isKnown(const QString &code)
{
    const QStringList &codes = knownCodes();
    return std::binary_search(codes.begin(), codes.end(), code);
}

std::optional<int> minorUnits(const QString &code)
{
    if (!isKnown(code))
        return std::nullopt;
    // ISO 4217 list one (the exponent column); every code not named here has
    // two decimals. MGA and MRU have fifths as subunits but ISO gives them 2.
    static const QStringList none
        = QStringLiteral("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF").split(QLatin1Char(' '));
    static const QStringList three = QStringLiteral("BHD IQD JOD KWD LYD OMR TND").split(QLatin1Char(' '));
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

} // namespace erp::shared::Currency
