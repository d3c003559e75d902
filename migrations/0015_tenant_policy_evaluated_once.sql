-- Row-level security compares tenant_id with the transaction's tenant. Written
-- as `tenant_id = app_current_tenant()`, the (inlined) function is a
-- current_setting() lookup and a text-to-bigint cast that PostgreSQL evaluates
-- again for every row it checks: a read of one purchase order scanned the
-- tenant's 500 products for its lines' names and looked the setting up 500
-- times, a list page twice for each of 20 suppliers and 20 users per row.
-- As a scalar subquery, `(SELECT app_current_tenant())`, it becomes an
-- initplan: evaluated once per statement, then compared as a parameter, which
-- is still an index condition. Same rows, same fail-closed behaviour (an unset
-- or empty app.tenant_id is NULL and matches nothing); a read of one order
-- costs about a third less database CPU (docs/benchmarks.md).
-- New tenant tables should use the same form.

DO $$
DECLARE t regclass;
BEGIN
    FOR t IN SELECT p.polrelid::regclass FROM pg_policy p
              WHERE p.polname = 'tenant_isolation'
                AND pg_get_expr(p.polqual, p.polrelid) = '(tenant_id = app_current_tenant())'
                AND pg_get_expr(p.polwithcheck, p.polrelid) = '(tenant_id = app_current_tenant())' LOOP
        EXECUTE format('ALTER POLICY tenant_isolation ON %s USING (tenant_id = (SELECT app_current_tenant())) '
                       'WITH CHECK (tenant_id = (SELECT app_current_tenant()))', t);
    END LOOP;
END $$;
