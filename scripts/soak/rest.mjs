// REST traffic beside the chat: contacts search, conversation list and get, help-center article
// search, one request at a time every `everyMs` (bounded, never a flood).
import { call } from "./http.mjs";

const PHRASES = ["install", "billing", "password", "messenger", "widget", "export"];

export function restTraffic({ base, token, run, visitors, stats, until, everyMs = 400 }) {
  let k = 0;
  let timer;
  const requests = [
    () => call(stats, base(), "/api/contacts/search", { method: "POST", token, body: { query: { field: "custom_attributes.soak_run", operator: "=", value: run }, pagination: { per_page: 50 } } }),
    () => call(stats, base(), "/api/conversations?per_page=20", { token }),
    () => call(stats, base(), `/api/conversations/${visitors[Math.floor(Math.random() * visitors.length)].conversationId}`, { token }),
    () => call(stats, base(), `/api/articles/search?phrase=${PHRASES[k % PHRASES.length]}`, { token }),
  ];
  const tick = async () => {
    if (performance.now() > until) return;
    await requests[k++ % requests.length]();
    stats.count("restRequests");
    timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, everyMs);
  return () => clearTimeout(timer);
}
