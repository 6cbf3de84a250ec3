import type { Presence } from "../../shared/inbox.ts";

/** Every admin of the workspace with whether a socket of theirs is open and whether they are away. */
export function presenceOf(admins: readonly { id: number; away: boolean }[], online: ReadonlySet<string>): Presence[] {
  return admins.map((a) => ({ admin_id: String(a.id), online: online.has(String(a.id)), away: a.away }));
}

/** An admin's closing socket changes their presence only when it was their last one. */
export function wentOffline(adminId: string | null, stillOnline: ReadonlySet<string>): adminId is string {
  return adminId !== null && !stillOnline.has(adminId);
}

/** A socket opening changes presence, and may let queued conversations out, only for the admin's first. */
export function cameOnline(adminId: string, alreadyOnline: ReadonlySet<string>): boolean {
  return !alreadyOnline.has(adminId);
}
