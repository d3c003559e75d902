#pragma once

#include "server/http/Principal.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace erp::server {

// Converting a lead: link an existing account or create one (from the
// lead's company unless a name is given), link an existing contact or create
// one (from the lead's contact name, email and phone), and mark the lead
// converted. All in the caller's transaction, with the lead locked FOR UPDATE
// first: a second conversion (or a concurrent one) finds it converted and
// gets 409, and any failure half-way leaves nothing behind.
class LeadConversion
{
public:
    struct Request
    {
        std::optional<qint64> accountId;
        std::optional<QString> accountName;
        std::optional<qint64> contactId;
        std::optional<QString> contactName;
        std::optional<QString> contactTitle;
    };
    struct Result
    {
        qint64 accountId = 0;
        qint64 contactId = 0;
        bool accountCreated = false;
        bool contactCreated = false;
    };

    LeadConversion(const Principal &caller, QByteArray requestId);
    Result convert(qint64 leadId, int expectedVersion, const Request &request);

private:
    Principal m_caller;
    QByteArray m_requestId;
};

} // namespace erp::server
