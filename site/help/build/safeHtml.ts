// Markup as values: an Html holds text that is already escaped, anything else is escaped when it
// becomes part of a page. Components (components.ts) take and return Html.

export class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

export type Props = Record<string, unknown> & { children?: unknown };
export type Component = (props: Props) => Html;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function childrenHtml(children: unknown): string {
  if (children === null || children === undefined || children === false || children === true) return "";
  if (Array.isArray(children)) return children.map(childrenHtml).join("");
  if (children instanceof Html) return children.html;
  return escapeHtml(String(children));
}
