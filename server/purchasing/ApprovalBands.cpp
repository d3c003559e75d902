#include "server/purchasing/ApprovalBands.h"

#include "server/db/Database.h"
#include "server/purchasing/ExchangeRates.h"
#include "shared/PurchaseOrderTotals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace erp::server {

using erp::shared::Decimal;

namespace {

const QString LoadSql
    = QStringLiteral("SELECT a.id, a.from_amount::text, a.to_amount::text, a.approvers_needed, a.permission, "
                     "coalesce(a.role_id, 0), coalesce(r.name, ''), a.role_approvers_needed "
                     "FROM approval_rules a LEFT JOIN roles r ON r.id = a.role_id "
                     "ORDER BY a.from_amount");

std::optional<Decimal> parse(const QJsonValue &value)
{
    return Decimal::parse(value.toString());
}

} // namespace

bool ApprovalBand::contains(const Decimal &amount) const
{
    return amount >= from && (!to || amount < *to);
}

QJsonObject ApprovalBand::toJson() const
{
    QJsonObject o {{QStringLiteral("rule_id"), id},
                   {QStringLiteral("from"), from.toString()},
                   {QStringLiteral("to"), to ? QJsonValue(to->toString()) : QJsonValue()},
                   {QStringLiteral("approvers_needed"), approversNeeded},
                   {QStringLiteral("permission"), permission},
                   {QStringLiteral("role_id"), roleId > 0 ? QJsonValue(roleId) : QJsonValue()},
                   {QStringLiteral("role"), roleName.isEmpty() ? QJsonValue() : QJsonValue(roleName)},
                   {QStringLiteral("role_approvers_needed"), roleApproversNeeded}};
    return o;
}

std::optional<ApprovalBand> ApprovalBand::fromJson(const QJsonObject &json)
{
    ApprovalBand band;
    const auto from = parse(json.value(QLatin1String("from")));
    if (!from)
        return std::nullopt;
    band.from = *from;
    if (!json.value(QLatin1String("to")).isNull()) {
        band.to = parse(json.value(QLatin1String("to")));
        if (!band.to)
            return std::nullopt;
    }
    band.id = json.value(QLatin1String("rule_id")).toInteger();
    band.approversNeeded = json.value(QLatin1String("approvers_needed")).toInt();
    band.permission = json.value(QLatin1String("permission")).toString();
    band.roleId = json.value(QLatin1String("role_id")).toInteger();
    band.roleName = json.value(QLatin1String("role")).toString();
    band.roleApproversNeeded = json.value(QLatin1String("role_approvers_needed")).toInt();
    return band;
}

QList<ApprovalBand> ApprovalBands::load()
{
    QList<ApprovalBand> bands;
    QSqlQuery &q = Database::exec(LoadSql);
    while (q.next()) {
        ApprovalBand band;
        band.id = q.value(0).toLongLong();
        band.from = Decimal::parse(q.value(1).toString()).value_or(Decimal());
        if (!q.value(2).isNull())
            band.to = Decimal::parse(q.value(2).toString());
        band.approversNeeded = q.value(3).toInt();
        band.permission = q.value(4).toString();
        band.roleId = q.value(5).toLongLong();
        band.roleName = q.value(6).toString();
        band.roleApproversNeeded = q.value(7).toInt();
        bands.append(band);
    }
    q.finish();
    return bands;
}

QString ApprovalBands::jsonSql()
{
    return QStringLiteral(
        "(SELECT json_agg(json_build_array(a.id, a.from_amount::text, a.to_amount::text, a.approvers_needed, "
        "a.permission, coalesce(a.role_id, 0), coalesce(r.name, ''), a.role_approvers_needed) ORDER BY a.from_amount) "
        "FROM approval_rules a LEFT JOIN roles r ON r.id = a.role_id)");
}

