// The draft preview holds only what drafts add (their pages, the lists and the home page); every
// other path under /admin/help/ is the public page of the same name, shown inside the preview.
// These decide how a path and a link move between the two.

export const PREVIEW_PREFIX = "/admin/help/";

/** The public path a preview path stands for, or null for a path outside the preview. */
export function publicPathOf(previewPath: string): string | null {
  if (previewPath === "/admin/help") return "/";
  if (!previewPath.startsWith(PREVIEW_PREFIX)) return null;
  return `/${previewPath.slice(PREVIEW_PREFIX.length)}`;
}

/** A link on a public page, kept inside the preview when it is a path on this site. */
export function previewHrefOf(href: string): string {
  if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/admin/")) return href;
  return `${PREVIEW_PREFIX}${href.slice(1)}`;
}
