// Plain text of a Markdown file: the reader should see prose, not markup. Line by line and with
// regular expressions that cannot backtrack (no nested quantifiers), so it stays linear.

export function markdownToText(markdown) {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(line)) continue; // horizontal rule
    out.push(inline(line
      .replace(/^\s{0,3}#{1,6}\s+/, "")   // heading marks
      .replace(/\s+#+\s*$/, "")
      .replace(/^\s{0,3}>\s?/, "")        // block quote
      .replace(/^(\s*)[*+]\s+/, "$1- ")));  // bullets as dashes
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function inline(line) {
  return line
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")   // images: their alt text
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")    // links: their text
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, "$1")   // reference links
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, "$2")  // bold
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]+?)[*_](?=[\s).,;:!?]|$)/g, "$1$2") // italics
    .replace(/`([^`\n]*)`/g, "$1");
}
