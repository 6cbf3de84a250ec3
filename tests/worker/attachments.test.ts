import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { aWorkspace, BASE, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, adminSocket, boot, startConversation, visitorSocket, type Visitor } from "./messenger.ts";

// CONTRACT §7 attachments: REST reply shapes and limits, how files are served, uploads from the
// messenger and the inbox, and files deleted with their contact.

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);
const HTML = new TextEncoder().encode("<!doctype html><script>alert(document.cookie)</script>");
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

function b64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const file = (name: string, bytes: Uint8Array, content_type?: string) => ({ name, data: b64(bytes), ...(content_type ? { content_type } : {}) });

interface PartView {
  attachments: { type: string; name: string; url: string; content_type: string; filesize: number }[];
}

async function aConversation(): Promise<{ ws: TestWorkspace; visitor: Visitor; id: string }> {
  const ws = await aWorkspace();
  const visitor = await boot(ws);
  const { id } = await startConversation(ws, visitor, "Hello");
  return { ws, visitor, id };
}

function reply(ws: TestWorkspace, id: string, extra: Record<string, unknown>, body = "Here you go") {
  return call(`/api/conversations/${id}/reply`, { method: "POST", token: ws.token, json: { type: "admin", message_type: "comment", admin_id: ws.ownerId, body, ...extra } });
}

async function lastPart(response: Response): Promise<PartView> {
  expect(response.status, await response.clone().text()).toBe(200);
  const json: { conversation_parts: { conversation_parts: PartView[] } } = await response.json();
  const last = json.conversation_parts.conversation_parts.at(-1);
  if (!last) throw new Error("no parts");
  return last;
}

/** Fetches an absolute attachment URL through the Worker. */
function fetchUrl(url: string): Promise<Response> {
  expect(url.startsWith(`${BASE}/attachments/`)).toBe(true);
  return call(url.slice(BASE.length));
}

async function objectsUnder(prefix: string): Promise<string[]> {
  return (await env.FILES.list({ prefix })).objects.map((o) => o.key);
}

describe("POST /conversations/{id}/reply with attachments", () => {
  it("stores files and keeps links, each carried by the part as an upload", async () => {
    const { ws, id } = await aConversation();
    const part = await lastPart(await reply(ws, id, { attachment_files: [file("shot.png", PNG, "image/png")], attachment_urls: ["https://example.com/docs/plan%20v2.pdf"] }));
    expect(part.attachments).toEqual([
      { type: "upload", name: "shot.png", url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:8787\/attachments\/.+\/shot\.png\?exp=[0-9]+&sig=[A-Za-z0-9_-]{43}$/), content_type: "image/png", filesize: PNG.byteLength },
      { type: "upload", name: "plan v2.pdf", url: "https://example.com/docs/plan%20v2.pdf", content_type: "application/octet-stream", filesize: 0 },
    ]);
    const again = await call(`/api/conversations/${id}`, { token: ws.token });
    expect((await lastPart(again)).attachments[0]?.name).toBe("shot.png");
  });

  it("takes a reply of files only, without text, which the inbox list previews by name", async () => {
    const { ws, id } = await aConversation();
    const part = await lastPart(await reply(ws, id, { attachment_files: [file("a.png", PNG)] }, ""));
    expect(part.attachments).toHaveLength(1);
    const list = await call("/admin/api/inbox/conversations", { headers: { cookie: await adminCookie(ws), origin: BASE } });
    expect(await list.text()).toContain('"last_part_preview":"📎 a.png"');
  });

  it("answers 400 to more than 10 files or more than 10 URLs, and to a URL that is not http(s)", async () => {
    const { ws, id } = await aConversation();
    const files = Array.from({ length: 11 }, (_, i) => file(`f${i}.png`, PNG));
    const urls = Array.from({ length: 11 }, (_, i) => `https://example.com/${i}`);
    for (const extra of [{ attachment_files: files }, { attachment_urls: urls }, { attachment_urls: ["javascript:alert(1)"] }]) {
      const response = await reply(ws, id, extra);
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe("parameter_invalid");
    }
    expect(await objectsUnder(`${ws.workspaceId}/`)).toEqual([]);
  });

  it("answers 413 to a file over 10 MB decoded and to a request over 15 MB, and takes 10 files of 1 MB", async () => {
    const { ws, id } = await aConversation();
    const big = await reply(ws, id, { attachment_files: [file("big.bin", new Uint8Array(10 * 1024 * 1024 + 1))] });
    expect(big.status).toBe(413);
    expect(await errorCode(big)).toBe("request_too_large");
    const mb = b64(new Uint8Array(1024 * 1024));
    const huge = await reply(ws, id, { attachment_files: Array.from({ length: 10 }, () => ({ name: "x.bin", data: `${mb}${mb}` })) });
    expect(huge.status).toBe(413);
    const many = await lastPart(await reply(ws, id, { attachment_files: Array.from({ length: 10 }, (_, i) => ({ name: `${i}.bin`, data: mb })) }));
    expect(many.attachments.map((a) => a.filesize)).toEqual(Array.from({ length: 10 }, () => 1024 * 1024));
  });

  it("keeps the 64 KB limit on other routes", async () => {
    const { ws, id } = await aConversation();
    const response = await call(`/api/conversations/${id}/parts`, { method: "POST", token: ws.token, json: { message_type: "close", admin_id: ws.ownerId, body: "x".repeat(70 * 1024) } });
    expect(response.status).toBe(413);
  });
});

