import { Markdown } from "../../widget/messenger/components/Markdown.tsx";

// The preview of an in-app or email message: the same dialect, and the same tree emails are
// rendered from, as Preact nodes.
export function EngageMarkdown({ source }: { source: string }) {
  return (
    <div class="markdown-preview">
      <Markdown source={source} />
    </div>
  );
}
