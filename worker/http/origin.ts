// Cookie-authenticated requests that change state must come from our own pages. Browsers send
// Origin on every cross-site and every non-GET same-site fetch; Sec-Fetch-Site backs it up for
// clients that omit Origin. A request carrying neither is refused: no browser sends that.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginHeaders {
  method: string;
  url: string;
  origin: string | null;
  secFetchSite: string | null;
}

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export function isSameOriginRequest({ method, url, origin, secFetchSite }: OriginHeaders): boolean {
  if (!isStateChanging(method)) return true;
  if (origin !== null) return origin !== "null" && origin === new URL(url).origin;
  return secFetchSite === "same-origin";
}
