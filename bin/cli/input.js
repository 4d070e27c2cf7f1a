// Reading a text file for analysis: refuses binary files, tolerates invalid UTF-8 with a warning.
import { readFile } from "node:fs/promises";

export class InputError extends Error {}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// Text has no NUL bytes and few control characters other than tab, line feed and carriage return.
export function looksBinary(bytes) {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export function decodeText(bytes, name = "input") {
  if (looksBinary(bytes)) throw new InputError(`${name} looks like a binary file, not text`);
  const warnings = [];
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("utf-8").decode(bytes);
    const replaced = (text.match(/\uFFFD/g) || []).length;
    warnings.push(`${name} is not valid UTF-8; ${replaced} invalid sequence(s) read as U+FFFD`);
  }
  return { text, warnings };
}

export async function readText(file) {
  let bytes;
  try {
    bytes = file === "-" ? await readStdin() : await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  }
  return decodeText(bytes, file === "-" ? "stdin" : file);
}
