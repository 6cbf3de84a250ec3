// However many messages match a contact, one address gets a bounded number of emails a day from
// one workspace: a mistaken campaign or a flood of auto messages cannot turn Parley into a
// mail cannon aimed at one inbox. Wired in worker/engage/deliver.ts.
export const EMAILS_PER_RECIPIENT_PER_DAY = 5;
export const EMAIL_CAP_WINDOW_SECONDS = 24 * 3600;

/** Whether one more email may go to an address that got `sentInWindow` in the last 24 hours. */
export function mayEmailAgain(sentInWindow: number, limit = EMAILS_PER_RECIPIENT_PER_DAY): boolean {
  return sentInWindow < limit;
}
