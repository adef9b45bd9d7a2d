-- Administrators can deactivate a user (issue 12): while set, the user cannot
-- sign in and every session of theirs is refused. Their entries and proposals stay.
ALTER TABLE "users" ADD COLUMN "deactivated_at" TIMESTAMPTZ;
