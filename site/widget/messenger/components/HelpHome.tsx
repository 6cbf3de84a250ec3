import { useEffect, useState } from "preact/hooks";
import type { Core } from "../../loader/types.ts";
import { count, type Messages } from "../../../../shared/i18n/messages.ts";
import { fetchCollection, fetchHelpHome, type CollectionPage, type HelpHome as Home } from "../lib/helpHome.ts";

interface Props {
  core: Core;
  languages: readonly string[];
  t: Messages;
  /** The collection being browsed, kept by Help so that Back from an article returns to it. */
  collection: string | null;
  onCollection: (id: string | null) => void;
  onOpen: (articleId: string) => void;
}

type Brief = { id: string; title: string; description: string };

function ArticleList({ label, items, onOpen }: { label: string; items: Brief[]; onOpen: (id: string) => void }) {
  return (
    <ul class="ls" aria-label={label}>
      {items.map((a) => (
        <li key={a.id}>
          <button type="button" class="c" onClick={() => onOpen(a.id)}>
            {a.title}
            <small>{a.description}</small>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The Help space before a search: popular articles and the collections to browse. */
export function HelpHome({ core, languages, t, collection, onCollection, onOpen }: Props) {
  const [home, setHome] = useState<Home | null | undefined>(undefined);
  const [page, setPage] = useState<CollectionPage | null | undefined>(undefined);
  useEffect(() => void fetchHelpHome(core, languages).then(setHome), []);
  useEffect(() => {
    setPage(undefined);
    if (collection) void fetchCollection(core, collection, languages).then(setPage);
  }, [collection]);

  if (collection) {
    return (
      <>
        <button type="button" class="bk" style="color:inherit" onClick={() => onCollection(null)}>
          {t.allCollections}
        </button>
        {page === undefined && <p role="status">{t.loading}</p>}
        {page === null && <p>{t.collectionUnavailable}</p>}
        {page && (
          <>
            <h3 class="at">{page.name}</h3>
            <p>{page.description}</p>
            <ArticleList label={page.name} items={page.articles} onOpen={onOpen} />
          </>
        )}
      </>
    );
  }
  if (home === undefined) return <p role="status">{t.loading}</p>;
  if (home === null) return null;
  return (
    <>
      {home.popular.length > 0 && (
        <>
          <h3 class="sh">{t.mostViewed}</h3>
          <ArticleList label={t.mostViewed} items={home.popular} onOpen={onOpen} />
        </>
      )}
      {home.collections.length > 0 && (
        <>
          <h3 class="sh">{t.collectionsHeading}</h3>
          <ul class="ls" aria-label={t.collectionsHeading}>
            {home.collections.map((c) => (
              <li key={c.id}>
                <button type="button" class="c" onClick={() => onCollection(c.id)}>
                  {c.name}
                  <small>
                    {c.description} · {count(t, "articleCountOne", "articleCount", c.count)}
                  </small>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
