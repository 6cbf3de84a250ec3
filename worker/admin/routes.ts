import type { AppRouter } from "../http/api.ts";
import { contactProfile, createContactNote, listContactNotes } from "./contactProfile.ts";
import { bulkDeleteContacts, bulkTagContacts, exportContacts, searchContactRows } from "./contactsBulk.ts";
import { uploadAdminAttachment } from "./attachments.ts";
import { adminConversationSocket } from "./conversationSocket.ts";
import { inboxSocket, setAway } from "./inbox.ts";
import { listInboxConversations } from "./inboxList.ts";
import { deleteTagAdminRoute, listTagUsage, renameTagRoute } from "./tags.ts";
import { reports } from "./reports.ts";
import { conversationRating } from "./conversationRating.ts";
import { createSavedReply, editSavedReply, listSavedReplies, removeSavedReply } from "./savedReplies.ts";
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
    .post("/admin/api/conversations/:id/attachments", uploadAdminAttachment)
    .get("/admin/api/inbox/ws", inboxSocket)
    .get("/admin/api/inbox/conversations", listInboxConversations)
    .get("/admin/api/tags", listTagUsage)
    .patch("/admin/api/tags/:id", renameTagRoute)
    .delete("/admin/api/tags/:id", deleteTagAdminRoute)
    .put("/admin/api/me/away", setAway)
    .post("/admin/api/teams", createTeam)
    .patch("/admin/api/teams/:id", renameTeamRoute)
    .delete("/admin/api/teams/:id", deleteTeamRoute)
    .put("/admin/api/teams/:id/members/:admin_id", changeMember(true))
    .delete("/admin/api/teams/:id/members/:admin_id", changeMember(false))
    .get("/admin/api/routing-rules", listRoutingRules)
    .put("/admin/api/routing-rules", saveRoutingRules)
    .get("/admin/api/reports", reports)
    .post("/admin/api/contacts/search", searchContactRows)
    .post("/admin/api/contacts/bulk_delete", bulkDeleteContacts)
    .post("/admin/api/contacts/bulk_tag", bulkTagContacts)
    .post("/admin/api/contacts/export", exportContacts)
    .get("/admin/api/contacts/:id", contactProfile)
    .get("/admin/api/contacts/:id/notes", listContactNotes)
    .post("/admin/api/contacts/:id/notes", createContactNote)
    .get("/admin/api/conversations/:id/rating", conversationRating)
    .get("/admin/api/saved-replies", listSavedReplies)
    .post("/admin/api/saved-replies", createSavedReply)
    .put("/admin/api/saved-replies/:id", editSavedReply)
    .delete("/admin/api/saved-replies/:id", removeSavedReply);
}