QList<ApprovalBand> ApprovalBands::fromJsonText(const QString &text)
{
    QList<ApprovalBand> bands;
    const QJsonArray rows = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : rows) {
        const QJsonArray row = value.toArray();
        ApprovalBand band;
        band.id = row.at(0).toInteger();
        band.from = Decimal::parse(row.at(1).toString()).value_or(Decimal());
        if (!row.at(2).isNull())
            band.to = Decimal::parse(row.at(2).toString());
        band.approversNeeded = row.at(3).toInt();
        band.permission = row.at(4).toString();
        band.roleId = row.at(5).toInteger();
        band.roleName = row.at(6).toString();
        band.roleApproversNeeded = row.at(7).toInt();
        bands.append(band);
    }
    return bands;
}

std::optional<ApprovalBand> ApprovalBands::bandFor(const QList<ApprovalBand> &bands, const Decimal &baseTotal)
{
    for (const ApprovalBand &band : bands)
        if (band.contains(baseTotal))
            return band;
    return std::nullopt;
}

std::optional<ApprovalBands::Decision> ApprovalBands::decide(const QString &currency, const QDate &orderDate,
                                                             const Decimal &total, Problem *problem)
{
    return decideWith(load(), ExchangeRates::rateOn(currency, orderDate), total, problem);
}

std::optional<ApprovalBands::Decision> ApprovalBands::decideWith(const QList<ApprovalBand> &bands,
                                                                 const std::optional<Decimal> &rate,
                                                                 const Decimal &total, Problem *problem)
{
    auto fail = [problem](Problem p) -> std::optional<Decision> {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    if (!rate)
        return fail(Problem::NoExchangeRate);
    const auto baseTotal = erp::shared::PurchaseOrderTotals::toBaseCurrency(total, *rate);
    if (!baseTotal)
        return fail(Problem::OutOfRange);
    const auto band = bandFor(bands, *baseTotal);
    if (!band)
        return fail(Problem::NoBand);
    if (problem)
        *problem = Problem::None;
    return Decision {*rate, *baseTotal, *band};
}

QString ApprovalBands::problemWith(const QList<ApprovalBand> &bands)
{
    if (bands.isEmpty())
        return QStringLiteral("At least one approval band is needed.");
    if (!bands.first().from.isZero())
        return QStringLiteral("The first approval band starts at 0.");
    for (int i = 0; i < bands.size(); ++i) {
        const ApprovalBand &band = bands.at(i);
        if (band.to && *band.to <= band.from)
            return QStringLiteral("Each approval band ends above where it starts.");
        if (band.approversNeeded < 0 || band.approversNeeded > 10)
            return QStringLiteral("A band needs 0 to 10 approvers.");
        if (band.roleApproversNeeded < 0 || band.roleApproversNeeded > band.approversNeeded)
            return QStringLiteral("A band cannot need more approvers with the role than approvers.");
        if ((band.roleId > 0) != (band.roleApproversNeeded > 0))
            return QStringLiteral("A band that names a role needs at least one approver holding it, and the other "
                                  "way round.");
        const bool last = i + 1 == bands.size();
        if (last && band.to)
            return QStringLiteral("The last approval band has no upper bound.");
        if (!last && (!band.to || *band.to != bands.at(i + 1).from))
            return QStringLiteral("Each approval band starts where the previous one ends.");
    }
    return {};
}

bool ApprovalBands::isSatisfied(const ApprovalBand &band, int approvers, int holdingRole)
{
    return approvers >= band.approversNeeded && holdingRole >= band.roleApproversNeeded;
}

bool ApprovalBands::wouldCount(const ApprovalBand &band, int approvers, int holdingRole, bool candidateHoldsRole)
{
    if (isSatisfied(band, approvers, holdingRole))
        return false;
    const int placesLeft = band.approversNeeded - approvers;
    const int roleStillNeeded = qMax(0, band.roleApproversNeeded - holdingRole);
    return candidateHoldsRole ? placesLeft > 0 || roleStillNeeded > 0 : placesLeft > roleStillNeeded;
}

} // namespace erp::server
