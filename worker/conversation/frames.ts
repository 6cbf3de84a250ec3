import { parseClientFrame, type Author, type ServerFrame } from "../../shared/protocol.ts";
import type { NewPart, Side } from "../durable/types.ts";
import { admitSend } from "../../shared/conversation/sendLimit.ts";
import { shouldRelayTyping } from "./lifecycle.ts";
import { partProblem } from "./parts.ts";

/** A frame longer than this is refused before it is parsed: a 10 KB message fits with room to spare. */
export const MAX_FRAME_CHARS = 64 * 1024;

export type ErrorFrame = Extract<ServerFrame, { type: "error" }>;

export type FrameAction =
  | { do: "pong" }
  | { do: "ignore" }
  | { do: "typing"; relayedAt: number }
  | { do: "read"; seq: number }
  | { do: "send"; clientId: string; part: NewPart; sendTimes: number[] }
  | { do: "refuse"; error: ErrorFrame };

export interface SocketState {
  role: Side;
  author: Author;
  lastTypingAt: number | undefined;
  sendTimes: readonly number[];
}

const refuse = (code: ErrorFrame["code"], message: string, clientId?: string): FrameAction => ({
  do: "refuse",
  error: clientId === undefined ? { type: "error", code, message } : { type: "error", code, message, client_id: clientId },
});

/** What a room does with one frame from a socket: every check, no storage and no socket. */
export function decideFrame(socket: SocketState, message: string | ArrayBuffer, now: number): FrameAction {
  if (typeof message !== "string") return refuse("invalid_frame", "Frames are JSON text.");
  if (message.length > MAX_FRAME_CHARS) return refuse("too_large", `Frames are limited to ${MAX_FRAME_CHARS / 1024} KB.`);
  const parsed = parseClientFrame(message);
  if (!parsed.ok) return refuse("invalid_frame", parsed.message);
  const frame = parsed.frame;
  switch (frame.type) {
    case "ping":
      return { do: "pong" };
    case "typing":
      return shouldRelayTyping(socket.lastTypingAt, now) ? { do: "typing", relayedAt: now } : { do: "ignore" };
    case "read":
      return { do: "read", seq: frame.seq };
    case "send": {
      const kind = frame.kind ?? "comment";
      if (kind === "note" && socket.role !== "admin") return refuse("forbidden", "Only admins write notes.", frame.client_id);
      const part: NewPart = { clientId: frame.client_id, partType: kind, author: socket.author, body: frame.body, createdAt: Math.floor(now / 1000) };
      if (frame.attachments?.length) part.uploads = frame.attachments;
      const problem = partProblem(part);
      if (problem) return refuse(problem.code, problem.message, frame.client_id);
      const sendTimes = admitSend(socket.sendTimes, now);
      if (!sendTimes) return refuse("rate_limited", "Too many messages; wait a few seconds.", frame.client_id);
      return { do: "send", clientId: frame.client_id, part, sendTimes };
    }
  }
}
