// Temporary folders for one test process, all inside one folder that is removed when the process
// exits, so that a test run leaves nothing behind in the system's temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let processDir = null;

export function scratchDir(name) {
  if (!processDir) {
    processDir = mkdtempSync(path.join(tmpdir(), "article-lens-test-"));
    process.on("exit", () => rmSync(processDir, { recursive: true, force: true }));
  }
  return mkdtempSync(path.join(processDir, `${name}-`));
}
