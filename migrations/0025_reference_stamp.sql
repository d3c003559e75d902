-- The server keeps documents (a purchase order with its lines and approvals,
-- as GET answers it) between requests and answers a read from memory when the
-- database says nothing it shows has changed (docs/decisions/0022). The
-- order's own rows move its version; the names it shows of other records
-- (supplier, warehouse, products, units, users, the organisation's settings)
-- move this stamp, in the same transaction as the change: a read that sees a
-- new name sees the new stamp.
--
-- Only updates count: a document can only show rows that existed when it was
-- read, and a row it shows cannot be deleted while the document refers to it.

ALTER TABLE tenants ADD COLUMN reference_stamp bigint NOT NULL DEFAULT 0;
-- The triggers below run as the application role. A stamp moved by anybody
-- only costs a second read of the organisation's documents.
GRANT UPDATE (reference_stamp) ON tenants TO :app_role;

CREATE FUNCTION tenants_stamp_changed_reference() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tenants SET reference_stamp = reference_stamp + 1 WHERE id = NEW.tenant_id;
    RETURN NULL;
END $$;

-- Row triggers that fire only when a shown column really changes, so that
-- the frequent other updates of these rows (prices, costs, sign-ins) cost
-- nothing.
CREATE TRIGGER suppliers_reference_changed AFTER UPDATE OF name ON suppliers
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION tenants_stamp_changed_reference();
CREATE TRIGGER warehouses_reference_changed AFTER UPDATE OF name ON warehouses
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION tenants_stamp_changed_reference();
CREATE TRIGGER products_reference_changed AFTER UPDATE OF sku, barcode, name ON products
    FOR EACH ROW WHEN ((OLD.sku, OLD.barcode, OLD.name) IS DISTINCT FROM (NEW.sku, NEW.barcode, NEW.name))
    EXECUTE FUNCTION tenants_stamp_changed_reference();
CREATE TRIGGER units_reference_changed AFTER UPDATE OF symbol ON units
    FOR EACH ROW WHEN (OLD.symbol IS DISTINCT FROM NEW.symbol)
    EXECUTE FUNCTION tenants_stamp_changed_reference();
CREATE TRIGGER users_reference_changed AFTER UPDATE OF display_name ON users
    FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
    EXECUTE FUNCTION tenants_stamp_changed_reference();
CREATE TRIGGER organisation_settings_reference_changed
    AFTER UPDATE OF base_currency, receipt_tolerance_percent ON organisation_settings
    FOR EACH ROW
    WHEN ((OLD.base_currency, OLD.receipt_tolerance_percent)
          IS DISTINCT FROM (NEW.base_currency, NEW.receipt_tolerance_percent))
    EXECUTE FUNCTION tenants_stamp_changed_reference();
