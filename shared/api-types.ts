// Intercom-shaped REST objects (API 2.14 subset) that Parley answers with.
// Timestamps are unix seconds; ids are strings, as in Intercom.

export const API_ERROR_CODES = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  parameter_invalid: 400,
  workspace_required: 400,
  parameter_not_found: 422,
  request_too_large: 413,
  rate_limit_exceeded: 429,
  server_error: 500,
  /** A Durable Object refused work (overloaded): retry after the Retry-After header (worker/http/overloaded.ts). */
  service_unavailable: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

export interface ErrorList {
  type: "error.list";
  request_id: string;
  errors: { code: ApiErrorCode; message: string }[];
}

export interface Pages {
  type: "pages";
  page: number;
  per_page: number;
  total_pages: number;
  next: { per_page: number; starting_after: string } | null;
}

export type CustomAttributes = Record<string, string | number | boolean | null>;

export interface AddressableList {
  type: "list";
  data: unknown[];
  url: string;
  total_count: number;
  has_more: boolean;
}

export interface ContactObject {
  type: "contact";
  id: string;
  workspace_id: string;
  external_id: string | null;
  role: "user" | "lead";
  email: string | null;
  email_domain: string | null;
  phone: string | null;
  name: string | null;
  owner_id: null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  web_sessions: number;
  custom_attributes: CustomAttributes;
  avatar: null;
  location: { type: "location"; country: null; region: null; city: null };
  tags: AddressableList;
  notes: AddressableList;
  companies: AddressableList;
}

export interface ContactList {
  type: "list";
  data: ContactObject[];
  total_count: number;
  pages: Pages;
}

export interface ContactDeleted {
  type: "contact";
  id: string;
  external_id: string | null;
  deleted: true;
}

export interface AdminObject {
  type: "admin";
  id: string;
  name: string;
  email: string;
  email_verified: boolean;
  job_title: string | null;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  has_inbox_seat: boolean;
  team_ids: string[];
  avatar: { image_url: string | null };
}

export interface AppObject {
  type: "app";
  id_code: string;
  name: string;
  created_at: number;
  secure: boolean;
  identity_verification: boolean;
  timezone: string;
  region: string;
}

export interface AdminWithApp extends AdminObject {
  app: AppObject;
}

export interface AdminList {
  type: "admin.list";
  admins: AdminObject[];
}

export interface TeamObject {
  type: "team";
  id: string;
  name: string;
  admin_ids: string[];
  admin_priority_level: { primary_admin_ids: string[]; secondary_admin_ids: string[] };
}

export interface TeamList {
  type: "team.list";
  teams: TeamObject[];
}

/** The admin app's session endpoints under /admin/api/. */
export interface SessionInfo {
  admin: { id: string; name: string; email: string; role: "owner" | "admin" };
  workspace: { app_id: string; name: string };
}
