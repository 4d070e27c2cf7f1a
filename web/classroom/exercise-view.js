// The classroom exercise: the student marks direct quotes and names their speakers, then checks the
// marks against the analysis (reported speech and scare quotes are shown, not scored: see
// scoring.js), prints a worksheet or exports the results.
import { el } from "../element/dom.js";
import { renderExerciseText, selectionOffsets } from "./exercise-text.js";
import { scoreExercise } from "./scoring.js";
import { toCsv, toJson, download } from "./export.js";
import { renderWorksheet } from "./worksheet.js";

export const MAX_EXERCISE_CHARS = 200_000;

export class Exercise {
  /** nodes: the page's elements by role; strings: page strings. */
  constructor(nodes, strings) {
    this.n = nodes;
    this.s = strings;
    this.text = "";
    this.result = null;
    this.marks = [];
    this.score = null;
    this.pending = null;   // keyboard selection {from, to} in sentence indices
    this.focusSentence = 0;
    nodes.mark.addEventListener("click", () => this.markSelection());
    nodes.check.addEventListener("click", () => this.check());
    nodes.reset.addEventListener("click", () => this.load(this.text, this.result));
    nodes.csv.addEventListener("click", () => this.score && download("article-lens-exercise.csv", toCsv(this.text, this.score), "text/csv;charset=utf-8"));
    nodes.json.addEventListener("click", () => this.score && download("article-lens-exercise.json", toJson(this.text, this.score, { student: nodes.student.value }), "application/json"));
    nodes.print.addEventListener("click", () => this.print());
    nodes.text.addEventListener("keydown", (event) => this.keys(event));
    // Typing the speaker's name moves the focus, which clears the selection: keep the last one.
    this.lastSelection = null;
    document.addEventListener("selectionchange", () => {
      const offsets = this.result ? selectionOffsets(this.n.text) : null;
      if (!offsets) return;
      this.lastSelection = offsets;
      this.pending = null;
      this.say(this.s.selected(excerpt(this.text.slice(offsets.start, offsets.end))));
    });
    nodes.speaker.addEventListener("keydown", (event) => {
      if (event.key === "Enter") this.markSelection();
    });
  }

  /** Starts the exercise on `text` and its analysis. */
  load(text, result) {
    this.text = text;
    this.result = result;
    this.marks = [];
    this.score = null;
    this.pending = null;
    this.lastSelection = null;
    this.focusSentence = 0;
    this.n.results.hidden = true;
    if (!text.trim() || !result) {
      this.n.text.replaceChildren(el("p", { className: "empty" }, this.s.exerciseNeedsText));
      this.say("");
      this.renderMarks();
      return;
    }
    if (text.length > MAX_EXERCISE_CHARS) {
      this.result = null;
      this.n.text.replaceChildren(el("p", { className: "empty" }, this.s.exerciseTooLong(text.length, MAX_EXERCISE_CHARS)));
      this.renderMarks();
      return;
    }
    this.say("");
    this.renderText();
    this.renderMarks();
  }

  say(message) {
    this.n.status.textContent = message;
  }

  renderText() {
    const layers = [];
    if (this.score) {
      for (const item of this.score.items) {
        if (item.quote) layers.push({ start: item.quote.start, end: item.quote.end, className: `answer answer-${item.status}`, title: this.s.statusLabels[item.status] });
      }
    }
    this.marks.forEach((mark, i) => layers.push({ start: mark.start, end: mark.end, className: "student-mark", dataset: { mark: i + 1 } }));
    if (this.pending) {
      const sentences = this.result.sentences;
      layers.push({ start: sentences[this.pending.from].start, end: sentences[this.pending.to].end, className: "pending" });
    }
    renderExerciseText(this.n.text, this.text, this.result.sentences, layers, this.focusSentence);
  }

  currentSelection() {
    const offsets = selectionOffsets(this.n.text) ?? this.lastSelection;
    if (offsets) return offsets;
    if (!this.pending) return null;
    const sentences = this.result.sentences;
    return { start: sentences[this.pending.from].start, end: sentences[this.pending.to].end };
  }

  markSelection() {
    if (!this.result) return this.say(this.s.exerciseNeedsText);
    const selection = this.currentSelection();
    if (!selection) return this.say(this.s.noSelection);
    if (this.marks.some((m) => m.start < selection.end && selection.start < m.end)) return this.say(this.s.markOverlaps);
    this.marks.push({ ...trim(this.text, selection), speaker: this.n.speaker.value.trim() });
    this.marks.sort((a, b) => a.start - b.start);
    this.pending = null;
    this.lastSelection = null;
    document.getSelection()?.removeAllRanges();
    this.n.speaker.value = "";
    this.score = null;
    this.n.results.hidden = true;
    this.renderText();
    this.renderMarks();
    this.say(this.s.marked(this.marks.length));
  }

