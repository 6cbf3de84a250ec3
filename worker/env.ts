import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      CONVERSATIONS: DurableObjectNamespace<import("./conversation/ConversationRoom.ts").ConversationRoom>;
      INBOX_HUBS: DurableObjectNamespace<import("./inbox/InboxHub.ts").InboxHub>;
      VISITOR_CHANNELS: DurableObjectNamespace<import("./conversation/VisitorChannel.ts").VisitorChannel>;
      ASSETS: Fetcher;
      PARLEY_ENV?: string;
      NEW_VISITORS_PER_MINUTE?: string;
      /** Engage email: the send_email binding (absent in worker tests), sender address, public base URL for links. */
      EMAIL?: SendEmail;
      PARLEY_EMAIL_FROM?: string;
      PARLEY_PUBLIC_URL?: string;
      /** Set only by bench:campaigns: scheduled runs count the rows D1 reads. */
      PARLEY_COUNT_ROWS?: string;
      /** Only in worker tests: the numbered migrations, applied by tests/worker/setup.ts. */
      TEST_MIGRATIONS?: D1Migration[];
    }
    interface GlobalProps {
      mainModule: typeof import("./index.ts");
    }
  }
}

export type Env = Cloudflare.Env;
