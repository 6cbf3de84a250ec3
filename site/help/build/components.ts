// The components an article may use, and the plain HTML elements allowed inside MDX. Anything
// else fails the content check, so an article can never ship a script, a style or an iframe.
import { childrenHtml, escapeHtml, Html, type Component, type Props } from "./safeHtml.ts";

const CALLOUT_TYPES = { note: "Note", tip: "Tip", warning: "Warning" } as const;
type CalloutType = keyof typeof CALLOUT_TYPES;

const isCalloutType = (value: unknown): value is CalloutType => typeof value === "string" && value in CALLOUT_TYPES;

function Callout(props: Props): Html {
  const type = isCalloutType(props.type) ? props.type : "note";
  const title = typeof props.title === "string" ? props.title : CALLOUT_TYPES[type];
  return new Html(
    `<aside class="callout callout-${type}" aria-label="${escapeHtml(title)}"><p class="callout-title">${escapeHtml(title)}</p>${childrenHtml(props.children)}</aside>`,
  );
}

function Steps(props: Props): Html {
  return new Html(`<div class="steps">${childrenHtml(props.children)}</div>`);
}

function Kbd(props: Props): Html {
  return new Html(`<kbd>${childrenHtml(props.children)}</kbd>`);
}

/** Components by name, with the attributes each accepts (string values only). */
export const COMPONENTS: Record<string, { render: Component; attributes: readonly string[] }> = {
  Callout: { render: Callout, attributes: ["type", "title"] },
  Steps: { render: Steps, attributes: [] },
  Kbd: { render: Kbd, attributes: [] },
};

export const CALLOUT_TYPE_NAMES = Object.keys(CALLOUT_TYPES);

/** Lowercase elements written as JSX in an article, with their allowed attributes. */
export const ELEMENTS: Record<string, readonly string[]> = {
  abbr: ["title"],
  br: [],
  details: ["open"],
  summary: [],
  kbd: [],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  figure: [],
  figcaption: [],
  img: ["src", "alt", "width", "height"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["colSpan", "rowSpan", "scope"],
  td: ["colSpan", "rowSpan"],
  dl: [],
  dt: [],
  dd: [],
};

export function componentMap(): Record<string, Component> {
  return Object.fromEntries(Object.entries(COMPONENTS).map(([name, { render }]) => [name, render]));
}
