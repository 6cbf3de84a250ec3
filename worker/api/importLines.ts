// Splits an NDJSON byte stream into lines as it arrives, never holding more than one line and the
// bytes after it: an import may be far larger than memory.

export async function* ndjsonLines(body: ReadableStream<Uint8Array>, maxLine: number): AsyncGenerator<{ n: number; text: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let cut = buffer.indexOf("\n");
    while (cut >= 0) {
      n++;
      const text = buffer.slice(0, cut).replace(/\r$/, "");
      buffer = buffer.slice(cut + 1);
      if (text.trim() !== "") yield { n, text };
      cut = buffer.indexOf("\n");
    }
    if (buffer.length > maxLine) throw new RangeError(`line ${n + 1} is longer than ${maxLine} bytes.`);
    if (done) break;
  }
  if (buffer.trim() !== "") yield { n: n + 1, text: buffer };
}
