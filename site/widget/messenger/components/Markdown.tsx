import { Fragment } from "preact";
import { parseMarkdown, type Inline, type Line } from "../../../../shared/markdown/parse.ts";

// The Preact renderer of Parley's Markdown dialect, for the messenger and the admin app alike:
// every piece of text becomes a text node and links are the parser's http(s)/mailto ones, so
// nothing a sender writes can turn into markup.
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
        <a href={node.href} target="_blank" rel="noopener noreferrer nofollow">
          {node.text}
        </a>
      );
  }
}

const line = (nodes: Line) => nodes.map((node, i) => <InlineNode key={i} node={node} />);

export function Markdown({ source }: { source: string }) {
  return (
    <>
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
              <Fragment key={j}>
                {j > 0 && <br />}
                {line(l)}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </>
  );
}
