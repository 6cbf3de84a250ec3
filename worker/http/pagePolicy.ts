// The Content-Security-Policy of Parley's own pages (help center, admin app, draft preview).
// Static pages get it from site/help/public/_headers; pages the Worker serves from here.
// pagePolicy.test.ts keeps the two the same.
export const PAGE_POLICY = [
  "default-src 'self'",
  // Files of this origin only, no inline script; Pagefind's search compiles WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  // The brand colors are one inline <style>; styles cannot run script.
  "style-src 'self' 'unsafe-inline'",
  // Article images are any https:// URL; the favicon is a data: SVG.
  "img-src 'self' https: data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // No other site may frame these pages (clickjacking the admin app).
  "frame-ancestors 'none'",
].join("; ");

export const PAGE_SECURITY_HEADERS = {
  "content-security-policy": PAGE_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
} as const;
