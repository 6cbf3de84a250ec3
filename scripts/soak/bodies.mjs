// The text of every soak message names its sender, its number and when it was sent, so any view
// (socket frames, REST HTML) can be matched back to what was sent and timed.
export const messageBody = (sender, n) => `soak ${sender} n${n} t${performance.now().toFixed(1)}`;

/** `{ key: "v12#34", sentAt }` from a part body in any rendering, or null for other parts. */
export function parseBody(body) {
  const m = /soak (\S+) n(\d+) t([\d.]+)/.exec(typeof body === "string" ? body : "");
  return m ? { key: `${m[1]}#${m[2]}`, sender: m[1], n: Number(m[2]), sentAt: Number(m[3]) } : null;
}
