import type { AppRouter } from "../http/api.ts";
import { adminConversationSocket } from "./conversationSocket.ts";
import { inboxSocket, setAway } from "./inbox.ts";
import { listInboxConversations } from "./inboxList.ts";
import { reports } from "./reports.ts";
import { listRoutingRules, saveRoutingRules } from "./routing.ts";
import { changeMember, createTeam, deleteTeamRoute, renameTeamRoute } from "./teams.ts";
import { acceptInvite, createInvite, listInvites, lookupInvite } from "./invites.ts";
import { currentSession, login, logout } from "./session.ts";
import { completePasswordReset, requestPasswordReset } from "./passwordReset.ts";
import { registerSecurityRoutes } from "./securityRoutes.ts";
import { createToken, listTokens, revokeTokenRoute } from "./tokens.ts";

export function registerAdminRoutes(router: AppRouter): void {
  registerSecurityRoutes(router);
  router
    .post("/admin/api/login", login)
    .post("/admin/api/logout", logout)
    .post("/admin/api/password-reset", requestPasswordReset)
    .post("/admin/api/password-reset/complete", completePasswordReset)
    .get("/admin/api/session", currentSession)
    .get("/admin/api/tokens", listTokens)
    .post("/admin/api/tokens", createToken)
    .delete("/admin/api/tokens/:id", revokeTokenRoute)
    .get("/admin/api/invites", listInvites)
    .post("/admin/api/invites", createInvite)
    .post("/admin/api/invites/lookup", lookupInvite)
    .post("/admin/api/invites/accept", acceptInvite)
    .get("/admin/api/conversations/:id/ws", adminConversationSocket)
    .get("/admin/api/inbox/ws", inboxSocket)
    .get("/admin/api/inbox/conversations", listInboxConversations)
    .put("/admin/api/me/away", setAway)
    .post("/admin/api/teams", createTeam)
    .patch("/admin/api/teams/:id", renameTeamRoute)
    .delete("/admin/api/teams/:id", deleteTeamRoute)
    .put("/admin/api/teams/:id/members/:admin_id", changeMember(true))
    .delete("/admin/api/teams/:id/members/:admin_id", changeMember(false))
    .get("/admin/api/routing-rules", listRoutingRules)
    .put("/admin/api/routing-rules", saveRoutingRules)
    .get("/admin/api/reports", reports);
}
