-- Purchasing: approval rules, purchase orders with lines and approvals, the
-- gap-free order-number counters; the permissions of procurement and
-- inventory for the built-in roles of existing organisations; and
-- procurement_provision_tenant(), which gives an organisation its defaults
-- (settings, units, a warehouse, approval bands). Same rules as 0001/0002.

-- Exclusion constraints on (tenant_id, amount range) need btree_gist's
-- equality for bigint (a trusted extension, like pg_trgm).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Approval bands: half-open [from_amount, to_amount) of an order's total in
-- the base currency (to_amount NULL: no upper bound). approvers_needed
-- distinct people holding `permission` must approve; role_approvers_needed of
-- them must also hold role_id (0 and NULL: anyone with the permission).
CREATE TABLE approval_rules (
    tenant_id              bigint NOT NULL REFERENCES tenants(id),
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_amount            numeric(15, 2) NOT NULL CHECK (from_amount >= 0),
    to_amount              numeric(15, 2) CHECK (to_amount > from_amount),
    approvers_needed       smallint NOT NULL CHECK (approvers_needed BETWEEN 0 AND 10),
    permission             text NOT NULL DEFAULT 'purchasing.approve' CHECK (permission ~ '^[a-z_]+\.[a-z_]+$'),
    role_id                bigint,
    role_approvers_needed  smallint NOT NULL DEFAULT 0
                           CHECK (role_approvers_needed >= 0 AND role_approvers_needed <= approvers_needed),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    CHECK ((role_id IS NULL) = (role_approvers_needed = 0)),
    -- Bands never overlap (checked at commit, so a set can be replaced in
    -- one transaction).
    CONSTRAINT approval_rules_no_overlap EXCLUDE USING gist
        (tenant_id WITH =, numrange(from_amount, to_amount, '[)') WITH &&) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, role_id) REFERENCES roles (tenant_id, id)
);

-- The last number handed out per organisation and year. Taking a number
-- updates this row, which stays locked until the order's transaction ends:
-- concurrent orders queue, and a rolled-back order gives its number back.
CREATE TABLE purchase_order_counters (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    year         smallint NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    last_number  integer NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (tenant_id, year)
);

CREATE TABLE purchase_orders (
    tenant_id        bigint NOT NULL REFERENCES tenants(id),
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number           text NOT NULL CHECK (length(number) BETWEEN 1 AND 40),
    state            text NOT NULL DEFAULT 'draft'
                     CHECK (state IN ('draft', 'submitted', 'approved', 'ordered', 'partially_received',
                                      'received', 'closed', 'cancelled')),
    supplier_id      bigint NOT NULL,
    currency         text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    order_date       date NOT NULL DEFAULT current_date,
    expected_date    date,
    warehouse_id     bigint NOT NULL,
    notes            text CHECK (length(notes) <= 10000),
    -- Computed by the server (shared PurchaseOrderTotals), in the order's
    -- currency at its minor unit; never taken from a client.
    subtotal         numeric(15, 3) NOT NULL DEFAULT 0 CHECK (subtotal BETWEEN 0 AND 999999999999.99),
    tax_total        numeric(15, 3) NOT NULL DEFAULT 0 CHECK (tax_total BETWEEN 0 AND 999999999999.99),
    total            numeric(15, 3) NOT NULL DEFAULT 0 CHECK (total BETWEEN 0 AND 999999999999.99),
    -- Snapshot at submit: the rate used, the base-currency total and the band
    -- that applied (changing the rules later does not change this order).
    exchange_rate    numeric(18, 6) CHECK (exchange_rate > 0),
    base_total       numeric(28, 2),
    approval_band    jsonb,
    approvals_needed smallint CHECK (approvals_needed >= 0),
    submitted_at     timestamptz,
    approved_at      timestamptz,
    ordered_at       timestamptz,
    cancelled_at     timestamptz,
    cancel_reason    text CHECK (length(cancel_reason) <= 1000),
    closed_at        timestamptz,
    created_by       bigint NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, number),
    CHECK (total = subtotal + tax_total),
    CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL)),
    FOREIGN KEY (tenant_id, supplier_id) REFERENCES suppliers (tenant_id, id),
    FOREIGN KEY (tenant_id, warehouse_id) REFERENCES warehouses (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);
-- The list's default: one state, newest order date first, id as tie-breaker.
CREATE INDEX purchase_orders_state_date ON purchase_orders (tenant_id, state, order_date DESC, id DESC);
CREATE INDEX purchase_orders_date ON purchase_orders (tenant_id, order_date DESC, id DESC);
CREATE INDEX purchase_orders_supplier ON purchase_orders (tenant_id, supplier_id, id);
CREATE INDEX purchase_orders_warehouse ON purchase_orders (tenant_id, warehouse_id, id);
CREATE INDEX purchase_orders_creator ON purchase_orders (tenant_id, created_by, id);

