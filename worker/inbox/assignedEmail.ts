import { escapeHtml } from "../../shared/markdown/html.ts";
import type { Presence } from "../../shared/inbox.ts";

// An admin given a conversation while away or offline hears of it by email; one with the inbox
// open and available sees it there (and the admin app shows a browser notification).

export function needsAssignedEmail(presence: Pick<Presence, "online" | "away">): boolean {
  return !presence.online || presence.away;
}

export interface AssignedEmailInput {
  adminName: string;
  byName: string | null;
  workspaceName: string;
  preview: string;
  url: string;
}

export function assignedEmail(input: AssignedEmailInput): { subject: string; text: string; html: string } {
  const by = input.byName ? ` by ${input.byName}` : "";
  const line = `A conversation in ${input.workspaceName} was assigned to you${by}.`;
  const quote = input.preview ? `\n\n“${input.preview}”` : "";
  return {
    subject: `Conversation assigned to you in ${input.workspaceName}`,
    text: `Hi ${input.adminName},\n\n${line}${quote}\n\nOpen it: ${input.url}\n`,
    html:
      `<!doctype html><html><body><p>Hi ${escapeHtml(input.adminName)},</p><p>${escapeHtml(line)}</p>` +
      (input.preview ? `<blockquote>${escapeHtml(input.preview)}</blockquote>` : "") +
      `<p><a href="${escapeHtml(input.url)}">Open the conversation</a></p></body></html>`,
  };
}
