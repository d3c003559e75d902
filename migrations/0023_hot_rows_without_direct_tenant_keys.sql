-- Every foreign key check takes a FOR KEY SHARE lock on the row it finds.
-- A key to tenants finds the organisation's one row, so every transaction
-- that writes an order, its lines, approvals, stock moves, balances or a
-- stored answer locked that same row, and with several writers at once
-- PostgreSQL turns its lockers into a new multixact for each of them.
-- These six tables also have a NOT NULL key that includes tenant_id to a
-- table that keeps its own key to tenants (suppliers, purchase orders,
-- products, users), so a row still cannot name an organisation that does
-- not exist: the direct key only repeated that check on the busiest row of
-- the database. tst_rls_catalog checks that every tenant table still
-- reaches tenants through NOT NULL keys.

ALTER TABLE purchase_orders DROP CONSTRAINT purchase_orders_tenant_id_fkey;
ALTER TABLE purchase_order_lines DROP CONSTRAINT purchase_order_lines_tenant_id_fkey;
ALTER TABLE purchase_order_approvals DROP CONSTRAINT purchase_order_approvals_tenant_id_fkey;
ALTER TABLE stock_moves DROP CONSTRAINT stock_moves_tenant_id_fkey;
ALTER TABLE stock_balances DROP CONSTRAINT stock_balances_tenant_id_fkey;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_tenant_id_fkey;
