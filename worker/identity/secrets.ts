// Bearer secrets (API tokens, sessions, invites) are high-entropy random strings, so a fast
// SHA-256 of them is enough to store: the database never holds a usable secret.

export function randomSecret(prefix: string, bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return `${prefix}_${base64Url(raw)}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** What the admin UI shows to tell tokens apart without revealing them. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, 10)}…${secret.slice(-4)}`;
}
