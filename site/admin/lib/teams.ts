import { isMissingEndpoint, send } from "./api.ts";

// Team management (owners only). Answers are not parsed: after every change the page reloads
// /api/teams, the one source of truth for names and members.
const base = "/admin/api/teams";
const teamPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const createTeam = (name: string) => send("POST", base, { body: { name } });
export const renameTeam = (id: string, name: string) => send("PATCH", teamPath(id), { body: { name } });
export const deleteTeam = (id: string) => send("DELETE", teamPath(id));
export const addMember = (teamId: string, adminId: string) => send("PUT", `${teamPath(teamId)}/members/${encodeURIComponent(adminId)}`);
export const removeMember = (teamId: string, adminId: string) => send("DELETE", `${teamPath(teamId)}/members/${encodeURIComponent(adminId)}`);

export function teamsErrorMessage(err: unknown): string | null {
  return isMissingEndpoint(err) ? "Team management is not available on this server yet." : null;
}
