import { useEffect, useRef, useState } from "preact/hooks";
import type { Core } from "../../loader/types.ts";
import { articleLink, articlePageUrl, rebaseArticle } from "../lib/articleLinks.ts";
import { format, type Messages } from "../../../../shared/i18n/messages.ts";
import { cleanArticleHtml, fallbackLanguage, fetchArticle, post, searchHelp, type Article, type HelpResult } from "../lib/help.ts";
import { useLanguage } from "../lib/language.ts";
import { HelpHome } from "./HelpHome.tsx";

interface Props {
  core: Core;
  articleId?: string;
  onTalk: (article: Article) => void;
}

/** Search the help center, browse its collections and read articles inside the messenger, in the reader's language. */
export function Help({ core, articleId, onTalk }: Props) {
  const { t, languages } = useLanguage();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<HelpResult[] | null>(null);
  const [open, setOpen] = useState<string | undefined>(articleId);
  const [active, setActive] = useState(0);
  const [collection, setCollection] = useState<string | null>(null);
  useEffect(() => setOpen(articleId), [articleId]);
  useEffect(() => {
    if (query.trim().length < 2) return setResults(null);
    const timer = setTimeout(() => void searchHelp(core, query, languages).then(setResults), 250);
    return () => clearTimeout(timer);
  }, [query]);

  if (open) return <ArticleView core={core} id={open} languages={languages} t={t} onBack={() => setOpen(undefined)} onOpen={setOpen} onTalk={onTalk} />;
  return (
    <div class="b">
      <label class="sr" for="parley-help-search">
        {t.searchForHelp}
      </label>
      <input
        id="parley-help-search"
        class="i"
        type="search"
        placeholder={t.searchForHelp}
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
      {results && results.length === 0 && <p>{format(t.helpNoMatch, { query })}</p>}
      {!results && <HelpHome core={core} languages={languages} t={t} collection={collection} onCollection={setCollection} onOpen={setOpen} />}
      <ul id="parley-help-results" style="list-style:none;margin:0;padding:0" aria-label={t.articlesLabel}>
        {results?.map((r, i) => (
          <li key={r.id}>
            <button type="button" class="c" aria-current={i === active ? "true" : undefined} onClick={() => setOpen(r.id)}>
              {r.title}
              <small>
                {r.excerpt.map((run, k) => (run.type === "highlight" ? <mark key={k}>{run.text}</mark> : run.text))}
              </small>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const REACTIONS = [
  ["sad", "😞", "reactionNo"],
  ["neutral", "😐", "reactionPartly"],
  ["happy", "😃", "reactionYes"],
] as const;

interface ArticleProps {
  core: Core;
  id: string;
  languages: readonly string[];
  t: Messages;
  onBack: () => void;
  onOpen: (id: string) => void;
  onTalk: (a: Article) => void;
}

function ArticleView({ core, id, languages, t, onBack, onOpen, onTalk }: ArticleProps) {
  const [article, setArticle] = useState<Article | null | undefined>(undefined);
  const [reaction, setReaction] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // A translation's page lives under /<locale>/ on the help center: links in it resolve from there.
  const translated = article?.locale && new URL(article.url, core.base).pathname.startsWith(`/${article.locale}/`) ? article.locale : null;
  const pageUrl = articlePageUrl(core.base, id, translated);
  useEffect(() => {
    setReaction(null);
    setArticle(undefined);
    void fetchArticle(core, id, languages).then(setArticle);
  }, [id]);
  useEffect(() => {
    if (!article || !body.current) return;
    const html = cleanArticleHtml(article.html);
    rebaseArticle(html, pageUrl);
    body.current.replaceChildren(html);
    scroller.current?.scrollTo({ top: 0 });
  }, [article]);
  if (article === undefined) return <div class="b">{t.loading}</div>;
  if (article === null) return <div class="b">{t.articleUnavailable}</div>;
  const fallback = fallbackLanguage(article);
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
          {t.allArticles}
        </button>
        {fallback && <p role="note">{format(t.notTranslated, { language: fallback })}</p>}
        <h3 class="at" lang={article.locale}>{article.title}</h3>
        <p>{article.description}</p>
        <div class="art" ref={body} onClick={follow} />
      </div>
      {/* Outside the scrolling article, so the question and "Talk to us" never sit below the fold. */}
      <div class="af" role="group" aria-label={t.feedbackQuestion}>
        <p aria-hidden="true">{t.feedbackQuestion}</p>
        {REACTIONS.map(([value, face, key]) => (
          <button type="button" class="re" key={value} aria-label={t[key]} title={t[key]} aria-pressed={reaction === value} onClick={() => react(value)}>
            {face}
          </button>
        ))}
        {reaction === "sad" && (
          <button type="button" class="pri" onClick={() => (void post(core, "/hc/api/talk", { app_id: core.appId, article_id: article.id }), onTalk({ ...article, url: pageUrl }))}>
            {t.talkToUs}
          </button>
        )}
      </div>
    </>
  );
}
