#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace erp::server {

// An action the order's current state does not allow (PurchaseOrderWorkflow):
// a 409 whose detail names the current state.
class PurchaseOrderConflict : public std::exception
{
public:
    PurchaseOrderConflict(QString action, QString currentState);
    const char *what() const noexcept override { return m_what.constData(); }

    QString action() const { return m_action; }
    QString currentState() const { return m_currentState; }

private:
    QString m_action;
    QString m_currentState;
    QByteArray m_what;
};

} // namespace erp::server
