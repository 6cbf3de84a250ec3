import { adminById } from "../db/admins.ts";
import { conversationById } from "../db/conversations.ts";
import { forwardUpgrade } from "../conversation/handshake.ts";
import { hubOf, roomOf } from "../durable/stubs.ts";
import { param, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";

/** An admin watching one conversation live. Browsers always send Origin on WebSockets; it must be ours. */
export const adminConversationSocket: Handler = async (request, ctx) => {
  if (request.headers.get("upgrade") !== "websocket") throw new ApiError("parameter_invalid", "Expected a WebSocket upgrade.");
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) throw new ApiError("forbidden", "Cross-origin sockets are refused.");
  const c = await withSession(request, ctx);
  const raw = param(request, "id");
  const id = /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : NaN;
  const [row, admin] = await Promise.all([
    Number.isNaN(id) ? undefined : conversationById(c.db, c.principal.workspaceId, id),
    adminById(c.db, c.principal.workspaceId, c.principal.adminId),
  ]);
  if (!row || !admin) throw notFound("Conversation");
  const after = Number(new URL(request.url).searchParams.get("after") ?? "0") || 0;
  const forwarded = forwardUpgrade(request, `https://room/${row.id}?after=${after}`, { role: "admin", id: String(admin.id) }, admin.name);
  const response = await roomOf(c.env, c.principal.workspaceId, row.id).fetch(forwarded);
  // Before answering, so that offboarding a moment later finds this socket too.
  if (response.status === 101) await hubOf(c.env, c.principal.workspaceId).watching(admin.id, row.id);
  return response;
};
