#pragma once

#include "shared/Decimal.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace erp::server {

// One band of the approval rules: orders whose base-currency total lies in
// [from, to) need approversNeeded distinct people holding `permission`, of
// whom roleApproversNeeded also hold the role (0: any holder will do).
struct ApprovalBand
{
    qint64 id = 0;
    erp::shared::Decimal from;
    std::optional<erp::shared::Decimal> to; // nothing: no upper bound
    int approversNeeded = 0;
    QString permission = QStringLiteral("purchasing.approve");
    qint64 roleId = 0;
    QString roleName;
    int roleApproversNeeded = 0;

    bool contains(const erp::shared::Decimal &amount) const;
    // The snapshot stored with an order at submit, and back.
    QJsonObject toJson() const;
    static std::optional<ApprovalBand> fromJson(const QJsonObject &json);
};

// Which band applies to an order, and whether its approvals satisfy it. The
// band is decided at submit from the order's total converted to the base
// currency at the rate of the order date, and stored with the order, so a
// later change of the rules does not change what a submitted order needs.
class ApprovalBands
{
public:
    enum class Problem { None, NoExchangeRate, NoBand, OutOfRange };

    struct Decision
    {
        erp::shared::Decimal rate; // base per order currency; 1 for the base currency
        erp::shared::Decimal baseTotal; // round(total × rate, 2)
        ApprovalBand band;
    };

    // The organisation's bands by `from` (this thread's connection, caller's transaction).
    static QList<ApprovalBand> load();

    // A scalar subquery giving the bands (as load() reads them) as one JSON
    // array, to read them with other things in one statement; fromJson()
    // turns its text into the bands.
    static QString jsonSql();
    static QList<ApprovalBand> fromJsonText(const QString &text);

    // The band containing baseTotal, if any.
    static std::optional<ApprovalBand> bandFor(const QList<ApprovalBand> &bands, const erp::shared::Decimal &baseTotal);

    // Reads the rate and the bands and decides; nothing, with the reason in
    // *problem, when there is no rate on or before the order date, no band
    // covers the total, or the conversion overflows.
    static std::optional<Decision> decide(const QString &currency, const QDate &orderDate,
                                          const erp::shared::Decimal &total, Problem *problem);

    // decide() on what the caller read: the bands and the rate (nothing when
    // there is none on or before the order date).
    static std::optional<Decision> decideWith(const QList<ApprovalBand> &bands,
                                              const std::optional<erp::shared::Decimal> &rate,
                                              const erp::shared::Decimal &total, Problem *problem);

    // Empty when the bands start at 0, follow each other without gap or
    // overlap and end unbounded, with sensible counts; else an English reason.
    static QString problemWith(const QList<ApprovalBand> &bands);

    // approvers: distinct counted approvers so far; holdingRole: how many of
    // them hold the band's role.
    static bool isSatisfied(const ApprovalBand &band, int approvers, int holdingRole);
    // Whether one more approver (holding the role or not) brings the order
    // closer to satisfied: with one place left that must go to the role,
    // another approver without it does not count.
    static bool wouldCount(const ApprovalBand &band, int approvers, int holdingRole, bool candidateHoldsRole);
};

} // namespace erp::server
