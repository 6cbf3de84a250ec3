import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export type Role = "owner" | "admin";
export const ROLES = ["owner", "admin"] as const;

export interface Session {
  admin: { id: string; name: string; email: string; role: Role };
  workspace: { appId: string; name: string };
}

function workspaceOf(f: Fields): Session["workspace"] {
  return { appId: f.str("app_id"), name: f.str("name") };
}

export function parseSession(payload: unknown): Session {
  const root = fields(payload);
  const admin = root.obj("admin");
  return {
    admin: { id: admin.id("id"), name: admin.str("name"), email: admin.str("email"), role: admin.oneOf("role", ROLES) },
    workspace: workspaceOf(root.obj("workspace")),
  };
}

export interface LoginInput {
  email: string;
  password: string;
  appId?: string;
}

export function getSession(): Promise<Session> {
  return request("GET", "/admin/api/session", parseSession);
}

export function login({ email, password, appId }: LoginInput): Promise<Session> {
  const body = appId ? { email, password, app_id: appId } : { email, password };
  return request("POST", "/admin/api/login", parseSession, { body });
}

export function logout(): Promise<void> {
  return send("POST", "/admin/api/logout");
}

export interface InviteLookup {
  email: string;
  workspace: Session["workspace"];
}

/** The token travels in the body: a URL would leave it in logs and Referer headers. */
export function lookupInvite(token: string, signal?: AbortSignal): Promise<InviteLookup> {
  return request(
    "POST",
    "/admin/api/invites/lookup",
    (payload) => {
      const root = fields(payload);
      return { email: root.str("email"), workspace: workspaceOf(root.obj("workspace")) };
    },
    { body: { token }, signal },
  );
}

/** Ends every session of the signed-in admin, this one included. */
export function signOutEverywhere(): Promise<void> {
  return send("POST", "/admin/api/me/sign-out-everywhere");
}

/** Other sessions end; this one stays signed in. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return send("POST", "/admin/api/me/password", { body: { current_password: currentPassword, new_password: newPassword } });
}

export function acceptInvite(token: string, name: string, password: string): Promise<Session> {
  return request("POST", "/admin/api/invites/accept", parseSession, { body: { token, name, password } });
}

// Mirrors the server rule so people learn about it before a round trip.
export const MIN_PASSWORD_LENGTH = 10;
