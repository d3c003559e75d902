-- The server keeps the items of the lead list between reads as it keeps
-- purchase orders (docs/decisions/0022): a lead's list item shows the name
-- of its pipeline stage, so renaming a stage moves the organisation's
-- reference stamp (migration 0025), in the same transaction.
--
-- Only updates count: a stage that leads refer to cannot be deleted (their
-- foreign key), and a new stage is shown only by leads written since.
CREATE TRIGGER pipeline_stages_reference_changed AFTER UPDATE OF name ON pipeline_stages
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION tenants_stamp_changed_reference();
