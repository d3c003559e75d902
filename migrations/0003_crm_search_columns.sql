-- Search under row-level security. PostgreSQL applies the tenant policy
-- before any condition that is not leakproof, so an expression index such as
-- trgm over (title || ' ' || company ...) is never used for ILIKE: || is not
-- leakproof. A stored generated column reduces the search condition to
-- `search_text ILIKE $1`, which can use the trigram index once ILIKE's
-- function (texticlike) is marked leakproof by the cluster's superuser (see
-- docs/decisions/0007-search-under-row-level-security.md).

ALTER TABLE leads ADD COLUMN search_text text GENERATED ALWAYS AS (
    title || ' ' || coalesce(company, '') || ' ' || coalesce(contact_name, '') || ' ' || coalesce(email, '')) STORED;
DROP INDEX leads_search;
CREATE INDEX leads_search ON leads USING gin (search_text gin_trgm_ops);

ALTER TABLE contacts ADD COLUMN search_text text GENERATED ALWAYS AS (
    name || ' ' || coalesce(email, '')) STORED;
DROP INDEX contacts_search;
CREATE INDEX contacts_search ON contacts USING gin (search_text gin_trgm_ops);
