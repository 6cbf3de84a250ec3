import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";
import { ROLES, type Role } from "./session.ts";

export interface Invite {
  id: string;
  email: string;
  role: Role;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
}

export type InviteStatus = "accepted" | "expired" | "pending";

function parseInvite(f: Fields): Invite {
  return {
    id: f.id("id"),
    email: f.str("email"),
    role: f.oneOf("role", ROLES),
    createdAt: f.time("created_at"),
    expiresAt: f.time("expires_at"),
    acceptedAt: f.optTime("accepted_at"),
  };
}

export function inviteStatus(invite: Invite, nowSeconds: number): InviteStatus {
  if (invite.acceptedAt !== null) return "accepted";
  return invite.expiresAt <= nowSeconds ? "expired" : "pending";
}

export function listInvites(signal: AbortSignal): Promise<Invite[]> {
  return request("GET", "/admin/api/invites", (payload) => fields(payload).list("data", parseInvite), { signal });
}

export interface CreatedInvite {
  invite: Invite;
  url: string;
}

export function createInvite(email: string, role: Role): Promise<CreatedInvite> {
  return request(
    "POST",
    "/admin/api/invites",
    (payload) => {
      const root = fields(payload);
      return { invite: parseInvite(root.obj("invite")), url: root.str("url") };
    },
    { body: { email, role } },
  );
}

/** An unused invite stops working at once. */
export function revokeInvite(id: string): Promise<void> {
  return send("DELETE", `/admin/api/invites/${encodeURIComponent(id)}`);
}
