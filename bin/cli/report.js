// The readable report the CLI prints without --json.

const ellipsize = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const oneLine = (text) => text.replace(/\s+/g, " ").trim();
const percent = (share) => `${Math.round(share * 100)}%`;
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export function formatReport(text, result) {
  const out = [];
  const { stats } = result;
  out.push(`Language: ${result.language}${result.languageDetected ? " (detected)" : ""}`);
  out.push(`${count(stats.sentences, "sentence", "sentences")}, ${count(stats.words, "word", "words")}, ` +
           `${count(result.quotes.length, "quote", "quotes")}, ${count(result.speakers.length, "speaker", "speakers")}, ` +
           `${percent(stats.quotedShare)} of words inside quotation marks`);

  out.push("", "Sentences");
  result.sentences.forEach((s, i) => out.push(`${String(i + 1).padStart(4)}. ${oneLine(s.text)}`));

  out.push("", "Quotes");
  if (!result.quotes.length) out.push("  (none)");
  result.quotes.forEach((q, i) => {
    const who = q.speaker ?? "unattributed";
    const how = [q.speakerMention, q.cue].filter(Boolean).join(" / ");
    const flags = [q.kind, q.unclosed ? "unclosed" : null, q.cueTone === "loaded" ? "loaded cue" : null].filter(Boolean);
    out.push(`${String(i + 1).padStart(4)}. ${who}${how ? ` (${how})` : ""} [${flags.join(", ")}]`);
    // Quotations as written, with their own marks; reported speech has none, so none are added.
    const words = q.kind === "indirect" ? q.text : text.slice(q.start, q.end);
    out.push(`      ${ellipsize(oneLine(words), 112)}`);
  });

  out.push("", "Speakers");
  if (!result.speakers.length) out.push("  (none)");
  for (const s of result.speakers) {
    out.push(`  ${s.name}${s.anonymous ? " (anonymous)" : ""}${s.described ? " (described)" : ""}: ${s.directQuotes} direct, ${s.indirectQuotes} indirect, ` +
             `${s.words} quoted words (${percent(s.share)})`);
  }

  out.push("", "Keywords");
  if (!result.keywords.length) out.push("  (none)");
  for (const k of result.keywords) {
    const forms = k.forms.length > 1 ? `  [${k.forms.join(", ")}]` : "";
    out.push(`  ${(k.label ?? k.term).padEnd(24)} ${String(k.count).padStart(4)}${forms}`);
  }
  return `${out.join("\n")}\n`;
}
