// The visitor's token and id live in the host site's localStorage under a `parley-` prefix, per
// app, so an anonymous visitor stays the same person across page loads until shutdown().
const key = (appId: string, name: string) => `parley-${name}-${appId}`;

function read(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

function write(name: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(name);
    else localStorage.setItem(name, value);
  } catch {
    // Storage may be disabled (private modes); the visitor is then new on every page.
  }
}

export const store = {
  token: (appId: string) => read(key(appId, "token")),
  setToken: (appId: string, token: string | null) => write(key(appId, "token"), token),
  visitorId(appId: string): string {
    const existing = read(key(appId, "visitor"));
    if (existing && /^[0-9a-f]{24}$/.test(existing)) return existing;
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    const id = Math.floor(Date.now() / 1000).toString(16).padStart(8, "0") + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    write(key(appId, "visitor"), id);
    return id;
  },
  setVisitorId: (appId: string, id: string) => write(key(appId, "visitor"), id),
  clear(appId: string): void {
    write(key(appId, "token"), null);
    write(key(appId, "visitor"), null);
  },
};
