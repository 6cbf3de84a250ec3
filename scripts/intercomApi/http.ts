// Reading an Intercom-compatible REST API: bearer token, Intercom-Version, waits out rate limits
// (429 with Retry-After or X-RateLimit-Reset) and brief server errors, and explains every failure
// in one line that names the URL.

export class ImportError extends Error {}

const MAX_WAIT_MS = 5 * 60_000;
const MAX_ATTEMPTS = 8;

/** How long to wait before trying a request again, or null when trying again cannot help. */
export function retryDelay(status: number | null, headers: Headers | null, attempt: number, nowMs: number): number | null {
  if (attempt >= MAX_ATTEMPTS) return null;
  const backoff = Math.min(30_000, 1000 * 2 ** attempt);
  if (status === 429) {
    const after = headers?.get("retry-after");
    if (after && /^\d+$/.test(after.trim())) return Math.min(MAX_WAIT_MS, Number(after) * 1000);
    if (after && !Number.isNaN(Date.parse(after))) return Math.min(MAX_WAIT_MS, Math.max(0, Date.parse(after) - nowMs));
    const reset = headers?.get("x-ratelimit-reset");
    // Intercom's reset is the unix second the window reopens.
    if (reset && /^\d+$/.test(reset.trim())) return Math.min(MAX_WAIT_MS, Math.max(1000, Number(reset) * 1000 - nowMs + 500));
    return backoff;
  }
  if (status === null || status === 502 || status === 503 || status === 504 || status === 500) return attempt < 4 ? backoff : null;
  return null;
}

/** The first error of an Intercom error.list, or the start of whatever the server said. */
export async function explain(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && "errors" in body && Array.isArray(body.errors)) {
      const first: unknown = body.errors[0];
      if (typeof first === "object" && first !== null && "message" in first) return `${response.status} ${"code" in first ? String(first.code) : ""}: ${String(first.message)}`;
    }
  } catch {
    // not JSON: quoted below as text
  }
  return `${response.status} ${text.slice(0, 200)}`;
}

export interface Requester {
  /** The parsed JSON answer, or null when the server answers 404 (a resource it does not have). */
  get(path: string): Promise<unknown>;
  /** The request with retries; the caller reads the response. */
  send(path: string, init: RequestInit & { duplex?: "half" }): Promise<Response>;
}

export interface RequesterOptions {
  base: string;
  token: string;
  /** What the token is for, in messages: "source" or "target". */
  role: string;
  onWait?: (text: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export function requester({ base, token, role, onWait, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), now = Date.now }: RequesterOptions): Requester {
  const root = base.replace(/\/+$/, "");
  const send = async (path: string, init: RequestInit & { duplex?: "half" }): Promise<Response> => {
    const url = `${root}${path}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response | null = null;
      let failure: unknown = null;
      try {
        response = await fetch(url, { ...init, headers: { authorization: `Bearer ${token}`, accept: "application/json", "intercom-version": "2.14", ...init.headers } });
      } catch (error) {
        failure = error;
      }
      if (response && response.status !== 429 && response.status < 500) {
        if (response.status === 401) throw new ImportError(`the ${role} token was refused by ${url} (401): check it, and that it belongs to ${root}.`);
        return response;
      }
      // A request body that is a stream cannot be sent twice.
      const wait = init.body instanceof ReadableStream ? null : retryDelay(response?.status ?? null, response?.headers ?? null, attempt, now());
      if (wait === null) {
        if (response) throw new ImportError(`${role} ${init.method ?? "GET"} ${url} failed: ${await explain(response)}`);
        const cause = failure instanceof Error && failure.cause instanceof Error ? failure.cause.message : String(failure);
        throw new ImportError(`cannot reach ${url} (${cause}).`);
      }
      onWait?.(response?.status === 429 ? `rate limited by the ${role}: waiting ${Math.ceil(wait / 1000)} s` : `${url} ${response ? `answered ${response.status}` : "did not answer"}: trying again in ${Math.ceil(wait / 1000)} s`);
      await response?.body?.cancel();
      await sleep(wait);
    }
  };
  return {
    send,
    async get(path) {
      const response = await send(path, { method: "GET" });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) throw new ImportError(`${role} GET ${root}${path} failed: ${await explain(response)}`);
      return response.json();
    },
  };
}
