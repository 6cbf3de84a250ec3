// Where Parley may POST a notification. Receivers are strangers' URLs: in production nothing but
// public http(s) hosts, so a subscription cannot make the Worker call its own network's insides
// (docs/webhooks.md). Under `wrangler dev` (PARLEY_ENV "development") loopback and private hosts
// are allowed, for receivers on the developer's machine.

export function isDevelopment(env: { PARLEY_ENV?: string }): boolean {
  return env.PARLEY_ENV === "development";
}

/** Why a URL may not receive webhooks, or null when it may. */
export function targetProblem(raw: string, development: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "url: not an absolute URL.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "url: only http and https URLs receive webhooks.";
  if (url.username || url.password) return "url: credentials in the URL are not accepted.";
  if (development) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) return "url: a local host name cannot receive webhooks.";
  const v4 = ipv4(host);
  if (v4 && privateV4(v4)) return "url: a loopback, link-local or private address cannot receive webhooks.";
  if (host.startsWith("[") && privateV6(host.slice(1, -1))) return "url: a loopback, link-local or private address cannot receive webhooks.";
  return null;
}

/** The URL parser has already turned 0x7f.1, 2130706433 and the like into dotted decimal. */
function ipv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^[0-9]{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function privateV4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

function privateV6(address: string): boolean {
  if (address === "::" || address === "::1") return true;
  const mapped = /^::ffff:(.+)$/.exec(address)?.[1];
  if (mapped !== undefined) return mappedV4Private(mapped);
  const first = Number.parseInt(address.split(":")[0] ?? "", 16);
  if (Number.isNaN(first)) return true;
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** The parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1. */
function mappedV4Private(rest: string): boolean {
  const dotted = ipv4(rest);
  if (dotted) return privateV4(dotted);
  const [high = "", low = ""] = rest.split(":");
  const value = (Number.parseInt(high, 16) << 16) | Number.parseInt(low, 16);
  return privateV4([(value >>> 24) & 255, (value >>> 16) & 255]);
}
