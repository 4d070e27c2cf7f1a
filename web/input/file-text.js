// Turns an uploaded or dropped file into article text, or explains plainly why it cannot.
// Every refusal is a FileTextError with a message for the reader; nothing is cut silently.
import { htmlToText } from "./html-text.js";
import { markdownToText } from "./markdown-text.js";

export const MAX_FILE_BYTES = 30 * 1024 * 1024;
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;

export class FileTextError extends Error {
  constructor(key, ...args) {
    super(key);
    this.name = "FileTextError";
    this.key = key;
    this.args = args;
  }
}

const KINDS = { txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html", xhtml: "html", docx: "docx", pdf: "pdf" };

/**
 * Resolves with {text, kind, warnings: [key, ...args][], hardWrap} or rejects with a FileTextError.
 * `file` is a File (or Blob with a name).
 */
export async function fileToText(file) {
  const name = file.name || "file";
  if (file.size === 0) throw new FileTextError("fileEmpty", name);
  if (file.size > MAX_FILE_BYTES) throw new FileTextError("fileTooLarge", name, file.size, MAX_FILE_BYTES);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = kindOf(name, bytes);
  const warnings = [];
  let text;
  let hardWrap = false;
  if (kind === "docx") text = await docxText(bytes, name);
  else if (kind === "pdf") {
    text = await pdfText(bytes, name);
    hardWrap = true; // PDF lines are wrapped at the page width
  } else if (kind === "unknown-binary") {
    throw new FileTextError("fileBinary", name);
  } else {
    const decoded = decode(bytes, name);
    if (decoded.warning) warnings.push(decoded.warning);
    text = kind === "html" ? htmlToText(decoded.text) : kind === "markdown" ? markdownToText(decoded.text) : decoded.text;
  }
  text = text.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new FileTextError(kind === "pdf" ? "pdfNoText" : "fileNoText", name);
  if (text.length > MAX_TEXT_CHARS) throw new FileTextError("textTooLong", name, text.length, MAX_TEXT_CHARS);
  return { text, kind, warnings, hardWrap };
}

function kindOf(name, bytes) {
  const extension = name.toLowerCase().split(".").pop();
  // Content wins over the name: a renamed PDF is still a PDF.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (extension === "docx") return "docx";
    throw new FileTextError("fileZip", name);
  }
  if (looksBinary(bytes)) return "unknown-binary";
  return KINDS[extension] ?? "text";
}

const startsWith = (bytes, prefix) => prefix.every((b, i) => bytes[i] === b);

// NUL bytes or many control characters in the first 8 KB: not text (also catches UTF-16 files).
function looksBinary(bytes) {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05;
}

function decode(bytes, name) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: most likely a legacy Western encoding. Say so instead of guessing quietly.
    return { text: new TextDecoder("windows-1252").decode(bytes), warning: ["notUtf8", name] };
  }
}

async function docxText(bytes, name) {
  const { default: mammoth } = await import("mammoth");
  try {
    const { value } = await mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    return value.replace(/\n{3,}/g, "\n\n");
  } catch (error) {
    throw new FileTextError("docxUnreadable", name, error.message);
  }
}

async function pdfText(bytes, name) {
  const { pdfToText } = await import("./pdf-text.js");
  try {
    return await pdfToText(bytes);
  } catch (error) {
    throw new FileTextError("pdfUnreadable", name, error.message);
  }
}
