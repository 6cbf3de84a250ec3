-- When the contact first wrote in a conversation: an outbound message (auto message, campaign,
-- manual message) is not a conversation for the team, nor for reports, until the contact replies.
-- Rows from before are backfilled from what the list row knows: a contact-started conversation at
-- its start; an admin-started one the contact is waiting on, or wrote in last, at its last change.
ALTER TABLE conversations ADD COLUMN contact_replied_at INTEGER;
UPDATE conversations SET contact_replied_at = created_at WHERE source_author_type = 'user';
UPDATE conversations SET contact_replied_at = updated_at
  WHERE source_author_type <> 'user' AND (waiting_since IS NOT NULL OR last_part_author_type = 'user');
