#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace erp::server {

// A draft that cannot be stored as given: field is where the problem is
// ("supplier_id", "lines[2].quantity"), code machine-readable, message an
// English sentence; the routes answer 422 with it.
class InvalidPurchaseOrder : public std::exception
{
public:
    InvalidPurchaseOrder(QString field, QString code, QString message);
    const char *what() const noexcept override { return m_what.constData(); }

    QString field() const { return m_field; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }

private:
    QString m_field;
    QString m_code;
    QString m_message;
    QByteArray m_what;
};

} // namespace erp::server
