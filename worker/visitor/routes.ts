import { z } from "zod";
import { MAX_ATTACHMENTS } from "../../shared/attachments.ts";
import { conversationById, conversationsOfContact } from "../db/conversations.ts";
import { insertEvent } from "../db/events.ts";
import type { AppRouter } from "../http/api.ts";
import { readJson } from "../http/body.ts";
import { param, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { forwardUpgrade } from "../conversation/handshake.ts";
import { evaluateContactSoon } from "../engage/evaluateNow.ts";
import { startConversation } from "../conversation/service.ts";
import { channelOf, roomOf } from "../durable/stubs.ts";
import { CORS_HEADERS, corsRoute } from "../http/cors.ts";
import { limitContact, MESSENGER_EVENTS, NEW_CONVERSATIONS } from "../http/contactLimits.ts";
import { uploadVisitorAttachment } from "./attachments.ts";
import { limitNewVisitors } from "./bootLimit.ts";
import { confirmEmailPage } from "./confirmEmailPage.ts";
import { confirmEmailOptIn, requestEmailOptIn } from "./emailOptIn.ts";
import { identifyVisitor } from "./identify.ts";
import { getRating, rateConversation } from "./rating.ts";
import { messengerHome } from "./messengerHome.ts";
import { conversationForVisitor, visitorContactView } from "./messengerViews.ts";
import { visitorSession, workspaceOf } from "./session.ts";
import { settingsSchema } from "./settings.ts";

const visitBody = z.object({
  settings: settingsSchema.default({}),
  token: z.string().max(512).nullable().optional(),
  visitor_id: z.string().max(64).nullable().optional(),
  page_url: z.string().max(2048).nullable().optional(),
});

const boot: Handler = async (request, c) => {
  const workspace = await workspaceOf(request, c);
  const body = await readJson(request, visitBody);
  await limitNewVisitors(request, c, workspace, body.token ?? null);
  const { contact, token } = await identifyVisitor(c, workspace, {
    settings: body.settings,
    token: body.token ?? null,
    visitorId: body.visitor_id ?? null,
    pageUrl: body.page_url ?? null,
  });
  c.defer(evaluateContactSoon(c, workspace.id, contact.id));
  const [conversations, home] = await Promise.all([conversationsOfContact(c.db, workspace.id, contact.id), messengerHome(c, workspace.id)]);
  const list = conversations.map(conversationForVisitor);
  return Response.json({
    visitor_id: contact.id,
    token,
    contact: visitorContactView(contact),
    app: { app_id: workspace.appId, name: workspace.name },
    team: home.team,
    office_hours: home.office_hours,
    conversations: list,
    unread: list.reduce((sum, conv) => sum + conv.unread, 0),
  });
};

const events: Handler = async (request, c) => {
  const { workspace, contact } = await visitorSession(request, c);
  await limitContact(c, workspace.id, contact.id, MESSENGER_EVENTS);
  const body = await readJson(request, z.object({ event_name: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_ .:-]{0,99}$/), metadata: z.record(z.string(), z.unknown()).optional() }));
  await insertEvent(c.db, { workspaceId: workspace.id, contactId: contact.id, name: body.event_name, createdAt: c.now, metadata: body.metadata ?? {} });
  return new Response(null, { status: 202 });
};

const listConversations: Handler = async (request, c) => {
  const { workspace, contact } = await visitorSession(request, c);
  return Response.json({ conversations: (await conversationsOfContact(c.db, workspace.id, contact.id)).map(conversationForVisitor) });
};

const createConversation: Handler = async (request, c) => {
  const { workspace, contact } = await visitorSession(request, c);
  await limitContact(c, workspace.id, contact.id, NEW_CONVERSATIONS);
  const body = await readJson(request, z.object({ client_id: z.string().min(1).max(64), body: z.string(), page_url: z.string().max(2048).nullable().optional(), time_zone: z.string().max(64).optional(), attachments: z.array(z.string().max(4096)).max(MAX_ATTACHMENTS).optional() }));
  const { conversation, part } = await startConversation(c, workspace.id, {
    uploads: body.attachments ?? [],
    contact,
    author: { type: "user", id: contact.id, name: contact.name },
    body: body.body,
    clientId: body.client_id,
    pageUrl: body.page_url ?? contact.lastPageUrl,
    timeZone: body.time_zone ?? null,
  });
  const fresh = (await conversationById(c.db, workspace.id, conversation.id)) ?? conversation;
  return Response.json({ conversation: conversationForVisitor(fresh), part });
};

async function ownConversation(request: Parameters<Handler>[0], c: Parameters<Handler>[1]) {
  const session = await visitorSession(request, c);
  const id = Number(param(request, "id"));
  const row = Number.isInteger(id) ? await conversationById(c.db, session.workspace.id, id) : undefined;
  // Someone else's conversation is indistinguishable from a missing one.
  if (!row || row.contactId !== session.contact.id) throw notFound("Conversation");
  return { ...session, row };
}

const getConversation: Handler = async (request, c) => {
  const { workspace, row } = await ownConversation(request, c);
  const snapshot = await roomOf(c.env, workspace.id, row.id).snapshot("user");
  if (!snapshot) throw notFound("Conversation");
  return Response.json({ conversation: conversationForVisitor(row), parts: snapshot.parts });
};

const conversationSocket: Handler = async (request, c) => {
  if (request.headers.get("upgrade") !== "websocket") throw new ApiError("parameter_invalid", "Expected a WebSocket upgrade.");
  const { workspace, contact, row } = await ownConversation(request, c);
  const url = new URL(request.url);
  const target = `https://room/${row.id}?after=${Number(url.searchParams.get("after") ?? "0") || 0}`;
  return roomOf(c.env, workspace.id, row.id).fetch(forwardUpgrade(request, target, { role: "user", id: contact.id }, contact.name));
};

const channelSocket: Handler = async (request, c) => {
  if (request.headers.get("upgrade") !== "websocket") throw new ApiError("parameter_invalid", "Expected a WebSocket upgrade.");
  const { workspace, contact } = await visitorSession(request, c);
  const channel = channelOf(c.env, workspace.id, contact.id);
  return channel.fetch(forwardUpgrade(request, "https://channel/", { role: "user", id: contact.id }, contact.name));
};



export function registerMessengerRoutes(router: AppRouter): void {
  router
    .options("/messenger/*", () => new Response(null, { status: 204, headers: CORS_HEADERS }))
    .post("/messenger/:app_id/boot", corsRoute(boot))
    .post("/messenger/:app_id/update", corsRoute(boot))
    .post("/messenger/:app_id/events", corsRoute(events))
    .get("/messenger/:app_id/conversations", corsRoute(listConversations))
    .post("/messenger/:app_id/conversations", corsRoute(createConversation))
    .post("/messenger/:app_id/attachments", corsRoute(uploadVisitorAttachment))
    .get("/messenger/:app_id/conversations/:id", corsRoute(getConversation))
    .get("/messenger/:app_id/conversations/:id/ws", conversationSocket)
    .get("/messenger/:app_id/conversations/:id/rating", corsRoute(getRating))
    .post("/messenger/:app_id/conversations/:id/rating", corsRoute(rateConversation))
    .get("/messenger/:app_id/ws", channelSocket)
    .post("/messenger/:app_id/email", corsRoute(requestEmailOptIn))
    .post("/messenger/:app_id/email/confirm", confirmEmailOptIn)
    .get("/messenger/:app_id/confirm-email", confirmEmailPage);
}
