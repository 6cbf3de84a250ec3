// The client address the limits count by. On Cloudflare the edge sets CF-Connecting-IP and
// overwrites whatever the client sent; `wrangler dev` keeps a client-sent value, so there anyone
// could name a fresh address per request and never meet a limit. Local development (npm start and
// the test server set PARLEY_LOCAL_DEV=1) serves the loopback interface, so every client there is
// the same machine: one address for all.
export const LOCAL_ADDRESS = "local";

export function clientAddress(headers: Headers, env: { PARLEY_LOCAL_DEV?: string }): string {
  if (env.PARLEY_LOCAL_DEV === "1") return LOCAL_ADDRESS;
  return headers.get("cf-connecting-ip")?.trim() || "unknown";
}
