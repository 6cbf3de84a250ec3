import type {
  AdminObject,
  AppObject,
  ContactDeleted,
  ContactObject,
  SessionInfo,
  TeamObject,
} from "../../shared/api-types.ts";
import type { Admin, Contact, Workspace } from "../db/schema.ts";
import type { Tag } from "../db/tagSchema.ts";
import type { TeamWithMembers } from "../db/teams.ts";
import { contactTagsView } from "./tagViews.ts";

// Intercom's shapes, built from rows. The SDKs read these fields, so their presence matters.

const emptyList = (url: string) => ({ type: "list" as const, data: [], url, total_count: 0, has_more: false });

export function contactView(c: Contact, tags: readonly Tag[] = []): ContactObject {
  return {
    type: "contact",
    id: c.id,
    workspace_id: String(c.workspaceId),
    external_id: c.externalId,
    role: c.role,
    email: c.email,
    email_domain: c.email?.split("@")[1] ?? null,
    phone: c.phone,
    name: c.name,
    owner_id: null,
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: c.unsubscribedFromEmails,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    signed_up_at: c.signedUpAt,
    last_seen_at: c.lastSeenAt,
    last_replied_at: null,
    last_contacted_at: null,
    web_sessions: c.webSessions,
    custom_attributes: c.customAttributes,
    avatar: null,
    location: { type: "location", country: null, region: null, city: null },
    tags: contactTagsView(c.id, tags),
    notes: emptyList(`/contacts/${c.id}/notes`),
    companies: emptyList(`/contacts/${c.id}/companies`),
  };
}

export function contactDeletedView(c: Contact): ContactDeleted {
  return { type: "contact", id: c.id, external_id: c.externalId, deleted: true };
}

export function adminView(a: Admin, teamIds: readonly number[]): AdminObject {
  return {
    type: "admin",
    id: String(a.id),
    name: a.name,
    email: a.email,
    email_verified: true,
    job_title: null,
    away_mode_enabled: a.away,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: teamIds.map(String),
    avatar: { image_url: null },
  };
}

export function appView(w: Workspace): AppObject {
  return {
    type: "app",
    id_code: w.appId,
    name: w.name,
    created_at: w.createdAt,
    secure: w.identityEnforced,
    identity_verification: w.identityEnforced,
    timezone: "UTC",
    region: "US",
  };
}

export function teamView(t: TeamWithMembers): TeamObject {
  const ids = t.adminIds.map(String);
  return { type: "team", id: String(t.id), name: t.name, admin_ids: ids, admin_priority_level: { primary_admin_ids: ids, secondary_admin_ids: [] } };
}

export function sessionView(a: Admin, w: Workspace): SessionInfo {
  return { admin: { id: String(a.id), name: a.name, email: a.email, role: a.role }, workspace: { app_id: w.appId, name: w.name } };
}
