import { z } from "zod";
import type { CustomAttributes } from "../../shared/api-types.ts";

// `window.intercomSettings` / boot(settings): the keys Intercom defines, and every other scalar key
// as a custom attribute. Keys the messenger only uses in the browser are accepted and not stored.
const PRESENTATION_KEYS = new Set([
  "app_id", "api_base", "widget_url", "language_override", "hide_default_launcher", "alignment", "horizontal_padding",
  "vertical_padding", "custom_launcher_selector", "action_color", "background_color", "session_duration", "z_index",
  "user_hash", "intercom_user_jwt", "company", "companies", "avatar", "user_id", "email", "name", "phone", "created_at",
  "unsubscribed_from_emails", "last_request_at", "page_title",
]);
const ATTRIBUTE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ -]{0,99}$/;
const MAX_ATTRIBUTES = 100;

const scalarOrNull = z.union([z.string().max(1000), z.number().finite(), z.boolean(), z.null()]);
const idLike = z.union([z.string().trim().min(1).max(255), z.number().int().transform(String)]);

export const settingsSchema = z.looseObject({
  user_id: idLike.optional(),
  email: z.email().max(255).transform((e) => e.toLowerCase()).optional(),
  name: z.string().trim().max(255).optional(),
  phone: z.string().trim().max(64).optional(),
  created_at: z.union([z.number().int().min(0), z.string().regex(/^[0-9]{1,12}$/).transform(Number)]).optional(),
  user_hash: z.string().max(256).optional(),
  intercom_user_jwt: z.string().max(8192).optional(),
  unsubscribed_from_emails: z.boolean().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The custom attributes among the settings: scalar values under names rules can refer to. */
export function customAttributesOf(settings: Record<string, unknown>): CustomAttributes {
  const attributes: CustomAttributes = {};
  for (const [key, value] of Object.entries(settings)) {
    if (PRESENTATION_KEYS.has(key) || !ATTRIBUTE_NAME.test(key)) continue;
    const parsed = scalarOrNull.safeParse(value);
    if (parsed.success && Object.keys(attributes).length < MAX_ATTRIBUTES) attributes[key] = parsed.data;
  }
  return attributes;
}

export const WEB_SESSION_GAP_SECONDS = 30 * 60;

/** A page view after 30 minutes without one starts a new web session. */
export function webSessionsAfterVisit(previous: number, lastSeenAt: number | null, now: number): number {
  return lastSeenAt === null || now - lastSeenAt > WEB_SESSION_GAP_SECONDS ? previous + 1 : previous;
}
