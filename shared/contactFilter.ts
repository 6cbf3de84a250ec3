// "Send a message" to everyone the contacts page's filter matches: its rules and the search
// box's words as ONE rule for the manual-message compose. The table itself matches the words
// case-insensitively in SQL, which the rule language's exact "contains" cannot express; the rule
// tries the usual spellings of a name, and the compose counts the audience before anything is sent.
import type { Rule } from "./rules/index.ts";

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * The search box: the email or the name contains the words. The rule language's "contains" is
 * case-sensitive (SQL and memory must agree), and emails are stored lower-cased, so the name is
 * tried as typed, in lower case and in Title Case: "ada" finds "Ada Lovelace".
 */
export function textRule(text: string): Rule | null {
  const term = text.trim().slice(0, 200);
  if (term === "") return null;
  const names = [...new Set([term, term.toLowerCase(), titleCase(term)])];
  return {
    operator: "OR",
    value: [{ field: "email", operator: "~", value: term.toLowerCase() }, ...names.map((name) => ({ field: "name" as const, operator: "~" as const, value: name }))],
  };
}

/**
 * Both filters at once. An AND group takes the words as one more condition, so a rule already
 * as deep as the builder allows stays within the rule language's depth limit.
 */
export function combinedRule(rule: Rule | null, text: string): Rule | null {
  const words = textRule(text);
  if (!words) return rule;
  if (!rule) return words;
  if ("field" in rule || rule.operator !== "AND") return { operator: "AND", value: [rule, words] };
  return { operator: "AND", value: [...rule.value, words] };
}
