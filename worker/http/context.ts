import type { IRequest } from "itty-router";
import type { Db } from "../db/client.ts";
import type { Env } from "../env.ts";
import type { Principal } from "./auth.ts";
import { decodePathPart, malformedPath } from "./paths.ts";

/** What every handler gets besides the request; built once per request in worker/index.ts. */
export interface Ctx {
  env: Env;
  db: Db;
  requestId: string;
  now: number;
  defer: (promise: Promise<unknown>) => void;
}

export interface AuthedCtx extends Ctx {
  principal: Principal;
}

export type Handler = (request: IRequest, c: Ctx) => Promise<Response> | Response;
export type AuthedHandler = (request: IRequest, c: AuthedCtx) => Promise<Response> | Response;

export function param(request: IRequest, name: string): string {
  const value = request.params[name];
  if (value === undefined) return "";
  const decoded = decodePathPart(value);
  if (decoded === null) throw malformedPath();
  return decoded;
}

export function queryString(request: IRequest, name: string): string | undefined {
  const value = request.query[name];
  return Array.isArray(value) ? value[0] : value;
}
