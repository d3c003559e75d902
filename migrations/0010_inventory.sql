-- Inventory: organisation settings, exchange rates, suppliers, units of
-- measure, products, supplier prices, warehouses and locations, the stock
-- ledger with its balances, and the events outbox. Same rules as 0001 and
-- 0002: tenant_id on every row, RLS enabled + forced with the fail-closed
-- tenant policy, composite foreign keys and unique constraints that include
-- tenant_id. Quantities are NUMERIC(14,3) in the product's stock unit,
-- prices NUMERIC(14,4), see PROCUREMENT.md.

-- One row per organisation: what documents print and what the purchasing
-- and stock rules read.
CREATE TABLE organisation_settings (
    tenant_id                  bigint PRIMARY KEY REFERENCES tenants(id),
    company_name               text NOT NULL DEFAULT '' CHECK (length(company_name) <= 200),
    address                    text NOT NULL DEFAULT '' CHECK (length(address) <= 1000),
    tax_id                     text NOT NULL DEFAULT '' CHECK (length(tax_id) <= 50),
    base_currency              text NOT NULL DEFAULT 'EUR' CHECK (base_currency ~ '^[A-Z]{3}$'),
    default_tax_rate           numeric(5, 2) NOT NULL DEFAULT 0 CHECK (default_tax_rate BETWEEN 0 AND 100),
    -- PO-2026-00042: prefix, year, number.
    po_prefix                  text NOT NULL DEFAULT 'PO' CHECK (po_prefix ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,9}$'),
    allow_negative_stock       boolean NOT NULL DEFAULT false,
    receipt_tolerance_percent  numeric(5, 2) NOT NULL DEFAULT 0 CHECK (receipt_tolerance_percent BETWEEN 0 AND 100),
    updated_at                 timestamptz NOT NULL DEFAULT now(),
    version                    integer NOT NULL DEFAULT 1
);

-- Rate = base currency per one unit of `currency`, valid from valid_on until
-- the next row's date (the latest on or before a date applies).
CREATE TABLE exchange_rates (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    currency     text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    valid_on     date NOT NULL,
    rate         numeric(18, 6) NOT NULL CHECK (rate > 0),
    created_by   bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, currency, valid_on),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);

