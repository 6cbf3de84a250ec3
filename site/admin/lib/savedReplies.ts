import { useEffect, useState } from "preact/hooks";
import { savedReply, savedReplyList, type SavedReply, type SavedReplyInput } from "../../../shared/savedReplies/savedReply.ts";
import type { PlaceholderValues } from "../../../shared/savedReplies/placeholders.ts";
import { request, send } from "./api.ts";
import { DecodeError } from "./decode.ts";

// The workspace's saved replies: loaded once per page for every composer, reloaded after the
// settings screen changes them.

function parseWith<T>(schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false } }) {
  return (payload: unknown): T => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new DecodeError("not a saved reply answer");
    return parsed.data;
  };
}

const BASE_URL = "/admin/api/saved-replies";

export function fetchSavedReplies(signal?: AbortSignal): Promise<SavedReply[]> {
  return request("GET", BASE_URL, parseWith(savedReplyList), signal ? { signal } : {}).then((list) => list.data);
}

export async function saveSavedReply(id: string | null, input: SavedReplyInput): Promise<SavedReply> {
  const saved = await request(id === null ? "POST" : "PUT", id === null ? BASE_URL : `${BASE_URL}/${encodeURIComponent(id)}`, parseWith(savedReply), { body: input });
  refreshSavedReplies();
  return saved;
}

export async function deleteSavedReply(id: string): Promise<void> {
  await send("DELETE", `${BASE_URL}/${encodeURIComponent(id)}`);
  refreshSavedReplies();
}

let loading: Promise<SavedReply[]> | null = null;
const listeners = new Set<(list: SavedReply[]) => void>();

function load(): Promise<SavedReply[]> {
  loading ??= fetchSavedReplies().catch(() => {
    loading = null;
    return [];
  });
  return loading;
}

export function refreshSavedReplies(): void {
  loading = null;
  void load().then((list) => listeners.forEach((listener) => listener(list)));
}

/** The replies for the composer's picker; an empty list until (or unless) they load. */
export function useSavedReplies(): SavedReply[] {
  const [list, setList] = useState<SavedReply[]>([]);
  useEffect(() => {
    let live = true;
    const update = (next: SavedReply[]) => live && setList(next);
    listeners.add(update);
    void load().then(update);
    return () => {
      live = false;
      listeners.delete(update);
    };
  }, []);
  return list;
}

/** What the composer fills placeholders with: the conversation's contact and the signed-in admin. */
export function placeholderValues(contact: { name: string | null; email: string | null } | undefined, adminName: string | null): PlaceholderValues {
  return { "contact.name": contact?.name ?? null, "contact.email": contact?.email ?? null, "admin.name": adminName };
}
