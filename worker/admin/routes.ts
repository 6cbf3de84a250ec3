import type { AppRouter } from "../http/api.ts";
import { adminConversationSocket } from "./conversationSocket.ts";
import { acceptInvite, createInvite, listInvites, lookupInvite } from "./invites.ts";
import { currentSession, login, logout } from "./session.ts";
import { createToken, listTokens, revokeTokenRoute } from "./tokens.ts";

export function registerAdminRoutes(router: AppRouter): void {
  router
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
    .get("/admin/api/conversations/:id/ws", adminConversationSocket);
}
