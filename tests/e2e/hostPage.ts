import { createServer, type Server } from "node:http";

// A customer's website on another origin, installing Parley with Intercom's classic snippet:
// calls made before the script loads wait in `Intercom.q`.
export function snippetPage(parleyBase: string, settings: Record<string, unknown>, extra = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer site</title>
<style>body{font-family:serif;color:rgb(255,0,0)} button{background:rgb(0,255,0)}</style></head>
<body><h1>Customer site</h1><p id="host-text">Welcome to our shop.</p>
<script>
window.__unread = [];
window.intercomSettings = ${JSON.stringify(settings)};
(function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src=${JSON.stringify(`${parleyBase}/widget/`)}+${JSON.stringify(String(settings.app_id))};var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};if(document.readyState==='complete'){l();}else{w.addEventListener('load',l,false);}}})();
Intercom('onUnreadCountChange', function (count) { window.__unread.push(count); });
${extra}
</script></body></html>`;
}

/** Serves pages registered by path on 127.0.0.1 at a free port. */
export async function startHostSite(): Promise<{ url: string; page: (path: string, html: string) => void; close: () => Promise<void> }> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pages.get((req.url ?? "/").split("?")[0] ?? "/");
    res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    page: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
