import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { setPageTitle } from "../lib/documentTitle.ts";
import type { View } from "../lib/route.ts";
import type { Session } from "../lib/session.ts";
import { Avatar } from "./Avatar.tsx";
import { MainNav } from "./MainNav.tsx";
import { PresenceBar } from "./PresenceBar.tsx";

interface Props {
  session: Session;
  view: View;
  title: string;
  focusOnMount: boolean;
  signingOut: boolean;
  onSignOut: () => void;
  children: ComponentChildren;
}

export function Layout({ session, view, title, focusOnMount, signingOut, onSignOut, children }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page heading so
  // keyboard and screen-reader users land on the content they asked for.
  // On a plain page load focus stays put, keeping the skip link first in line.
  useEffect(() => {
    setPageTitle(title);
    const initial = firstRender.current;
    firstRender.current = false;
    if (!initial || focusOnMount) headingRef.current?.focus();
  }, [view]);

  // A plain href="#main" would replace the route in the hash.
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    headingRef.current?.focus();
  };

  return (
    <div class="shell">
      <a class="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header class="topbar">
        <div class="topbar-brand">
          <span class="brand">Parley</span>
          <span class="workspace" title={`App id: ${session.workspace.appId}`}>
            {session.workspace.name}
          </span>
        </div>
        <div class="topbar-user">
          <PresenceBar me={session.admin.id} />
          <Avatar name={session.admin.name} />
          <span class="user-name">{session.admin.name}</span>
          <span class="badge">{session.admin.role}</span>
          <button type="button" class="button button-quiet" onClick={onSignOut} disabled={signingOut}>
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </header>
      <MainNav current={view} />
      <main id="main" class="content">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
