import { Router, type IRequest } from "itty-router";
import { acceptInvite, createInvite, listInvites, lookupInvite } from "../admin/invites.ts";
import { currentSession, login, logout } from "../admin/session.ts";
import { createToken, listTokens, revokeTokenRoute } from "../admin/tokens.ts";
import { getAdmin, getMe, listAdmins } from "../api/admins.ts";
import {
  createContact,
  deleteContactRoute,
  findContactByExternalId,
  getContact,
  listContacts,
  searchContacts,
  updateContactRoute,
} from "../api/contacts.ts";
import { createEvent } from "../api/events.ts";
import { getTeam, listTeams } from "../api/teams.ts";
import { authenticate } from "./auth.ts";
import type { AuthedHandler, Ctx, Handler } from "./context.ts";
import { ApiError, toErrorResponse } from "./errors.ts";

/** REST routes take an API token or, from the admin app, the session cookie. */
const api =
  (handler: AuthedHandler): Handler =>
  async (request, c) =>
    handler(request, { ...c, principal: await authenticate(request, c.db, c.now, c.defer) });

const router = Router<IRequest, [Ctx]>({
  catch: (error: unknown, request: IRequest, c: Ctx) =>
    toErrorResponse(c.requestId, error, { method: request.method, path: new URL(request.url).pathname }),
});

router
  .get("/api/me", api(getMe))
  .get("/api/admins", api(listAdmins))
  .get("/api/admins/:id", api(getAdmin))
  .get("/api/teams", api(listTeams))
  .get("/api/teams/:id", api(getTeam))
  .post("/api/contacts/search", api(searchContacts))
  .get("/api/contacts/find_by_external_id/:external_id", api(findContactByExternalId))
  .get("/api/contacts", api(listContacts))
  .post("/api/contacts", api(createContact))
  .get("/api/contacts/:id", api(getContact))
  .put("/api/contacts/:id", api(updateContactRoute))
  .delete("/api/contacts/:id", api(deleteContactRoute))
  .post("/api/events", api(createEvent))
  .post("/admin/api/login", login)
  .post("/admin/api/logout", logout)
  .get("/admin/api/session", currentSession)
  .get("/admin/api/tokens", listTokens)
  .post("/admin/api/tokens", createToken)
  .delete("/admin/api/tokens/:id", revokeTokenRoute)
  .get("/admin/api/invites", listInvites)
  .post("/admin/api/invites", createInvite)
  .get("/admin/api/invites/lookup", lookupInvite)
  .post("/admin/api/invites/accept", acceptInvite)
  .all("/api/*", () => {
    throw new ApiError("not_found", "Resource Not Found");
  })
  .all("/admin/api/*", () => {
    throw new ApiError("not_found", "Resource Not Found");
  });

export { router };
