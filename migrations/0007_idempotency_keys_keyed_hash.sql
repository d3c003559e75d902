-- Idempotency request hashes are now HMACs keyed by a secret derived from the
-- server key. The unkeyed SHA-256 hashes stored until now (of request bodies
-- that may hold a new user's initial password) are dropped with their keys;
-- a client retrying across the upgrade simply creates again. Row-level
-- security is forced, so each organisation is visited with its own
-- app.tenant_id.
DO $$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        DELETE FROM idempotency_keys WHERE tenant_id = t;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;
