// The messenger's CSS, scoped by its shadow root: nothing leaks into or out of the host page.
export const STYLES = `
:host{all:initial}
*{box-sizing:border-box}
.p{position:fixed;bottom:calc(var(--v) + 72px);width:380px;height:min(640px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;color:#111827;border-radius:16px;box-shadow:0 12px 48px #0004;overflow:hidden;z-index:2147483001;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;animation:in .18s ease-out}
@keyframes in{from{opacity:0;transform:translateY(12px)}}
@media (max-width:450px){.p{inset:0;width:auto;height:auto;border-radius:0}}
@media (prefers-reduced-motion:reduce){.p{animation:none}}
@media (prefers-color-scheme:dark){.p{background:#111827;color:#f3f4f6}.c,.t,.i,textarea{background:#1f2937!important;color:#f3f4f6!important}.m.u .bb{background:var(--a)}.m .bb{background:#374151}}
.h{background:var(--a);color:#fff;padding:16px 16px 14px;display:flex;align-items:center;gap:10px}
.h h2{font-size:16px;margin:0;flex:1}
.x,.bk{background:none;border:0;color:inherit;cursor:pointer;font-size:20px;line-height:1;padding:4px 8px;border-radius:8px}
.x:focus-visible,.bk:focus-visible,button:focus-visible,a:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.h .x:focus-visible,.h .bk:focus-visible{outline-color:#fff}
.f{display:flex}.av{width:28px;height:28px;border-radius:50%;background:#fff3;display:grid;place-items:center;font-weight:600;font-size:12px;border:2px solid var(--a);margin-left:-6px;color:#fff}
.b{flex:1;overflow:auto;padding:16px}
.g{font-size:22px;font-weight:700;margin:4px 0 2px}
.c{display:block;width:100%;text-align:left;border:1px solid #e5e7eb;background:#fff;border-radius:12px;padding:12px 14px;margin:10px 0;cursor:pointer;color:inherit;font:inherit}
.c:hover{border-color:var(--a)}
.c small{display:block;color:#6b7280}
.pri{background:var(--a);color:#fff;border:0;border-radius:10px;padding:10px 14px;font:600 14px system-ui,sans-serif;cursor:pointer}
.un{background:#e11d48;color:#fff;border-radius:9px;padding:0 6px;font-size:11px;margin-left:6px}
.log{display:flex;flex-direction:column;gap:6px}
.m{display:flex;flex-direction:column;max-width:82%}
.m.u{align-self:flex-end;align-items:flex-end}
.bb{padding:8px 12px;border-radius:14px;background:#f3f4f6;white-space:pre-wrap;overflow-wrap:anywhere}
.m.u .bb{background:var(--a);color:#fff}
.m.u .bb a{color:#fff}
.who{font-size:12px;color:#6b7280;margin:6px 2px 2px}
.st{font-size:11px;color:#6b7280;margin:2px 4px}
.ev{align-self:center;font-size:12px;color:#6b7280}
.err{color:#b91c1c;font-size:12px}
.off{background:#fef3c7;color:#92400e;padding:6px 12px;font-size:12px}
.ty{font-size:12px;color:#6b7280;padding:0 16px 4px;min-height:18px}
.cmp{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb}
textarea,.i{flex:1;resize:none;border:1px solid #d1d5db;border-radius:10px;padding:8px 10px;font:inherit;color:inherit;background:#fff;max-height:120px}
code{font-family:ui-monospace,monospace;background:#0001;padding:0 3px;border-radius:4px}
.nav{display:flex;border-top:1px solid #e5e7eb}
.nav button{flex:1;background:none;border:0;padding:10px;cursor:pointer;font:inherit;color:inherit}
.nav button[aria-current=page]{color:var(--a);font-weight:600}
.art{overflow-wrap:anywhere}.art img{max-width:100%}.art pre{overflow:auto}
mark{background:#fde68a;color:inherit}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;
