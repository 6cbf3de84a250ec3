// The only place that turns ids into Durable Object stubs.
import { channelName, hubName, roomName } from "./names.ts";
import type { ConversationRoomRpc, InboxHubRpc, VisitorChannelRpc } from "./rpc.ts";

interface Namespaces {
  CONVERSATIONS: DurableObjectNamespace<ConversationRoomRpc>;
  INBOX_HUBS: DurableObjectNamespace<InboxHubRpc>;
  VISITOR_CHANNELS: DurableObjectNamespace<VisitorChannelRpc>;
}

export function roomOf(env: Namespaces, workspaceId: number, conversationId: number): DurableObjectStub<ConversationRoomRpc> {
  return env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(roomName(workspaceId, conversationId)));
}

export function hubOf(env: Namespaces, workspaceId: number): DurableObjectStub<InboxHubRpc> {
  return env.INBOX_HUBS.get(env.INBOX_HUBS.idFromName(hubName(workspaceId)));
}

export function channelOf(env: Namespaces, workspaceId: number, contactId: string): DurableObjectStub<VisitorChannelRpc> {
  return env.VISITOR_CHANNELS.get(env.VISITOR_CHANNELS.idFromName(channelName(workspaceId, contactId)));
}
