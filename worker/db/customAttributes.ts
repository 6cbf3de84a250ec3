import type { CustomAttributes } from "../../shared/api-types.ts";

/** Null removes a custom attribute, as in Intercom; other keys are merged over the old ones. */
export function mergeAttributes(old: CustomAttributes, patch: CustomAttributes): CustomAttributes {
  const merged: CustomAttributes = { ...old };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
