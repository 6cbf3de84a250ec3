import type { Part } from "../../shared/protocol.ts";
import { openDb } from "../db/client.ts";
import { contactById } from "../db/contacts.ts";
import { workspaceById } from "../db/workspaces.ts";
import { DEFAULT_FROM, mailerFor } from "../engage/mailer.ts";
import type { Env } from "../env.ts";
import { replyAddress } from "../identity/replyAddress.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { continuationEmail } from "./continuationEmail.ts";
import { awaitsEmail, emailDelaySeconds, emailPlan } from "./emailDue.ts";
import type { RoomState } from "./roomState.ts";

/** The Reply-To domain: the sender's own, where Email Routing hands replies to this Worker. */
export function replyDomain(env: Env): string {
  const from = env.PARLEY_EMAIL_FROM ?? DEFAULT_FROM;
  return from.slice(from.lastIndexOf("@") + 1) || "example.com";
}

/**
 * A room's side of email continuation: when to wake up for its admins' comments, and at wake-up
 * the comments due (emailPlan) sent through the Mailer. The last seq handled is kept in the room's
 * own SQLite and moves before sending: an email is sent at most once.
 */
export class EmailFollowUp {
  constructor(
    private readonly sql: SqlStorage,
    private readonly env: Env,
  ) {}

  private delayS(): number {
    return emailDelaySeconds(this.env.PARLEY_EMAIL_DELAY_S);
  }

  /** When the room should wake for these new parts (unix seconds), or null when none may be emailed. */
  wakeFor(state: RoomState, parts: readonly Part[]): number | null {
    if (state.contactRepliedAt === null) return null;
    const times = parts.filter(awaitsEmail).map((p) => p.created_at + this.delayS());
    return times.length > 0 ? Math.min(...times) : null;
  }

  /** Sends what is due; returns when the next comment falls due, or null. */
  async sendDue(state: RoomState, partsAfter: (seq: number) => Part[], now: number): Promise<number | null> {
    const { meta } = state;
    const emailedSeq = this.emailedSeq();
    const parts = partsAfter(Math.max(meta.readUser, emailedSeq));
    const plan = emailPlan({ parts, readUser: meta.readUser, contactWrote: state.contactRepliedAt !== null, emailedSeq, now, delayS: this.delayS() });
    const last = plan.due.at(-1);
    if (!last) return plan.nextAt;
    this.setEmailedSeq(last.seq);
    const db = openDb(this.env.DB);
    const [contact, workspace] = await Promise.all([contactById(db, meta.workspaceId, meta.contactId), workspaceById(db, meta.workspaceId)]);
    if (!contact?.email || !workspace) return plan.nextAt;
    const target = { workspaceId: meta.workspaceId, conversationId: meta.conversationId };
    const replyTo = await replyAddress(secretKeyText(this.env), target, replyDomain(this.env));
    const mailer = mailerFor(this.env, db);
    for (const part of plan.due) {
      const content = continuationEmail({ body: part.body, adminName: part.author.name, workspaceName: workspace.name });
      await mailer
        .send({ workspaceId: workspace.id, deliveryId: null, contactId: contact.id, conversationId: meta.conversationId, to: contact.email, replyTo, fromName: part.author.name ?? workspace.name, ...content, sentAt: now })
        .catch((error: unknown) => console.error(JSON.stringify({ level: "error", where: "EmailFollowUp.sendDue", conversationId: meta.conversationId, seq: part.seq, error: String(error) })));
    }
    return plan.nextAt;
  }

  private emailedSeq(): number {
    this.sql.exec("CREATE TABLE IF NOT EXISTS email_follow_up (id INTEGER PRIMARY KEY CHECK (id = 1), emailed_seq INTEGER NOT NULL)");
    const value = this.sql.exec("SELECT emailed_seq FROM email_follow_up WHERE id = 1").toArray()[0]?.emailed_seq;
    return typeof value === "number" ? value : 0;
  }

  private setEmailedSeq(seq: number): void {
    this.sql.exec("INSERT INTO email_follow_up (id, emailed_seq) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET emailed_seq = excluded.emailed_seq", seq);
  }
}
