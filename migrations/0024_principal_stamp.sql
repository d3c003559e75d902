-- What a signed-in caller may do is read from the database on every request,
-- so that a role change, a deactivation or a revoked session counts at the
-- next request on every server process. Reading the permissions themselves
-- (the user, their roles and the roles' permissions) was about a third of
-- PostgreSQL's work for a request that reads one record. Now the server keeps
-- a caller's permissions between requests together with the organisation's
-- principal stamp, and each request reads only the session and the stamp: an
-- unchanged stamp means nothing the permissions are made of has changed;
-- a changed one makes the server read the permissions again.
--
-- The stamp counts every change of a user's e-mail or active flag, of who
-- holds which role and of what a role grants, in the same transaction as the
-- change: a request that sees the change sees the new stamp. Deleting a role
-- or a user deletes its rows in user_roles and role_permissions, which count
-- the same way. The organisation's own active flag is read with the stamp.

ALTER TABLE tenants ADD COLUMN principal_stamp bigint NOT NULL DEFAULT 0;
-- The triggers below run as the application role. The stamp is the only
-- column of tenants it may change; a stamp moved by anybody only costs a
-- second read of the permissions.
GRANT UPDATE (principal_stamp) ON tenants TO :app_role;

-- For statement triggers on user_roles and role_permissions: the changed rows
-- are the transition table `changed`.
CREATE FUNCTION tenants_stamp_changed_principals() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tenants SET principal_stamp = principal_stamp + 1
     WHERE id IN (SELECT DISTINCT tenant_id FROM changed);
    RETURN NULL;
END $$;

-- For the row trigger on users.
CREATE FUNCTION tenants_stamp_changed_user() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tenants SET principal_stamp = principal_stamp + 1 WHERE id = NEW.tenant_id;
    RETURN NULL;
END $$;

CREATE TRIGGER user_roles_added AFTER INSERT ON user_roles
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tenants_stamp_changed_principals();
CREATE TRIGGER user_roles_changed AFTER UPDATE ON user_roles
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tenants_stamp_changed_principals();
CREATE TRIGGER user_roles_removed AFTER DELETE ON user_roles
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tenants_stamp_changed_principals();

CREATE TRIGGER role_permissions_added AFTER INSERT ON role_permissions
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tenants_stamp_changed_principals();
CREATE TRIGGER role_permissions_changed AFTER UPDATE ON role_permissions
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tenants_stamp_changed_principals();
CREATE TRIGGER role_permissions_removed AFTER DELETE ON role_permissions
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tenants_stamp_changed_principals();

-- A row trigger, so that the many updates of a user that change neither
-- (sign-in bookkeeping, names) cost nothing.
CREATE TRIGGER users_principal_changed AFTER UPDATE OF email, is_active ON users
    FOR EACH ROW
    WHEN (OLD.email IS DISTINCT FROM NEW.email OR OLD.is_active IS DISTINCT FROM NEW.is_active)
    EXECUTE FUNCTION tenants_stamp_changed_user();
