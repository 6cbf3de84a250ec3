import type { Attachment } from "../../shared/attachments.ts";
import type { Part } from "../../shared/protocol.ts";
import { keyOfPath, mayAttach, pathOf, type AttachScope } from "../durable/attachmentKeys.ts";
import { readUploadReceipt, signedUrl, urlExpiry } from "../identity/attachmentSig.ts";

// A room stores each file's unsigned path and hands out signed links. WebCrypto signs
// asynchronously while a room sends a socket's backlog synchronously (no part may slip in
// between), so links are signed ahead, before the send, and kept for as long as they stay good.

const HOUR = 3600;

export class AttachmentLinks {
  private readonly signed = new Map<string, { exp: number; url: string }>();

  constructor(private readonly secretKey: string) {}

  /** Signs every stored file among these whose kept link has less than an hour left. */
  async prepare(attachments: readonly Attachment[], now = Math.floor(Date.now() / 1000)): Promise<void> {
    const due = attachments.filter((a) => keyOfPath(a.url) !== null && !((this.signed.get(a.url)?.exp ?? 0) - now >= HOUR));
    await Promise.all(due.map(async (a) => this.signed.set(a.url, { exp: urlExpiry(now), url: await signedUrl(this.secretKey, a.url, now) })));
  }

  /** The part as clients see it: each stored file's path replaced by its signed link. */
  sign(part: Part): Part {
    if (!part.attachments?.length) return part;
    return { ...part, attachments: part.attachments.map((a) => ({ ...a, url: this.signed.get(a.url)?.url ?? a.url })) };
  }

  clear(): void {
    this.signed.clear();
  }
}

/** The parts' attachments, for `prepare`. */
export function attachmentsOf(parts: readonly { attachments?: Attachment[] | undefined }[]): Attachment[] {
  return parts.flatMap((p) => p.attachments ?? []);
}

/**
 * Upload receipts a client sent, read into attachments: each must be signed by Parley and name a
 * file this author may attach in this conversation; one that is not refuses them all (null).
 */
export async function readUploads(secretKey: string, receipts: readonly string[], scope: AttachScope, author: Part["author"]["type"]): Promise<Attachment[] | null> {
  const read = await Promise.all(receipts.map((token) => readUploadReceipt(secretKey, token)));
  const out: Attachment[] = [];
  for (const receipt of read) {
    if (!receipt || !mayAttach(receipt.key, scope, author)) return null;
    out.push({ type: "upload", name: receipt.name, url: pathOf(receipt.key, receipt.name), content_type: receipt.content_type, filesize: receipt.filesize });
  }
  return out;
}