CREATE TABLE suppliers (
    tenant_id        bigint NOT NULL REFERENCES tenants(id),
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             text NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    contact_person   text CHECK (length(contact_person) <= 200),
    email            text CHECK (length(email) <= 254),
    phone            text CHECK (length(phone) <= 50),
    address          text CHECK (length(address) <= 1000),
    currency         text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    payment_terms    text CHECK (length(payment_terms) <= 200),
    lead_time_days   integer NOT NULL DEFAULT 0 CHECK (lead_time_days BETWEEN 0 AND 3650),
    is_active        boolean NOT NULL DEFAULT true,
    notes            text CHECK (length(notes) <= 10000),
    created_by       bigint,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1,
    -- Searched with ILIKE on one stored column (see 0003 and decision 0007).
    search_text      text GENERATED ALWAYS AS (code || ' ' || name || ' ' || coalesce(email, '')) STORED,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX suppliers_code ON suppliers (tenant_id, lower(code));
CREATE INDEX suppliers_name ON suppliers (tenant_id, lower(name), id);
CREATE INDEX suppliers_search ON suppliers USING gin (search_text gin_trgm_ops);

-- Units belong to a category (count, mass, ...) and carry an exact factor to
-- the category's base unit: piece 1, box of 12 12; kg 1, g 0.001.
CREATE TABLE unit_categories (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX unit_categories_name ON unit_categories (tenant_id, lower(name));

CREATE TABLE units (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_id  bigint NOT NULL,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    symbol       text NOT NULL CHECK (length(symbol) BETWEEN 1 AND 16),
    factor       numeric(18, 9) NOT NULL CHECK (factor > 0),
    is_active    boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    -- Target of products' (unit, category) keys: a product's purchase unit
    -- must share its stock unit's category, checked by the database.
    UNIQUE (tenant_id, id, category_id),
    FOREIGN KEY (tenant_id, category_id) REFERENCES unit_categories (tenant_id, id)
);
CREATE UNIQUE INDEX units_symbol ON units (tenant_id, lower(symbol));
CREATE INDEX units_category ON units (tenant_id, category_id, id);

CREATE TABLE products (
    tenant_id              bigint NOT NULL REFERENCES tenants(id),
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku                    text NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    -- EAN-8, UPC-A, EAN-13 or GTIN-14 digits.
    barcode                text CHECK (barcode ~ '^[0-9]{8,14}$'),
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description            text CHECK (length(description) <= 10000),
    category               text CHECK (length(category) <= 100),
    unit_category_id       bigint NOT NULL,
    stock_unit_id          bigint NOT NULL,
    purchase_unit_id       bigint,
    standard_cost          numeric(14, 4) NOT NULL DEFAULT 0 CHECK (standard_cost >= 0),
    reorder_point          numeric(14, 3) NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    reorder_quantity       numeric(14, 3) NOT NULL DEFAULT 0 CHECK (reorder_quantity >= 0),
    preferred_supplier_id  bigint,
    is_active              boolean NOT NULL DEFAULT true,
    created_by             bigint,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                integer NOT NULL DEFAULT 1,
    search_text            text GENERATED ALWAYS AS (sku || ' ' || coalesce(barcode, '') || ' ' || name) STORED,
    UNIQUE (tenant_id, id),
    -- NULL barcodes do not collide; set ones are unique per tenant.
    UNIQUE (tenant_id, barcode),
    FOREIGN KEY (tenant_id, unit_category_id) REFERENCES unit_categories (tenant_id, id),
    FOREIGN KEY (tenant_id, stock_unit_id, unit_category_id) REFERENCES units (tenant_id, id, category_id),
    FOREIGN KEY (tenant_id, purchase_unit_id, unit_category_id) REFERENCES units (tenant_id, id, category_id),
    FOREIGN KEY (tenant_id, preferred_supplier_id) REFERENCES suppliers (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX products_sku ON products (tenant_id, lower(sku));
CREATE INDEX products_name ON products (tenant_id, lower(name), id);
CREATE INDEX products_supplier ON products (tenant_id, preferred_supplier_id) WHERE preferred_supplier_id IS NOT NULL;
CREATE INDEX products_search ON products USING gin (search_text gin_trgm_ops);

-- What a supplier charges for a product from a minimum quantity on, in the
-- given unit and currency; a new order line takes the best price for its
-- quantity.
CREATE TABLE supplier_prices (
    tenant_id       bigint NOT NULL REFERENCES tenants(id),
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supplier_id     bigint NOT NULL,
    product_id      bigint NOT NULL,
    unit_id         bigint NOT NULL,
    currency        text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    min_quantity    numeric(14, 3) NOT NULL DEFAULT 1 CHECK (min_quantity > 0),
    unit_price      numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
    lead_time_days  integer CHECK (lead_time_days BETWEEN 0 AND 3650),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, product_id, supplier_id, unit_id, min_quantity),
    FOREIGN KEY (tenant_id, supplier_id) REFERENCES suppliers (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX supplier_prices_supplier ON supplier_prices (tenant_id, supplier_id, product_id);

CREATE TABLE warehouses (
    tenant_id    bigint NOT NULL REFERENCES tenants(id),
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address      text CHECK (length(address) <= 1000),
    is_active    boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX warehouses_code ON warehouses (tenant_id, lower(code));

-- Goods arrive in a receiving location and are put away into storage ones.
CREATE TABLE locations (
    tenant_id     bigint NOT NULL REFERENCES tenants(id),
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warehouse_id  bigint NOT NULL,
    code          text NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind          text NOT NULL CHECK (kind IN ('receiving', 'storage')),
    is_active     boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, warehouse_id) REFERENCES warehouses (tenant_id, id)
);
CREATE UNIQUE INDEX locations_code ON locations (tenant_id, warehouse_id, lower(code));
CREATE INDEX locations_receiving ON locations (tenant_id, warehouse_id, id) WHERE kind = 'receiving';

-- The stock ledger: one row per movement, never changed afterwards (the
-- application role may only insert and read). A NULL location is outside the
-- organisation (supplier, customer, a count's difference). Quantities are
-- positive in the product's stock unit; the direction is from -> to.
CREATE TABLE stock_moves (
    tenant_id         bigint NOT NULL REFERENCES tenants(id),
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id        bigint NOT NULL,
    from_location_id  bigint,
    to_location_id    bigint,
    quantity          numeric(14, 3) NOT NULL CHECK (quantity > 0),
    reason            text NOT NULL CHECK (reason IN ('receipt', 'shipment', 'adjustment', 'transfer')),
    -- The document behind the move ('purchase_order', id), if any.
    reference_type    text CHECK (reference_type ~ '^[a-z_]{1,40}$'),
    reference_id      bigint,
    note              text CHECK (length(note) <= 1000),
    created_by        bigint NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, id),
    CHECK ((reference_type IS NULL) = (reference_id IS NULL)),
    -- Each reason has its direction: receipts come in, shipments go out,
    -- transfers stay inside, an adjustment is a difference either way.
    CHECK (CASE reason
               WHEN 'receipt' THEN from_location_id IS NULL AND to_location_id IS NOT NULL
               WHEN 'shipment' THEN from_location_id IS NOT NULL AND to_location_id IS NULL
               WHEN 'transfer' THEN from_location_id IS NOT NULL AND to_location_id IS NOT NULL
                                    AND from_location_id <> to_location_id
               WHEN 'adjustment' THEN num_nonnulls(from_location_id, to_location_id) = 1
           END),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
    FOREIGN KEY (tenant_id, from_location_id) REFERENCES locations (tenant_id, id),
    FOREIGN KEY (tenant_id, to_location_id) REFERENCES locations (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);
CREATE INDEX stock_moves_product ON stock_moves (tenant_id, product_id, id);
CREATE INDEX stock_moves_from ON stock_moves (tenant_id, from_location_id, product_id) WHERE from_location_id IS NOT NULL;
CREATE INDEX stock_moves_to ON stock_moves (tenant_id, to_location_id, product_id) WHERE to_location_id IS NOT NULL;
CREATE INDEX stock_moves_created ON stock_moves (tenant_id, created_at, id);
CREATE INDEX stock_moves_reference ON stock_moves (tenant_id, reference_type, reference_id) WHERE reference_id IS NOT NULL;

-- Per product and location: on hand = Σ moves in − Σ moves out, kept in the
-- same transaction as each move, under the row's lock. Reserved is for the
-- shipments module; available = on hand − reserved.
CREATE TABLE stock_balances (
    tenant_id     bigint NOT NULL REFERENCES tenants(id),
    product_id    bigint NOT NULL,
    location_id   bigint NOT NULL,
    on_hand       numeric(18, 3) NOT NULL DEFAULT 0,
    reserved      numeric(18, 3) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, product_id, location_id),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id)
);
CREATE INDEX stock_balances_location ON stock_balances (tenant_id, location_id, product_id);

-- Events written in the same transaction as what they report (PO submitted,
-- approved, rejected, received; product below its reorder point), for the
-- notification work that reads and marks them later.
CREATE TABLE outbox_events (
    tenant_id     bigint NOT NULL REFERENCES tenants(id),
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type          text NOT NULL CHECK (type ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)*$' AND length(type) <= 100),
    payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT now(),
    processed_at  timestamptz,
    UNIQUE (tenant_id, id)
);
CREATE INDEX outbox_events_pending ON outbox_events (tenant_id, id) WHERE processed_at IS NULL;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation_settings', 'exchange_rates', 'suppliers', 'unit_categories', 'units',
                             'products', 'supplier_prices', 'warehouses', 'locations', 'stock_moves',
                             'stock_balances', 'outbox_events'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON organisation_settings TO :app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON exchange_rates, suppliers, unit_categories, units, products,
    supplier_prices, warehouses, locations TO :app_role;
-- The ledger is append-only for the application: a wrong move is corrected
-- by another move, never by rewriting history.
GRANT SELECT, INSERT ON stock_moves TO :app_role;
-- Balances change only with a move; a balance row is never deleted.
GRANT SELECT, INSERT, UPDATE ON stock_balances TO :app_role;
GRANT SELECT, INSERT, UPDATE ON outbox_events TO :app_role;
