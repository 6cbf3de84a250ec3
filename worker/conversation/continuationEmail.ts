import { escapeHtml } from "../../shared/markdown/html.ts";

// What the contact receives when an admin's reply is emailed: the reply as it was written, and a
// line saying that answering the email answers the conversation. The subject stays the same for
// every email of a conversation, so mail clients keep them in one thread.
export interface ContinuationInput {
  body: string;
  adminName: string | null;
  workspaceName: string;
}

export function continuationEmail(input: ContinuationInput): { subject: string; text: string; html: string } {
  const who = input.adminName ? `${input.adminName} from ${input.workspaceName}` : input.workspaceName;
  const footer = `${who} replied to your conversation. Reply to this email to answer.`;
  const paragraphs = input.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
  return {
    subject: `Your conversation with ${input.workspaceName}`,
    text: `${input.body}\n\n-- \n${footer}\n`,
    html: `<!doctype html><html><body>${paragraphs}<hr><p style="font-size:12px;color:#666">${escapeHtml(footer)}</p></body></html>`,
  };
}
