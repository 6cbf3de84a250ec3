import { officeStatus, type OfficeStatus } from "../../shared/officeHours/schedule.ts";
import { ALWAYS_OPEN, type ReplyTime } from "../../shared/officeHours/types.ts";
import { adminsOf } from "../db/admins.ts";
import { officeHoursOf } from "../db/officeHours.ts";
import { hubOf } from "../durable/stubs.ts";
import type { Ctx } from "../http/context.ts";
import { teamFaces, type TeamFace } from "./messengerViews.ts";

// What the messenger's Home shows with every boot: the team with who is online, and the expected
// reply time or when the team is back (issue 17 item 10).

/** Presence is asked of the workspace's hub at most this often per isolate, however many visitors boot. */
const PRESENCE_TTL_MS = 15_000;
const presence = new Map<number, { at: number; ids: Promise<ReadonlySet<string>> }>();

function onlineAdmins(c: Ctx, workspaceId: number): Promise<ReadonlySet<string>> {
  const known = presence.get(workspaceId);
  if (known && Date.now() - known.at < PRESENCE_TTL_MS) return known.ids;
  // Without the hub the messenger still works: nobody is shown online.
  const ids = hubOf(c.env, workspaceId)
    .onlineAdminIds()
    .then((list): ReadonlySet<string> => new Set(list))
    .catch((): ReadonlySet<string> => new Set());
  presence.set(workspaceId, { at: Date.now(), ids });
  return ids;
}

export interface MessengerHome {
  team: TeamFace[];
  office_hours: OfficeStatus & { reply_time: ReplyTime };
}

export async function messengerHome(c: Ctx, workspaceId: number): Promise<MessengerHome> {
  const [admins, online, hours] = await Promise.all([adminsOf(c.db, workspaceId), onlineAdmins(c, workspaceId), officeHoursOf(c.db, workspaceId, null)]);
  const schedule = hours ?? ALWAYS_OPEN;
  return { team: teamFaces(admins, online), office_hours: { ...officeStatus(schedule, c.now), reply_time: schedule.reply_time } };
}
