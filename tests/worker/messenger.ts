import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { parseServerFrame, SUBPROTOCOL, type ServerFrame } from "../../shared/protocol.ts";
import { userHash } from "../../worker/identity/userHash.ts";
import { BASE, call, type TestWorkspace } from "./fixtures.ts";

export interface Visitor {
  token: string;
  visitorId: string;
}

export async function boot(ws: TestWorkspace, settings: Record<string, unknown> = {}, token?: string): Promise<Visitor & { body: Record<string, unknown> }> {
  const response = await call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: { app_id: ws.appId, ...settings }, token } });
  expect(response.status, await response.clone().text()).toBe(200);
  const body: { token: string; visitor_id: string } & Record<string, unknown> = await response.json();
  return { token: body.token, visitorId: body.visitor_id, body };
}

export function hashFor(identifier: string): Promise<string> {
  return userHash("s3cret", identifier);
}

export async function startConversation(ws: TestWorkspace, visitor: Visitor, body = "Hello!", clientId = crypto.randomUUID()): Promise<{ id: string; seq: number }> {
  const response = await call(`/messenger/${ws.appId}/conversations`, { method: "POST", json: { client_id: clientId, body }, headers: { authorization: `Bearer ${visitor.token}` } });
  expect(response.status, await response.clone().text()).toBe(200);
  const json: { conversation: { id: string }; part: { seq: number } } = await response.json();
  return { id: json.conversation.id, seq: json.part.seq };
}

/** A test-side socket that records every frame and can wait for one. */
export class TestSocket {
  readonly frames: ServerFrame[] = [];
  private waiters: { test: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];

  constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (event) => {
      const frame = typeof event.data === "string" ? parseServerFrame(event.data) : null;
      if (!frame) throw new Error(`unparseable frame: ${String(event.data)}`);
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => (w.test(frame) ? (w.resolve(frame), false) : true));
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  next(test: (f: ServerFrame) => boolean, timeoutMs = 3000): Promise<ServerFrame> {
    const seen = this.frames.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame; got ${JSON.stringify(this.frames)}`)), timeoutMs);
      this.waiters.push({ test, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  parts(): number[] {
    return this.frames.flatMap((f) => (f.type === "part" ? [f.part.seq] : []));
  }

  close(): void {
    this.ws.close(1000, "done");
  }
}

export async function openSocket(path: string, headers: Record<string, string>): Promise<TestSocket> {
  const response = await call(path, { headers: { upgrade: "websocket", ...headers } });
  const ws = response.webSocket;
  if (response.status !== 101 || !ws) throw new Error(`upgrade refused: ${response.status} ${await response.text()}`);
  const socket = new TestSocket(ws);
  ws.accept();
  return socket;
}

export function visitorSocket(ws: TestWorkspace, visitor: Visitor, conversationId: string, after = 0): Promise<TestSocket> {
  return openSocket(`/messenger/${ws.appId}/conversations/${conversationId}/ws?after=${after}`, {
    "sec-websocket-protocol": `${SUBPROTOCOL}, parley-token.${visitor.token}`,
  });
}

export async function adminCookie(ws: TestWorkspace): Promise<string> {
  const response = await call("/admin/api/login", { method: "POST", json: { email: ws.ownerEmail, password: ws.password }, headers: { origin: BASE } });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

export async function adminSocket(ws: TestWorkspace, cookie: string, conversationId: string, after = 0): Promise<TestSocket> {
  return openSocket(`/admin/api/conversations/${conversationId}/ws?after=${after}`, { cookie, origin: BASE });
}

export function room(ws: TestWorkspace, conversationId: string) {
  return env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(`${ws.workspaceId}:${conversationId}`));
}
