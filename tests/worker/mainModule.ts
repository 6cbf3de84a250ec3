// Types `exports` from "cloudflare:workers" for tests that call the Worker directly. It lives with
// the tests: worker/env.ts must not name the entry module, or every handler joins one import circle.
declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../../worker/index.ts");
    }
  }
}

export {};
