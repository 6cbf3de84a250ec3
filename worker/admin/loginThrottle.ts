// The sign-in throttle (issue 12, item 7). Each attempt is written before the password is checked
// and counted in the same transaction, so 500 parallel guesses get at most the budget's worth of
// checks. Two budgets: per email and address (worker/identity/loginLimit.ts's MAX_FAILURES), and
// per address across every email, against one address spraying one password over many accounts.
import type { IRequest } from "itty-router";
import { forgetAttempts, forgetKey, recordAttempt } from "../db/loginAttempts.ts";
import { decideAttempts } from "../http/attemptLimit.ts";
import { clientAddress } from "../http/clientAddress.ts";
import type { Ctx } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { MAX_FAILURES, WINDOW_SECONDS } from "../identity/loginLimit.ts";
import { sha256Hex } from "../identity/secrets.ts";

/** Failed sign-ins one address may make across all emails in WINDOW_SECONDS. */
export const ADDRESS_FAILURES = 30;

export interface LoginAttempt {
  /** The password was right: the attempt was no failure, and this email's failures are forgiven. */
  succeeded(): Promise<void>;
}

export async function startLoginAttempt(request: IRequest, c: Ctx, email: string): Promise<LoginAttempt> {
  const address = clientAddress(request.headers, c.env);
  // The email key is the one sign-in used before, so failures recorded then still count.
  const [emailKey, addressKey] = await Promise.all([sha256Hex(`${email}|${address}`), sha256Hex(`address|${address}`)]);
  const since = c.now - WINDOW_SECONDS;
  const [byEmail, byAddress] = await Promise.all([recordAttempt(c.db, emailKey, c.now, since), recordAttempt(c.db, addressKey, c.now, since)]);
  const decisions = [decideAttempts(byEmail.times, c.now, MAX_FAILURES, WINDOW_SECONDS), decideAttempts(byAddress.times, c.now, ADDRESS_FAILURES, WINDOW_SECONDS)];
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length > 0) {
    // A refused attempt checks nothing, so it is no failure: a flood must not extend the lockout.
    await forgetAttempts(c.db, [byEmail.id, byAddress.id]);
    const wait = Math.max(...refused.map((d) => d.retryAfterSeconds));
    throw new ApiError("rate_limit_exceeded", `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`, { "retry-after": String(wait) });
  }
  return {
    async succeeded() {
      await Promise.all([forgetKey(c.db, emailKey), forgetAttempts(c.db, [byAddress.id])]);
    },
  };
}
