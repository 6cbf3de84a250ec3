import { pickLanguage, readerLanguages } from "../../../shared/i18n/language.ts";
import type { LoaderText, LoaderTexts } from "../../../shared/i18n/loaderText.ts";
import { createCard, type Card } from "./card.ts";
import { openChannel, type Channel } from "./channel.ts";
import { bootSessionOf, conversationUnreadOf, errorMessageOf, type ConversationChange } from "./guards.ts";
import { createLauncher, type Launcher } from "./launcher.ts";
import { noticeOf } from "./notice.ts";
import { store } from "./storage.ts";
import type { BootSession, Core, Listener, Look, Messenger } from "./types.ts";

declare const MESSENGER_VERSION: string;
/** Every catalogue's launcher words, put in by the build (shared/i18n/loaderText.ts). */
declare const LOADER_TEXT: LoaderTexts & { en: LoaderText };

// The script a site loads from /widget/{app_id}: the Intercom-compatible `window.Intercom`
// dispatcher, the launcher and the channel socket. The messenger itself loads on first use.
// Before the host page is idle the loader draws the launcher and nothing else: the boot request,
// storage and the channel socket wait for an idle moment unless the visitor or the host asks for
// the messenger first (docs/widgetPerformance.md).
type Settings = Record<string, unknown>;
type Api = ((method: string, ...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[]; booted?: boolean };
declare global {
  interface Window {
    Intercom?: Api;
    Parley?: Api;
    intercomSettings?: Settings;
  }
}
const w = window;
const asSettings = (s: unknown): Settings => (typeof s === "object" && s !== null && !Array.isArray(s) ? Object.fromEntries(Object.entries(s)) : {});

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : document.querySelector<HTMLScriptElement>('script[src*="/widget/"]');
const scriptBase = script ? new URL(script.src).origin : location.origin;

let settings: Settings = {};
let session: BootSession | null = null;
let launcher: Launcher | null = null;
let card: Card | null = null;
let channel: Channel | null = null;
let messenger: Messenger | null = null;
let loading: Promise<Messenger> | null = null;
const unread = new Map<string, number>();
let lastTotal = -1;
const pending: [string, unknown[]][] = [];
const listeners = { show: [] as Listener<void>[], hide: [] as Listener<void>[], unread: [] as Listener<number>[], channel: [] as Listener<string>[] };
const warned = new Set<string>();

const appId = () => String(settings.app_id ?? "");
// Snippets copied from Intercom carry api_base pointing at Intercom: that one is ignored.
const base = () => {
  const api = typeof settings.api_base === "string" ? settings.api_base : "";
  // A throw costs the host page a millisecond or two: most snippets have no api_base at all.
  if (!api) return scriptBase;
  try {
    const url = new URL(api);
    return /(^|\.)intercom\.io$/i.test(url.hostname) ? scriptBase : url.origin;
  } catch {
    return scriptBase;
  }
};
// The reader's language as the messenger picks it, so the launcher and the panel always agree.
const texts = LOADER_TEXT;
const text = (): LoaderText => pickLanguage(readerLanguages(settings, navigator.languages), texts) ?? texts.en;
const num = (v: unknown, d: number) => (typeof v === "number" && Number.isFinite(v) ? v : d);
const look = (): Look => ({
  alignment: settings.alignment === "left" ? "left" : "right",
  horizontalPadding: num(settings.horizontal_padding, 20),
  verticalPadding: num(settings.vertical_padding, 20),
  actionColor: typeof settings.action_color === "string" ? settings.action_color : "#4f46e5",
  backgroundColor: typeof settings.background_color === "string" ? settings.background_color : "#4f46e5",
});

function setUnreadTotal(total: number): void {
  launcher?.setUnread(total);
  if (total !== lastTotal) {
    lastTotal = total;
    for (const fn of listeners.unread) fn(total);
  }
}

/** A message from the team while the messenger is closed shows as a card; reading it elsewhere hides it. */
function notify(change: ConversationChange): void {
  const notice = noticeOf(change, isOpen, session?.app.name ?? "");
  if (notice) card?.show(notice);
  else if (change.unread === 0) card?.hide(change.id);
}

function request(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (session) headers.authorization = `Bearer ${session.token}`;
  return fetch(`${base()}/messenger/${encodeURIComponent(appId())}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

const core: Core = {
  base: scriptBase,
  get appId() {
    return appId();
  },
  get root() {
    if (!launcher) throw new Error("Parley: not booted");
    return launcher.root;
  },
  look,
  session: () => session,
  settings: () => settings,
  request,
  socketUrl: (path) => `${base().replace(/^http/, "ws")}/messenger/${encodeURIComponent(appId())}${path}`,
  protocols: () => ["parley.v1", `parley-token.${session?.token ?? ""}`],
  setUnread: setUnreadTotal,
  setOpen(open) {
    launcher?.setExpanded(open);
    if (!open && isOpen) launcher?.focus();
    for (const fn of open ? listeners.show : listeners.hide) fn();
  },
  onChannel: (fn) => void listeners.channel.push(fn),
};

function loadMessenger(): Promise<Messenger> {
  loading ??= import(/* @vite-ignore */ `${scriptBase}/messenger-assets/messenger.js?v=${MESSENGER_VERSION}`).then((mod: { mount: (c: Core) => Messenger }) => {
    messenger = mod.mount(core);
    for (const [method, args] of pending.splice(0)) messenger.call(method, args);
    return messenger;
  });
  return loading;
}

function toMessenger(method: string, args: unknown[]): void {
  if (!session) {
    pending.push([method, args]);
    // Someone wants the messenger now: the boot stops waiting for an idle moment.
    return void bootNow?.();
  }
  if (messenger) messenger.call(method, args);
  else {
    pending.push([method, args]);
    loadMessenger().catch((e: unknown) => console.error("Parley: the messenger could not load", e));
  }
}

/** The boot waiting for the page to be idle; calling it boots now. */
let bootNow: (() => void) | null = null;
const idle = (fn: () => void) => (w.requestIdleCallback ? w.requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 300));

function bootWhenIdle(): void {
  if (bootNow) return;
  const run = () => {
    // Replaced or cancelled (shutdown) since it was scheduled: nothing to do.
    if (bootNow !== run) return;
    bootNow = null;
    void visit("boot");
  };
  bootNow = run;
  idle(run);
}

async function visit(kind: "boot" | "update", extra: Settings = {}): Promise<void> {
  settings = { ...settings, ...extra };
  const response = await request(`/${kind}`, {
    method: "POST",
    body: { settings, token: store.token(appId()), visitor_id: store.visitorId(appId()), page_url: location.href },
  });
  const body: unknown = await response.json().catch(() => null);
  const next = response.ok ? bootSessionOf(body) : null;
  if (!next) {
    // The launcher went up before the boot: a refused one takes it down again.
    if (!session) removeLauncher();
    return console.error(`Parley: ${kind} failed: ${errorMessageOf(body)}`);
  }
  if (session && session.contact.id !== next.contact.id) resetConnections();
  session = next;
  store.setToken(appId(), next.token);
  store.setVisitorId(appId(), next.visitor_id);
  if (kind === "boot") afterBoot(next.conversations);
}

function showLauncher(): Launcher {
  const visible = settings.hide_default_launcher !== true;
  if (launcher) launcher.setVisible(visible);
  else launcher = createLauncher(look(), visible, () => toMessenger(messenger && isOpen ? "hide" : "show", []), text);
  return launcher;
}

function removeLauncher(): void {
  launcher?.remove();
  [launcher, card] = [null, null];
}

function afterBoot(conversations: { id: string; unread: number }[]): void {
  card ??= createCard(showLauncher(), look(), (id) => toMessenger("showConversation", [id]), text);
  bindCustomLauncher();
  unread.clear();
  for (const c of conversations) unread.set(c.id, c.unread);
  setUnreadTotal([...unread.values()].reduce((a, b) => a + b, 0));
  channel ??= openChannel(() => core.socketUrl("/ws"), core.protocols, (frame) => {
    for (const fn of listeners.channel) fn(frame);
    const change = conversationUnreadOf(frame);
    if (change) notify(change);
    if (!change || messenger) return;
    unread.set(change.id, change.unread);
    setUnreadTotal([...unread.values()].reduce((a, b) => a + b, 0));
    if (change.unread > 0) void loadMessenger();
  });
  if (lastTotal > 0) void loadMessenger();
  for (const [method, args] of pending.splice(0)) toMessenger(method, args);
  for (const fn of readyQueue.splice(0)) fn();
}

let isOpen = false;
listeners.show.push(() => ((isOpen = true), card?.hide()));
listeners.hide.push(() => (isOpen = false));
const readyQueue: (() => void)[] = [];

function bindCustomLauncher(): void {
  const selector = settings.custom_launcher_selector;
  if (typeof selector !== "string") return;
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (el.dataset.parleyBound) continue;
    el.dataset.parleyBound = "1";
    el.addEventListener("click", (e) => (e.preventDefault(), toMessenger("show", [])));
  }
}

/** Another person now: their channel and messenger must not keep the previous one's. */
function resetConnections(): void {
  channel?.close();
  messenger?.unmount();
  [channel, messenger, loading] = [null, null, null];
}

function shutdown(): void {
  if (appId()) store.clear(appId());
  resetConnections();
  removeLauncher();
  [session, bootNow] = [null, null];
  unread.clear();
  setUnreadTotal(0);
  lastTotal = -1;
}

const methods: Record<string, (...args: unknown[]) => unknown> = {
  boot(s) {
    settings = { ...settings, ...asSettings(s) };
    if (!appId()) return console.error("Parley: boot needs an app_id");
    showLauncher();
    bindCustomLauncher();
    // A second boot (say, the visitor just logged in) goes at once, as before.
    if (session) return visit("boot");
    bootWhenIdle();
  },
  // Before the boot has answered, settings join the boot's own.
  update: (s) => (session ? visit("update", asSettings(s)) : void (settings = { ...settings, ...asSettings(s) })),
  shutdown,
  // Events tracked before boot wait for it rather than being lost.
  trackEvent: (name, metadata) => {
    const send = () => void request("/events", { method: "POST", body: { event_name: String(name), metadata: metadata ?? {} } });
    if (session) send();
    else readyQueue.push(send);
  },
  onShow: (fn) => typeof fn === "function" && listeners.show.push(() => fn()),
  onHide: (fn) => typeof fn === "function" && listeners.hide.push(() => fn()),
  onUnreadCountChange: (fn) => typeof fn === "function" && listeners.unread.push((n) => fn(n)),
  getVisitorId: () => (appId() ? store.visitorId(appId()) : ""),
  ready: (fn) => typeof fn === "function" && (session ? fn() : readyQueue.push(() => fn())),
  reattach_activator: bindCustomLauncher,
};
for (const name of ["show", "hide", "showMessages", "showNewMessage", "showSpace", "showArticle", "showConversation"]) {
  methods[name] = (...args) => toMessenger(name, args);
}

const api: Api = (method, ...args) => {
  const fn = methods[method];
  if (fn) return fn(...args);
  if (!warned.has(method)) {
    warned.add(method);
    console.warn(`Parley: unknown messenger method "${method}" ignored`);
  }
};
api.booted = true;

const queued = w.Intercom?.q ?? [];
w.Intercom = api;
w.Parley = api;
for (const entry of Array.from(queued)) {
  const [method, ...args] = Array.from(entry);
  if (typeof method === "string") api(method, ...args);
}
if (w.intercomSettings && !session && !queued.some((e) => e[0] === "boot")) void api("boot", w.intercomSettings);
