import { Markdown } from "./Markdown.tsx";

/** Renders message text as text nodes and allow-listed links only. */
export function MessageBody({ text }: { text: string }) {
  return <Markdown source={text} />;
}
