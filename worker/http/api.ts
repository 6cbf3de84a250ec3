import type { IRequest, RouterType } from "itty-router";
import { authenticate } from "./auth.ts";
import type { AuthedHandler, Ctx, Handler } from "./context.ts";

export type AppRouter = RouterType<IRequest, [Ctx]>;

/** REST routes take an API token or, from the admin app, the session cookie. */
export const api =
  (handler: AuthedHandler): Handler =>
  async (request, c) =>
    handler(request, { ...c, principal: await authenticate(request, c.db, c.now, c.defer) });
