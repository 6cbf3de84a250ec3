-- Email continuation (CONTRACT §7): every email Parley sends stays in email_outbox, now with the
-- contact and conversation it belongs to and the Reply-To a conversation's email carries.
ALTER TABLE email_outbox ADD COLUMN contact_id TEXT;
ALTER TABLE email_outbox ADD COLUMN conversation_id INTEGER;
ALTER TABLE email_outbox ADD COLUMN reply_to TEXT;

-- Engage emails sent before: their delivery names the contact.
UPDATE email_outbox SET contact_id = (SELECT d.contact_id FROM deliveries d WHERE d.id = email_outbox.delivery_id)
WHERE delivery_id IS NOT NULL;

CREATE INDEX email_outbox_contact ON email_outbox(workspace_id, contact_id, id);
CREATE INDEX email_outbox_conversation ON email_outbox(workspace_id, conversation_id, id);
