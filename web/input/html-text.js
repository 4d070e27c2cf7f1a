// Text of an HTML document, read with DOMParser: nothing in it runs or loads (the parsed document
// is inert), and script, style and other non-text elements are dropped before the text is read.

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "HEAD", "NAV", "BUTTON", "SELECT", "TEXTAREA"]);
const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6",
  "LI", "UL", "OL", "DL", "DT", "DD", "TR", "TABLE", "FIGURE", "FIGCAPTION", "PRE", "HR", "ADDRESS", "TIME"]);

export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  // Prefer the article itself when the page marks it.
  const root = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body ?? doc.documentElement;
  const title = doc.querySelector("article h1, main h1") ? "" : (doc.title || "").trim();
  const out = [];
  walk(root, out);
  const body = out.join("")
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
}

function walk(node, out) {
  // An explicit stack, so deeply nested markup cannot overflow the call stack.
  const stack = [{ node, closing: false }];
  while (stack.length) {
    const { node: current, closing } = stack.pop();
    if (closing) {
      out.push("\n\n");
      continue;
    }
    if (current.nodeType === Node.TEXT_NODE) {
      out.push(current.data.replace(/\s+/g, " "));
      continue;
    }
    if (current.nodeType !== Node.ELEMENT_NODE && current.nodeType !== Node.DOCUMENT_NODE) continue;
    const tag = current.nodeName.toUpperCase();
    if (SKIP.has(tag) || current.hidden) continue;
    if (tag === "BR") {
      out.push("\n");
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      out.push("\n\n");
      stack.push({ node: current, closing: true });
    }
    const children = current.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], closing: false });
  }
}
