import { hrefFor, type View } from "../lib/route.ts";

const LINKS: ReadonlyArray<{ view: View; label: string }> = [
  { view: "inbox", label: "Inbox" },
  { view: "contacts", label: "Contacts" },
  { view: "messages", label: "Messages" },
  { view: "team", label: "Team" },
  { view: "routing", label: "Routing" },
  { view: "reports", label: "Reports" },
  { view: "help", label: "Help center" },
  { view: "settings", label: "Settings" },
];

export function MainNav({ current }: { current: View }) {
  return (
    <nav class="sidebar" aria-label="Main">
      <ul>
        {LINKS.map(({ view, label }) => (
          <li key={view}>
            <a href={hrefFor(view)} aria-current={view === current ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
