import { env, exports } from "cloudflare:workers";
import { insertAdmin } from "../../worker/db/admins.ts";
import { insertToken } from "../../worker/db/apiTokens.ts";
import { openDb } from "../../worker/db/client.ts";
import { addTeamMember, insertTeam } from "../../worker/db/teams.ts";
import { insertWorkspace } from "../../worker/db/workspaces.ts";
import { hashPassword } from "../../worker/identity/password.ts";
import { randomSecret, secretHint, sha256Hex } from "../../worker/identity/secrets.ts";

export const BASE = "http://127.0.0.1:8787";
export const db = () => openDb(env.DB);
const now = () => Math.floor(Date.now() / 1000);
let counter = 0;

export interface TestWorkspace {
  workspaceId: number;
  appId: string;
  ownerId: number;
  ownerEmail: string;
  password: string;
  token: string;
  tokenId: number;
}

/** A fresh workspace per test keeps tests independent of each other's rows. */
export async function aWorkspace(options: { password?: string; iterations?: number } = {}): Promise<TestWorkspace> {
  const d = db();
  const appId = `ws${Date.now().toString(36)}${(counter++).toString(36)}`;
  const workspace = await insertWorkspace(d, { appId, name: `Workspace ${appId}`, identitySecret: "s3cret", createdAt: now() });
  const password = options.password ?? "correct horse battery";
  const ownerEmail = `owner@${appId}.example`;
  const owner = await insertAdmin(d, {
    workspaceId: workspace.id,
    email: ownerEmail,
    name: `Owner of ${appId}`,
    passwordHash: await hashPassword(password, options.iterations ?? 1000),
    role: "owner",
    createdAt: now(),
  });
  const token = randomSecret("parley");
  const row = await insertToken(d, {
    workspaceId: workspace.id,
    adminId: owner.id,
    name: "test",
    tokenHash: await sha256Hex(token),
    tokenHint: secretHint(token),
    createdAt: now(),
  });
  return { workspaceId: workspace.id, appId, ownerId: owner.id, ownerEmail, password, token, tokenId: row.id };
}

export async function aTeam(ws: TestWorkspace, name: string, adminIds: number[]): Promise<number> {
  const team = await insertTeam(db(), { workspaceId: ws.workspaceId, name, createdAt: now() });
  for (const adminId of adminIds) await addTeamMember(db(), { workspaceId: ws.workspaceId, teamId: team.id, adminId });
  return team.id;
}

export function call(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  return exports.default.fetch(new Request(`${BASE}${path}`, { ...init, headers, body }));
}

export async function errorCode(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("errors" in body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  return typeof first === "object" && first !== null && "code" in first && typeof first.code === "string" ? first.code : undefined;
}
