// Where the npm portability scripts find the local Parley and its token: --url, else PARLEY_URL, else
// http://127.0.0.1:$PORT (8787); --token, else PARLEY_API_TOKEN, else the demo token `npm start`
// keeps in .wrangler/state/parley-demo.json.
import { existsSync, readFileSync } from "node:fs";

export function serverOf(flags, env = process.env) {
  const url = (flags.url ?? env.PARLEY_URL ?? `http://127.0.0.1:${env.PORT || 8787}`).replace(/\/+$/, "");
  let token = flags.token ?? env.PARLEY_API_TOKEN;
  const demo = ".wrangler/state/parley-demo.json";
  if (!token && existsSync(demo)) token = JSON.parse(readFileSync(demo, "utf8")).apiToken;
  return { url, token };
}

/** A one-line failure a person can act on, from a REST error.list or a refused connection. */
export async function explain(response) {
  const text = await response.text();
  try {
    const body = JSON.parse(text);
    const first = body.errors?.[0];
    if (first) return `${response.status} ${first.code}: ${first.message}`;
  } catch {}
  return `${response.status} ${text.slice(0, 200)}`;
}

export function connectionHint(url, error) {
  return `cannot reach ${url} (${error.cause?.code ?? error.message}). Is the server running (npm start)?`;
}

/** A progress line: rewritten in place on a terminal, one line every few seconds otherwise. */
export function progress(stream = process.stderr) {
  let last = 0;
  return {
    update(text, force = false) {
      if (stream.isTTY) stream.write(`\r\x1b[2K${text}`);
      else if (force || Date.now() - last > 2000) {
        stream.write(`${text}\n`);
        last = Date.now();
      }
    },
    done(text) {
      if (stream.isTTY) stream.write(`\r\x1b[2K${text}\n`);
      else stream.write(`${text}\n`);
    },
  };
}
