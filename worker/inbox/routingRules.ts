import { z } from "zod";
import { parseRule } from "../../shared/rules/index.ts";
import type { RoutingConditions, RoutingRule } from "../../shared/routing/route.ts";
import type { RoutingRuleRow } from "../db/routing.ts";

// Conditions are stored as JSON; they are validated on the way in and again on the way out, so a
// rule edited by hand in the database can never crash routing.
const conditionsSchema = z.object({
  words: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  page_url: z.object({ operator: z.enum(["contains", "starts_with"]), value: z.string().min(1).max(500) }).optional(),
  contact_rules: z.unknown().optional(),
  contact_role: z.enum(["user", "lead"]).optional(),
});

export type ConditionsResult = { ok: true; conditions: RoutingConditions } | { ok: false; message: string };

export function parseConditions(input: unknown, path: string): ConditionsResult {
  const parsed = conditionsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${path}.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}` };
  }
  const { contact_rules, ...rest } = parsed.data;
  if (contact_rules === undefined) return { ok: true, conditions: rest };
  const rule = parseRule(contact_rules, `${path}.contact_rules`);
  if (!rule.ok) return { ok: false, message: rule.errors.map((e) => e.message).join("; ") };
  return { ok: true, conditions: { ...rest, contact_rules: rule.rule } };
}

export function toRoutingRules(rows: RoutingRuleRow[]): RoutingRule[] {
  return rows.flatMap((row) => {
    const parsed = parseConditions(row.conditions, `rule ${row.id}`);
    return parsed.ok ? [{ id: row.id, name: row.name, conditions: parsed.conditions, teamId: row.teamId, assignToAdmin: row.assignToAdmin }] : [];
  });
}
