import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { connectPageIndex, servePageIndex } from "./pageIndexSocket.ts";
import { indexedPart, type PageIndex } from "./pagefindIndex.ts";

function fakeIndex(): PageIndex & { pages: { url: string; html: string }[] } {
  const pages: { url: string; html: string }[] = [];
  return {
    pages,
    add: async (url, html) => void pages.push({ url, html }),
    write: async () => ({ pages: pages.length }),
    discard: async () => undefined,
  };
}

const socketPath = (name: string) => join(tmpdir(), `parley-index-test-${process.pid}-${name}.sock`);

describe("servePageIndex", () => {
  it("has every indexed page sent before the sender ended once finish resolves, reduced to its indexed part, and no list page", async () => {
    const index = fakeIndex();
    const path = socketPath("pages");
    const server = await servePageIndex(index, path);
    const sink = await connectPageIndex(path);
    const article = (n: number) => `<html lang="fr"><article data-pagefind-body><p>Page ${n}\nligne « deux »</p></article></html>`;
    for (let n = 0; n < 300; n++) await sink.add(`/fr/a/${n}/`, article(n));
    await sink.add("/a/", "<html><ul><li>a list</li></ul></html>");
    await sink.end();
    await server.finish();
    expect(index.pages).toHaveLength(300);
    expect(index.pages[299]).toEqual({ url: "/fr/a/299/", html: indexedPart(article(299)) });
  });

  it("fails finish on a malformed page instead of leaving it out", async () => {
    const path = socketPath("malformed");
    const server = await servePageIndex(fakeIndex(), path);
    const socket = connect(path);
    await new Promise<void>((resolve) => socket.end(`${JSON.stringify({ url: 3 })}\n`, resolve));
    await new Promise((resolve) => socket.once("close", resolve));
    await expect(server.finish()).rejects.toThrow(/malformed/);
  });
});
