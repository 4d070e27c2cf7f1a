// Wires the comparison form: two texts in, two analyses, the comparison out.
import { analyzeText } from "../analysis.js";
import { renderComparison } from "./compare-view.js";

// Every keyword with its count: the comparison needs the whole vocabulary, not the top ten.
const OPTIONS = { keywords: { top: 100000 } };

export function setupCompare(n, strings, { mainText, readFileInto }) {
  const say = (message) => { n.status.textContent = message; };
  n.aFromMain.addEventListener("click", () => { n.a.value = mainText(); });
  for (const [input, area] of [[n.aFile, n.a], [n.bFile, n.b]]) {
    input.addEventListener("change", () => {
      const [file] = input.files;
      if (file) readFileInto(file, (text) => { area.value = text; }, say);
      input.value = "";
    });
  }
  n.run.addEventListener("click", async () => {
    const a = n.a.value, b = n.b.value;
    if (!a.trim() || !b.trim()) return say(strings.compareNeedBoth);
    say(strings.comparing);
    try {
      const [resultA, resultB] = await Promise.all([analyzeText(a, OPTIONS), analyzeText(b, OPTIONS)]);
      const failed = resultA.error ?? resultB.error;
      if (failed) return say(strings.unknownProblem(failed));
      renderComparison(n.output, [
        { label: strings.compareA, text: a, result: resultA },
        { label: strings.compareB, text: b, result: resultB },
      ], strings);
      say(strings.compareDone);
      document.body.dataset.compared = "true";
    } catch (error) {
      say(strings.unknownProblem(error.message));
    }
  });
}
