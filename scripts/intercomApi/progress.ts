// The progress of a run: a bar rewritten in place on a terminal, plain lines (one per page)
// otherwise, so a log or CI output stays readable.

export function renderBar(label: string, done: number, total: number | null, width = 24): string {
  if (total === null || total <= 0) return `${label}: ${done}`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * width);
  return `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} (${Math.floor(share * 100)}%)`;
}

export interface Progress {
  step(label: string, done: number, total: number | null): void;
  /** A line that stays: a note, a warning, a summary. */
  say(text: string): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write("\r\x1b[2K");
    drawn = false;
  };
  return {
    step(label, done, total) {
      if (stream.isTTY) {
        clear();
        stream.write(renderBar(label, done, total, Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30))));
        drawn = true;
      } else stream.write(`${renderBar(label, done, total)}\n`);
    },
    say(text) {
      clear();
      stream.write(`${text}\n`);
    },
  };
}
