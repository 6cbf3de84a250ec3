// The browser tab's title: the page's name, led by the unread count while the inbox has one, so
// a teammate working in another tab sees "(3) Inbox — Parley". The page and the count come from
// different components; keeping both here makes the order in which they render irrelevant.

export function tabTitle(page: string, unread: number): string {
  return `${unread > 0 ? `(${unread}) ` : ""}${page} — Parley`;
}

let page = "Parley";
let unread = 0;
const write = () => {
  document.title = tabTitle(page, unread);
};

export function setPageTitle(title: string): void {
  page = title;
  write();
}

export function setUnreadTitle(count: number): void {
  unread = count;
  write();
}
