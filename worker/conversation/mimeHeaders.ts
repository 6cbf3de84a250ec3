// Headers of a raw email (RFC 5322): unfolded, names folded to lower case, encoded words
// (RFC 2047) decoded. Only what an inbound reply needs; the first occurrence of a name wins.

export type Headers = ReadonlyMap<string, string>;

/** Splits a message or a MIME part into its headers and its body at the first empty line. */
export function splitHead(raw: string): { headers: Headers; body: string } {
  const text = raw.replace(/\r\n/g, "\n");
  const end = text.indexOf("\n\n");
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? "" : text.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** `text/plain; charset="utf-8"` → the lower-case type and its parameters (names lower case). */
export function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const [type = "", ...rest] = (value ?? "text/plain").split(";");
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf("=");
    if (eq === -1) continue;
    params.set(param.slice(0, eq).trim().toLowerCase(), param.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1"));
  }
  return { type: type.trim().toLowerCase() || "text/plain", params };
}

/** Bytes as text in the named charset; an unknown charset reads as UTF-8. */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

export function base64Bytes(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text.replace(/[^A-Za-z0-9+/]/g, "")), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}

/** Quoted-printable: `=XX` is a byte, `=` at a line's end joins the lines; other text is as it is. */
export function quotedPrintableBytes(text: string, underscoreIsSpace = false): Uint8Array {
  const bytes: number[] = [];
  const source = text.replace(/=[ \t]*\r?\n/g, "");
  const utf8 = new TextEncoder();
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? "";
    const code = source.slice(i + 1, i + 3);
    if (char === "=" && /^[0-9A-Fa-f]{2}$/.test(code)) {
      bytes.push(parseInt(code, 16));
      i += 2;
    } else if (char === "_" && underscoreIsSpace) {
      bytes.push(32);
    } else {
      bytes.push(...utf8.encode(char));
    }
  }
  return Uint8Array.from(bytes);
}

/** `=?utf-8?B?…?=` and `=?iso-8859-1?Q?…?=` words as text; whitespace between two words goes. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, "$1")
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_whole, charset: string, encoding: string, data: string) =>
      decodeBytes(encoding.toUpperCase() === "B" ? base64Bytes(data) : quotedPrintableBytes(data, true), charset.replace(/\*.*$/, "")),
    );
}

/** The address in `Name <a@b.example>` or `a@b.example`, lower case; null when there is none. */
export function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  // Token by token, not one backtracking pattern: a long header without an address took quadratic time.
  const angled = Array.from(value.matchAll(/<([^<>\s]+)>/g), (match) => match[1] ?? "").find(hasInnerAt);
  const bare = angled ?? value.split(/[\s<>,;:"]+/).find(hasInnerAt);
  return bare ? bare.toLowerCase() : null;
}

/** An "@" with at least one character on either side. */
const hasInnerAt = (token: string): boolean => token.slice(1, -1).includes("@");
