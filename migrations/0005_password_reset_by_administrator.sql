-- A password set by someone else (an administrator resetting it) must be
-- replaced by its owner at the next sign-in: sign-in answers
-- password_change_required and issues no session until a new password is
-- chosen. The user's own changes clear the flag.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
