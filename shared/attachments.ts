// Attachments: the limits both sides enforce, the content type a file is served with, and the
// small facts the messenger and the inbox show. Pure, so the Worker, the browser and Node tests
// share one answer.
import * as z from "zod/mini";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
/** A REST reply carrying files, base64 and all. */
export const MAX_ATTACHMENT_REQUEST_BYTES = 15 * 1024 * 1024;
export const MAX_ATTACHMENT_NAME = 200;

/** On a part: `url` is a signed path on Parley's origin (absolute in REST answers) or a kept link. */
export const attachment = z.object({
  type: z.literal("upload"),
  name: z.string(),
  url: z.string(),
  content_type: z.string(),
  filesize: z.number(),
});
export type Attachment = z.infer<typeof attachment>;

/** What an upload endpoint answers: the file as a part will carry it, and the receipt that attaches it. */
export interface Upload extends Attachment {
  token: string;
}

export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The image type the bytes themselves prove, whatever the name or the sender claims; else null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

export function isImageType(type: string): type is ImageType {
  return IMAGE_TYPES.some((t) => t === type);
}

/** How a stored file is served: a proven image as itself, anything else only as a download. */
export function servedType(bytes: Uint8Array): ImageType | "application/octet-stream" {
  return sniffImageType(bytes) ?? "application/octet-stream";
}

/**
 * The `content_type` a part reports: the sniffed image type, else the sender's type as long as it
 * is a well-formed MIME type that does not claim to be an image the bytes failed to prove.
 */
export function reportedType(bytes: Uint8Array, declared: string | null | undefined): string {
  const sniffed = sniffImageType(bytes);
  if (sniffed) return sniffed;
  const type = (declared ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!/^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/.test(type) || type.startsWith("image/")) return "application/octet-stream";
  return type;
}

/** A file name safe to show and to put in a header: no paths, no control characters, bounded. */
export function cleanFileName(name: string | null | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  let cleaned = "";
  for (const char of base) {
    const code = char.codePointAt(0) ?? 0;
    cleaned += code < 0x20 || code === 0x7f || char === '"' ? "_" : char;
  }
  cleaned = cleaned.trim().slice(0, MAX_ATTACHMENT_NAME);
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "file" : cleaned;
}

/** The name a kept link shows: its last path segment, else its host. */
export function nameOfLink(url: string): string {
  const match = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url);
  const segment = match?.[2]?.split("/").filter(Boolean).pop();
  let decoded = segment ?? "";
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape is shown as written.
  }
  return cleanFileName(decoded || match?.[1] || "link");
}

/** "512 B", "1.5 KB", "10 MB": what a file row shows beside the name. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** The words a client shows for a file it must refuse before uploading; null when it may go. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_ATTACHMENT_BYTES) return `${cleanFileName(file.name)} (${formatSize(file.size)}) is over the ${formatSize(MAX_ATTACHMENT_BYTES)} limit for a file.`;
  return null;
}

/** One line for lists and notifications when a message is only files. */
export function attachmentsPreview(list: readonly Pick<Attachment, "name">[]): string {
  const first = list[0];
  if (!first) return "";
  return list.length === 1 ? `📎 ${first.name}` : `📎 ${first.name} and ${list.length - 1} more`;
}
