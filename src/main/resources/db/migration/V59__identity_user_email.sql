-- An optional email address per user: reminders (reporting) are sent there.
ALTER TABLE identity_user ADD COLUMN email VARCHAR(254);
