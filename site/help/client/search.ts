// The search box: Pagefind results as a listbox under the input (WAI-ARIA combobox pattern),
// collection filters, and one anonymous "no results" report per query that found nothing.
import { excerptNodes } from "./excerpt.ts";
import { beacon } from "./helpApi.ts";
import { nextActive } from "./listNav.ts";
import { loadSearcher, type SearchHit, type Searcher } from "./pagefind.ts";

const LIMIT = 8;
const MISS_DELAY_MS = 1500;

export function mountSearch(root: HTMLElement): void {
  const input = root.querySelector("input");
  const list = root.querySelector<HTMLUListElement>("[role=listbox]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  if (!input || !list || !status) return;
  const base = root.dataset.base ?? "/";
  const appId = root.dataset.appId ?? "";
  const logMisses = root.dataset.log === "on";
  const text = textsOf(root);
  const filterButtons = [...root.querySelectorAll<HTMLButtonElement>("[data-filter]")];
  let searcher: Promise<Searcher> | null = null;
  let hits: SearchHit[] = [];
  let active = -1;
  let filter: string | null = null;
  let missTimer = 0;
  const reported = new Set<string>();

  const load = () => (searcher ??= loadSearcher(base));
  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  root.querySelector("form")?.addEventListener("submit", (event) => event.preventDefault());

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (!open) setActive(-1);
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    const current = index >= 0 ? list.children[index] : undefined;
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const reportMiss = (query: string) => {
    window.clearTimeout(missTimer);
    if (!logMisses || filter !== null || query.length < 2 || reported.has(query)) return;
    missTimer = window.setTimeout(() => {
      reported.add(query);
      beacon("searches", { app_id: appId, query });
    }, MISS_DELAY_MS);
  };

  const render = (query: string, total: number) => {
    list.replaceChildren(...(hits.length ? hits.map((hit, i) => option(hit, `${list.id}-${i}`)) : [emptyRow(fill(text.nothing, query))]));
    status.textContent = total === 0 ? fill(text.none, query) : total === 1 ? text.countOne : text.count.replace("{n}", String(total));
    setOpen(true);
    setActive(-1);
  };

  const run = async () => {
    const query = input.value.trim();
    window.clearTimeout(missTimer);
    if (query === "") {
      hits = [];
      setOpen(false);
      return;
    }
    try {
      const result = await (await load()).search(query, filter, LIMIT);
      if (result === null || input.value.trim() !== query) return;
      hits = result.hits;
      render(query, result.total);
      if (result.total === 0) reportMiss(query);
    } catch {
      status.textContent = text.unavailable;
    }
  };

  input.addEventListener("input", () => void run());
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      if (!list.hidden) setOpen(false);
      else input.value = "";
      return;
    }
    if (event.key === "Enter") {
      const hit = hits[active >= 0 ? active : 0];
      if (hit) window.location.assign(hit.url);
      return;
    }
    const moves = event.key === "ArrowDown" || event.key === "ArrowUp" || (active >= 0 && (event.key === "Home" || event.key === "End"));
    if (!moves || list.hidden) return;
    event.preventDefault();
    setActive(nextActive(active, hits.length, event.key));
  });
  // mousedown would blur the input (and close the list) before the click lands.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const url = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-url]")?.dataset.url : undefined;
    if (url) window.location.assign(url);
  });
  root.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget)) setOpen(false);
  });
  for (const button of filterButtons) {
    button.addEventListener("click", () => {
      filter = filter === button.dataset.filter ? null : (button.dataset.filter ?? null);
      for (const other of filterButtons) other.setAttribute("aria-pressed", String(other.dataset.filter === filter));
      void run();
    });
  }
}

// Options hold no links (an interactive element inside an option confuses screen readers);
// choosing one with a click or with Enter navigates.
function option(hit: SearchHit, id: string): HTMLLIElement {
  const li = document.createElement("li");
  li.id = id;
  li.setAttribute("role", "option");
  li.setAttribute("aria-selected", "false");
  li.dataset.url = hit.url;
  const title = document.createElement("span");
  title.className = "result-title";
  title.textContent = hit.title;
  const collection = document.createElement("span");
  collection.className = "result-collection";
  collection.textContent = hit.collection;
  const excerpt = document.createElement("span");
  excerpt.className = "result-excerpt";
  excerpt.append(...excerptNodes(hit.excerpt));
  li.append(title, collection, excerpt);
  return li;
}

function emptyRow(message: string): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "empty";
  li.setAttribute("role", "option");
  li.setAttribute("aria-disabled", "true");
  li.textContent = message;
  return li;
}

/** The page's language's strings (SearchBox.astro writes them from the catalogue), English if absent. */
function textsOf(root: HTMLElement) {
  const d = root.dataset;
  return {
    none: d.textNone ?? "No results for {query}",
    count: d.textCount ?? "{n} results",
    countOne: d.textCountOne ?? "1 result",
    unavailable: d.textUnavailable ?? "Search is unavailable right now.",
    nothing: d.textNothing ?? "Nothing matches “{query}”. Try other words, or ask us in the messenger.",
  };
}

const fill = (message: string, query: string) => message.replace("{query}", query);
