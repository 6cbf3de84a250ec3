import { adminById } from "../db/admins.ts";
import type { Db } from "../db/client.ts";
import { conversationById } from "../db/conversations.ts";
import { workspaceById } from "../db/workspaces.ts";
import type { AssignedNotice } from "../durable/assignedNotice.ts";
import { mailerFor } from "../engage/mailer.ts";
import type { Env } from "../env.ts";
import { assignedEmail, needsAssignedEmail } from "./assignedEmail.ts";

/** Emails the assignee when they are away or offline (the hub tells whether a socket of theirs is open). */
export async function emailAssignee(env: Env, db: Db, workspaceId: number, notice: AssignedNotice, online: boolean): Promise<boolean> {
  const admin = await adminById(db, workspaceId, notice.adminId);
  if (!admin || admin.disabledAt !== null || !needsAssignedEmail({ online, away: admin.away })) return false;
  const [workspace, conversation] = await Promise.all([workspaceById(db, workspaceId), conversationById(db, workspaceId, notice.conversationId)]);
  if (!workspace) return false;
  const base = env.PARLEY_PUBLIC_URL ?? "http://127.0.0.1:8787";
  const url = new URL(`/admin/#/inbox/mine/open/${notice.conversationId}`, base).toString();
  const content = assignedEmail({ adminName: admin.name, byName: notice.byName, workspaceName: workspace.name, preview: conversation?.lastPartPreview ?? "", url });
  // No conversation_id: GET /api/emails?conversation_id= lists the conversation's own emails to the contact.
  await mailerFor(env, db).send({ workspaceId, deliveryId: null, to: admin.email, fromName: workspace.name, ...content, sentAt: Math.floor(Date.now() / 1000) });
  return true;
}
