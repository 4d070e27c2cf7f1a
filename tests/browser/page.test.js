// The page end to end in Chromium: one browser and one dev server for every feature suite, and a
// production build behind the strict CSP for the offline/CSP checks. Each suite in features/
// covers one feature of issue 5; screenshots go to test-artifacts/.
import { before, after } from "node:test";
import { startPage, startProductionServer } from "./support.js";
import { registerInput } from "./features/input.js";
import { registerReader } from "./features/reader.js";
import { registerSources } from "./features/sources.js";
import { registerKeywords } from "./features/keywords.js";
import { registerStructure } from "./features/structure.js";
import { registerCompare } from "./features/compare.js";
import { registerExercise } from "./features/exercise.js";
import { registerShare } from "./features/share.js";
import { registerProduction } from "./features/production.js";
import { registerOffline } from "./features/offline.js";
import { registerAccessibility } from "./features/accessibility.js";
import { registerStrings } from "./features/strings.js";
import { registerElement } from "./features/element.js";
import { registerLargeText } from "./features/large-text.js";

const ctx = { session: null, production: null };

before(async () => {
  ctx.session = await startPage();
  ctx.production = await startProductionServer();
});

after(async () => {
  await ctx.production?.close();
  await ctx.session?.close();
});

/** A fresh page on the dev server with the sample analysed; fails the test on page errors. */
ctx.openPage = async (t, { viewport = { width: 1280, height: 1000 }, url = ctx.session.url, wait = true } = {}) => {
  const context = await ctx.session.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  t.after(async () => {
    await context.close();
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  });
  await page.goto(url);
  if (wait) await page.waitForSelector("body[data-analyzed=true]", { timeout: 60_000 });
  return page;
};

registerInput(ctx);
registerReader(ctx);
registerSources(ctx);
registerKeywords(ctx);
registerStructure(ctx);
registerCompare(ctx);
registerExercise(ctx);
registerShare(ctx);
registerProduction(ctx);
registerOffline(ctx);
registerAccessibility(ctx);
registerStrings(ctx);
registerElement(ctx);
registerLargeText(ctx);
