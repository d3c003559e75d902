#include "server/crm/CrmEntities.h"

#include "server/crm/CrmRecordRules.h"
#include "server/db/SqlClock.h"
#include "server/platform/SqlFragments.h"
#include "shared/Permissions.h"

namespace erp::server {

namespace {

QString ts(const QString &column) { return isoTimestampSql(column); }

QString userName(const QString &column)
{
    return QStringLiteral("(SELECT display_name FROM users WHERE id = %1)").arg(column);
}

// Owners of contacts and leads: without crm.view_all only the caller.
RecordField ownerField()
{
    return RecordField::referenceTo(QStringLiteral("owner_id"), RecordReference::activeUsers())
        .callerUnlessPermitted(erp::shared::Permission::CrmViewAll);
}

// Whom an activity can be given to: an active user of the organisation who
// can open CRM (crm.view through one of their roles). Anyone with crm.edit
// may assign (decision 0006); someone without CRM would never see it.
const RecordReference &assigneeReference()
{
    static const RecordReference r{
        QStringLiteral("users"), QStringLiteral("u"),
        QStringLiteral("u.is_active AND EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp "
                       "ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id "
                       "WHERE ur.user_id = u.id AND rp.permission = '%1')")
            .arg(QLatin1String(erp::shared::Permission::CrmView)),
        {},
        QStringLiteral("assignee_without_crm"),
        QStringLiteral("Activities can only be given to active users who can open CRM.")};
    return r;
}

} // namespace

const RecordReference &CrmEntities::accountReference()
{
    static const RecordReference r{QStringLiteral("accounts"), QStringLiteral("ac"), {},
                                   [](const Principal &p) { return CrmRecordRules::accounts(p, QStringLiteral("ac")); },
                                   QStringLiteral("unknown_account"), QStringLiteral("No account with this id.")};
    return r;
}

const RecordReference &CrmEntities::contactReference()
{
    static const RecordReference r{QStringLiteral("contacts"), QStringLiteral("c"), {},
                                   [](const Principal &p) { return CrmRecordRules::contacts(p, QStringLiteral("c")); },
                                   QStringLiteral("unknown_contact"),
                                   QStringLiteral("No contact with this id that you can see.")};
    return r;
}

const RecordReference &CrmEntities::leadReference()
{
    static const RecordReference r{QStringLiteral("leads"), QStringLiteral("l"), {},
                                   [](const Principal &p) { return CrmRecordRules::leads(p, QStringLiteral("l")); },
                                   QStringLiteral("unknown_lead"), QStringLiteral("No lead with this id that you can see.")};
    return r;
}

const RecordReference &CrmEntities::stageReference()
{
    static const RecordReference r{QStringLiteral("pipeline_stages"), QStringLiteral("s"), {}, {},
                                   QStringLiteral("unknown_stage"),
                                   QStringLiteral("No pipeline stage with this id in your organisation.")};
    return r;
}

const RecordEntity &CrmEntities::accounts()
{
    static const RecordEntity e{
        QStringLiteral("account"),
        QStringLiteral("accounts"),
        QStringLiteral("ac"),
        QStringLiteral("json_build_object('id', ac.id, 'name', ac.name, 'industry', ac.industry, "
                       "'website', ac.website, 'phone', ac.phone, 'street', ac.street, 'postcode', ac.postcode, 'city', ac.city, "
                       "'region', ac.region, 'country', ac.country, "
                       "'owner_id', ac.owner_id, 'owner_name', %1, "
                       "'created_at', %2, 'updated_at', %3, 'version', ac.version)")
            .arg(userName(QStringLiteral("ac.owner_id")), ts(QStringLiteral("ac.created_at")),
                 ts(QStringLiteral("ac.updated_at"))),
        {RecordField::of(QStringLiteral("name"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("industry"), RecordField::Text, 100),
         RecordField::of(QStringLiteral("website"), RecordField::Text, 300),
         RecordField::of(QStringLiteral("phone"), RecordField::Text, 50),
         // A structured address (migration 0017), the same fields suppliers
         // and shipments use; the street may take two lines.
         RecordField::of(QStringLiteral("street"), RecordField::LongText, 1000),
         RecordField::of(QStringLiteral("postcode"), RecordField::Text, 20),
         RecordField::of(QStringLiteral("city"), RecordField::Text, 100),
         RecordField::of(QStringLiteral("region"), RecordField::Text, 100),
         RecordField::of(QStringLiteral("country"), RecordField::Text, 100),
         RecordField::referenceTo(QStringLiteral("owner_id"), RecordReference::activeUsers())},
        [](const Principal &p) { return CrmRecordRules::accounts(p, QStringLiteral("ac")); }};
    return e;
}

const RecordEntity &CrmEntities::contacts()
{
    static const RecordEntity e{
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
        {RecordField::of(QStringLiteral("name"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("title"), RecordField::Text, 100),
         RecordField::of(QStringLiteral("email"), RecordField::Email, 254),
         RecordField::of(QStringLiteral("phone"), RecordField::Text, 50),
         RecordField::referenceTo(QStringLiteral("account_id"), accountReference()),
         ownerField(),
         RecordField::of(QStringLiteral("notes"), RecordField::LongText)},
        [](const Principal &p) { return CrmRecordRules::contacts(p, QStringLiteral("c")); }};
    return e;
}

namespace {

// One lead as JSON (alias l), with the owner's and the stage's name as given.
QString leadJson(const QString &ownerName, const QString &stageName)
{
    return QStringLiteral("json_build_object('id', l.id, 'title', l.title, 'contact_name', l.contact_name, "
                          "'company', l.company, 'email', l.email, 'phone', l.phone, 'source', l.source, "
                          "'estimated_value', l.estimated_value::text, 'currency', l.currency, "
                          "'probability', l.probability, "
                          "'expected_close_date', to_char(l.expected_close_date, 'YYYY-MM-DD'), "
                          "'owner_id', l.owner_id, 'owner_name', %1, 'stage_id', l.stage_id, "
                          "'stage_name', %2, "
                          "'status', l.status, 'lost_reason', l.lost_reason, 'notes', l.notes, "
                          "'converted_account_id', l.converted_account_id, "
                          "'converted_contact_id', l.converted_contact_id, 'converted_at', %3, "
                          "'created_at', %4, 'updated_at', %5, 'version', l.version)")
        .arg(ownerName, stageName, ts(QStringLiteral("l.converted_at")), ts(QStringLiteral("l.created_at")),
             ts(QStringLiteral("l.updated_at")));
}

} // namespace

QString CrmEntities::leadListJsonSql()
{
    return leadJson(QStringLiteral("ou.display_name"), QStringLiteral("ps.name"));
}

QString CrmEntities::leadListJoins()
{
    return QStringLiteral("LEFT JOIN users ou ON ou.id = l.owner_id "
                          "LEFT JOIN pipeline_stages ps ON ps.id = l.stage_id");
}

QStringList CrmEntities::leadListNames()
{
    return {QStringLiteral("users"), QStringLiteral("pipeline_stages")};
}

const RecordEntity &CrmEntities::leads()
{
    static const RecordEntity e{
        QStringLiteral("lead"),
        QStringLiteral("leads"),
        QStringLiteral("l"),
        leadJson(userName(QStringLiteral("l.owner_id")),
                 QStringLiteral("(SELECT name FROM pipeline_stages WHERE id = l.stage_id)")),
        {RecordField::of(QStringLiteral("title"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("contact_name"), RecordField::Text, 200),
         RecordField::of(QStringLiteral("company"), RecordField::Text, 200),
         RecordField::of(QStringLiteral("email"), RecordField::Email, 254),
         RecordField::of(QStringLiteral("phone"), RecordField::Text, 50),
         RecordField::of(QStringLiteral("source"), RecordField::Text, 100),
         RecordField::of(QStringLiteral("estimated_value"), RecordField::Money),
         RecordField::of(QStringLiteral("currency"), RecordField::Currency).asRequired(),
         RecordField::of(QStringLiteral("probability"), RecordField::Percent),
         RecordField::of(QStringLiteral("expected_close_date"), RecordField::Date),
         ownerField(),
         RecordField::referenceTo(QStringLiteral("stage_id"), stageReference()),
         RecordField::of(QStringLiteral("notes"), RecordField::LongText)},
        [](const Principal &p) { return CrmRecordRules::leads(p, QStringLiteral("l")); }};
    return e;
}

const RecordEntity &CrmEntities::activities()
{
    static const RecordEntity e{
        QStringLiteral("activity"),
        QStringLiteral("activities"),
        QStringLiteral("a"),
        QStringLiteral("json_build_object('id', a.id, 'kind', a.kind, 'subject', a.subject, 'due_at', %1, "
                       "'done', a.done, 'done_at', %2, 'assignee_id', a.assignee_id, 'assignee_name', %3, "
                       "'lead_id', a.lead_id, 'contact_id', a.contact_id, 'account_id', a.account_id, "
                       // What the activity is about, by name: part of the
                       // activity its assignee sees, like the owner's name on a lead.
                       "'about_name', COALESCE((SELECT title FROM leads WHERE id = a.lead_id), "
                       "(SELECT name FROM contacts WHERE id = a.contact_id), "
                       "(SELECT name FROM accounts WHERE id = a.account_id)), "
                       "'notes', a.notes, 'created_by', a.created_by, "
                       "'bucket', CASE WHEN a.done THEN 'done' WHEN a.due_at < %6 THEN 'overdue' "
                       "WHEN a.due_at < date_trunc('day', %6 AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 day' "
                       "THEN 'today' ELSE 'upcoming' END, "
                       "'created_at', %4, 'updated_at', %5, 'version', a.version)")
            .arg(ts(QStringLiteral("a.due_at")), ts(QStringLiteral("a.done_at")),
                 userName(QStringLiteral("a.assignee_id")), ts(QStringLiteral("a.created_at")),
                 ts(QStringLiteral("a.updated_at")), SqlClock::now()),
        {RecordField::choiceOf(QStringLiteral("kind"), {QStringLiteral("call"), QStringLiteral("meeting"),
                                                       QStringLiteral("email"), QStringLiteral("task")})
             .asRequired(),
         RecordField::of(QStringLiteral("subject"), RecordField::Text, 200).asRequired(),
         RecordField::of(QStringLiteral("due_at"), RecordField::Timestamp).asRequired(),
         RecordField::of(QStringLiteral("done"), RecordField::Boolean),
         RecordField::referenceTo(QStringLiteral("assignee_id"), assigneeReference()),
         RecordField::referenceTo(QStringLiteral("lead_id"), leadReference()),
         RecordField::referenceTo(QStringLiteral("contact_id"), contactReference()),
         RecordField::referenceTo(QStringLiteral("account_id"), accountReference()),
         RecordField::of(QStringLiteral("notes"), RecordField::LongText)},
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
