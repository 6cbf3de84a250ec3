import { Markdown } from "../../widget/messenger/components/Markdown.tsx";

// Message bodies are plain text in Parley's Markdown dialect, rendered exactly as the messenger
// renders them: as elements and text nodes, never as markup.
export function ConversationText({ text }: { text: string }) {
  return <Markdown source={text} />;
}
