import { z } from "zod";
import { insertToken, revokeToken, tokensOf, type ApiToken } from "../db/apiTokens.ts";
import { readJson } from "../http/body.ts";
import type { Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { randomSecret, secretHint, sha256Hex } from "../identity/secrets.ts";
import { numericId } from "../http/ids.ts";
import { requireOwner, withSession } from "../http/guard.ts";

const tokenView = (t: ApiToken) => ({
  id: String(t.id),
  name: t.name,
  hint: t.tokenHint,
  admin_id: String(t.adminId),
  created_at: t.createdAt,
  last_used_at: t.lastUsedAt,
  revoked_at: t.revokedAt,
});

export const listTokens: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "API tokens");
  return Response.json({ data: (await tokensOf(c.db, c.principal.workspaceId)).map(tokenView) });
};

export const createToken: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const owner = await requireOwner(c, "API tokens");
  const { name } = await readJson(request, z.object({ name: z.string().trim().min(1).max(100) }));
  const secret = randomSecret("parley");
  const token = await insertToken(c.db, {
    workspaceId: c.principal.workspaceId,
    adminId: owner.id,
    name,
    tokenHash: await sha256Hex(secret),
    tokenHint: secretHint(secret),
    createdAt: c.now,
  });
  return Response.json({ token: tokenView(token), secret });
};

export const revokeTokenRoute: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "API tokens");
  if (!(await revokeToken(c.db, c.principal.workspaceId, numericId(request, "id", "Token"), c.now))) throw notFound("Token");
  return new Response(null, { status: 204 });
};
