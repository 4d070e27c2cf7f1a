// Builds DOM nodes without innerHTML: user text only ever becomes text nodes.

/**
 * el("button", {type: "button", className: "x", dataset: {n: 1}, vars: {"--share": "40%"}}, "Label")
 * `vars` sets CSS custom properties through the CSSOM, which a strict style-src CSP allows.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  appendAll(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element; props become attributes (numbers are fine). */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  appendAll(node, children);
  return node;
}

function setProps(node, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "vars") for (const [name, v] of Object.entries(value)) node.style.setProperty(name, v);
    else if (key === "attrs") for (const [name, v] of Object.entries(value)) node.setAttribute(name, String(v));
    else if (key === "on") for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    else node[key] = value;
  }
}

function appendAll(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(Array.isArray(child) ? fragment(child) : child);
  }
}

function fragment(children) {
  const f = document.createDocumentFragment();
  appendAll(f, children);
  return f;
}

/** Formats 0.648 as "65%" with the page's locale. */
export function percent(share, locale) {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share || 0);
}

/** The index of the first item whose `end` is after `offset` (items sorted, non-overlapping ends). */
export function firstEndingAfter(items, offset) {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
