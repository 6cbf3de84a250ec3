// Indexes a built site with Pagefind's Node API (the same Rust indexer as its CLI). Only
// `data-pagefind-body` regions are indexed: article pages, never lists, search or the 404 page.
import { close, createIndex } from "pagefind";

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}
