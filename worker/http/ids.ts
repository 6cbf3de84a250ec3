import type { IRequest } from "itty-router";
import { param } from "./context.ts";
import { notFound } from "./errors.ts";

/** Admin and team ids are integers in storage and strings on the wire; anything else cannot exist. */
export function numericId(request: IRequest, name: string, what: string): number {
  const raw = param(request, name);
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw notFound(what);
  return Number(raw);
}
