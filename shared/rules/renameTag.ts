// Rules name tags by name (CONTRACT §7: `tag` `=` / `!=` a tag name), so renaming a tag must
// rename it in every stored rule for the rule to keep meaning the same tag.
import { TAG_FIELD, type Rule } from "./types.ts";

/**
 * The rule with every `tag` predicate on `from` naming `to` instead; the very same object when
 * nothing names `from`, so a caller writes back only the rules that changed.
 */
export function renameTagInRule(rule: Rule, from: string, to: string): Rule {
  if (!("field" in rule)) {
    const value = rule.value.map((child) => renameTagInRule(child, from, to));
    return value.every((child, i) => child === rule.value[i]) ? rule : { operator: rule.operator, value };
  }
  return rule.field === TAG_FIELD && rule.value === from && from !== to ? { ...rule, value: to } : rule;
}
