import { listArticleReports, listMissedSearches } from "../lib/helpCenter.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { HelpCenterArticles } from "./HelpCenterArticles.tsx";
import { HelpCenterSearches } from "./HelpCenterSearches.tsx";

// Help center: the draft preview, what readers think of each article, and what they could not find.
export function HelpCenter() {
  const [reports, reload] = useResource(async (signal) => {
    const [articles, searches] = await Promise.all([listArticleReports(signal), listMissedSearches(signal)]);
    return { articles, searches };
  }, []);

  return (
    <div class="stack-lg">
      <section aria-labelledby="help-preview-title" class="card">
        <h2 id="help-preview-title">Articles live in git</h2>
        <p class="muted">
          Writers change articles in pull requests. The preview shows the whole help center with drafts, to signed-in admins only.
        </p>
        <p>
          <a class="button button-primary" href="/admin/help/">
            Preview with drafts
          </a>{" "}
          <a class="button" href="/">
            Open the public help center
          </a>
        </p>
      </section>
      {reports.status === "loading" && (
        <p role="status" class="muted">
          Loading reports…
        </p>
      )}
      {reports.status === "error" && <ErrorAlert error={reports.error} onRetry={reload} />}
      {reports.status === "ready" && (
        <>
          <section aria-labelledby="help-searches-title" class="card">
            <h2 id="help-searches-title">Searches with no results ({reports.data.searches.length})</h2>
            <HelpCenterSearches searches={reports.data.searches} />
          </section>
          <section aria-labelledby="help-articles-title" class="card">
            <h2 id="help-articles-title">Articles ({reports.data.articles.length})</h2>
            <HelpCenterArticles articles={reports.data.articles} />
          </section>
        </>
      )}
    </div>
  );
}
