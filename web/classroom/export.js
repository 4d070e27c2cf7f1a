// Exercise results as CSV (one row per quote found, missed or added) and as JSON.

const HEADER = ["status", "analysis_kind", "analysis_start", "analysis_end", "analysis_quote", "analysis_speaker",
  "student_start", "student_end", "student_text", "student_speaker", "speaker_correct"];

export function resultsRows(text, score) {
  return score.items.map(({ status, quote, mark, speakerCorrect }) => ({
    status,
    analysis_kind: quote?.kind ?? "",
    analysis_start: quote?.start ?? "", analysis_end: quote?.end ?? "",
    analysis_quote: quote ? text.slice(quote.start, quote.end) : "",
    analysis_speaker: quote?.speaker ?? "",
    student_start: mark?.start ?? "", student_end: mark?.end ?? "",
    student_text: mark ? text.slice(mark.start, mark.end) : "",
    student_speaker: mark?.speaker ?? "",
    speaker_correct: speakerCorrect === null ? "" : speakerCorrect ? "yes" : "no",
  }));
}

export function toCsv(text, score) {
  const lines = [HEADER.join(",")];
  for (const row of resultsRows(text, score)) lines.push(HEADER.map((key) => csvCell(row[key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

// Quote when needed; a leading = + - @ would be read as a formula by spreadsheets, so defuse it.
function csvCell(value) {
  let cell = String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toJson(text, score, { student = "" } = {}) {
  return JSON.stringify({
    format: "article-lens-exercise/1",
    student,
    createdAt: new Date().toISOString(),
    score: { scored: "direct quotes", points: score.score, maxPoints: score.maxScore, found: score.found, missed: score.missed, added: score.added,
      speakersRight: score.speakersRight, speakersScored: score.speakersScored,
      reportedSpeechMarked: score.reportedMarked, scareQuotesMarked: score.scareMarked },
    items: resultsRows(text, score),
    text,
  }, null, 2);
}

/** Offers `content` as a file download; nothing leaves the machine. */
export function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
