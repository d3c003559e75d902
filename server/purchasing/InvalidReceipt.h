#pragma once

#include "shared/Decimal.h"

#include <QByteArray>
#include <QString>

#include <exception>

namespace erp::server {

// A receipt that cannot be booked as given: unknown order or line, a
// quantity that is not positive, more than the line may still receive
// (remaining() says how much may), a line closed short, a quantity that does
// not convert exactly to the stock unit, no receiving location. code is
// machine-readable, lineId the offending line (0: the receipt as a whole),
// message an English sentence.
class InvalidReceipt : public std::exception
{
public:
    InvalidReceipt(QString code, qint64 lineId, QString message,
                   erp::shared::Decimal remaining = erp::shared::Decimal());
    const char *what() const noexcept override { return m_what.constData(); }

    QString code() const { return m_code; }
    qint64 lineId() const { return m_lineId; }
    QString message() const { return m_message; }
    erp::shared::Decimal remaining() const { return m_remaining; }

private:
    QString m_code;
    qint64 m_lineId;
    QString m_message;
    erp::shared::Decimal m_remaining;
    QByteArray m_what;
};

} // namespace erp::server
