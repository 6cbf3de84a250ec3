import type { D1Migration } from "cloudflare:test";
import type { ConversationRoomRpc, InboxHubRpc, VisitorChannelRpc } from "./durable/rpc.ts";

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      CONVERSATIONS: DurableObjectNamespace<ConversationRoomRpc>;
      INBOX_HUBS: DurableObjectNamespace<InboxHubRpc>;
      VISITOR_CHANNELS: DurableObjectNamespace<VisitorChannelRpc>;
      ASSETS: Fetcher;
      /** Attachments' bytes (worker/durable/attachmentFiles.ts). */
      FILES: R2Bucket;
      /** Webhook events and deliveries (worker/webhooks/, queue `parley-webhooks`); bodies are checked by the consumer. */
      WEBHOOKS: Queue;
      /** Engage deliveries claimed by a run or a manual message, sent by worker/engage/deliveryQueue.ts (queue `parley-deliveries`). */
      DELIVERIES?: Queue<unknown>;
      PARLEY_ENV?: string;
      NEW_VISITORS_PER_MINUTE?: string;
      /** "1" under npm start and the test server: a client-sent CF-Connecting-IP is ignored (worker/http/clientAddress.ts). */
      PARLEY_LOCAL_DEV?: string;
      /** "1" only under `npm run chaos`: the dev-only fault hook and socket closer (docs/reliability.md). */
      PARLEY_CHAOS?: string;
      /** Engage email: the send_email binding (absent in worker tests), sender address, public base URL for links. */
      EMAIL?: SendEmail;
      PARLEY_EMAIL_FROM?: string;
      PARLEY_PUBLIC_URL?: string;
      /** Seconds an admin's reply waits for the contact's messenger before it is emailed (default 60). */
      PARLEY_EMAIL_DELAY_S?: string;
      /** Set only by bench:campaigns: scheduled runs count the rows D1 reads. */
      PARLEY_COUNT_ROWS?: string;
      /** Worker secret wrapping the secrets stored in D1 (worker/identity/secretBox.ts); a dev default when unset. */
      PARLEY_SECRET_KEY?: string;
      /** Only in worker tests: the numbered migrations, applied by tests/worker/setup.ts. */
      TEST_MIGRATIONS?: D1Migration[];
    }
  }
}

export type Env = Cloudflare.Env;
