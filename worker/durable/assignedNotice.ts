// What a room tells the workspace's hub when a conversation is given to an admin: the hub knows
// whether that admin is away or offline, and then emails them.
export interface AssignedNotice {
  conversationId: number;
  adminId: number;
  /** Who assigned it: an admin's or a bot's name (routing rules), null when unnamed. */
  byName: string | null;
  createdAt: number;
}
