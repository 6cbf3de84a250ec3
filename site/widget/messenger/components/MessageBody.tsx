import { tokenize } from "../lib/markdown.ts";

/** Renders message text as text nodes and allow-listed links only. */
export function MessageBody({ text }: { text: string }) {
  return (
    <>
      {tokenize(text).map((t, i) => {
        switch (t.kind) {
          case "text":
            return t.text;
          case "strong":
            return <strong key={i}>{t.text}</strong>;
          case "em":
            return <em key={i}>{t.text}</em>;
          case "code":
            return <code key={i}>{t.text}</code>;
          case "link":
            return (
              <a key={i} href={t.href} target="_blank" rel="noopener noreferrer nofollow">
                {t.text}
              </a>
            );
          case "break":
            return <br key={i} />;
        }
      })}
    </>
  );
}
