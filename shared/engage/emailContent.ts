// What an engage email says: the admin's Markdown as HTML and as text, with the unsubscribe link
// in both, so every email can be opted out of from any mail client.
import { escapeHtml, markdownToHtml } from "../markdown/html.ts";
import { markdownToText } from "../markdown/text.ts";

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export function emailContent(input: { subject: string | null; body: string; unsubscribeUrl: string; workspaceName: string }): EmailContent {
  const subject = input.subject?.trim() || `A message from ${input.workspaceName}`;
  const link = escapeHtml(input.unsubscribeUrl);
  return {
    subject,
    text: `${markdownToText(input.body)}\n\n--\nUnsubscribe from ${input.workspaceName} emails: ${input.unsubscribeUrl}\n`,
    html:
      `<!doctype html><html><body>${markdownToHtml(input.body)}` +
      `<hr><p style="font-size:12px;color:#666"><a href="${link}">Unsubscribe</a> from ${escapeHtml(input.workspaceName)} emails.</p></body></html>`,
  };
}
