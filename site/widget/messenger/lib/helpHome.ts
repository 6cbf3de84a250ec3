import * as z from "zod/mini";
import type { Core } from "../../loader/types.ts";
import { langParam } from "./language.ts";

// What the Help space opens on before any search: collections and the most viewed articles.
const brief = z.object({ id: z.string(), title: z.string(), description: z.string() });
const collection = z.object({ id: z.string(), name: z.string(), description: z.string(), count: z.number() });
const home = z.object({ collections: z.array(collection), popular: z.array(brief) });
const collectionPage = z.object({ ...collection.shape, articles: z.array(brief) });

export type HelpHome = z.infer<typeof home>;
export type CollectionPage = z.infer<typeof collectionPage>;

async function getJson<T>(url: string, schema: z.ZodMiniType<T>): Promise<T | null> {
  const response = await fetch(url).catch(() => null);
  const parsed = schema.safeParse(await response?.json().catch(() => null));
  return response?.ok && parsed.success ? parsed.data : null;
}

export function fetchHelpHome(core: Core, languages: readonly string[]): Promise<HelpHome | null> {
  return getJson(`${core.base}/hc/api/home?app_id=${encodeURIComponent(core.appId)}&${langParam(languages)}`, home);
}

export function fetchCollection(core: Core, id: string, languages: readonly string[]): Promise<CollectionPage | null> {
  return getJson(`${core.base}/hc/api/collections/${encodeURIComponent(id)}?${langParam(languages)}`, collectionPage);
}
