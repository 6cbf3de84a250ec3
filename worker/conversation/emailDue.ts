import type { Part } from "../../shared/protocol.ts";

// Email continuation (CONTRACT §7): an admin's comment that no messenger of the contact has shown
// within the delay goes to the contact by email. A messenger that shows a part marks it read, so
// "shown" is the contact's read marker; a contact who wrote after it has read it too. It continues
// conversations the contact has written in: an outbound in-app message nobody answered stays in
// the messenger (sending it by email is what an email message is for, with its own consent rules).
export const DEFAULT_EMAIL_DELAY_S = 60;

/** PARLEY_EMAIL_DELAY_S as whole seconds; unset or unreadable means the default. */
export function emailDelaySeconds(value: string | undefined): number {
  const seconds = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : DEFAULT_EMAIL_DELAY_S;
}

export interface EmailPlanInput {
  /** The parts after the contact's read marker (more may come along; they are filtered here). */
  parts: readonly Part[];
  readUser: number;
  /** Whether the contact has written in the conversation yet. */
  contactWrote: boolean;
  /** The last seq already emailed (or passed over): nothing at or before it goes out again. */
  emailedSeq: number;
  now: number;
  delayS: number;
}

export interface EmailPlan {
  /** Comments to email now, in order. */
  due: Part[];
  /** When the next waiting comment falls due (unix seconds), or null when none waits. */
  nextAt: number | null;
}

export const awaitsEmail = (part: Part): boolean => part.part_type === "comment" && part.author.type === "admin";

export function emailPlan(input: EmailPlanInput): EmailPlan {
  const after = Math.max(input.readUser, input.emailedSeq);
  const due: Part[] = [];
  let nextAt: number | null = null;
  if (!input.contactWrote) return { due, nextAt };
  for (const part of input.parts) {
    if (part.seq <= after || !awaitsEmail(part)) continue;
    const at = part.created_at + input.delayS;
    if (at <= input.now) due.push(part);
    else nextAt = nextAt === null ? at : Math.min(nextAt, at);
  }
  return { due, nextAt };
}

/** The earlier of two wake-up times, either of which may be absent. */
export function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}
