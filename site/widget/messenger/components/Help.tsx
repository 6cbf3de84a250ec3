import { useEffect, useRef, useState } from "preact/hooks";
import type { Core } from "../../loader/types.ts";
import { articleLink, articlePageUrl, rebaseArticle } from "../lib/articleLinks.ts";
import { cleanArticleHtml, excerptRuns, fetchArticle, post, searchHelp, type Article, type HelpResult } from "../lib/help.ts";
import { HelpHome } from "./HelpHome.tsx";

interface Props {
  core: Core;
  articleId?: string;
  onTalk: (article: Article) => void;
}

/** Search the help center, browse its collections and read articles inside the messenger. */
export function Help({ core, articleId, onTalk }: Props) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<HelpResult[] | null>(null);
  const [open, setOpen] = useState<string | undefined>(articleId);
  const [active, setActive] = useState(0);
  const [collection, setCollection] = useState<string | null>(null);
  useEffect(() => setOpen(articleId), [articleId]);
  useEffect(() => {
    if (query.trim().length < 2) return setResults(null);
    const timer = setTimeout(() => void searchHelp(core, query).then(setResults), 250);
    return () => clearTimeout(timer);
  }, [query]);

  if (open) return <ArticleView core={core} id={open} onBack={() => setOpen(undefined)} onOpen={setOpen} onTalk={onTalk} />;
  return (
    <div class="b">
      <label class="sr" for="parley-help-search">
        Search for help
      </label>
      <input
        id="parley-help-search"
        class="i"
        type="search"
        placeholder="Search for help"
        value={query}
        autoFocus
        onInput={(e) => (setQuery(e.currentTarget.value), setActive(0))}
        onKeyDown={(e) => {
          if (!results?.length) return;
          if (e.key === "ArrowDown") setActive((a) => Math.min(results.length - 1, a + 1));
          if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
          if (e.key === "Enter") setOpen(results[active]?.id);
        }}
        aria-controls="parley-help-results"
      />
      {results && results.length === 0 && <p>No articles match “{query}”. Try other words, or send us a message.</p>}
      {!results && <HelpHome core={core} collection={collection} onCollection={setCollection} onOpen={setOpen} />}
      <ul id="parley-help-results" style="list-style:none;margin:0;padding:0" aria-label="Articles">
        {results?.map((r, i) => (
          <li key={r.id}>
            <button type="button" class="c" aria-current={i === active ? "true" : undefined} onClick={() => setOpen(r.id)}>
              {r.title}
              <small>
                {excerptRuns(r.excerpt).map((run, k) => (run.mark ? <mark key={k}>{run.text}</mark> : run.text))}
              </small>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const REACTIONS = [
  ["sad", "😞", "No"],
  ["neutral", "😐", "Partly"],
  ["happy", "😃", "Yes"],
] as const;

function ArticleView({ core, id, onBack, onOpen, onTalk }: { core: Core; id: string; onBack: () => void; onOpen: (id: string) => void; onTalk: (a: Article) => void }) {
  const [article, setArticle] = useState<Article | null | undefined>(undefined);
  const [reaction, setReaction] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const pageUrl = articlePageUrl(core.base, id);
  useEffect(() => {
    setReaction(null);
    setArticle(undefined);
    void fetchArticle(core, id).then(setArticle);
  }, [id]);
  useEffect(() => {
    if (!article || !body.current) return;
    const html = cleanArticleHtml(article.html);
    rebaseArticle(html, pageUrl);
    body.current.replaceChildren(html);
    scroller.current?.scrollTo({ top: 0 });
  }, [article]);
  if (article === undefined) return <div class="b">Loading…</div>;
  if (article === null) return <div class="b">This article is not available.</div>;
  const react = (value: "sad" | "neutral" | "happy") => {
    setReaction(value);
    void post(core, "/hc/api/reactions", { app_id: core.appId, article_id: article.id, visitor_id: core.session()?.visitor_id ?? "anonymous-visitor", reaction: value });
  };
  const follow = (e: MouseEvent) => {
    const a = e.target instanceof Element ? e.target.closest("a") : null;
    const link = a ? articleLink(a.getAttribute("href") ?? "", pageUrl) : null;
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = link.anchor ? body.current?.querySelector(`[id="${CSS.escape(link.anchor)}"]`) : null;
    if (target) return void (e.preventDefault(), target.scrollIntoView());
    if (link.articleId) e.preventDefault(), onOpen(link.articleId);
  };
  return (
    <>
      <div class="b" ref={scroller}>
        <button type="button" class="bk" style="color:inherit" onClick={onBack}>
          ‹ All articles
        </button>
        <h3 class="at">{article.title}</h3>
        <p>{article.description}</p>
        <div class="art" ref={body} onClick={follow} />
      </div>
      {/* Outside the scrolling article, so the question and "Talk to us" never sit below the fold. */}
      <div class="af" role="group" aria-label="Did this answer your question?">
        <p aria-hidden="true">Did this answer your question?</p>
        {REACTIONS.map(([value, face, label]) => (
          <button type="button" class="re" key={value} aria-label={label} title={label} aria-pressed={reaction === value} onClick={() => react(value)}>
            {face}
          </button>
        ))}
        {reaction === "sad" && (
          <button type="button" class="pri" onClick={() => (void post(core, "/hc/api/talk", { app_id: core.appId, article_id: article.id }), onTalk({ ...article, url: pageUrl }))}>
            Talk to us
          </button>
        )}
      </div>
    </>
  );
}
