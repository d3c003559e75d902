-- crm.configure (changing pipeline stages) is a permission of its own. The
-- built-in admin and manager roles of existing organisations receive it, as
-- new organisations do at creation. Row-level security is forced on
-- role_permissions, so each tenant is visited with its own app.tenant_id.
DO $$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        INSERT INTO role_permissions (tenant_id, role_id, permission)
        SELECT r.tenant_id, r.id, 'crm.configure'
          FROM roles r
         WHERE r.tenant_id = t AND r.is_builtin AND r.name IN ('admin', 'manager')
        ON CONFLICT DO NOTHING;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;
