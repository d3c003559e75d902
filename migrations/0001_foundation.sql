-- Foundation: tenants, users, roles, sessions, login throttling, audit log,
-- idempotency keys. Every table with tenant_id has row-level security enabled
-- and forced, with a fail-closed policy on app.tenant_id, and composite
-- foreign keys that include tenant_id.

CREATE FUNCTION app_current_tenant() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::bigint $$;

CREATE TABLE tenants (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    tenant_id      bigint NOT NULL REFERENCES tenants(id),
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name   text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash  text NOT NULL,
    is_active      boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX users_tenant_email ON users (tenant_id, lower(email));

CREATE TABLE roles (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    is_builtin   boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX roles_tenant_name ON roles (tenant_id, lower(name));

CREATE TABLE role_permissions (
    tenant_id    bigint NOT NULL,
    role_id      bigint NOT NULL,
    permission   text NOT NULL,
    PRIMARY KEY (tenant_id, role_id, permission),
    FOREIGN KEY (tenant_id, role_id) REFERENCES roles (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE user_roles (
    tenant_id    bigint NOT NULL,
    user_id      bigint NOT NULL,
    role_id      bigint NOT NULL,
    PRIMARY KEY (tenant_id, user_id, role_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, role_id) REFERENCES roles (tenant_id, id)
);
CREATE INDEX user_roles_role ON user_roles (tenant_id, role_id);

CREATE TABLE sessions (
    tenant_id       bigint NOT NULL,
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         bigint NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  text,
    user_agent      text,
    client_address  text,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user ON sessions (tenant_id, user_id);

-- Refresh tokens are opaque; only their SHA-256 is stored. Each use rotates
-- the token (used_at set, a new row inserted); presenting a used one again
-- revokes the whole session.
CREATE TABLE refresh_tokens (
    tenant_id    bigint NOT NULL,
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id   bigint NOT NULL,
    token_hash   bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    used_at      timestamptz,
    -- Composite like every unique constraint on tenant data: uniqueness
    -- ignores RLS, so a global one would answer across tenants.
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, session_id) REFERENCES sessions (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (tenant_id, session_id);

-- Failed-login counters per account and per source address. Not tenant data:
-- keys are hashes, rows expire and are pruned, so the table stays small.
CREATE TABLE login_throttle (
    scope          text NOT NULL CHECK (scope IN ('account', 'address')),
    key_hash       bytea NOT NULL,
    failures       integer NOT NULL DEFAULT 0,
    window_start   timestamptz NOT NULL DEFAULT now(),
    locked_until   timestamptz,
    PRIMARY KEY (scope, key_hash)
);
CREATE INDEX login_throttle_window ON login_throttle (window_start);

CREATE TABLE audit_log (
    tenant_id     bigint NOT NULL REFERENCES tenants(id),
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    user_id       bigint,
    entity        text NOT NULL,
    entity_id     bigint,
    action        text NOT NULL,
    before        jsonb,
    after         jsonb,
    request_id    text
);
CREATE INDEX audit_log_entity ON audit_log (tenant_id, entity, entity_id, id);
CREATE INDEX audit_log_user ON audit_log (tenant_id, user_id, id);
CREATE INDEX audit_log_time ON audit_log (tenant_id, occurred_at, id);

CREATE TABLE idempotency_keys (
    tenant_id        bigint NOT NULL REFERENCES tenants(id),
    user_id          bigint NOT NULL,
    idempotency_key  text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_hash     bytea NOT NULL,
    status           integer NOT NULL,
    response_headers jsonb NOT NULL,
    response_body    bytea NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id, idempotency_key),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Row-level security on every tenant table: enabled, forced (the owner too),
-- fail-closed when app.tenant_id is unset or empty.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'roles', 'role_permissions', 'user_roles', 'sessions',
                             'refresh_tokens', 'audit_log', 'idempotency_keys'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END $$;

-- The application role: data access only, owns nothing.
GRANT USAGE ON SCHEMA public TO :app_role;
GRANT EXECUTE ON FUNCTION app_current_tenant() TO :app_role;
GRANT SELECT, INSERT ON tenants TO :app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, roles, role_permissions, user_roles, sessions,
    refresh_tokens, login_throttle, idempotency_keys TO :app_role;
-- Audit rows are append-only for the application.
GRANT SELECT, INSERT ON audit_log TO :app_role;
-- Readiness checks compare the applied migrations with the ones the server knows.
GRANT SELECT ON schema_migrations TO :app_role;
