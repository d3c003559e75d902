-- The recount triggers of 0021 rewrite an order's row only when its count
-- changed. A statement that already counted what it wrote (a new order with
-- its lines, an approval that updates the order anyway) no longer gets a
-- second version of the order row: on a new order that second version went
-- into all eight of its indexes and repeated its four foreign-key checks
-- (the row was inserted by the same transaction), about a fifth of what
-- creating an order costs PostgreSQL. The recount itself stays: a statement
-- that counted wrong, or wrote rows without counting, is still corrected.

CREATE OR REPLACE FUNCTION purchase_orders_recount_lines() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM purchase_orders WHERE id IN (SELECT purchase_order_id FROM touched) ORDER BY id FOR UPDATE;
    UPDATE purchase_orders po SET line_count = c.n
      FROM (SELECT t.id, (SELECT count(*) FROM purchase_order_lines l
                           WHERE l.tenant_id = t.tenant_id AND l.purchase_order_id = t.id) AS n
              FROM (SELECT DISTINCT tenant_id, purchase_order_id AS id FROM touched) t) c
     WHERE po.id = c.id AND po.line_count <> c.n;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION purchase_orders_recount_approvals() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM purchase_orders WHERE id IN (SELECT purchase_order_id FROM touched) ORDER BY id FOR UPDATE;
    UPDATE purchase_orders po SET approvals_given = c.n
      FROM (SELECT t.id, (SELECT count(*) FROM purchase_order_approvals a
                           WHERE a.tenant_id = t.tenant_id AND a.purchase_order_id = t.id
                             AND a.decision = 'approved' AND a.voided_at IS NULL) AS n
              FROM (SELECT DISTINCT tenant_id, purchase_order_id AS id FROM touched) t) c
     WHERE po.id = c.id AND po.approvals_given <> c.n;
    RETURN NULL;
END $$;
