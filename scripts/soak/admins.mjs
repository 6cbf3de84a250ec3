// The soak's admins: each signs in, holds an inbox socket and the conversation sockets of its share
// of the visitors, replies (at most every `replyEveryMs` per conversation) when the inbox says the
// visitor spoke last, and assigns one of its conversations to a random admin every few seconds.
import { call, callUntilOk } from "./http.mjs";
import { messageBody, parseBody } from "./bodies.mjs";
import { openInbox } from "./inbox.mjs";
import { ResumableSocket } from "./socket.mjs";

export async function startAdmins({ base, emails, password, token, visitors, stats, until, replyEveryMs = 4000, assignEveryMs = 5000 }) {
  const ws = base.replace("http", "ws");
  const list = (await callUntilOk(stats, base, "/api/admins", { token })).json.admins;
  const idOf = new Map(list.map((a) => [a.email, a.id]));
  const adminIds = emails.map((e) => idOf.get(e));
  const admins = [];
  for (const [k, email] of emails.entries()) {
    const login = await fetch(`${base}/admin/api/login`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email, password }) });
    if (!login.ok) throw new Error(`${email} could not sign in: ${login.status}`);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    const mine = visitors.filter((v) => v.i % emails.length === k);
    for (const v of mine) {
      v.adminId = adminIds[k];
      v.adminSent = [];
      v.lastReplyAt = 0;
      v.admin = new ResumableSocket({
        url: (after) => `${ws}/admin/api/conversations/${v.conversationId}/ws?after=${after}`,
        protocols: ["parley.v1"],
        headers: { cookie, origin: base },
        stats,
        side: "admin",
        onPart: (part) => {
          const parsed = parseBody(part.body);
          if (parsed?.sender.startsWith("v")) stats.delivered(performance.now() - parsed.sentAt);
        },
      });
      v.admin.connect();
    }
    const byConversation = new Map(mine.map((v) => [String(v.conversationId), v]));
    const reply = (conversation) => {
      const v = byConversation.get(conversation.id);
      const now = performance.now();
      if (!v || now > until || conversation.last_part_author_type !== "user" || now - v.lastReplyAt < replyEveryMs) return;
      v.lastReplyAt = now;
      const n = v.adminSent.length;
      v.adminSent.push(`a${v.i}#${n}`);
      v.admin.send(`a${v.i}-${n}-${v.conversationId}`, messageBody(`a${v.i}`, n));
    };
    const inbox = openInbox({ base, cookie, stats, onConversation: reply });
    const assign = setInterval(() => {
      if (performance.now() > until || mine.length === 0) return;
      const v = mine[Math.floor(Math.random() * mine.length)];
      const assignee = adminIds[Math.floor(Math.random() * adminIds.length)];
      call(stats, base, `/api/conversations/${v.conversationId}/parts`, { method: "POST", token, body: { message_type: "assignment", type: "admin", admin_id: adminIds[k], assignee_id: assignee } }).then((r) => r.status === 200 && stats.count("assignments"));
    }, assignEveryMs);
    admins.push({ email, id: adminIds[k], cookie, inbox, stop: () => clearInterval(assign) });
  }
  return admins;
}
