import { describe, expect, it } from "vitest";
import { ndjsonLines } from "./importLines.ts";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function all(chunks: string[], max = 1000) {
  const out = [];
  for await (const line of ndjsonLines(streamOf(chunks), max)) out.push(line);
  return out;
}

describe("ndjsonLines", () => {
  it("yields each line once with its number, across chunk boundaries and without a final newline", async () => {
    expect(await all(['{"a":', '1}\n{"b"', ":2}\r\n\n", '{"c":3}'])).toEqual([
      { n: 1, text: '{"a":1}' },
      { n: 2, text: '{"b":2}' },
      { n: 4, text: '{"c":3}' },
    ]);
  });

  it("keeps a character split between two chunks whole", async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë"}\n');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 12));
        c.enqueue(bytes.slice(12));
        c.close();
      },
    });
    const out = [];
    for await (const line of ndjsonLines(stream, 100)) out.push(line.text);
    expect(out).toEqual(['{"name":"Zoë"}']);
  });

  it("refuses a line longer than the limit", async () => {
    await expect(all(["x".repeat(50)], 10)).rejects.toThrow(/longer than 10 bytes/);
  });
});
