import { liveTokenByHash, touchToken } from "../db/apiTokens.ts";
import type { Db } from "../db/client.ts";
import { liveSessionByHash } from "../db/sessions.ts";
import { sha256Hex } from "../identity/secrets.ts";
import { readCookie, sessionCookieName, tokenFromAuthorization } from "./credentials.ts";
import { ApiError } from "./errors.ts";
import { isSameOriginRequest } from "./origin.ts";

export interface Principal {
  workspaceId: number;
  adminId: number;
  via: "token" | "session";
  sessionHash?: string;
}

const TOUCH_EVERY_SECONDS = 3600;

/** API token first (what SDKs send), then the admin app's session cookie. */
export async function authenticate(request: Request, db: Db, now: number, defer: (p: Promise<unknown>) => void): Promise<Principal> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const secret = tokenFromAuthorization(authorization);
    const token = secret ? await liveTokenByHash(db, await sha256Hex(secret)) : undefined;
    if (!token) throw new ApiError("unauthorized", "Access Token Invalid");
    if (token.lastUsedAt === null || now - token.lastUsedAt > TOUCH_EVERY_SECONDS) {
      defer(touchToken(db, token.workspaceId, token.id, now));
    }
    return { workspaceId: token.workspaceId, adminId: token.adminId, via: "token" };
  }
  const session = await sessionOf(request, db, now);
  if (!session) throw new ApiError("unauthorized", "Access Token Invalid");
  requireSameOrigin(request);
  return session;
}

export async function sessionOf(request: Request, db: Db, now: number): Promise<Principal | null> {
  const value = readCookie(request.headers.get("cookie"), sessionCookieName(request.url));
  if (!value) return null;
  const sessionHash = await sha256Hex(value);
  const session = await liveSessionByHash(db, sessionHash, now);
  return session ? { workspaceId: session.workspaceId, adminId: session.adminId, via: "session", sessionHash } : null;
}

export function requireSameOrigin(request: Request): void {
  const ok = isSameOriginRequest({
    method: request.method,
    url: request.url,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
  });
  if (!ok) throw new ApiError("forbidden", "Cross-origin requests cannot change data with a session cookie.");
}
