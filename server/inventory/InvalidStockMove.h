#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace erp::server {

// A stock move that cannot be posted as given (a quantity that is not
// positive or has more than 3 decimals, a direction that does not fit the
// reason, an unknown product or location). code is machine-readable
// ("quantity_not_positive"), field names the offending input, message is an
// English sentence for the problem's detail.
class InvalidStockMove : public std::exception
{
public:
    InvalidStockMove(QString code, QString field, QString message);
    const char *what() const noexcept override { return m_what.constData(); }

    QString code() const { return m_code; }
    QString field() const { return m_field; }
    QString message() const { return m_message; }

private:
    QString m_code;
    QString m_field;
    QString m_message;
    QByteArray m_what;
};

} // namespace erp::server