describe("GET /attachments/…", () => {
  async function served(name: string, bytes: Uint8Array, contentType?: string) {
    const { ws, id } = await aConversation();
    const part = await lastPart(await reply(ws, id, { attachment_files: [file(name, bytes, contentType)] }));
    const attachment = part.attachments[0];
    if (!attachment) throw new Error("no attachment");
    return { attachment, response: await fetchUrl(attachment.url) };
  }

  it("serves an image with its type and nosniff, with no other credential", async () => {
    const { response } = await served("shot.png", PNG, "image/png");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("serves a PNG named .txt and sent as text/plain as image/png", async () => {
    const { attachment, response } = await served("notes.txt", PNG, "text/plain");
    expect(attachment.content_type).toBe("image/png");
    expect(response.headers.get("content-type")).toBe("image/png");
  });

  it("serves a .png that holds HTML as a download", async () => {
    const { attachment, response } = await served("cat.png", HTML, "image/png");
    expect(attachment.content_type).toBe("application/octet-stream");
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="cat\.png"/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves SVG and HTML files as downloads with nosniff and a sandbox", async () => {
    for (const [name, bytes, type] of [["logo.svg", SVG, "image/svg+xml"], ["page.html", HTML, "text/html"]] as const) {
      const { response } = await served(name, bytes, type);
      expect(response.headers.get("content-type")).toBe("application/octet-stream");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("sandbox");
    }
  });

  it("answers 403 when any character of sig is changed, or sig or exp is missing or moved", async () => {
    const { attachment } = await served("shot.png", PNG);
    const url = new URL(attachment.url);
    const sig = url.searchParams.get("sig") ?? "";
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < sig.length; i++) {
      const changed = `${sig.slice(0, i)}${alphabet[alphabet.indexOf(sig[i] ?? "A") ^ 1]}${sig.slice(i + 1)}`;
      url.searchParams.set("sig", changed);
      expect((await call(`${url.pathname}${url.search}`)).status, `sig changed at ${i}`).toBe(403);
    }
    url.searchParams.set("exp", String(Number(url.searchParams.get("exp")) + 3600));
    url.searchParams.set("sig", sig);
    expect((await call(`${url.pathname}${url.search}`)).status).toBe(403);
    expect((await call(url.pathname)).status).toBe(403);
  });
});

describe("attachments from the messenger and the inbox", () => {
  function upload(path: string, bytes: Uint8Array, headers: Record<string, string>, type = "image/png") {
    return call(path, { method: "POST", body: bytes, headers: { "content-type": type, ...headers } });
  }

  it("a visitor uploads into its conversation and sends the receipt; the admin sees the image", async () => {
    const { ws, visitor, id } = await aConversation();
    const auth = { authorization: `Bearer ${visitor.token}` };
    const uploaded = await upload(`/messenger/${ws.appId}/attachments?conversation_id=${id}&name=photo.png`, PNG, auth);
    expect(uploaded.status, await uploaded.clone().text()).toBe(200);
    const receipt: { token: string; url: string; name: string; content_type: string } = await uploaded.json();
    expect(receipt).toMatchObject({ name: "photo.png", content_type: "image/png" });
    expect((await fetchUrl(receipt.url)).status).toBe(200);
    const user = await visitorSocket(ws, visitor, id);
    const admin = await adminSocket(ws, await adminCookie(ws), id);
    await admin.next((f) => f.type === "synced");
    user.send({ type: "send", client_id: "m1", body: "", attachments: [receipt.token] });
    const frame = await admin.next((f) => f.type === "part" && f.part.client_id === "m1");
    const sent = frame.type === "part" ? frame.part.attachments?.[0] : undefined;
    expect(sent).toMatchObject({ type: "upload", name: "photo.png", content_type: "image/png", filesize: PNG.byteLength, url: expect.stringMatching(/^\/attachments\/.+\?exp=/) });
    expect((await call(sent?.url ?? "")).headers.get("content-type")).toBe("image/png");
  });

  it("a visitor's first message may carry a file uploaded before the conversation existed", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const auth = { authorization: `Bearer ${visitor.token}` };
    const receipt: { token: string } = await (await upload(`/messenger/${ws.appId}/attachments?name=a.png`, PNG, auth)).json();
    const response = await call(`/messenger/${ws.appId}/conversations`, { method: "POST", headers: auth, json: { client_id: "first", body: "", attachments: [receipt.token] } });
    expect(response.status, await response.clone().text()).toBe(200);
    const json: { part: { attachments: { name: string; url: string }[] } } = await response.json();
    expect(json.part.attachments[0]?.name).toBe("a.png");
    expect((await call(json.part.attachments[0]?.url ?? "")).status).toBe(200);
  });

  it("refuses another visitor's file, another conversation's file and a forged receipt", async () => {
    const { ws, visitor, id } = await aConversation();
    const other = await boot(ws);
    const otherConv = await startConversation(ws, other, "Mine");
    const theirs: { token: string } = await (await upload(`/messenger/${ws.appId}/attachments?name=x.png`, PNG, { authorization: `Bearer ${other.token}` })).json();
    const otherRoom: { token: string } = await (await upload(`/messenger/${ws.appId}/attachments?conversation_id=${otherConv.id}&name=y.png`, PNG, { authorization: `Bearer ${other.token}` })).json();
    const user = await visitorSocket(ws, visitor, id);
    await user.next((f) => f.type === "synced");
    const [body, sig] = theirs.token.split(".");
    for (const [n, token] of [theirs.token, otherRoom.token, `${body}.${sig?.replace(/^./, (ch) => (ch === "A" ? "B" : "A"))}`].entries()) {
      user.send({ type: "send", client_id: `bad${n}`, body: "look", attachments: [token] });
      expect(await user.next((f) => f.type === "error" && f.client_id === `bad${n}`)).toMatchObject({ code: "forbidden" });
    }
    const elsewhere = await upload(`/messenger/${ws.appId}/attachments?conversation_id=${otherConv.id}&name=z.png`, PNG, { authorization: `Bearer ${visitor.token}` });
    expect(elsewhere.status).toBe(404);
  });

  it("refuses a visitor's upload over 10 MB with 413 and without a token with 401", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const big = await upload(`/messenger/${ws.appId}/attachments?name=big.bin`, new Uint8Array(10 * 1024 * 1024 + 1), { authorization: `Bearer ${visitor.token}` }, "application/octet-stream");
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("10 MB");
    expect((await upload(`/messenger/${ws.appId}/attachments?name=a.png`, PNG, {})).status).toBe(401);
  });

  it("an admin uploads into a conversation with a session only, and sends the file", async () => {
    const { ws, visitor, id } = await aConversation();
    expect((await upload(`/admin/api/conversations/${id}/attachments?name=a.png`, PNG, { authorization: `Bearer ${ws.token}`, origin: BASE })).status).toBe(401);
    const cookie = await adminCookie(ws);
    const uploaded = await upload(`/admin/api/conversations/${id}/attachments?name=guide.pdf`, new TextEncoder().encode("%PDF-1.7"), { cookie, origin: BASE }, "application/pdf");
    const receipt: { token: string; content_type: string } = await uploaded.json();
    expect(receipt.content_type).toBe("application/pdf");
    const user = await visitorSocket(ws, visitor, id);
    const admin = await adminSocket(ws, cookie, id);
    await admin.next((f) => f.type === "synced");
    admin.send({ type: "send", client_id: "a1", body: "The guide", attachments: [receipt.token] });
    const frame = await user.next((f) => f.type === "part" && f.part.client_id === "a1");
    const url = frame.type === "part" ? (frame.part.attachments?.[0]?.url ?? "") : "";
    const download = await call(url);
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="guide\.pdf"/);
  });
});

describe("DELETE /contacts/{id} and attachments", () => {
  it("deletes the contact's files: sent, uploaded but never sent, and sent before the conversation existed", async () => {
    const { ws, visitor, id } = await aConversation();
    const auth = { authorization: `Bearer ${visitor.token}` };
    await reply(ws, id, { attachment_files: [file("a.png", PNG)] });
    await call(`/messenger/${ws.appId}/attachments?conversation_id=${id}&name=b.png`, { method: "POST", body: PNG, headers: auth });
    await call(`/messenger/${ws.appId}/attachments?name=c.png`, { method: "POST", body: PNG, headers: auth });
    const other = await aConversation();
    await reply(other.ws, other.id, { attachment_files: [file("keep.png", PNG)] });
    expect(await objectsUnder(`${ws.workspaceId}/`)).toHaveLength(3);
    const deleted = await call(`/api/contacts/${visitor.visitorId}`, { method: "DELETE", token: ws.token });
    expect(deleted.status).toBe(200);
    expect(await objectsUnder(`${ws.workspaceId}/`)).toEqual([]);
    expect(await objectsUnder(`${other.ws.workspaceId}/`)).toHaveLength(1);
  });
});
