// JSON Lines mode: one {"id","text","lang"?} object per input line, one {"id", ...result} per output
// line, in order. A bad line gives {"id", "error"} and the run goes on.
import { createInterface } from "node:readline";

export async function runJsonLines(lens, options, input, output) {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      output.write(`${JSON.stringify({ id: null, error: `line ${number}: not valid JSON` })}\n`);
      continue;
    }
    const id = record?.id ?? null;
    if (typeof record?.text !== "string") {
      output.write(`${JSON.stringify({ id, error: `line ${number}: "text" must be a string` })}\n`);
      continue;
    }
    const lineOptions = typeof record.lang === "string" ? { ...options, language: record.lang } : options;
    let result;
    try {
      result = lens.analyze(record.text, lineOptions);
    } catch (error) {
      result = { error: `line ${number}: ${error.message}` };
    }
    output.write(`${JSON.stringify({ id, ...result })}\n`);
  }
}
