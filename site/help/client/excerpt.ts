// Pagefind's excerpts are HTML with <mark> around matches. Only text and <mark> survive into
// the page: the excerpt is parsed inertly and rebuilt node by node, never assigned as HTML.

export function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const nodes: Node[] = [];
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return nodes;
}
