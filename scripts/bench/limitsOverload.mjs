// What a client gets from an overloaded Durable Object: `burst` requests at once to one
// conversation's room (REST reads of it, each a call into the room), answers tallied by status,
// with the Retry-After of any 503. Loopback only, one burst, bounded.
export async function overloadBurst(base, token, conversationId, burst) {
  const tally = {};
  const retryAfter = new Set();
  await Promise.all(
    Array.from({ length: burst }, async () => {
      try {
        const res = await fetch(`${base}/api/conversations/${conversationId}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(120_000) });
        await res.arrayBuffer();
        tally[res.status] = (tally[res.status] ?? 0) + 1;
        if (res.status === 503) retryAfter.add(res.headers.get("retry-after"));
      } catch (error) {
        const key = `failed: ${error.cause?.code ?? error.name}`;
        tally[key] = (tally[key] ?? 0) + 1;
      }
    }),
  );
  return { tally, retryAfter: [...retryAfter] };
}