CREATE TABLE purchase_order_lines (
    tenant_id            bigint NOT NULL REFERENCES tenants(id),
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id    bigint NOT NULL,
    position             integer NOT NULL CHECK (position >= 1),
    product_id           bigint NOT NULL,
    description          text CHECK (length(description) <= 1000),
    -- Quantity in unit_id (the product's purchase or stock unit) and, converted
    -- exactly, in the stock unit: what receiving and "incoming" count.
    quantity             numeric(14, 3) NOT NULL CHECK (quantity > 0),
    unit_id              bigint NOT NULL,
    stock_quantity       numeric(14, 3) NOT NULL CHECK (stock_quantity > 0),
    unit_price           numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
    tax_rate             numeric(5, 2) NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    line_net             numeric(15, 3) NOT NULL CHECK (line_net BETWEEN 0 AND 999999999999.99),
    line_tax             numeric(15, 3) NOT NULL CHECK (line_tax BETWEEN 0 AND 999999999999.99),
    -- Received so far, in unit_id; never more than quantity × (1 + tolerance).
    received_quantity    numeric(14, 3) NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
    closed_short_reason  text CHECK (length(closed_short_reason) BETWEEN 1 AND 1000),
    closed_short_at      timestamptz,
    UNIQUE (tenant_id, id),
    CONSTRAINT purchase_order_lines_position UNIQUE (tenant_id, purchase_order_id, position)
        DEFERRABLE INITIALLY DEFERRED,
    CHECK ((closed_short_reason IS NULL) = (closed_short_at IS NULL)),
    FOREIGN KEY (tenant_id, purchase_order_id) REFERENCES purchase_orders (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX purchase_order_lines_product ON purchase_order_lines (tenant_id, product_id);

-- Every approval and rejection with approver, time and comment. Withdrawing,
-- rejecting or revising an order voids the approvals given so far (kept, with
-- the time and why). A band that needs nobody records one approval by rule
-- (no approver).
CREATE TABLE purchase_order_approvals (
    tenant_id          bigint NOT NULL REFERENCES tenants(id),
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id  bigint NOT NULL,
    approver_id        bigint,
    by_rule            boolean NOT NULL DEFAULT false,
    decision           text NOT NULL CHECK (decision IN ('approved', 'rejected')),
    -- Whether the approver held the band's role then (counts towards
    -- role_approvers_needed).
    holds_band_role    boolean NOT NULL DEFAULT false,
    comment            text CHECK (length(comment) <= 2000),
    decided_at         timestamptz NOT NULL DEFAULT now(),
    voided_at          timestamptz,
    void_reason        text CHECK (void_reason IN ('withdrawn', 'rejected', 'revised', 'cancelled')),
    UNIQUE (tenant_id, id),
    CHECK (by_rule = (approver_id IS NULL)),
    CHECK (NOT by_rule OR decision = 'approved'),
    CHECK (decision = 'approved' OR length(btrim(coalesce(comment, ''))) >= 1),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
    FOREIGN KEY (tenant_id, purchase_order_id) REFERENCES purchase_orders (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, approver_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX purchase_order_approvals_order ON purchase_order_approvals (tenant_id, purchase_order_id, id);
-- One person counts once: at most one standing approval per approver and order.
CREATE UNIQUE INDEX purchase_order_approvals_once ON purchase_order_approvals (tenant_id, purchase_order_id, approver_id)
    WHERE voided_at IS NULL AND decision = 'approved';

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['approval_rules', 'purchase_order_counters', 'purchase_orders', 'purchase_order_lines',
                             'purchase_order_approvals'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON approval_rules, purchase_orders, purchase_order_lines TO :app_role;
GRANT SELECT, INSERT, UPDATE ON purchase_order_counters TO :app_role;
-- Decisions are history: recorded, voided, never deleted.
GRANT SELECT, INSERT, UPDATE ON purchase_order_approvals TO :app_role;

-- An organisation's procurement defaults. Runs as the caller (the
-- application role when a tenant is created) under row-level security, so
-- app.tenant_id must already be the tenant: refused otherwise. Idempotent:
-- what exists is left alone.
CREATE FUNCTION procurement_provision_tenant(p_tenant_id bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_count_category bigint;
    v_mass_category bigint;
    v_warehouse bigint;
    v_admin_role bigint;
BEGIN
    IF p_tenant_id IS NULL OR p_tenant_id IS DISTINCT FROM app_current_tenant() THEN
        RAISE EXCEPTION 'procurement_provision_tenant: app.tenant_id must be the tenant being provisioned'
            USING ERRCODE = '42501';
    END IF;

    INSERT INTO organisation_settings (tenant_id, company_name)
    SELECT id, left(name, 200) FROM tenants WHERE id = p_tenant_id
    ON CONFLICT (tenant_id) DO NOTHING;

    IF NOT EXISTS (SELECT 1 FROM unit_categories WHERE tenant_id = p_tenant_id) THEN
        INSERT INTO unit_categories (tenant_id, name) VALUES (p_tenant_id, 'Count')
            RETURNING id INTO v_count_category;
        INSERT INTO unit_categories (tenant_id, name) VALUES (p_tenant_id, 'Mass')
            RETURNING id INTO v_mass_category;
        INSERT INTO units (tenant_id, category_id, name, symbol, factor) VALUES
            (p_tenant_id, v_count_category, 'Piece', 'pc', 1),
            (p_tenant_id, v_count_category, 'Box of 12', 'box12', 12),
            (p_tenant_id, v_mass_category, 'Kilogram', 'kg', 1),
            (p_tenant_id, v_mass_category, 'Gram', 'g', 0.001);
    END IF;

    IF NOT EXISTS (SELECT 1 FROM warehouses WHERE tenant_id = p_tenant_id) THEN
        INSERT INTO warehouses (tenant_id, code, name) VALUES (p_tenant_id, 'MAIN', 'Main warehouse')
            RETURNING id INTO v_warehouse;
        INSERT INTO locations (tenant_id, warehouse_id, code, name, kind) VALUES
            (p_tenant_id, v_warehouse, 'RECV', 'Receiving', 'receiving'),
            (p_tenant_id, v_warehouse, 'STOCK', 'Stock', 'storage');
    END IF;

    -- PROCUREMENT.md: below 1,000 none (approved by rule at submit); 1,000 to
    -- 10,000 one approver; 10,000 and above two, one of whom holds admin.
    IF NOT EXISTS (SELECT 1 FROM approval_rules WHERE tenant_id = p_tenant_id) THEN
        SELECT id INTO v_admin_role FROM roles
         WHERE tenant_id = p_tenant_id AND is_builtin AND name = 'admin';
        INSERT INTO approval_rules (tenant_id, from_amount, to_amount, approvers_needed, role_id,
                                    role_approvers_needed) VALUES
            (p_tenant_id, 0, 1000, 0, NULL, 0),
            (p_tenant_id, 1000, 10000, 1, NULL, 0),
            (p_tenant_id, 10000, NULL, 2, v_admin_role, CASE WHEN v_admin_role IS NULL THEN 0 ELSE 1 END);
    END IF;
END $$;

GRANT EXECUTE ON FUNCTION procurement_provision_tenant(bigint) TO :app_role;

-- Existing organisations: the purchaser and warehouse clerk roles where
-- missing, the new permissions for the built-in roles (as new organisations
-- get them at creation), and the procurement defaults. Row-level security is
-- forced, so each tenant is visited with its own app.tenant_id (as in 0004).
DO $$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        INSERT INTO roles (tenant_id, name, is_builtin)
        SELECT t, r.name, true
          FROM (VALUES ('purchaser'), ('warehouse_clerk')) AS r(name)
         WHERE NOT EXISTS (SELECT 1 FROM roles WHERE tenant_id = t AND lower(name) = r.name);
        INSERT INTO role_permissions (tenant_id, role_id, permission)
        SELECT r.tenant_id, r.id, g.permission
          FROM roles r
          JOIN (VALUES ('admin', 'purchasing.view'), ('admin', 'purchasing.edit'), ('admin', 'purchasing.approve'),
                       ('admin', 'inventory.view'), ('admin', 'inventory.edit'), ('admin', 'inventory.adjust'),
                       ('admin', 'settings.manage'),
                       ('manager', 'purchasing.view'), ('manager', 'purchasing.edit'),
                       ('manager', 'purchasing.approve'), ('manager', 'inventory.view'),
                       ('purchaser', 'purchasing.view'), ('purchaser', 'purchasing.edit'),
                       ('purchaser', 'inventory.view'),
                       ('warehouse_clerk', 'inventory.view'), ('warehouse_clerk', 'inventory.edit'),
                       ('warehouse_clerk', 'inventory.adjust'), ('warehouse_clerk', 'purchasing.view'))
               AS g(role, permission) ON g.role = r.name
         WHERE r.tenant_id = t AND r.is_builtin
        ON CONFLICT DO NOTHING;
        PERFORM procurement_provision_tenant(t);
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;
