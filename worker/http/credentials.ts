// How a request says who it is: an API token (Bearer, or HTTP Basic with the token as user name,
// as Intercom accepts) or the admin app's session cookie.

export function tokenFromAuthorization(header: string | null): string | null {
  if (!header) return null;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!scheme || !value) return null;
  if (scheme.toLowerCase() === "bearer") return value;
  if (scheme.toLowerCase() !== "basic") return null;
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return null;
  }
  const user = decoded.split(":", 1)[0];
  return user ? user : null;
}

const SESSION_COOKIE = "parley_session";
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 3600;

/** `__Host-` pins the cookie to this exact origin, but browsers only accept it over https. */
export function sessionCookieName(url: string): string {
  return new URL(url).protocol === "https:" ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function sessionCookie(url: string, value: string, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): string {
  const secure = new URL(url).protocol === "https:" ? "; Secure" : "";
  return `${sessionCookieName(url)}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export function clearedSessionCookie(url: string): string {
  return sessionCookie(url, "", 0);
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
