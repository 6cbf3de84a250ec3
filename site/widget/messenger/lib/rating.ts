import type { Messages } from "../../../../shared/i18n/messages.ts";
import type { Part } from "../../../../shared/protocol.ts";
import { visitorRating, type RatingInput, type VisitorRating } from "../../../../shared/ratings.ts";
import type { Core } from "../../loader/types.ts";
import { errorText } from "./conversations.ts";

// The rating the messenger asks for once a conversation is closed (one per conversation, ever).

/** Closed now: the last close or reopen the visitor can see is a close, and they have not written since. */
export function closedNow(parts: readonly Part[]): boolean {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (!part) continue;
    if (part.part_type === "close") return true;
    if (part.part_type === "open" || (part.part_type === "comment" && part.author.type === "user")) return false;
  }
  return false;
}

export type Given = NonNullable<VisitorRating["rating"]>;

/** The rating given before, null when there is none, undefined when the server could not say. */
export async function fetchRating(core: Core, id: string): Promise<Given | null | undefined> {
  const response = await core.request(`/conversations/${encodeURIComponent(id)}/rating`);
  const parsed = visitorRating.safeParse(await response.json().catch(() => null));
  return response.ok && parsed.success ? parsed.data.rating : undefined;
}

export async function sendRating(core: Core, id: string, input: RatingInput, t: Messages): Promise<Given> {
  const response = await core.request(`/conversations/${encodeURIComponent(id)}/rating`, { method: "POST", body: input });
  const data: unknown = await response.json().catch(() => null);
  const parsed = visitorRating.safeParse(data);
  if (!response.ok || !parsed.success || !parsed.data.rating) throw new Error(errorText(data, t));
  return parsed.data.rating;
}
