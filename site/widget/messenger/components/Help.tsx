import type { Core } from "../../loader/types.ts";

/** The help center's search inside the messenger (filled in with the help center's index). */
export function Help({ core, articleId }: { core: Core; articleId?: string }) {
  return (
    <div class="b">
      <p>Search our help center for answers.</p>
      <a href={`${core.base}/${articleId ? `articles/${articleId}/` : ""}`} target="_blank" rel="noopener noreferrer">
        Open the help center
      </a>
    </div>
  );
}
