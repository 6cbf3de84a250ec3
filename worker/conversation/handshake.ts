// What the Worker tells a room about a socket it forwards, after it has checked who is asking.
// Only the Worker can reach a Durable Object, so these headers cannot come from a client.
export type Side = "user" | "admin";

/** Kept on the socket across hibernation: ids only, never names or tokens. */
export interface SocketTag {
  role: Side;
  id: string;
}

export const roomHeaders = {
  role: "x-parley-role",
  id: "x-parley-actor",
  name: "x-parley-actor-name",
} as const;

export function readSocketTag(headers: Headers): SocketTag | null {
  const role = headers.get(roomHeaders.role);
  const id = headers.get(roomHeaders.id);
  if ((role !== "user" && role !== "admin") || !id) return null;
  return { role, id };
}

/** A real Request (not a router proxy) keeps the Upgrade header when passed to a stub. */
export function forwardUpgrade(request: Request, url: string, tag: SocketTag, name: string | null): Request {
  const headers = new Headers(request.headers);
  headers.set(roomHeaders.role, tag.role);
  headers.set(roomHeaders.id, tag.id);
  if (name) headers.set(roomHeaders.name, encodeURIComponent(name));
  else headers.delete(roomHeaders.name);
  return new Request(url, { method: "GET", headers });
}

/** The hibernation tag of one person's sockets on a room. */
export const personTag = (tag: SocketTag): string => `${tag.role}:${tag.id}`;

/** The tag a socket carries across hibernation, or null when it is not one this room wrote. */
export function tagOf(ws: WebSocket): SocketTag | null {
  const value: unknown = ws.deserializeAttachment();
  if (typeof value !== "object" || value === null || !("role" in value) || !("id" in value)) return null;
  const { role, id } = value;
  return (role === "user" || role === "admin") && typeof id === "string" ? { role, id } : null;
}

/** The display name the Worker sent (URI-encoded), or null when it does not decode. */
export function decodedName(value: string | null): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
