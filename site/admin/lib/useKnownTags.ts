import { useEffect } from "preact/hooks";
import { fetchTags, TAGS_CHANGED, type TagRef } from "./tags.ts";
import { useResource } from "./useResource.ts";

/** The workspace's tags, read again whenever this tab creates, renames or deletes one. */
export function useKnownTags(): TagRef[] {
  const [tags, reload] = useResource((signal) => fetchTags(signal), []);
  useEffect(() => {
    window.addEventListener(TAGS_CHANGED, reload);
    return () => window.removeEventListener(TAGS_CHANGED, reload);
  }, [reload]);
  return tags.status === "ready" ? tags.data : [];
}
