// The contacts page's "Export CSV": RFC 4180 quoting, and cells a spreadsheet would run as a
// formula (=, +, -, @, tab, CR) prefixed with an apostrophe, since names and attributes are
// whatever a visitor typed.
import { contactName } from "../../shared/contactName.ts";
import type { Contact } from "../db/schema.ts";

export const CSV_HEADER = ["id", "display_name", "name", "email", "role", "external_id", "phone", "created_at", "signed_up_at", "last_seen_at", "web_sessions", "custom_attributes"] as const;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  const safe = typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function isoTime(seconds: number | null): string | null {
  return seconds === null ? null : new Date(seconds * 1000).toISOString();
}

export function csvLine(c: Contact): string {
  const cells = [
    c.id,
    contactName(c),
    c.name,
    c.email,
    c.role,
    c.externalId,
    c.phone,
    isoTime(c.createdAt),
    isoTime(c.signedUpAt),
    isoTime(c.lastSeenAt),
    c.webSessions,
    Object.keys(c.customAttributes).length === 0 ? null : JSON.stringify(c.customAttributes),
  ];
  return cells.map(csvCell).join(",");
}

export function csvHeaderLine(): string {
  return CSV_HEADER.join(",");
}
