// Idle visitors: each boots and holds the loader's notification socket (/messenger/{app}/ws, a
// hibernatable VisitorChannel socket) and then says nothing. Opened `concurrency` at a time.
export async function openIdleVisitors(base, count, { concurrency = 16, sockets = [] } = {}) {
  let failed = 0;
  let next = 0;
  const ws = base.replace("http", "ws");
  const one = async () => {
    const boot = await fetch(`${base}/messenger/demo/boot`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ settings: { app_id: "demo" } }) });
    if (!boot.ok) throw new Error(`boot ${boot.status}`);
    const { token } = await boot.json();
    await new Promise((resolve, reject) => {
      const socket = new WebSocket(`${ws}/messenger/demo/ws`, ["parley.v1", `parley-token.${token}`]);
      socket.onopen = () => (sockets.push(socket), resolve());
      socket.onerror = () => reject(new Error("socket refused"));
    });
  };
  const lane = async () => {
    while (next < count) {
      next++;
      await one().catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  // Sockets that the server closed meanwhile are lost capacity, not idle visitors.
  const open = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
  return { failed, open };
}
