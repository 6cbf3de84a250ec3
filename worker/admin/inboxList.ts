import type { InboxConversationPage } from "../../shared/inbox.ts";
import { inboxListPage } from "../db/inboxList.ts";
import { tagsOfConversations } from "../db/taggings.ts";
import { inboxConversation } from "../inbox/inboxView.ts";
import type { Handler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";
import { tagRefs } from "../http/tagViews.ts";
import { inboxCursor, parseInboxQuery } from "./inboxListQuery.ts";

/** The inbox's list rows, in the shape the InboxHub pushes, so a page and a live frame merge as one. */
export const listInboxConversations: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const parsed = parseInboxQuery(new URL(request.url).searchParams, c.principal.adminId);
  if (!parsed.ok) throw new ApiError("parameter_invalid", parsed.message);
  const page = await inboxListPage(c.db, c.principal.workspaceId, parsed.options);
  const tagged = await tagsOfConversations(c.db, c.principal.workspaceId, page.rows.map((row) => row.conversation.id));
  const last = page.rows.at(-1)?.conversation;
  const body = {
    conversations: page.rows.map((row) => inboxConversation(row.conversation, row.contact, tagRefs(tagged.get(row.conversation.id) ?? []))),
    next_cursor: page.hasMore && last ? inboxCursor(last) : null,
  } satisfies InboxConversationPage;
  return Response.json(body);
};
