import { hex, hmacBytes, sameBytes } from "./hmac.ts";

// The Reply-To of a conversation's email: `reply-<workspace>-<conversation>-<signature>@<domain>`.
// The signature proves the address came from Parley, so nobody can write into a conversation by
// guessing its number. Its key is derived from the Worker secret for this purpose alone: the
// secret box's key never signs anything, and this key never seals anything.
const PURPOSE = "parley-reply-address:v1";
/** 96 bits: lower case hex, since mail systems may fold the case of an address's local part. */
const SIGNATURE_HEX = 24;

export interface ReplyTarget {
  workspaceId: number;
  conversationId: number;
}

const keys = new Map<string, Promise<string>>();

function replyKey(secretKeyText: string): Promise<string> {
  let key = keys.get(secretKeyText);
  if (!key) {
    key = hmacBytes(secretKeyText, PURPOSE).then(hex);
    keys.set(secretKeyText, key);
  }
  return key;
}

async function signature(secretKeyText: string, target: ReplyTarget): Promise<string> {
  return hex(await hmacBytes(await replyKey(secretKeyText), `reply:${target.workspaceId}:${target.conversationId}`)).slice(0, SIGNATURE_HEX);
}

export async function replyAddress(secretKeyText: string, target: ReplyTarget, domain: string): Promise<string> {
  return `reply-${target.workspaceId}-${target.conversationId}-${await signature(secretKeyText, target)}@${domain}`;
}

/** The conversation an address was signed for; null for any other address, or a changed one. */
export async function replyTargetOf(secretKeyText: string, address: string): Promise<ReplyTarget | null> {
  const match = /^reply-([0-9]{1,12})-([0-9]{1,15})-([0-9a-f]{24})@[^@\s]+$/.exec(address.trim().toLowerCase());
  if (!match) return null;
  const target = { workspaceId: Number(match[1]), conversationId: Number(match[2]) };
  const wanted = new TextEncoder().encode(await signature(secretKeyText, target));
  return sameBytes(wanted, new TextEncoder().encode(match[3] ?? "")) ? target : null;
}
