// Fetch with a timeout that counts every answer by status class in the run's stats; a request that
// cannot reach the server (restarting under chaos) is status 0, never an exception.
export async function call(stats, base, route, { method = "GET", body, token, cookie, origin, timeoutMs = 30_000 } = {}) {
  const headers = { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) };
  try {
    const res = await fetch(`${base}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    stats.http(`${method} ${route.replace(/[0-9]+/g, ":id").split("?")[0]}`, res.status);
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, json, headers: res.headers };
  } catch {
    stats.http(`${method} ${route.split("?")[0]}`, 0);
    return { status: 0, json: null, headers: new Headers() };
  }
}

/** Retries a setup call until it succeeds (bounded), for the moments a restarting server is away. */
export async function callUntilOk(stats, base, route, options, tries = 20) {
  for (let i = 0; i < tries; i++) {
    const res = await call(stats, base, route, options);
    if (res.status >= 200 && res.status < 300) return res;
    await new Promise((r) => setTimeout(r, 500 * (i + 1)));
  }
  throw new Error(`${options?.method ?? "GET"} ${route} kept failing`);
}
