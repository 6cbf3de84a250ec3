// The unsubscribe link in every engage email. GET only shows a confirmation page (mail scanners
// follow links), the form's POST sets unsubscribed_from_emails.
import { escapeHtml } from "../../shared/markdown/html.ts";
import { contactById, isContactId, updateContact } from "../db/contacts.ts";
import { workspaceByAppId } from "../db/workspaces.ts";
import { unsubscribeTokenValid } from "../engage/unsubscribe.ts";
import { param, queryString, type Handler } from "../http/context.ts";
import type { IRequest } from "itty-router";
import type { Ctx } from "../http/context.ts";

function page(status: number, title: string, inner: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${inner}</body></html>`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'", "referrer-policy": "no-referrer" },
  });
}

async function checked(request: IRequest, c: Ctx) {
  const workspace = await workspaceByAppId(c.db, param(request, "app_id"));
  const contactId = queryString(request, "c") ?? "";
  const token = queryString(request, "t") ?? "";
  if (!workspace || !isContactId(contactId) || !(await unsubscribeTokenValid(workspace, contactId, token))) return null;
  const contact = await contactById(c.db, workspace.id, contactId);
  return contact ? { workspace, contact } : null;
}

const invalid = () => page(404, "Link not valid", "<p>This unsubscribe link is not valid. Use the link from your latest email.</p>");

export const unsubscribePage: Handler = async (request, c) => {
  const found = await checked(request, c);
  if (!found) return invalid();
  const name = escapeHtml(found.workspace.name);
  if (found.contact.unsubscribedFromEmails) return page(200, "You are unsubscribed", `<p>You no longer receive emails from ${name}.</p>`);
  return page(
    200,
    "Unsubscribe?",
    `<p>Stop receiving emails from ${name} at ${escapeHtml(found.contact.email ?? "this address")}?</p><form method="post"><button type="submit">Unsubscribe</button></form>`,
  );
};

export const unsubscribeConfirm: Handler = async (request, c) => {
  const found = await checked(request, c);
  if (!found) return invalid();
  await updateContact(c.db, found.workspace.id, found.contact.id, { unsubscribedFromEmails: true, updatedAt: c.now });
  return page(200, "You are unsubscribed", `<p>You no longer receive emails from ${escapeHtml(found.workspace.name)}.</p>`);
};
