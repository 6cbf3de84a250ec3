// workerd refuses work for a Durable Object whose queue is full with an error carrying
// `overloaded: true`. Retrying at once only feeds the queue, so the client gets a 503 with
// Retry-After (jittered, so a crowd does not come back together) instead of a generic 500.
import type { ErrorList } from "../../shared/api-types.ts";

export function isOverloaded(error: unknown): boolean {
  return error instanceof Error && "overloaded" in error && error.overloaded === true;
}

/** Seconds to wait: 5 to 15, spread by `random` in [0, 1). */
export function retryAfterSeconds(random: number): number {
  return 5 + Math.floor(Math.min(0.999, Math.max(0, random)) * 11);
}

export function overloadedResponse(requestId: string, random = Math.random()): Response {
  const body = { type: "error.list", request_id: requestId, errors: [{ code: "service_unavailable", message: "This conversation is busy; try again in a few seconds." }] } satisfies ErrorList;
  return Response.json(body, { status: 503, headers: { "retry-after": String(retryAfterSeconds(random)) } });
}
