#include "server/crm/LeadConversion.h"

#include "server/crm/CrmEntities.h"
#include "server/crm/CrmLog.h"
#include "server/db/Database.h"
#include "server/http/ApiError.h"
#include "server/platform/RecordFields.h"
#include "server/platform/RecordService.h"

namespace erp::server {

LeadConversion::LeadConversion(const Principal &caller, QByteArray requestId)
    : m_caller(caller), m_requestId(std::move(requestId))
{
}

LeadConversion::Result LeadConversion::convert(qint64 leadId, int expectedVersion, const Request &request)
{
    RecordService leads(CrmEntities::leads(), m_caller, m_requestId);
    RecordService accounts(CrmEntities::accounts(), m_caller, m_requestId);
    RecordService contacts(CrmEntities::contacts(), m_caller, m_requestId);

    // Lock first: whoever comes second sees "converted" and gets 409.
    leads.lock(leadId, expectedVersion);
    const QJsonObject before = leads.findOrThrow(leadId);
    const QString status = before.value(QStringLiteral("status")).toString();
    if (status == u"converted")
        throw ApiError::conflict(QStringLiteral("already_converted"), QStringLiteral("This lead was already converted."));
    if (status != u"open" && status != u"won")
        throw ApiError::conflict(QStringLiteral("invalid_status_transition"),
                                 QStringLiteral("A %1 lead cannot be converted; reopen it first.").arg(status));

    // Validate everything before writing anything.
    QList<FieldError> errors;
    const qint64 owner = before.value(QStringLiteral("owner_id")).toInteger();
    const auto fieldOf = [](const RecordEntity &e, const QString &name) {
        for (const RecordField &f : e.fields)
            if (f.name == name)
                return f;
        return RecordField{};
    };
    const RecordReference &accountRef = CrmEntities::accountReference();
    if (request.accountId && !RecordFields::referenceVisible(accountRef, *request.accountId, m_caller))
        errors.append({QStringLiteral("account_id"), accountRef.errorCode, accountRef.errorMessage});
    const RecordReference &contactRef = CrmEntities::contactReference();
    if (request.contactId && !RecordFields::referenceVisible(contactRef, *request.contactId, m_caller))
        errors.append({QStringLiteral("contact_id"), contactRef.errorCode, contactRef.errorMessage});
    RecordValues account;
    if (!request.accountId) {
        const QString name = request.accountName.value_or(before.value(QStringLiteral("company")).toString());
        const QVariant v = RecordFields::checkText(fieldOf(CrmEntities::accounts(), QStringLiteral("name")), name, m_caller,
                                                &errors, QStringLiteral("account_name"));
        account.insert(QStringLiteral("name"), v);
        account.insert(QStringLiteral("owner_id"), owner);
    }
    RecordValues contact;
    if (!request.contactId) {
        const QString name = request.contactName.value_or(before.value(QStringLiteral("contact_name")).toString());
        contact.insert(QStringLiteral("name"), RecordFields::checkText(fieldOf(CrmEntities::contacts(), QStringLiteral("name")),
                                                                    name, m_caller, &errors, QStringLiteral("contact_name")));
        if (request.contactTitle)
            contact.insert(QStringLiteral("title"), *request.contactTitle);
        for (const QString &f : {QStringLiteral("email"), QStringLiteral("phone")})
            if (!before.value(f).isNull())
                contact.insert(f, before.value(f).toString());
        contact.insert(QStringLiteral("owner_id"), owner);
    }
    if (!errors.isEmpty())
        throw ApiError::validation(errors);

    Result result;
    if (request.accountId) {
        result.accountId = *request.accountId;
    } else {
        result.accountId = accounts.create(account, {{QStringLiteral("created_by"), m_caller.userId}});
        result.accountCreated = true;
    }
    if (request.contactId) {
        result.contactId = *request.contactId;
    } else {
        contact.insert(QStringLiteral("account_id"), result.accountId);
        result.contactId = contacts.create(contact, {{QStringLiteral("created_by"), m_caller.userId}});
        result.contactCreated = true;
    }
    Database::exec(QStringLiteral("UPDATE leads SET status = 'converted', converted_account_id = ?, "
                                  "converted_contact_id = ?, converted_at = now(), version = version + 1, "
                                  "updated_at = now() WHERE id = ?"),
                   {result.accountId, result.contactId, leadId})
        .finish();
    leads.audit(leadId, QStringLiteral("convert"), before, leads.findOrThrow(leadId));
    qCInfo(lcCrm) << "lead" << leadId << "converted: account" << result.accountId << "contact" << result.contactId;
    return result;
}

} // namespace erp::server
