import { MAX_ATTACHMENT_BYTES } from "../../shared/attachments.ts";
import type { Part } from "../../shared/protocol.ts";
import { ApiError } from "../http/errors.ts";

// The pure halves of REST attachments: a file's base64 and the links an answer carries.

/** Decoded bytes of standard or URL-safe base64 (whitespace ignored); 413 past the file limit, 400 if not base64. */
export function decodeFile(data: string, name: string): Uint8Array {
  const text = data.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/");
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  if (Math.floor((text.length * 3) / 4) - padding > MAX_ATTACHMENT_BYTES) throw new ApiError("request_too_large", `attachment_files: ${name} is over the ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB limit for a file.`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) throw new ApiError("parameter_invalid", `attachment_files: the data of ${name} is not base64.`);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** REST answers carry absolute links: a stored file's signed path on this origin, a kept link as it was. */
export function withAbsoluteLinks(part: Part, origin: string): Part {
  if (!part.attachments?.length) return part;
  return { ...part, attachments: part.attachments.map((a) => (a.url.startsWith("/") ? { ...a, url: new URL(a.url, origin).href } : a)) };
}
