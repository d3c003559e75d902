-- Lists sort by every column people sort by (issue 10). The new sort keys
-- of GET /leads, /accounts and /contacts that read one column of the row get
-- an index on exactly the expression ListEndpoint orders by, ending in id
-- (the keyset tie-breaker), so a page reads only its own rows. Sorts by a
-- name in another table (owner, stage, account) order the matching rows.
CREATE INDEX leads_value ON leads (tenant_id, (coalesce(estimated_value, -1)), id);
CREATE INDEX leads_probability ON leads (tenant_id, (coalesce(probability, -1)), id);
CREATE INDEX leads_company ON leads (tenant_id, lower(coalesce(company, '')), id);
CREATE INDEX accounts_industry ON accounts (tenant_id, lower(coalesce(industry, '')), id);
CREATE INDEX contacts_email ON contacts (tenant_id, lower(coalesce(email, '')), id);

-- Accounts get a structured address (street, postcode, city, region,
-- country), the fields suppliers and shipments will use too, so that
-- addresses can be printed, sorted and filtered by city or country. The old
-- free-text address becomes the street: nothing typed is lost, and whoever
-- edits the account next can split it up.
ALTER TABLE accounts
    ADD COLUMN street   text CHECK (length(street) <= 1000),
    ADD COLUMN postcode text CHECK (length(postcode) <= 20),
    ADD COLUMN city     text CHECK (length(city) <= 100),
    ADD COLUMN region   text CHECK (length(region) <= 100),
    ADD COLUMN country  text CHECK (length(country) <= 100);
-- (Row-level security is forced: each tenant is visited with its own
-- app.tenant_id, as in 0004.)
DO $$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        UPDATE accounts SET street = address WHERE address IS NOT NULL;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;
ALTER TABLE accounts DROP COLUMN address;
CREATE INDEX accounts_city ON accounts (tenant_id, lower(coalesce(city, '')), id);

-- An account's form lists the leads converted to it (GET /leads?converted_account_id=),
-- and deleting an account or contact counts them (RecordReferrers).
CREATE INDEX leads_converted_account ON leads (tenant_id, converted_account_id) WHERE converted_account_id IS NOT NULL;
CREATE INDEX leads_converted_contact ON leads (tenant_id, converted_contact_id) WHERE converted_contact_id IS NOT NULL;

-- Cards keep the order people give them within a pipeline column: a rank
-- per lead, ordered within its stage (PATCH /leads/{id}/board-position places a card
-- above another or at the bottom). New leads, and leads moved to another
-- stage without a place, go to the bottom: the default comes from a rising
-- sequence, spaced so that cards fit between two others many times before
-- a column is renumbered. Existing leads keep their order of creation.
CREATE SEQUENCE lead_board_rank;
GRANT USAGE ON SEQUENCE lead_board_rank TO :app_role;
ALTER TABLE leads ADD COLUMN board_rank numeric;
DO $$
DECLARE
    t bigint;
    most bigint := 0;
BEGIN
    FOR t IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        UPDATE leads l SET board_rank = s.n * 1024
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM leads) s WHERE s.id = l.id;
        most := greatest(most, (SELECT count(*) FROM leads));
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
    -- New leads rank below every existing one.
    PERFORM setval('lead_board_rank', most + 1, false);
END $$;
ALTER TABLE leads ALTER COLUMN board_rank SET DEFAULT nextval('lead_board_rank') * 1024,
                  ALTER COLUMN board_rank SET NOT NULL;
-- One column of the board: the open leads of a stage in their order.
CREATE INDEX leads_board ON leads (tenant_id, stage_id, status, board_rank, id);
