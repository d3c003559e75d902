#include "server/crm/ActivityService.h"

#include "server/crm/CrmEntities.h"
#include "server/http/ApiError.h"

#include <QDateTime>

namespace erp::server {

namespace {
const QStringList linkFields = {QStringLiteral("lead_id"), QStringLiteral("contact_id"), QStringLiteral("account_id")};
}

ActivityService::ActivityService(const Principal &caller, QByteArray requestId)
    : m_records(CrmEntities::activities(), caller, std::move(requestId))
{
}

void ActivityService::checkOneLink(const RecordValues &merged)
{
    int links = 0;
    for (const QString &f : linkFields)
        if (!merged.value(f).isNull())
            ++links;
    if (links != 1)
        throw ApiError::validation({{QStringLiteral("lead_id"), QStringLiteral("exactly_one_link"),
                                     QStringLiteral("Link the activity to exactly one lead, contact or account.")}});
}

RecordValues ActivityService::doneTime(const RecordValues &values)
{
    RecordValues extra;
    if (values.contains(QStringLiteral("done")))
        extra.insert(QStringLiteral("done_at"), values.value(QStringLiteral("done")).toBool()
                                                    ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                                                    : QVariant(QMetaType::fromType<QString>()));
    return extra;
}

qint64 ActivityService::create(const RecordValues &given)
{
    RecordValues values = given;
    if (!values.contains(QStringLiteral("done")))
        values.insert(QStringLiteral("done"), false);
    checkOneLink(values);
    RecordValues extra = doneTime(values);
    extra.insert(QStringLiteral("created_by"), m_records.caller().userId);
    return m_records.create(values, extra);
}

void ActivityService::update(qint64 id, int expectedVersion, const RecordValues &values)
{
    m_records.lock(id, expectedVersion);
    const QJsonObject current = m_records.findOrThrow(id);
    // Changing the link means naming the new one and clearing the old one
    // (null) in the same request; the result must still be exactly one.
    RecordValues merged;
    for (const QString &f : linkFields)
        merged.insert(f, values.contains(f) ? values.value(f)
                                            : (current.value(f).isNull() ? QVariant()
                                                                         : QVariant(current.value(f).toInteger())));
    checkOneLink(merged);
    m_records.update(id, expectedVersion, values, doneTime(values));
}

} // namespace erp::server
