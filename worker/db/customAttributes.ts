import type { CustomAttributes } from "../../shared/api-types.ts";

/** Custom attributes one contact may hold after a merge (Intercom allows 250 per workspace). */
export const MAX_CUSTOM_ATTRIBUTES = 250;

/**
 * A merge that would leave a contact with more attributes than allowed. Thrown from the pure merge
 * so that every path that merges (REST, messenger boot, JWT claims) refuses alike; worker/http
 * answers it with a 400.
 */
export class AttributeLimitError extends Error {
  constructor(readonly count: number) {
    super(`A contact has at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes; this change would leave ${count}. Remove some (set them to null) first.`);
    this.name = "AttributeLimitError";
  }
}

/**
 * Null removes a custom attribute, as in Intercom; other keys are merged over the old ones. A
 * contact already past the limit (older data) may still change and remove keys, never add.
 */
export function mergeAttributes(old: CustomAttributes, patch: CustomAttributes): CustomAttributes {
  const merged: CustomAttributes = { ...old };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  const count = Object.keys(merged).length;
  if (count > MAX_CUSTOM_ATTRIBUTES && count > Object.keys(old).length) throw new AttributeLimitError(count);
  return merged;
}
