// Budgets per client address, per minute, for endpoints without credentials (help-center feedback,
// new messenger visitors, password resets), counted by the one limiter in windowLimit.ts.
import type { IRequest } from "itty-router";
import type { Ctx } from "./context.ts";
import { clientAddress } from "./clientAddress.ts";
import { RATE_WINDOW_SECONDS } from "./rateLimit.ts";
import { limitWindow } from "./windowLimit.ts";

export interface AddressLimit {
  /** Keeps the budgets of different endpoints apart in the one table. */
  scope: string;
  perMinute: number;
  refusal: string;
}

export async function limitAddress(request: IRequest, c: Ctx, workspaceId: number, limit: AddressLimit): Promise<void> {
  const { scope, perMinute, refusal } = limit;
  await limitWindow(c, workspaceId, clientAddress(request.headers, c.env), { scope, limit: perMinute, windowSeconds: RATE_WINDOW_SECONDS, refusal });
}
