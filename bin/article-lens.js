#!/usr/bin/env node
// article-lens: the analyzer on the command line, running the same wasm module as the page.
import { createAnalyzer } from "../wasm/node.js";
import { parseArguments, USAGE } from "./cli/arguments.js";
import { readText, InputError } from "./cli/input.js";
import { formatReport } from "./cli/report.js";
import { runJsonLines } from "./cli/jsonl.js";

async function main(argv) {
  const args = parseArguments(argv);
  if (args.help) return void process.stdout.write(USAGE);
  const lens = await createAnalyzer();
  if (args.version) return void process.stdout.write(`${lens.version}\n`);
  if (args.command === "languages") return void process.stdout.write(`${lens.languages.join("\n")}\n`);
  if (args.jsonl) return runJsonLines(lens, args.options, process.stdin, process.stdout);

  const { text, warnings } = await readText(args.file);
  for (const warning of warnings) process.stderr.write(`article-lens: warning: ${warning}\n`);
  const result = lens.analyze(text, args.options);
  for (const warning of result.warnings) process.stderr.write(`article-lens: warning: ${warning}\n`);
  if (result.error) {
    process.stderr.write(`article-lens: ${result.error}\n`);
    process.exitCode = 1;
    if (!args.json) return;
  }
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 1)}\n` : formatReport(text, result));
}

main(process.argv.slice(2)).catch((error) => {
  const expected = error instanceof InputError || error instanceof TypeError || error.name === "UsageError";
  process.stderr.write(`article-lens: ${expected ? error.message : error.stack}\n`);
  if (error.name === "UsageError") process.stderr.write(`Run "article-lens --help" for usage.\n`);
  process.exitCode = 2;
});
