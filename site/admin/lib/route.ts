import { useEffect, useState } from "preact/hooks";

export const VIEWS = ["inbox", "contacts", "messages", "team", "routing", "reports", "help", "settings"] as const;
export type View = (typeof VIEWS)[number];

export type Route = { kind: "invite"; token: string } | { kind: "reset"; token: string } | { kind: "view"; view: View };

const DEFAULT_VIEW: View = "inbox";

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  if (raw.startsWith("invite=")) {
    const token = safeDecode(raw.slice("invite=".length));
    if (token) return { kind: "invite", token };
  }
  if (raw.startsWith("reset=")) {
    const token = safeDecode(raw.slice("reset=".length));
    if (token) return { kind: "reset", token };
  }
  const name = raw.replace(/^\/+/, "").split(/[/?]/)[0];
  const view = VIEWS.find((candidate) => candidate === name);
  return { kind: "view", view: view ?? DEFAULT_VIEW };
}

export function hrefFor(view: View): string {
  return `#/${view}`;
}

// replaceState does not fire hashchange, so we fire it ourselves to keep a
// single code path for every route change.
export function navigate(hash: string, { replace = false } = {}): void {
  if (replace) {
    history.replaceState(history.state, "", hash);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    location.hash = hash;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
