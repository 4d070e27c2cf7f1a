// The exercise's article view: numbered sentences (roving focus for the keyboard) with the
// student's marks and, after checking, the analysis's quotes drawn over them. Plain text nodes
// only, so a DOM selection maps back to text offsets exactly.
import { el } from "../element/dom.js";

/**
 * layers: [{start, end, className, dataset}], drawn as nested spans, earlier layers outside.
 */
export function renderExerciseText(container, text, sentences, layers, focusSentence = 0) {
  const cuts = new Set([0, text.length]);
  for (const s of sentences) cuts.add(s.start).add(s.end);
  for (const layer of layers) cuts.add(layer.start).add(layer.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = [];
  let s = 0, current = null, currentIndex = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    while (s < sentences.length && sentences[s].end <= start) s++;
    const index = s < sentences.length && sentences[s].start <= start ? s : null;
    if (index !== currentIndex) {
      currentIndex = index;
      current = index === null ? null : el("span", {
        className: "ex-sentence", dataset: { n: index + 1, sentence: index },
        tabIndex: index === focusSentence ? 0 : -1,
      });
      if (current) out.push(current);
    }
    let node = document.createTextNode(text.slice(start, end));
    for (let l = layers.length - 1; l >= 0; l--) {
      const layer = layers[l];
      if (layer.start <= start && layer.end >= end) node = el("span", { className: layer.className, dataset: layer.dataset ?? {}, title: layer.title }, node);
    }
    (current ?? { append: (n) => out.push(n) }).append(node);
  }
  container.replaceChildren(...out);
}

/** Text offsets of the current selection inside `container`, or null. */
export function selectionOffsets(container) {
  const selection = container.getRootNode().getSelection?.() ?? document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetOf(container, range.startContainer, range.startOffset);
  const end = offsetOf(container, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

function offsetOf(container, node, offset) {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}
