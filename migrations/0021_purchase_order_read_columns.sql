-- What every read of an order used to compute per order, now kept on it
-- (docs/decisions/0016-purchase-order-counts-kept-on-the-order.md):
--
-- * amount_scale: the minor units of the order's currency, the scale its
--   amounts are shown at. The document and each list row rounded every amount
--   through a CASE over the currencies without two decimals, about 50 µs of
--   PostgreSQL time per order document. currency_minor_units() must say what
--   the shared Currency table says (tst_purchaseordercounts compares them
--   for every known code).
-- * line_count and approvals_given: a list page of 50 orders ran two
--   counting subqueries per row, about 40 % of the page's time. They are kept
--   by statement triggers on the lines and the approvals, so that every way
--   of writing those rows (the services, imports, fixtures) keeps them right;
--   each recounts the orders it touched rather than adding, so they cannot
--   drift. (A line or decision never moves to another order, so updates of
--   lines need no recount and an update of decisions recounts their order.)
--   The triggers do not bump the order's version: every service that
--   changes lines or decisions bumps it in the same transaction.

CREATE FUNCTION currency_minor_units(code text) RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (CASE code
        WHEN 'BIF' THEN 0 WHEN 'CLP' THEN 0 WHEN 'DJF' THEN 0 WHEN 'GNF' THEN 0 WHEN 'ISK' THEN 0
        WHEN 'JPY' THEN 0 WHEN 'KMF' THEN 0 WHEN 'KRW' THEN 0 WHEN 'PYG' THEN 0 WHEN 'RWF' THEN 0
        WHEN 'UGX' THEN 0 WHEN 'VND' THEN 0 WHEN 'VUV' THEN 0 WHEN 'XAF' THEN 0 WHEN 'XOF' THEN 0
        WHEN 'XPF' THEN 0
        WHEN 'BHD' THEN 3 WHEN 'IQD' THEN 3 WHEN 'JOD' THEN 3 WHEN 'KWD' THEN 3 WHEN 'LYD' THEN 3
        WHEN 'OMR' THEN 3 WHEN 'TND' THEN 3
        ELSE 2 END)::smallint;
GRANT EXECUTE ON FUNCTION currency_minor_units(text) TO :app_role;

ALTER TABLE purchase_orders
    ADD COLUMN amount_scale smallint GENERATED ALWAYS AS (currency_minor_units(currency)) STORED,
    ADD COLUMN line_count integer NOT NULL DEFAULT 0 CHECK (line_count >= 0),
    ADD COLUMN approvals_given integer NOT NULL DEFAULT 0 CHECK (approvals_given >= 0);

-- Recounts the orders named in `touched`: their lines, and their approvals
-- that stand (approved, not voided). The orders are locked first, by a
-- statement of their own: the count, a later statement, then has a snapshot
-- that includes whatever another transaction committed while holding them,
-- so two transactions writing one order's rows at once (without the lock
-- the services take anyway) still leave the right count.
CREATE FUNCTION purchase_orders_recount_lines() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM purchase_orders WHERE id IN (SELECT purchase_order_id FROM touched) ORDER BY id FOR UPDATE;
    UPDATE purchase_orders po SET line_count = (SELECT count(*) FROM purchase_order_lines l
                                                 WHERE l.tenant_id = po.tenant_id AND l.purchase_order_id = po.id)
     WHERE po.id IN (SELECT purchase_order_id FROM touched);
    RETURN NULL;
END $$;
CREATE FUNCTION purchase_orders_recount_approvals() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM purchase_orders WHERE id IN (SELECT purchase_order_id FROM touched) ORDER BY id FOR UPDATE;
    UPDATE purchase_orders po SET approvals_given = (SELECT count(*) FROM purchase_order_approvals a
                                                      WHERE a.tenant_id = po.tenant_id AND a.purchase_order_id = po.id
                                                        AND a.decision = 'approved' AND a.voided_at IS NULL)
     WHERE po.id IN (SELECT purchase_order_id FROM touched);
    RETURN NULL;
END $$;
CREATE TRIGGER purchase_order_lines_added AFTER INSERT ON purchase_order_lines
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION purchase_orders_recount_lines();
CREATE TRIGGER purchase_order_lines_removed AFTER DELETE ON purchase_order_lines
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION purchase_orders_recount_lines();
CREATE TRIGGER purchase_order_approvals_added AFTER INSERT ON purchase_order_approvals
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION purchase_orders_recount_approvals();
CREATE TRIGGER purchase_order_approvals_changed AFTER UPDATE ON purchase_order_approvals
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION purchase_orders_recount_approvals();

-- The orders there are (row-level security is forced: each tenant is visited
-- with its own app.tenant_id, as in 0017).
DO $$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        UPDATE purchase_orders po
           SET line_count = (SELECT count(*) FROM purchase_order_lines l WHERE l.purchase_order_id = po.id),
               approvals_given = (SELECT count(*) FROM purchase_order_approvals a
                                   WHERE a.purchase_order_id = po.id AND a.decision = 'approved'
                                     AND a.voided_at IS NULL);
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;
