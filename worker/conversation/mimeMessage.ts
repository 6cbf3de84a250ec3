import { addressOf, base64Bytes, decodeBytes, decodeWords, parseContentType, quotedPrintableBytes, splitHead, type Headers } from "./mimeHeaders.ts";

// A raw inbound email read down to what a reply needs: who sent it, to whom, its subject and its
// text. The text is the first text/plain part (multipart/alternative and mixed are searched in
// order), else the first text/html part as plain text; attachments are ignored.

export interface MailMessage {
  from: string | null;
  to: string | null;
  subject: string;
  messageId: string | null;
  text: string;
}

/** How deep multiparts may nest before the rest of the message is ignored. */
const MAX_DEPTH = 5;

export function parseMail(raw: string): MailMessage {
  const { headers, body } = splitHead(raw);
  const plain = bodyText(headers, body, "text/plain", 0);
  return {
    from: addressOf(decodeWords(headers.get("from") ?? "")),
    to: addressOf(decodeWords(headers.get("to") ?? "")),
    subject: decodeWords(headers.get("subject") ?? ""),
    messageId: headers.get("message-id")?.trim() || null,
    text: plain ?? htmlToText(bodyText(headers, body, "text/html", 0) ?? ""),
  };
}

function bodyText(headers: Headers, body: string, wanted: string, depth: number): string | null {
  const { type, params } = parseContentType(headers.get("content-type"));
  if (type.startsWith("multipart/")) {
    const boundary = params.get("boundary");
    if (!boundary || depth >= MAX_DEPTH) return null;
    for (const part of multipartParts(body, boundary)) {
      const inner = splitHead(part);
      const found = bodyText(inner.headers, inner.body, wanted, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (type !== wanted || /^attachment/i.test(headers.get("content-disposition") ?? "")) return null;
  return decodeBody(body, headers.get("content-transfer-encoding"), params.get("charset"));
}

function multipartParts(body: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split("\n")) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join("\n"));
      current = [];
    } else current?.push(line);
  }
  if (current) parts.push(current.join("\n"));
  return parts;
}

function decodeBody(body: string, encoding: string | undefined, charset: string | undefined): string {
  const kind = (encoding ?? "7bit").trim().toLowerCase();
  if (kind === "base64") return decodeBytes(base64Bytes(body), charset);
  if (kind === "quoted-printable") return decodeBytes(quotedPrintableBytes(body), charset);
  return body;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** One pass with indexOf, so unclosed `<`s cannot make it rescan the message; style and script text is dropped. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let text = "";
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    const close = open === -1 ? -1 : html.indexOf(">", open + 1);
    if (close === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, open);
    const tag = html.slice(open + 1, close).trim();
    if (/^(br\s*\/?|\/(p|div|li|h[1-6]|blockquote|tr))$/i.test(tag)) text += "\n";
    const hidden = /^(style|script|head)\b/i.exec(tag)?.[1];
    const end = hidden ? lower.indexOf(`</${hidden.toLowerCase()}`, close) : -1;
    at = hidden ? (end === -1 ? html.length : end) : close + 1;
  }
  return text.replace(/&(#?[a-z0-9]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole).replace(/\n{3,}/g, "\n\n").trim();
}
