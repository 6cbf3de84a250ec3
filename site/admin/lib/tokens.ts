import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export interface ApiToken {
  id: string;
  name: string;
  hint: string;
  adminId: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

function parseToken(f: Fields): ApiToken {
  return {
    id: f.id("id"),
    name: f.str("name"),
    hint: f.str("hint"),
    adminId: f.id("admin_id"),
    createdAt: f.time("created_at"),
    lastUsedAt: f.optTime("last_used_at"),
    revokedAt: f.optTime("revoked_at"),
  };
}

export function listTokens(signal: AbortSignal): Promise<ApiToken[]> {
  return request("GET", "/admin/api/tokens", (payload) => fields(payload).list("data", parseToken), { signal });
}

export interface CreatedToken {
  token: ApiToken;
  secret: string;
}

export function createToken(name: string): Promise<CreatedToken> {
  return request(
    "POST",
    "/admin/api/tokens",
    (payload) => {
      const root = fields(payload);
      return { token: parseToken(root.obj("token")), secret: root.str("secret") };
    },
    { body: { name } },
  );
}

export function revokeToken(id: string): Promise<void> {
  return send("DELETE", `/admin/api/tokens/${encodeURIComponent(id)}`);
}
