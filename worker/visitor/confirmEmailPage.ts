// The page a confirmation email links to. The token sits in the URL's fragment, which browsers
// never send, so it reaches no log; this page's one script posts it, and only on a click, because
// mail scanners open links and must not confirm an address by doing so.
import { escapeHtml } from "../../shared/markdown/html.ts";
import type { Handler } from "../http/context.ts";
import { workspaceOf } from "./session.ts";

const SCRIPT = `const f=document.forms[0],o=document.querySelector("output"),t=location.hash.slice(1);
history.replaceState(null,"",location.pathname);
if(!t){f.hidden=true;o.textContent="This link is incomplete. Open it again from the email.";}
f.addEventListener("submit",async(e)=>{e.preventDefault();f.elements[0].disabled=true;
const r=await fetch(location.pathname.replace(/confirm-email$/,"email/confirm"),{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({token:t})}).catch(()=>null);
f.hidden=!!(r&&r.ok);f.elements[0].disabled=false;
o.textContent=r&&r.ok?"Thanks, your email is confirmed. You can close this page.":"This link is not valid or has expired. Ask for a new one in the messenger.";});`;

let scriptHash: Promise<string> | undefined;
async function hashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

export const confirmEmailPage: Handler = async (request, c) => {
  const workspace = await workspaceOf(request, c);
  scriptHash ??= hashOf(SCRIPT);
  const name = escapeHtml(workspace.name);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Confirm your email</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>Confirm your email</h1><p>Get notified by email when ${name} replies to you.</p><form><button type="submit">Confirm my email</button></form><p><output role="status"></output></p><script>${SCRIPT}</script></body></html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `default-src 'none'; script-src 'sha256-${await scriptHash}'; connect-src 'self'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`,
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    },
  });
};
