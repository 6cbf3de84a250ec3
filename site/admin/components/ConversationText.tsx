import { tokenize } from "../../widget/messenger/lib/markdown.ts";

// Message bodies are plain text with the messenger's Markdown subset; tokens become elements,
// so nothing a sender writes can turn into markup.
export function ConversationText({ text }: { text: string }) {
  return (
    <>
      {tokenize(text).map((token, i) => {
        switch (token.kind) {
          case "text":
            return token.text;
          case "strong":
            return <strong key={i}>{token.text}</strong>;
          case "em":
            return <em key={i}>{token.text}</em>;
          case "code":
            return <code key={i}>{token.text}</code>;
          case "link":
            return (
              <a key={i} href={token.href} target="_blank" rel="noopener noreferrer nofollow">
                {token.text}
              </a>
            );
          case "break":
            return <br key={i} />;
        }
      })}
    </>
  );
}
