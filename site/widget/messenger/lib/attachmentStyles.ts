// The messenger's CSS for files in messages and in the composer (components/AttachmentList.tsx,
// components/ComposerFiles.tsx); the admin app styles the same classes in admin.css.
export const ATTACHMENT_STYLES = `
.atl{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-direction:column;gap:4px}
.ati{padding:0;border:0;background:none;cursor:zoom-in;border-radius:10px;display:block}
.ati img{display:block;max-width:220px;max-height:180px;border-radius:10px;border:1px solid var(--bd)}
.atf{color:var(--ln);overflow-wrap:anywhere}.ats{color:var(--mu)}
.atd{border:0;border-radius:12px;padding:8px;max-width:92vw;max-height:92vh;background:var(--sf);color:var(--fg)}
.atd::backdrop{background:#000b}.atd img{display:block;max-width:88vw;max-height:80vh;margin:0 auto 8px}
.atx{display:block;margin:0 auto;border:1px solid var(--bd);background:var(--sf);color:inherit;border-radius:8px;padding:6px 12px;font:inherit;cursor:pointer}
.upb{background:none;border:0;color:var(--mu);cursor:pointer;padding:8px 4px;border-radius:8px;display:grid;place-items:center}
.upt{list-style:none;margin:0;padding:6px 10px 0;display:flex;flex-direction:column;gap:4px;font-size:12px}
.upt li{display:flex;align-items:center;gap:6px;flex-wrap:wrap}.upn{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:60%}.ups{color:var(--mu)}
.upt progress{flex:1;min-width:60px;height:6px}.upe{color:var(--er)}
.upx{margin-left:auto;background:none;border:0;color:inherit;cursor:pointer;font-size:16px;line-height:1;padding:0 4px}
`;
