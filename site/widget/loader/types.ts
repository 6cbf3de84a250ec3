// The contract between the small loader (on every page) and the messenger (loaded on demand).
export type Listener<T> = (value: T) => void;

export interface BootSession {
  visitor_id: string;
  token: string;
  contact: { id: string; role: "user" | "lead"; name: string | null; email: string | null };
  app: { app_id: string; name: string };
  /** First names of the team, online ones first. */
  team: { id: string; name: string; online: boolean }[];
  /** Whether the team is in now, when it is back (unix seconds) and the reply time it promises. */
  office_hours: { open: boolean; next_open_at: number | null; reply_time: "minutes" | "hours" | "day" };
  unread: number;
}

export interface Look {
  alignment: "left" | "right";
  horizontalPadding: number;
  verticalPadding: number;
  actionColor: string;
  backgroundColor: string;
}

/** What the loader hands the messenger: no globals, no second copy of the session. */
export interface Core {
  base: string;
  appId: string;
  root: ShadowRoot;
  look: () => Look;
  session: () => BootSession | null;
  settings: () => Record<string, unknown>;
  request: (path: string, init?: { method?: string; body?: unknown }) => Promise<Response>;
  socketUrl: (path: string) => string;
  protocols: () => string[];
  setUnread: (count: number) => void;
  /** Also returns focus to the launcher on close, so keyboard users land where they started. */
  setOpen: (open: boolean) => void;
  onChannel: (listener: Listener<string>) => void;
}

export interface Messenger {
  call: (method: string, args: unknown[]) => void;
  unmount: () => void;
}
