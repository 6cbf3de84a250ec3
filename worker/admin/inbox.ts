import { z } from "zod";
import { adminById } from "../db/admins.ts";
import { hubOf } from "../durable/stubs.ts";
import { readJson } from "../http/body.ts";
import type { Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";

/** One socket per signed-in admin to the workspace's InboxHub. Browsers always send Origin here. */
export const inboxSocket: Handler = async (request, ctx) => {
  if (request.headers.get("upgrade") !== "websocket") throw new ApiError("parameter_invalid", "Expected a WebSocket upgrade.");
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) throw new ApiError("forbidden", "Cross-origin sockets are refused.");
  const c = await withSession(request, ctx);
  const admin = await adminById(c.db, c.principal.workspaceId, c.principal.adminId);
  if (!admin) throw notFound("Admin");
  const after = new URL(request.url).searchParams.get("after");
  const resume = after !== null && /^[0-9]{1,15}$/.test(after) ? `&after=${after}` : "";
  const target = `https://hub/?admin=${admin.id}${resume}`;
  return hubOf(c.env, c.principal.workspaceId).fetch(new Request(target, { headers: request.headers }));
};

export const setAway: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const { away } = await readJson(request, z.object({ away: z.boolean() }));
  await hubOf(c.env, c.principal.workspaceId).setAway(c.principal.adminId, away);
  return Response.json({ away });
};
