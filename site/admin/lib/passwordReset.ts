import { request, send } from "./api.ts";
import { parseSession, type Session } from "./session.ts";

/** The answer is the same whether or not the email has an account, so there is nothing to return. */
export function askPasswordReset(email: string): Promise<void> {
  return send("POST", "/admin/api/password-reset", { body: { email } });
}

/** The token travels in the body: a URL would leave it in logs and Referer headers. */
export function completePasswordReset(token: string, password: string): Promise<Session> {
  return request("POST", "/admin/api/password-reset/complete", parseSession, { body: { token, password } });
}
