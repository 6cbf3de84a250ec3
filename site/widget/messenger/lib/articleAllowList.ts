// What of a help-center article may enter the host page when the messenger shows it: an
// allow-list, so an element or attribute nobody thought of is dropped rather than trusted.

/** Elements kept, with the attributes each keeps (beyond the GLOBAL ones). */
const ELEMENTS: Record<string, readonly string[]> = {
  a: ["href", "title"],
  abbr: ["title"],
  aside: [],
  b: [], blockquote: [], br: [], code: [], dd: [], del: [], details: ["open"], div: [], dl: [], dt: [], em: [],
  figcaption: [], figure: [], h2: [], h3: [], h4: [], h5: [], h6: [], hr: [], i: [],
  img: ["src", "alt", "width", "height"],
  kbd: [], li: [], mark: [], ol: ["start"], p: [], pre: [], s: [], small: [], span: [], strong: [], sub: [], summary: [], sup: [],
  table: [], tbody: [], td: ["colspan", "rowspan"], th: ["colspan", "rowspan", "scope"], thead: [], tr: [], u: [], ul: [],
};
const GLOBAL = ["id", "class", "aria-label"];
/** Removed with everything inside; any other unknown element keeps its text but loses its tag. */
const DROPPED_WITH_CONTENT = new Set(["script", "style", "template", "iframe", "frame", "object", "embed", "svg", "math", "noscript", "textarea", "select", "title", "head"]);

export type ElementAction = "keep" | "unwrap" | "drop";

export function elementAction(tagName: string): ElementAction {
  const tag = tagName.toLowerCase();
  if (tag in ELEMENTS) return "keep";
  return DROPPED_WITH_CONTENT.has(tag) ? "drop" : "unwrap";
}

/** http(s), mailto, or a same-site path or anchor; spaces and control characters do not hide a scheme. */
export function safeUrl(value: string): boolean {
  const url = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}

export function attributeAllowed(tagName: string, name: string, value: string): boolean {
  const tag = tagName.toLowerCase();
  const attribute = name.toLowerCase();
  if (!GLOBAL.includes(attribute) && !(ELEMENTS[tag] ?? []).includes(attribute)) return false;
  return attribute === "href" || attribute === "src" ? safeUrl(value) : true;
}
