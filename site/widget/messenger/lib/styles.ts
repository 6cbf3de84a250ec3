// The messenger's CSS, scoped by its shadow root: nothing leaks into or out of the host page.
import { ATTACHMENT_STYLES } from "./attachmentStyles.ts";

export const STYLES = ATTACHMENT_STYLES + `
:host{all:initial}
*{box-sizing:border-box}
.p{--bg:#fff;--fg:#111827;--mu:#4b5563;--sf:#fff;--bd:#e5e7eb;--bb:#f3f4f6;--ln:#1d4ed8;--er:#b91c1c;position:fixed;bottom:calc(var(--v) + 72px);right:var(--h);width:380px;height:min(640px,calc(100vh - 110px));display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border-radius:16px;box-shadow:0 12px 48px #0004;overflow:hidden;z-index:2147483001;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;animation:in .18s ease-out}
@keyframes in{from{opacity:0;transform:translateY(12px)}}
.p.l{right:auto;left:var(--h)}
/* A phone gets the whole screen, whatever padding the site asked for beside the launcher. */
@media (max-width:450px){.p,.p.l{inset:0;width:auto;height:auto;border-radius:0}}
@media (prefers-reduced-motion:reduce){.p{animation:none}}
/* Both schemes keep every text at 4.5:1 or more on the surface it sits on (tests/browser/dayOneMessenger.test.ts). */
@media (prefers-color-scheme:dark){.p{--bg:#111827;--fg:#f3f4f6;--mu:#9ca3af;--sf:#1f2937;--bd:#374151;--bb:#374151;--ln:#93c5fd;--er:#fca5a5}}
.h{background:var(--a);color:#fff;padding:16px 16px 14px;display:flex;align-items:center;gap:10px}
.h h2{font-size:16px;margin:0;flex:1}
.x,.bk{background:none;border:0;color:inherit;cursor:pointer;font-size:20px;line-height:1;padding:4px 8px;border-radius:8px}
.x:focus-visible,.bk:focus-visible,button:focus-visible,a:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.h .x:focus-visible,.h .bk:focus-visible{outline-color:#fff}
.f{display:flex}.av{width:28px;height:28px;border-radius:50%;background:#0003;display:grid;place-items:center;font-weight:600;font-size:12px;border:2px solid var(--a);margin-left:-6px;color:#fff}
.b{flex:1;overflow:auto;padding:16px}
.g{font-size:22px;font-weight:700;margin:4px 0 2px}
.c{display:block;width:100%;text-align:left;border:1px solid var(--bd);background:var(--sf);border-radius:12px;padding:12px 14px;margin:10px 0;cursor:pointer;color:inherit;font:inherit}
.c:hover{border-color:var(--a)}
.c small{display:block;color:var(--mu)}
.cx{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.pri{background:var(--a);color:#fff;border:0;border-radius:10px;padding:10px 14px;font:600 14px system-ui,sans-serif;cursor:pointer}
.un{background:#e11d48;color:#fff;border-radius:9px;padding:0 6px;font-size:11px;margin-left:6px}
.log{display:flex;flex-direction:column;gap:6px}
.m{display:flex;flex-direction:column;max-width:82%}
.m.u{align-self:flex-end;align-items:flex-end}
.bb{padding:8px 12px;border-radius:14px;background:var(--bb);white-space:pre-wrap;overflow-wrap:anywhere}
.m.u .bb{background:var(--a);color:#fff}
.m.u .bb a{color:#fff}
.bb p,.bb ul{margin:0}.bb>*+*{margin-top:8px}.bb ul{padding-left:20px}
.who{font-size:12px;color:var(--mu);margin:6px 2px 2px}
.st{font-size:11px;color:var(--mu);margin:2px 4px}
.ev{align-self:center;font-size:12px;color:var(--mu)}
.err{color:var(--er);font-size:12px}
.off{background:#fef3c7;color:#92400e;padding:6px 12px;font-size:12px}
.ty{font-size:12px;color:var(--mu);padding:0 16px 4px;min-height:18px}
.cmp{display:flex;align-items:flex-end;gap:8px;padding:10px;border-top:1px solid var(--bd)}
textarea,.i{flex:1;resize:none;border:1px solid #9ca3af;border-radius:10px;padding:8px 10px;font:inherit;color:inherit;background:var(--sf);max-height:120px}
.i{width:100%}
code{font-family:ui-monospace,monospace;background:#8882;padding:0 3px;border-radius:4px}
.nav{display:flex;border-top:1px solid var(--bd)}
.nav button{flex:1;background:none;border:0;padding:10px;cursor:pointer;font:inherit;color:var(--mu)}
/* The action color may be any brand color: the active tab is marked by a bar of it, its text keeps the contrast. */
.nav button[aria-current=page]{color:var(--fg);font-weight:600;box-shadow:inset 0 3px 0 var(--a)}
.art{overflow-wrap:anywhere}.art img{max-width:100%}.art pre{overflow:auto}.art a{color:var(--ln)}
.at{font-size:21px;line-height:1.25;margin:8px 0 4px}.art h1{font-size:18px}.art h2{font-size:17px}.art h3{font-size:15px}.art h4,.art h5,.art h6{font-size:14px}
.af{border-top:1px solid var(--bd);padding:8px 16px;display:flex;flex-wrap:wrap;align-items:center;gap:6px}.af p{margin:0;flex:1;font-size:13px}.af .pri{flex-basis:100%}
.re{border:1px solid var(--bd);background:var(--sf);border-radius:10px;font-size:18px;line-height:1;padding:5px 8px;cursor:pointer}
.re[aria-pressed=true]{border-color:var(--a);background:var(--bb);box-shadow:inset 0 0 0 2px var(--a)}
mark{background:#fde68a;color:#111827}
.ea{margin:12px 0 0;padding:12px;border:1px solid var(--bd);border-radius:12px;background:var(--sf)}.ea p{margin:4px 0 8px;color:var(--mu);font-size:13px}.er{display:flex;gap:8px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.hm{cursor:default}.hm:hover{border-color:var(--bd)}.hm .pri{margin-top:10px}.rt{margin:8px 0 0;font-weight:600}.ol{margin:2px 0 0;font-size:13px;color:var(--mu)}
.tm{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:12px}.tm li{display:flex;flex-direction:column;align-items:center;gap:4px;width:56px}
.fa{position:relative;width:40px;height:40px;border-radius:50%;display:grid;place-items:center;color:#fff;font-weight:700;font-size:16px}
.on{position:absolute;right:-1px;bottom:-1px;width:12px;height:12px;border-radius:50%;background:#16a34a;border:2px solid var(--sf)}
.fn{font-size:12px;color:var(--mu);max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ls{list-style:none;margin:0;padding:0}.sh{font-size:14px;margin:16px 0 4px}
`;