  renderMarks() {
    const s = this.s;
    if (!this.marks.length) {
      this.n.marks.replaceChildren(el("tr", {}, el("td", { colSpan: 4, className: "empty" }, s.noMarks)));
      return;
    }
    this.n.marks.replaceChildren(...this.marks.map((mark, i) => {
      const speaker = el("input", { type: "text", value: mark.speaker, attrs: { "aria-label": s.speakerFor(i + 1) } });
      speaker.addEventListener("change", () => { mark.speaker = speaker.value.trim(); });
      return el("tr", {},
        el("td", {}, String(i + 1)),
        el("td", { className: "excerpt" }, excerpt(this.text.slice(mark.start, mark.end))),
        el("td", {}, speaker),
        el("td", {}, el("button", {
          type: "button", className: "remove", attrs: { "aria-label": s.removeMark(i + 1) },
          on: { click: () => { this.marks.splice(i, 1); this.score = null; this.n.results.hidden = true; this.renderText(); this.renderMarks(); } },
        }, "×")));
    }));
  }

  check() {
    if (!this.result) return this.say(this.s.exerciseNeedsText);
    this.score = scoreExercise(this.result, this.marks);
    const sc = this.score, s = this.s;
    this.n.score.textContent = s.score(sc.score, sc.maxScore, sc.found, sc.found + sc.missed, sc.speakersRight, sc.speakersScored, sc.added);
    const discussed = sc.items.filter((item) => item.status === "reported" || item.status === "scare").length;
    this.n.scoreNote.textContent = discussed ? s.notScoredNote : "";
    this.n.resultRows.replaceChildren(...sc.items.map((item) => {
      const span = item.quote ?? item.mark;
      const speakerNote = item.speakerCorrect === null ? "" : ` (${item.speakerCorrect ? s.speakerRight : s.speakerWrong})`;
      const yours = item.mark ? (item.mark.speaker || "—") + speakerNote : item.status === "reported" || item.status === "scare" ? s.notMarked : "—";
      const analysis = !item.quote ? "—" : item.status === "scare" ? s.notSpeech : item.quote.speaker ?? s.unattributed;
      return el("tr", { className: `result-${item.status}` },
        el("td", {}, s.statusLabels[item.status]),
        el("td", { className: "excerpt" }, excerpt(this.text.slice(span.start, span.end))),
        el("td", {}, yours),
        el("td", {}, analysis));
    }));
    this.n.results.hidden = false;
    this.renderText();
    this.n.score.focus?.();
  }

  print() {
    renderWorksheet(this.n.worksheet, this.text, this.result, this.s);
    document.body.classList.add("printing-worksheet");
    const done = () => {
      document.body.classList.remove("printing-worksheet");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  }

  // Roving focus over sentences; Enter/Space selects one, Shift+arrows extend the selection.
  keys(event) {
    const target = event.target.closest?.(".ex-sentence");
    if (!target || !this.result) return;
    const index = Number(target.dataset.sentence);
    const last = this.result.sentences.length - 1;
    const forward = event.key === "ArrowDown" || event.key === "ArrowRight";
    const backward = event.key === "ArrowUp" || event.key === "ArrowLeft";
    if (forward || backward) {
      event.preventDefault();
      const next = Math.max(0, Math.min(last, index + (forward ? 1 : -1)));
      if (event.shiftKey) {
        const anchor = this.pending ?? { from: index, to: index };
        this.pending = { from: Math.min(anchor.from, next), to: Math.max(anchor.to, next) };
        this.lastSelection = null;
      }
      this.focusSentence = next;
      this.renderText();
      this.n.text.querySelector(`[data-sentence="${next}"]`)?.focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.pending = { from: index, to: index };
      this.lastSelection = null;
      this.focusSentence = index;
      this.renderText();
      this.n.text.querySelector(`[data-sentence="${index}"]`)?.focus();
    } else if (event.key === "Escape") {
      this.pending = null;
      this.renderText();
      this.n.text.querySelector(`[data-sentence="${index}"]`)?.focus();
    }
  }
}

// Leading and trailing spaces are not part of a quote.
function trim(text, { start, end }) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const excerpt = (text) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
