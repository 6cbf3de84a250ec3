// A `%` not followed by two hex digits (or bytes that are not UTF-8) is the client's mistake:
// decoding it throws URIError, which used to surface as a 500.
import { ApiError } from "./errors.ts";

export function decodePathPart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export function malformedPath(): ApiError {
  return new ApiError("parameter_invalid", "The path has a malformed percent-encoding (a % not followed by two hex digits of UTF-8).");
}

/** Runs before every route, so no handler ever meets an undecodable path. */
export function rejectMalformedPath(request: { url: string }): undefined {
  if (decodePathPart(new URL(request.url).pathname) === null) throw malformedPath();
  return undefined;
}
