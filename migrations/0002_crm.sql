-- CRM: pipeline stages, accounts (companies), contacts, leads, activities.
-- Same rules as 0001: tenant_id on every row, RLS enabled + forced with the
-- fail-closed tenant policy, composite foreign keys and unique constraints
-- that include tenant_id. Record rules (a sales rep sees only their own
-- records) are applied by the server on top of RLS: see
-- docs/decisions/0006-crm-record-rules.md.

-- Trigram indexes make ILIKE '%text%' searches indexable (pg_trgm is a
-- trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The signed-in user of this transaction (set with app.tenant_id by the
-- server), fail-closed like app_current_tenant(): no user matches nothing.
CREATE FUNCTION app_current_user() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::bigint $$;

CREATE TABLE pipeline_stages (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    position     integer NOT NULL CHECK (position >= 1),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    -- Deferred so that a reorder can shift positions within one transaction.
    CONSTRAINT pipeline_stages_position UNIQUE (tenant_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX pipeline_stages_tenant_name ON pipeline_stages (tenant_id, lower(name));

CREATE TABLE accounts (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    industry     text,
    website      text,
    phone        text,
    address      text,
    owner_id     bigint NOT NULL,
    created_by   bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX accounts_name ON accounts (tenant_id, lower(name), id);
CREATE INDEX accounts_owner ON accounts (tenant_id, owner_id, id);
CREATE INDEX accounts_created ON accounts (tenant_id, created_at, id);
CREATE INDEX accounts_search ON accounts USING gin (name gin_trgm_ops);

CREATE TABLE contacts (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    title        text,
    email        text,
    phone        text,
    account_id   bigint,
    owner_id     bigint NOT NULL,
    notes        text,
    created_by   bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX contacts_name ON contacts (tenant_id, lower(name), id);
CREATE INDEX contacts_owner ON contacts (tenant_id, owner_id, id);
CREATE INDEX contacts_account ON contacts (tenant_id, account_id);
CREATE INDEX contacts_created ON contacts (tenant_id, created_at, id);
CREATE INDEX contacts_search ON contacts
    USING gin ((name || ' ' || coalesce(email, '')) gin_trgm_ops);

CREATE TABLE leads (
    tenant_id             bigint NOT NULL REFERENCES tenants(id),
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    contact_name          text,
    company               text,
    email                 text,
    phone                 text,
    source                text,
    estimated_value       numeric(14, 2) CHECK (estimated_value >= 0),
    currency              text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    probability           smallint CHECK (probability BETWEEN 0 AND 100),
    expected_close_date   date,
    owner_id              bigint NOT NULL,
    stage_id              bigint NOT NULL,
    status                text NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'won', 'lost', 'converted')),
    lost_reason           text,
    notes                 text,
    converted_account_id  bigint,
    converted_contact_id  bigint,
    converted_at          timestamptz,
    created_by            bigint,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    CHECK ((status = 'lost') = (lost_reason IS NOT NULL)),
    CHECK ((status = 'converted') = (converted_at IS NOT NULL)),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES pipeline_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, converted_account_id) REFERENCES accounts (tenant_id, id),
    FOREIGN KEY (tenant_id, converted_contact_id) REFERENCES contacts (tenant_id, id)
);
-- Indexes for the sorts and filters GET /leads offers (each ends in id, the
-- keyset tie-breaker). Expected close date sorts as days since 2000-01-01
-- with "no date" last: the list layer pages on integers, and date
-- subtraction is immutable, so the expression is indexable.
CREATE INDEX leads_created ON leads (tenant_id, created_at, id);
CREATE INDEX leads_updated ON leads (tenant_id, updated_at, id);
CREATE INDEX leads_title ON leads (tenant_id, lower(title), id);
CREATE INDEX leads_close ON leads
    (tenant_id, (coalesce(expected_close_date, DATE '9999-12-31') - DATE '2000-01-01'), id);
CREATE INDEX leads_owner ON leads (tenant_id, owner_id, id);
-- The board (open leads per stage with totals) reads only this index.
CREATE INDEX leads_stage ON leads (tenant_id, stage_id, status) INCLUDE (owner_id, currency, estimated_value);
-- One trigram index over the searched text (title, company, contact name,
-- email): GET /leads?q= matches this exact expression with ILIKE.
CREATE INDEX leads_search ON leads USING gin (
    (title || ' ' || coalesce(company, '') || ' ' || coalesce(contact_name, '') || ' ' || coalesce(email, ''))
    gin_trgm_ops);

CREATE TABLE activities (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'task')),
    subject      text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    due_at       timestamptz NOT NULL,
    done         boolean NOT NULL DEFAULT false,
    done_at      timestamptz,
    assignee_id  bigint NOT NULL,
    lead_id      bigint,
    contact_id   bigint,
    account_id   bigint,
    notes        text,
    created_by   bigint NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    -- Linked to exactly one lead, contact or account.
    CHECK (num_nonnulls(lead_id, contact_id, account_id) = 1),
    FOREIGN KEY (tenant_id, assignee_id) REFERENCES users (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES leads (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX activities_due ON activities (tenant_id, due_at, id);
-- "My open activities": the assignee's undone ones by due time.
CREATE INDEX activities_mine ON activities (tenant_id, assignee_id, due_at, id) WHERE NOT done;
CREATE INDEX activities_assignee ON activities (tenant_id, assignee_id, id);
CREATE INDEX activities_creator ON activities (tenant_id, created_by, id);
CREATE INDEX activities_lead ON activities (tenant_id, lead_id) WHERE lead_id IS NOT NULL;
CREATE INDEX activities_contact ON activities (tenant_id, contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX activities_account ON activities (tenant_id, account_id) WHERE account_id IS NOT NULL;

-- Tenants that exist already get the default pipeline (new ones get it from
-- TenantProvisioning). Done before RLS is forced: the migration has no tenant.
INSERT INTO pipeline_stages (tenant_id, name, position)
SELECT t.id, s.name, s.position
  FROM tenants t
 CROSS JOIN (VALUES ('New', 1), ('Qualified', 2), ('Proposal', 3), ('Negotiation', 4)) AS s(name, position);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pipeline_stages', 'accounts', 'contacts', 'leads', 'activities'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END $$;

GRANT EXECUTE ON FUNCTION app_current_user() TO :app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON pipeline_stages, accounts, contacts, leads, activities TO :app_role;
