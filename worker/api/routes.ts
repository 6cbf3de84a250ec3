import type { AppRouter } from "../http/api.ts";
import { api } from "../http/api.ts";
import { getAdmin, getMe, listAdmins } from "./admins.ts";
import {
  createContact,
  deleteContactRoute,
  findContactByExternalId,
  getContact,
  listContacts,
  searchContacts,
  updateContactRoute,
} from "./contacts.ts";
import {
  createConversationRoute,
  getConversationRoute,
  listConversationsRoute,
  partsRoute,
  replyRoute,
  searchConversationsRoute,
} from "./conversations.ts";
import { createNoteRoute, listNotesRoute } from "./contactNotes.ts";
import { serveAttachment } from "./attachmentServe.ts";
import { createEvent } from "./events.ts";
import { devChaosRoute } from "./devChaos.ts";
import { deleteOfficeHoursRoute, getOfficeHours, putOfficeHours } from "./officeHours.ts";
import { getTeam, listTeams } from "./teams.ts";
import { exportRoute } from "./exportRoute.ts";
import { importRoute } from "./importRoute.ts";

export function registerCoreRoutes(router: AppRouter): void {
  router
    .get("/api/me", api(getMe))
    .post("/api/__dev/chaos", api(devChaosRoute))
    .get("/api/admins", api(listAdmins))
    .get("/api/admins/:id", api(getAdmin))
    .get("/api/teams", api(listTeams))
    .get("/api/teams/:id", api(getTeam))
    .get("/api/office_hours", api(getOfficeHours))
    .put("/api/office_hours", api(putOfficeHours))
    .delete("/api/office_hours", api(deleteOfficeHoursRoute))
    .post("/api/contacts/search", api(searchContacts))
    .get("/api/contacts/find_by_external_id/:external_id", api(findContactByExternalId))
    .get("/api/contacts", api(listContacts))
    .post("/api/contacts", api(createContact))
    .get("/api/contacts/:id", api(getContact))
    .put("/api/contacts/:id", api(updateContactRoute))
    .delete("/api/contacts/:id", api(deleteContactRoute))
    .post("/api/contacts/:id/notes", api(createNoteRoute))
    .get("/api/contacts/:id/notes", api(listNotesRoute))
    .post("/api/events", api(createEvent))
    .get("/api/export", api(exportRoute))
    .post("/api/import", api(importRoute))
    .post("/api/conversations/search", api(searchConversationsRoute))
    .get("/api/conversations", api(listConversationsRoute))
    .post("/api/conversations", api(createConversationRoute))
    .get("/api/conversations/:id", api(getConversationRoute))
    .post("/api/conversations/:id/reply", api(replyRoute))
    .post("/api/conversations/:id/parts", api(partsRoute))
    .get("/attachments/*", serveAttachment);
}
