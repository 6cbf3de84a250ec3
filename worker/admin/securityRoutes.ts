import type { AppRouter } from "../http/api.ts";
import { getIdentitySettings, putIdentitySettings, revealIdentitySecret, rotateIdentitySecretRoute } from "./identitySettings.ts";
import { revokeInviteRoute } from "./invites.ts";
import { listMembers, removeMember, setMemberDisabled } from "./members.ts";
import { changePassword, signOutEverywhere } from "./session.ts";

/** Identity settings, offboarding and the admin's own credentials (issue 12). */
export function registerSecurityRoutes(router: AppRouter): void {
  router
    .get("/admin/api/settings/identity", getIdentitySettings)
    .put("/admin/api/settings/identity", putIdentitySettings)
    .post("/admin/api/settings/identity/secret", revealIdentitySecret)
    .post("/admin/api/settings/identity/rotate", rotateIdentitySecretRoute)
    .get("/admin/api/members", listMembers)
    .put("/admin/api/members/:id/disabled", setMemberDisabled)
    .delete("/admin/api/members/:id", removeMember)
    .delete("/admin/api/invites/:id", revokeInviteRoute)
    .post("/admin/api/me/password", changePassword)
    .post("/admin/api/me/sign-out-everywhere", signOutEverywhere);
}
