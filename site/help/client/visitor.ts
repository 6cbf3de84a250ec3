// A random id kept in this browser so that a reader has one reaction per article (changeable).
// It identifies nobody: the server stores only its hash, and it never leaves the help center.

const VISITOR_KEY = "parley-hc-visitor";
const REACTION_KEY = "parley-hc-reaction:";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function visitorId(): string {
  const store = storage();
  const known = store?.getItem(VISITOR_KEY);
  if (known && /^[0-9a-f]{32}$/.test(known)) return known;
  const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
  store?.setItem(VISITOR_KEY, id);
  return id;
}

export function rememberedReaction(articleId: string): string | null {
  return storage()?.getItem(REACTION_KEY + articleId) ?? null;
}

export function rememberReaction(articleId: string, reaction: string): void {
  storage()?.setItem(REACTION_KEY + articleId, reaction);
}
