import { SIGNATURE_HEADER } from "./signature.ts";

/** CONTRACT §8: a 2xx within this long is delivered. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of a receiver's answer the delivery log keeps. */
export const EXCERPT_BYTES = 256;

export interface PostResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  excerpt: string;
}

/**
 * One POST of a signed body. Redirects are not followed: a public URL must not bounce the Worker
 * to a host the subscription could not name itself (worker/webhooks/targets.ts).
 */
export async function postNotification(url: string, body: string, signature: string): Promise<PostResult> {
  const started = Date.now();
  const signal = AbortSignal.timeout(DELIVERY_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature, "user-agent": "Parley-Webhooks/1" },
      body,
      redirect: "manual",
      signal,
    });
    const latencyMs = Date.now() - started;
    return { ok: response.status >= 200 && response.status < 300, status: response.status, latencyMs, excerpt: await firstBytes(response) };
  } catch (error) {
    const timedOut = signal.aborted;
    return { ok: false, status: null, latencyMs: Date.now() - started, excerpt: timedOut ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : String(error).slice(0, EXCERPT_BYTES) };
  }
}

/** The start of the answer's body; a receiver that streams forever is cut off, not waited for. */
async function firstBytes(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body that breaks off still leaves what arrived before.
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes.subarray(0, EXCERPT_BYTES)).replace(/\uFFFD+$/, "");
}
