-- Sign-in locks are kept per account AND source address ('account_source'),
-- so failures from one address no longer lock the account's owner out
-- everywhere; the lock grows with every further failure. account_hash (the
-- hash of the account alone) lets an administrator lift an account's locks
-- from every source; last_failure_at decides when the count starts again.
-- The old whole-account rows are dropped: those locks are lifted.
DELETE FROM login_throttle WHERE scope = 'account';
ALTER TABLE login_throttle DROP CONSTRAINT login_throttle_scope_check;
ALTER TABLE login_throttle ADD CONSTRAINT login_throttle_scope_check
    CHECK (scope IN ('account_source', 'address'));
ALTER TABLE login_throttle ADD COLUMN account_hash bytea;
ALTER TABLE login_throttle ADD COLUMN last_failure_at timestamptz;
CREATE INDEX login_throttle_account ON login_throttle (account_hash) WHERE account_hash IS NOT NULL;
