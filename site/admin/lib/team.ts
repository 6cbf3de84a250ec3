import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export interface Teammate {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  away: boolean;
  teamIds: string[];
}

export interface Team {
  id: string;
  name: string;
  adminIds: string[];
}

// team_ids / admin_ids may hold numbers or strings; normalise to strings.
function ids(f: Fields, key: string): string[] {
  const value = f.raw(key);
  if (!Array.isArray(value)) return f.fail(key, "array of ids");
  return value.map((entry: unknown) =>
    typeof entry === "string" || typeof entry === "number" ? String(entry) : f.fail(key, "array of ids"),
  );
}

function parseTeammate(f: Fields): Teammate {
  return {
    id: f.id("id"),
    name: f.str("name"),
    email: f.str("email"),
    jobTitle: f.optStr("job_title"),
    away: f.raw("away_mode_enabled") === true,
    teamIds: ids(f, "team_ids"),
  };
}

function parseTeam(f: Fields): Team {
  return { id: f.id("id"), name: f.str("name"), adminIds: ids(f, "admin_ids") };
}

export function listTeammates(signal: AbortSignal): Promise<Teammate[]> {
  return request("GET", "/api/admins", (payload) => fields(payload).list("admins", parseTeammate), { signal });
}

export function listTeams(signal: AbortSignal): Promise<Team[]> {
  return request("GET", "/api/teams", (payload) => fields(payload).list("teams", parseTeam), { signal });
}

// Offboarding (owners only): every admin, disabled ones included.
export interface Member {
  id: string;
  name: string;
  email: string;
  role: "owner" | "admin";
  disabledAt: number | null;
}

function parseMember(f: Fields): Member {
  return { id: f.id("id"), name: f.str("name"), email: f.str("email"), role: f.oneOf("role", ["owner", "admin"] as const), disabledAt: f.optTime("disabled_at") };
}

export function listMembers(signal: AbortSignal): Promise<Member[]> {
  return request("GET", "/admin/api/members", (payload) => fields(payload).list("data", parseMember), { signal });
}

/** Disabling ends the admin's sessions, sockets and API tokens at once. */
export function setMemberDisabled(id: string, disabled: boolean): Promise<Member> {
  return request("PUT", `/admin/api/members/${encodeURIComponent(id)}/disabled`, (payload) => parseMember(fields(payload)), { body: { disabled } });
}

export function removeMember(id: string): Promise<void> {
  return send("DELETE", `/admin/api/members/${encodeURIComponent(id)}`);
}
