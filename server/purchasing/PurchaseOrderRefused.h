#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace erp::server {

// A purchase-order action refused for a reason other than the order's state
// (that is PurchaseOrderConflict): submit without lines or exchange rate,
// the creator approving, an approver counted twice, a rejection without a
// comment... code is machine-readable ("creator_cannot_approve"), message an
// English sentence. forbidden() tells the routes whether it is about who the
// caller is (403) rather than about the order (409/422).
class PurchaseOrderRefused : public std::exception
{
public:
    PurchaseOrderRefused(QString code, QString message);
    const char *what() const noexcept override { return m_what.constData(); }

    QString code() const { return m_code; }
    QString message() const { return m_message; }
    bool forbidden() const;

private:
    QString m_code;
    QString m_message;
    QByteArray m_what;
};

} // namespace erp::server
