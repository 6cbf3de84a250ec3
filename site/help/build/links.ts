// Links inside articles. Authors write either site paths (`/teams/routing`) or paths to the
// .mdx file (`../teams/routing.mdx`); both are checked against the content and rewritten to
// the final URL, which differs between the public site and the admin preview (its base path).

export type LinkTarget =
  | { kind: "external"; url: string }
  | { kind: "app"; url: string }
  | { kind: "home"; hash: string }
  | { kind: "collection"; id: string; hash: string }
  | { kind: "article"; id: string; hash: string }
  | { kind: "broken"; reason: string };

/** Paths that belong to the rest of Parley, not to the help center. */
const APP_PREFIXES = ["/admin", "/api", "/widget", "/messenger", "/messenger-assets", "/hc/", "/pagefind/", "/rss.xml", "/atom.xml", "/sitemap.xml"];

export interface KnownContent {
  collections: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

/** Schemes that run script or smuggle a document in when clicked. */
const SCRIPT_SCHEMES = ["javascript:", "data:", "vbscript:"];

/**
 * The script-running scheme a URL uses, read as a browser reads it: leading spaces and control
 * characters are skipped and tabs or newlines inside are dropped, so `java\tscript:` is one too.
 */
export function scriptScheme(url: string): string | null {
  const normalised = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "").toLowerCase();
  return SCRIPT_SCHEMES.find((scheme) => normalised.startsWith(scheme)) ?? null;
}

export function resolveLink(url: string, fromId: string, known: KnownContent): LinkTarget {
  const scheme = scriptScheme(url);
  if (scheme) return { kind: "broken", reason: `${scheme} links run script in the reader's browser; link to an https:// page instead` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return { kind: "external", url };
  const [pathPart = "", ...hashParts] = url.split("#");
  const hash = hashParts.length ? `#${hashParts.join("#")}` : "";
  const path = pathPart.split("?")[0] ?? "";
  if (path === "") return { kind: "external", url };
  if (APP_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`))) return { kind: "app", url };
  const segments = path.startsWith("/") ? absoluteSegments(path) : relativeSegments(path, fromId);
  if (typeof segments === "string") return { kind: "broken", reason: segments };
  if (segments.length === 0) return { kind: "home", hash };
  const [collection = "", slug] = segments;
  if (!known.collections.has(collection)) return { kind: "broken", reason: `there is no collection "${collection}"` };
  if (segments.length === 1) return { kind: "collection", id: collection, hash };
  const id = `${collection}/${slug}`;
  if (segments.length > 2 || !known.articles.has(id)) return { kind: "broken", reason: `there is no article ${id}` };
  return { kind: "article", id, hash };
}

function absoluteSegments(path: string): string[] {
  return path.split("/").filter((s) => s !== "");
}

function relativeSegments(path: string, fromId: string): string[] | string {
  if (!path.endsWith(".mdx")) return "relative links must name the .mdx file (../teams/routing.mdx) or start with /";
  const parts = fromId.split("/").slice(0, -1);
  for (const segment of path.slice(0, -".mdx".length).split("/")) {
    if (segment === "..") {
      if (parts.length === 0) return "the link climbs above content/articles";
      parts.pop();
    } else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts;
}

/** The URL a resolved link points to, under `base` ("/" or "/admin/help/"). */
export function hrefOf(target: LinkTarget, base: string): string | null {
  switch (target.kind) {
    case "external":
    case "app":
      return target.url;
    case "home":
      return `${base}${target.hash}`;
    case "collection":
      return `${base}${target.id}/${target.hash}`;
    case "article":
      return `${base}${target.id}/${target.hash}`;
    case "broken":
      return null;
  }
}
