#include "server/crm/CrmModule.h"

#include "server/crm/CrmRoutes.h"
#include "server/crm/PipelineStageService.h"
#include "server/db/AuditLog.h"
#include "server/db/Database.h"

namespace erp::server {

QString CrmModule::name() const
{
    return QStringLiteral("crm");
}

void CrmModule::registerRoutes(Router &router) const
{
    registerCrmRoutes(router);
}

void CrmModule::provisionTenant(qint64 tenantId, Transaction &) const
{
    // Every tenant starts with a usable sales pipeline.
    PipelineStageService::createDefaults(tenantId);
}

// A few companies, people, leads across the pipeline and open activities, so
// that every list and the board show something on the first sign-in. The
// sales rep owns them, so their own views are not empty either.
void CrmModule::seedDemoData(const DemoTenant &demo, Transaction &) const
{
    const qint64 salesRepId = demo.userIdByRole.value(QStringLiteral("sales_rep"), demo.adminId);
    const QVariantList owners {demo.tenantId, salesRepId, demo.adminId};
    Database::exec(
        QStringLiteral(
            "INSERT INTO accounts (tenant_id, name, industry, website, phone, street, postcode, city, country, "
            "owner_id, created_by) "
            "SELECT ?, a.name, a.industry, a.website, a.phone, a.street, a.postcode, a.city, a.country, ?, ? FROM (VALUES "
            "('Nordwind Logistik GmbH', 'Logistics', 'https://nordwind.example', '+49 40 555 0101', "
            "'Am Sandtorkai 12', '20457', 'Hamburg', 'Germany'), "
            "('Atelier Lumière SARL', 'Retail', 'https://lumiere.example', '+33 1 55 50 12 12', "
            "'8 rue de la République', '69002', 'Lyon', 'France'), "
            "('Bodega del Sur SL', 'Food & beverage', 'https://bodegadelsur.example', '+34 91 555 0199', "
            "'Calle Betis 21', '41010', 'Sevilla', 'Spain'), "
            "('Brightline Tools Ltd', 'Manufacturing', 'https://brightline.example', '+44 161 555 0147', "
            "'14 Deansgate', 'M3 2BW', 'Manchester', 'United Kingdom')"
            ") AS a(name, industry, website, phone, street, postcode, city, country)"),
        owners);
    Database::exec(
        QStringLiteral(
            "INSERT INTO contacts (tenant_id, name, title, email, phone, account_id, owner_id, created_by) "
            "SELECT ?, c.name, c.title, c.email, c.phone, "
            "(SELECT id FROM accounts WHERE name = c.account), ?, ? FROM (VALUES "
            "('Jana Petersen', 'Head of Purchasing', 'j.petersen@nordwind.example', '+49 40 555 0102', 'Nordwind "
            "Logistik GmbH'), "
            "('Camille Roux', 'Store Manager', 'camille@lumiere.example', '+33 1 55 50 12 13', 'Atelier Lumière "
            "SARL'), "
            "('Diego Navarro', 'Owner', 'diego@bodegadelsur.example', '+34 91 555 0198', 'Bodega del Sur SL'), "
            "('Olivia Hart', 'Operations Director', 'olivia.hart@brightline.example', '+44 161 555 0148', 'Brightline "
            "Tools Ltd')"
            ") AS c(name, title, email, phone, account)"),
        owners);
    Database::exec(
        QStringLiteral("INSERT INTO leads (tenant_id, title, contact_name, company, email, source, estimated_value, "
                       "currency, probability, expected_close_date, owner_id, stage_id, created_by) "
                       "SELECT ?, l.title, l.contact, l.company, l.email, l.source, l.value::numeric, l.currency, "
                       "l.probability, current_date + l.days, ?, "
                       "(SELECT id FROM pipeline_stages WHERE position = l.stage), ? FROM (VALUES "
                       "('Forklift fleet service contract', 'Jana Petersen', 'Nordwind Logistik GmbH', "
                       "'j.petersen@nordwind.example', 'Trade fair', '48000.00', 'EUR', 60, 30, 3), "
                       "('Shop fitting, second store', 'Camille Roux', 'Atelier Lumière SARL', "
                       "'camille@lumiere.example', 'Website', '12500.00', 'EUR', 30, 45, 2), "
                       "('Cold storage upgrade', 'Diego Navarro', 'Bodega del Sur SL', 'diego@bodegadelsur.example', "
                       "'Referral', '23000.00', 'EUR', 20, 60, 1), "
                       "('Tool cabinets for three sites', 'Olivia Hart', 'Brightline Tools Ltd', "
                       "'olivia.hart@brightline.example', 'Cold call', '9800.00', 'GBP', 80, 14, 4), "
                       "('Annual maintenance renewal', 'Jana Petersen', 'Nordwind Logistik GmbH', "
                       "'j.petersen@nordwind.example', 'Existing customer', '7200.00', 'EUR', 40, 21, 2), "
                       "('Pallet racking quote', 'Marta Gil', 'Almacenes Gil', 'marta@almacenesgil.example', "
                       "'Website', '15400.00', 'EUR', 10, 75, 1)"
                       ") AS l(title, contact, company, email, source, value, currency, probability, days, stage)"),
        owners);
    Database::exec(
        QStringLiteral(
            "INSERT INTO activities (tenant_id, kind, subject, due_at, assignee_id, lead_id, created_by) "
            "SELECT ?, a.kind, a.subject, now() + a.due, ?, "
            "(SELECT id FROM leads WHERE title = a.lead), ? FROM (VALUES "
            "('call', 'Call Jana about the service levels', interval '2 hours', 'Forklift fleet service contract'), "
            "('meeting', 'Site visit in Sevilla', interval '3 days', 'Cold storage upgrade'), "
            "('email', 'Send revised quote to Olivia', interval '-1 day', 'Tool cabinets for three sites'), "
            "('task', 'Prepare shop fitting drawings', interval '5 days', 'Shop fitting, second store')"
            ") AS a(kind, subject, due, lead)"),
        owners);
    AuditLog::record({demo.tenantId,
                      demo.adminId,
                      QStringLiteral("tenant"),
                      demo.tenantId,
                      QStringLiteral("demo_data"),
                      {},
                      QJsonObject {{QStringLiteral("accounts"), 4},
                                   {QStringLiteral("contacts"), 4},
                                   {QStringLiteral("leads"), 6},
                                   {QStringLiteral("activities"), 4}},
                      {}});
}

} // namespace erp::server
