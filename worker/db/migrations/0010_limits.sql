-- Abuse limits (issue 12): the daily email cap counts each recipient's recent emails.
CREATE INDEX email_outbox_recipient ON email_outbox(workspace_id, recipient, sent_at);
