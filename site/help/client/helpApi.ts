// Fire-and-forget calls to the public help-center endpoints (/hc/api/…). A text/plain body keeps
// them "simple" requests (no CORS preflight) and lets sendBeacon deliver them during unload.

export type Reaction = "sad" | "neutral" | "happy";

export function beacon(path: string, body: Record<string, string>): void {
  const text = JSON.stringify(body);
  if (navigator.sendBeacon?.(`/hc/api/${path}`, text)) return;
  void fetch(`/hc/api/${path}`, { method: "POST", body: text, keepalive: true }).catch(() => undefined);
}

/** Resolves to whether the server stored it, so the page can say so. */
export async function send(path: string, body: Record<string, string>): Promise<boolean> {
  try {
    const response = await fetch(`/hc/api/${path}`, { method: "POST", body: JSON.stringify(body) });
    return response.ok;
  } catch {
    return false;
  }
}
