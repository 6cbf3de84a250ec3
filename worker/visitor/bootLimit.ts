import type { IRequest } from "itty-router";
import { limitAddress } from "../http/addressLimit.ts";
import type { Ctx } from "../http/context.ts";

/** New anonymous visitors create contacts: each client address may start 30 a minute per workspace. */
export const NEW_VISITORS_PER_MINUTE = 30;

/** Load tests raise it with the NEW_VISITORS_PER_MINUTE var; nothing else should. */
function limitOf(c: Ctx): number {
  const configured = Number(c.env.NEW_VISITORS_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : NEW_VISITORS_PER_MINUTE;
}

export async function limitNewVisitors(request: IRequest, c: Ctx, workspaceId: number): Promise<void> {
  await limitAddress(request, c, workspaceId, { scope: "boot-rate", perMinute: limitOf(c), refusal: "Too many new visitors from this address; try again in a minute." });
}
