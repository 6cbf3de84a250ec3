// Shared request pieces of the Engage API: rules validated by the one parser, admin ids checked.
import { z } from "zod";
import { parseRule, type Rule } from "../../shared/rules/index.ts";
import { adminById } from "../db/admins.ts";
import type { Db } from "../db/client.ts";
import { ApiError } from "../http/errors.ts";

export const channelSchema = z.enum(["in_app", "email"]);
export const stateSchema = z.enum(["live", "paused", "draft"]);
/** Intercom-style ids arrive as strings or numbers. */
export const idSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(Number);
export const messageBodySchema = z.string().trim().min(1).max(8000);
export const subjectSchema = z.string().max(300).nullable().optional();

export function ruleFrom(input: unknown, path: string): Rule {
  if (input === undefined) throw new ApiError("parameter_not_found", `${path} is required.`);
  const parsed = parseRule(input, path);
  if (!parsed.ok) throw new ApiError("parameter_invalid", parsed.errors.map((e) => e.message).join("; "));
  return parsed.rule;
}

export async function requireAdmin(db: Db, workspaceId: number, adminId: number): Promise<void> {
  if (!(await adminById(db, workspaceId, adminId))) throw new ApiError("parameter_invalid", `from_admin_id: no admin ${adminId} in this workspace.`);
}

export function numericId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(id) ? id : -1;
}
