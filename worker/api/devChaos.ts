// POST /api/__dev/chaos: the chaos driver's hands inside the dev server (scripts/chaos.mjs). It
// switches the D1 fault hook and closes chosen sockets from the server side. Only a server started
// with PARLEY_CHAOS=1, PARLEY_LOCAL_DEV=1 and PARLEY_ENV=development answers; anywhere else it is
// the same 404 as a path that does not exist.
import { z } from "zod";
import { devFaultsEnabled, setDevFaults } from "../db/devFaults.ts";
import { hubOf, roomOf } from "../durable/stubs.ts";
import { readJson } from "../http/body.ts";
import type { AuthedHandler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";

const chaosBody = z.object({
  faults: z.object({ delay_ms: z.number().int().min(0).max(5000), fail_rate: z.number().min(0).max(1) }).optional(),
  /** Each room closes the sockets of that contact and that admin ("signed out", code 4001). */
  close: z.array(z.object({ conversation_id: z.string().regex(/^[0-9]{1,15}$/), contact_id: z.string().max(64), admin_id: z.string().regex(/^[0-9]{1,15}$/) })).max(500).optional(),
  /** Closes these admins' inbox sockets (and their conversation sockets) in the workspace's hub. */
  inbox_admin_ids: z.array(z.string().regex(/^[0-9]{1,15}$/)).max(50).optional(),
});

export const devChaosRoute: AuthedHandler = async (request, c) => {
  if (!devFaultsEnabled(c.env)) throw notFound("Route");
  const body = await readJson(request, chaosBody);
  const faults = body.faults ? setDevFaults({ delayMs: body.faults.delay_ms, failRate: body.faults.fail_rate }) : null;
  const ws = c.principal.workspaceId;
  await Promise.all(
    (body.close ?? []).flatMap((s) => {
      const room = roomOf(c.env, ws, Number(s.conversation_id));
      return [room.disconnect("user", s.contact_id), room.disconnect("admin", s.admin_id)];
    }),
  );
  await Promise.all((body.inbox_admin_ids ?? []).map((id) => hubOf(c.env, ws).disconnectAdmin(Number(id))));
  return Response.json({ faults, closed: body.close?.length ?? 0 });
};
