-- The purchase-order list sorts by order date as a whole number of days
-- since 2000-01-01 (so that the list machinery's cursor holds an integer).
-- Written as the expression `order_date - DATE '2000-01-01'`, PostgreSQL
-- could read that order from no index, and, the date subtraction not being
-- leakproof, never used the cursor condition to start an index scan under
-- row-level security: every page sorted all orders of the state (600,000
-- drafts at 1,000,000 orders), building each one's JSON first. The day number
-- is now a stored column the list sorts and pages by (integer comparisons are
-- leakproof), and the list's indexes are on it: a page reads 51 index
-- entries at any size (docs/benchmarks.md, bench_procurement).

ALTER TABLE purchase_orders
    ADD COLUMN order_day integer GENERATED ALWAYS AS (order_date - DATE '2000-01-01') STORED;
DROP INDEX purchase_orders_state_date;
DROP INDEX purchase_orders_date;
CREATE INDEX purchase_orders_state_date ON purchase_orders (tenant_id, state, order_day DESC, id DESC);
CREATE INDEX purchase_orders_date ON purchase_orders (tenant_id, order_day DESC, id DESC);
