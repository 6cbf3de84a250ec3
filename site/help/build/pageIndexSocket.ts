// Pages travel from the Astro process to the Pagefind index held by the build's own process, over a
// Unix socket, one JSON line per page. The index then outlives Astro: Pagefind writes it (its
// hungriest step, 0.9 GB at 11,400 pages) after Astro has exited and given its memory back,
// instead of beside it; Astro still renders on one core while Pagefind indexes on the other.
import { rmSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { createInterface } from "node:readline";
import { z } from "zod";
import { indexedPart, isIndexed, type PageIndex } from "./pagefindIndex.ts";

const frameSchema = z.object({ url: z.string(), html: z.string() });

export interface PageSink {
  add(url: string, html: string): Promise<void>;
  /** Every page sent; resolves once the socket has flushed them. */
  end(): Promise<void>;
}

export interface PageIndexServer {
  /** Stops accepting pages and resolves once every page received is in the index; rejects on a malformed one. */
  finish(): Promise<void>;
}

/** Serves `index` on `path`: call finish() once the sender (Astro) has exited. */
export function servePageIndex(index: PageIndex, path: string): Promise<PageIndexServer> {
  rmSync(path, { force: true });
  const connections: Promise<void>[] = [];
  const receive = async (lines: AsyncIterable<string>) => {
    for await (const line of lines) {
      const frame = frameSchema.safeParse(JSON.parse(line));
      if (!frame.success) throw new Error(`a page sent to the search index is malformed: ${frame.error.message}`);
      await index.add(frame.data.url, frame.data.html);
    }
  };
  const server: Server = createServer((socket) => {
    const received = receive(createInterface({ input: socket, crlfDelay: Infinity }));
    // Reported by finish(), after Astro has exited; until then it must not end the process.
    received.catch(() => undefined);
    connections.push(received);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () =>
      resolve({
        finish: async () => {
          server.close();
          rmSync(path, { force: true });
          await Promise.all(connections);
        },
      }),
    );
  });
}

export function connectPageIndex(path: string): Promise<PageSink> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    socket.once("error", reject);
    socket.once("connect", () =>
      resolve({
        // Waits while the socket's buffer is full: rendering slows to the indexer's pace instead of queueing pages in memory.
        add: (url, html) => new Promise((done) => (!isIndexed(html) || socket.write(`${JSON.stringify({ url, html: indexedPart(html) })}\n`) ? done() : socket.once("drain", done))),
        end: () => new Promise((done) => socket.end(done)),
      }),
    );
  });
}
