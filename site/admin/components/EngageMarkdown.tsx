import { parseMarkdown, type Inline } from "../../../shared/engage/markdown.ts";

// Renders the same tree emails are made from, as Preact nodes: text is always text, never HTML.
function InlineNode({ node }: { node: Inline }) {
  switch (node.kind) {
    case "text":
      return <>{node.text}</>;
    case "strong":
      return <strong>{node.text}</strong>;
    case "em":
      return <em>{node.text}</em>;
    case "code":
      return <code>{node.text}</code>;
    case "link":
      return (
        <a href={node.href} target="_blank" rel="noopener noreferrer">
          {node.text}
        </a>
      );
  }
}

const line = (nodes: Inline[]) => nodes.map((n, i) => <InlineNode key={i} node={n} />);

export function EngageMarkdown({ source }: { source: string }) {
  return (
    <div class="markdown-preview">
      {parseMarkdown(source).map((block, i) =>
        block.kind === "list" ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{line(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {block.lines.map((l, j) => (
              <span key={j}>
                {j > 0 && <br />}
                {line(l)}
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
