import { describe, expect, it } from "vitest";
import { indexedPart } from "./pagefindIndex.ts";

const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><style>body{color:red}</style><title>T</title></head><body><nav><a href="/">Home</a></nav>${body}<footer>f</footer></body></html>`;

describe("indexedPart", () => {
  it("keeps the page's language and its whole indexed element, and drops the rest", () => {
    const article = `<article data-pagefind-body><h1 data-pagefind-meta="title">Routing</h1><p>Text <article>quoted</article> more</p></article>`;
    expect(indexedPart(page("fr", article))).toBe(`<!DOCTYPE html><html lang="fr"><head></head><body>${article}</body></html>`);
  });

  it("gives back a page without an indexed element unchanged", () => {
    const list = page("en", "<main><ul><li>a</li></ul></main>");
    expect(indexedPart(list)).toBe(list);
  });

  it("gives back a page whose language it cannot read unchanged", () => {
    const odd = page("en", "<article data-pagefind-body>x</article>").replace(`<html lang="en">`, `<html dir="rtl" lang="ar">`);
    expect(indexedPart(odd)).toBe(odd);
  });

  it("is the same when applied twice", () => {
    const once = indexedPart(page("en", "<article data-pagefind-body>x</article>"));
    expect(indexedPart(once)).toBe(once);
  });
});
