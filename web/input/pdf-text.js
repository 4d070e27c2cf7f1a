// Text of a PDF with Mozilla's pdf.js. Loaded only when a PDF arrives. The pdf.js worker is served
// from our own origin; eval and font loading are off, so a strict CSP holds and nothing is fetched.
import * as pdfjs from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export async function pdfToText(bytes) {
  const task = pdfjs.getDocument({
    data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    useWorkerFetch: false, stopAtErrors: false, enableXfa: false,
  });
  const pdf = await task.promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items));
      page.cleanup();
    }
    return pages.join("\n\n");
  } finally {
    await pdf.destroy();
  }
}

// Lines end where pdf.js says so; a larger vertical gap than usual starts a new paragraph.
function pageText(items) {
  let out = "";
  let lastY = null, lastHeight = 0;
  for (const item of items) {
    if (!("str" in item)) continue;
    const y = item.transform?.[5] ?? null;
    if (lastY !== null && y !== null && out && !out.endsWith("\n")) {
      if (Math.abs(lastY - y) > 1.8 * Math.max(lastHeight, item.height || 0, 1)) out += "\n\n";
    } else if (lastY !== null && y !== null && out.endsWith("\n") && Math.abs(lastY - y) > 1.8 * Math.max(lastHeight, item.height || 0, 1)) {
      out += "\n";
    }
    out += item.str;
    if (item.hasEOL) out += "\n";
    if (y !== null) lastY = y;
    if (item.height) lastHeight = item.height;
  }
  return out.trim();
}
