// Feature 8: a share link that carries the text, compressed, in the URL fragment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { waitForAnalysis } from "../support.js";

export function registerShare(ctx) {
  test("share: the link carries the text in the fragment, and opening it restores the text", async (t) => {
    const page = await ctx.openPage(t);
    const text = "Заголовок 🙂\n\n“We will share it,” said Ana Lind. Ünïcödé — and a long tail. ".repeat(40);
    await page.fill("#article-text", text);
    await waitForAnalysis(page, "We will share it");
    await page.click("#share");
    await page.waitForFunction(() => document.getElementById("share-link").value.includes("#text="));
    const link = await page.inputValue("#share-link");
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, new URL(ctx.session.url).href);
    assert.ok(url.hash.length < text.length, `compressed: ${url.hash.length} < ${text.length}`);
    assert.ok(!/[^A-Za-z0-9_=#-]/.test(url.hash.slice(1).replace("text=", "")), "base64url only");

    const other = await ctx.openPage(t, { wait: false, url: "about:blank" });
    const requested = [];
    other.on("request", (request) => requested.push(request.url()));
    await other.goto(link);
    await waitForAnalysis(other, "We will share it");
    assert.equal(await other.inputValue("#article-text"), text);
    assert.match(await other.textContent("#status"), /from the link/);
    assert.ok(requested.every((u) => !u.includes("text=")), "the fragment is never requested");

    const broken = await ctx.openPage(t, { wait: false, url: "about:blank" });
    await broken.goto(`${ctx.session.url}#text=not-really-deflate`);
    await broken.waitForFunction(() => /could not be read/.test(document.getElementById("status").textContent));
  });
}
