// Article bodies (HTML and search terms) live in one file in Astro's cache directory, not in
// Astro's content data store: Astro turns the store into one JavaScript module that V8 compiled for
// about 8 s per build when it held 12,000 bodies. Pages read a body when they render it.
// The file is `<index length>\n<index JSON><bodies>`, written under a temporary name and renamed,
// so a reader (`astro dev` reloads) always sees one whole version through its open descriptor.
import { closeSync, mkdirSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const FILE = "parley-help-bodies.txt";
const HEADER_MAX = 24;

export interface Body {
  html: string;
  terms: string;
}

/** Byte offsets after the index: html from [0] to [1], terms from [1] to [2]. */
const indexSchema = z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]));

/** Bodies keyed by the article's source file (unique per language version). */
export function writeBodies(dir: string, bodies: ReadonlyMap<string, Body>): void {
  const index: Record<string, [number, number, number]> = {};
  let at = 0;
  for (const [file, { html, terms }] of bodies) {
    const htmlEnd = at + Buffer.byteLength(html);
    index[file] = [at, htmlEnd, (at = htmlEnd + Buffer.byteLength(terms))];
  }
  const indexJson = JSON.stringify(index);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `${FILE}.${process.pid}`);
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, `${Buffer.byteLength(indexJson)}\n${indexJson}`);
    for (const { html, terms } of bodies.values()) writeSync(fd, html + terms);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, join(dir, FILE));
}

export interface BodyReader {
  /** The body of one language version; "" for one the loader did not render (the preview's published pages). */
  read(file: string): Body;
}

// `astro dev` opens a reader per request: its descriptor is closed once nothing holds the reader.
const descriptors = new FinalizationRegistry<number>((fd) => closeSync(fd));

export function openBodies(dir: string): BodyReader {
  const fd = openSync(join(dir, FILE), "r");
  const readBytes = (position: number, length: number) => {
    const buffer = Buffer.allocUnsafe(length);
    const got = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, got);
  };
  const header = readBytes(0, HEADER_MAX).toString("latin1");
  const newline = header.indexOf("\n");
  const indexLength = Number(header.slice(0, newline));
  if (newline < 1 || !Number.isInteger(indexLength)) throw new Error(`${FILE} in Astro's cache has no index; delete the cache directory and build again`);
  const parsed = indexSchema.safeParse(JSON.parse(readBytes(newline + 1, indexLength).toString("utf8")));
  if (!parsed.success) throw new Error(`${FILE} in Astro's cache is not what this build wrote: ${parsed.error.message}`);
  const index = parsed.data;
  const base = newline + 1 + indexLength;
  const reader: BodyReader = {
    read(file) {
      const at = index[file];
      if (!at) return { html: "", terms: "" };
      const bytes = readBytes(base + at[0], at[2] - at[0]);
      const htmlBytes = at[1] - at[0];
      return { html: bytes.subarray(0, htmlBytes).toString("utf8"), terms: bytes.subarray(htmlBytes).toString("utf8") };
    },
  };
  descriptors.register(reader, fd);
  return reader;
}
