// Durable Object names: one room per conversation, one hub per workspace, one channel per
// contact. Objects read their own name back (`ctx.id.name`), so the format lives here only.
const HUB_PREFIX = "workspace:";

export const roomName = (workspaceId: number, conversationId: number): string => `${workspaceId}:${conversationId}`;
export const hubName = (workspaceId: number): string => `${HUB_PREFIX}${workspaceId}`;
export const channelName = (workspaceId: number, contactId: string): string => `${workspaceId}:${contactId}`;

/** A hub knows its workspace from its own name, also after hibernation. */
export function workspaceOfHub(name: string | undefined): number | null {
  if (!name?.startsWith(HUB_PREFIX)) return null;
  const id = Number(name.slice(HUB_PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
