-- Failed sign-ins are also counted per account from every source together
-- ('account', keyed and account_hash = the account's hash), so a guess spread
-- over many addresses is slowed too. That lock spares the sources the
-- account signed in from successfully ('known_source', keyed like
-- 'account_source'; window_start = the last success), so it never locks the
-- owner out from their usual place. Rows hold hashes only.
ALTER TABLE login_throttle DROP CONSTRAINT login_throttle_scope_check;
ALTER TABLE login_throttle ADD CONSTRAINT login_throttle_scope_check
    CHECK (scope IN ('account_source', 'address', 'account', 'known_source'));
