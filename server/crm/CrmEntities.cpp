#include "server/crm/CrmEntities.h"

#include "server/crm/CrmRecordRules.h"
#include "server/platform/SqlFragments.h"

namespace erp::server {

namespace {

QString ts(const QString &column) { return isoTimestampSql(column); }

QString userName(const QString &column)
{
    return QStringLiteral("(SELECT display_name FROM users WHERE id = %1)").arg(column);
}

} // namespace

const CrmEntity &CrmEntities::accounts()
{
    static const CrmEntity e{
        QStringLiteral("account"),
        QStringLiteral("accounts"),
        QStringLiteral("ac"),
        QStringLiteral("json_build_object('id', ac.id, 'name', ac.name, 'industry', ac.industry, "
                       "'website', ac.website, 'phone', ac.phone, 'address', ac.address, "
                       "'owner_id', ac.owner_id, 'owner_name', %1, "
                       "'created_at', %2, 'updated_at', %3, 'version', ac.version)")
            .arg(userName(QStringLiteral("ac.owner_id")), ts(QStringLiteral("ac.created_at")),
                 ts(QStringLiteral("ac.updated_at"))),
        {{QStringLiteral("name"), CrmField::Text, true, 200},
         {QStringLiteral("industry"), CrmField::Text, false, 100},
         {QStringLiteral("website"), CrmField::Text, false, 300},
         {QStringLiteral("phone"), CrmField::Text, false, 50},
         {QStringLiteral("address"), CrmField::LongText, false, 1000},
         {QStringLiteral("owner_id"), CrmField::UserRef}},
        [](const Principal &p) { return CrmRecordRules::accounts(p, QStringLiteral("ac")); }};
    return e;
}

const CrmEntity &CrmEntities::contacts()
{
    static const CrmEntity e{
        QStringLiteral("contact"),
        QStringLiteral("contacts"),
        QStringLiteral("c"),
        QStringLiteral("json_build_object('id', c.id, 'name', c.name, 'title', c.title, 'email', c.email, "
                       "'phone', c.phone, 'account_id', c.account_id, "
                       "'account_name', (SELECT name FROM accounts WHERE id = c.account_id), "
                       "'owner_id', c.owner_id, 'owner_name', %1, 'notes', c.notes, "
                       "'created_at', %2, 'updated_at', %3, 'version', c.version)")
            .arg(userName(QStringLiteral("c.owner_id")), ts(QStringLiteral("c.created_at")),
                 ts(QStringLiteral("c.updated_at"))),
        {{QStringLiteral("name"), CrmField::Text, true, 200},
         {QStringLiteral("title"), CrmField::Text, false, 100},
         {QStringLiteral("email"), CrmField::Email, false, 254},
         {QStringLiteral("phone"), CrmField::Text, false, 50},
         {QStringLiteral("account_id"), CrmField::AccountRef},
         {QStringLiteral("owner_id"), CrmField::UserRef, false, 200, {}, true},
         {QStringLiteral("notes"), CrmField::LongText}},
        [](const Principal &p) { return CrmRecordRules::contacts(p, QStringLiteral("c")); }};
    return e;
}

const CrmEntity &CrmEntities::leads()
{
    static const CrmEntity e{
        QStringLiteral("lead"),
        QStringLiteral("leads"),
        QStringLiteral("l"),
        QStringLiteral("json_build_object('id', l.id, 'title', l.title, 'contact_name', l.contact_name, "
                       "'company', l.company, 'email', l.email, 'phone', l.phone, 'source', l.source, "
                       "'estimated_value', l.estimated_value::text, 'currency', l.currency, "
                       "'probability', l.probability, "
                       "'expected_close_date', to_char(l.expected_close_date, 'YYYY-MM-DD'), "
                       "'owner_id', l.owner_id, 'owner_name', %1, 'stage_id', l.stage_id, "
                       "'stage_name', (SELECT name FROM pipeline_stages WHERE id = l.stage_id), "
                       "'status', l.status, 'lost_reason', l.lost_reason, 'notes', l.notes, "
                       "'converted_account_id', l.converted_account_id, "
                       "'converted_contact_id', l.converted_contact_id, 'converted_at', %2, "
                       "'created_at', %3, 'updated_at', %4, 'version', l.version)")
            .arg(userName(QStringLiteral("l.owner_id")), ts(QStringLiteral("l.converted_at")),
                 ts(QStringLiteral("l.created_at")), ts(QStringLiteral("l.updated_at"))),
        {{QStringLiteral("title"), CrmField::Text, true, 200},
         {QStringLiteral("contact_name"), CrmField::Text, false, 200},
         {QStringLiteral("company"), CrmField::Text, false, 200},
         {QStringLiteral("email"), CrmField::Email, false, 254},
         {QStringLiteral("phone"), CrmField::Text, false, 50},
         {QStringLiteral("source"), CrmField::Text, false, 100},
         {QStringLiteral("estimated_value"), CrmField::Money},
         {QStringLiteral("currency"), CrmField::Currency, true},
         {QStringLiteral("probability"), CrmField::Percent},
         {QStringLiteral("expected_close_date"), CrmField::Date},
         {QStringLiteral("owner_id"), CrmField::UserRef, false, 200, {}, true},
         {QStringLiteral("stage_id"), CrmField::StageRef},
         {QStringLiteral("notes"), CrmField::LongText}},
        [](const Principal &p) { return CrmRecordRules::leads(p, QStringLiteral("l")); }};
    return e;
}

const CrmEntity &CrmEntities::activities()
{
    static const CrmEntity e{
        QStringLiteral("activity"),
        QStringLiteral("activities"),
        QStringLiteral("a"),
        QStringLiteral("json_build_object('id', a.id, 'kind', a.kind, 'subject', a.subject, 'due_at', %1, "
                       "'done', a.done, 'done_at', %2, 'assignee_id', a.assignee_id, 'assignee_name', %3, "
                       "'lead_id', a.lead_id, 'contact_id', a.contact_id, 'account_id', a.account_id, "
                       "'notes', a.notes, 'created_by', a.created_by, "
                       "'bucket', CASE WHEN a.done THEN 'done' WHEN a.due_at < now() THEN 'overdue' "
                       "WHEN a.due_at < date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 day' "
                       "THEN 'today' ELSE 'upcoming' END, "
                       "'created_at', %4, 'updated_at', %5, 'version', a.version)")
            .arg(ts(QStringLiteral("a.due_at")), ts(QStringLiteral("a.done_at")),
                 userName(QStringLiteral("a.assignee_id")), ts(QStringLiteral("a.created_at")),
                 ts(QStringLiteral("a.updated_at"))),
        {{QStringLiteral("kind"), CrmField::Choice, true, 200,
          {QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("email"), QStringLiteral("task")}},
         {QStringLiteral("subject"), CrmField::Text, true, 200},
         {QStringLiteral("due_at"), CrmField::Timestamp, true},
         {QStringLiteral("done"), CrmField::Boolean},
         {QStringLiteral("assignee_id"), CrmField::UserRef},
         {QStringLiteral("lead_id"), CrmField::LeadRef},
         {QStringLiteral("contact_id"), CrmField::ContactRef},
         {QStringLiteral("account_id"), CrmField::AccountRef},
         {QStringLiteral("notes"), CrmField::LongText}},
        [](const Principal &p) { return CrmRecordRules::activities(p, QStringLiteral("a")); }};
    return e;
}

QString CrmEntities::leadSearchSql()
{
    // A stored generated column (migration 0003): under row-level security
    // only a plain column with ILIKE can use the trigram index.
    return QStringLiteral("l.search_text");
}

QString CrmEntities::leadCloseSortSql()
{
    return QStringLiteral("(coalesce(l.expected_close_date, DATE '9999-12-31') - DATE '2000-01-01')");
}

} // namespace erp::server
