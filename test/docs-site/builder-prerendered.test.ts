// Pre-rendered snippets upgrade in place, across versions, at the same size and with no layout shift.
// Driven in the engine HART_ENGINE names (test/support/engine.ts). Run after `npm run build && npm run build:site`.
import assert from 'node:assert/strict';
import { ENGINE } from '../support/engine.js';
import { partnerPage } from './server.js';
import { NO_VISIBLE_SHIFT, OBSERVE_LAYOUT_SHIFTS, layoutShiftScore } from './layout-shift.js';
import { before, describe, it } from 'node:test';
import {
  TAGS,
  type Tag,
  data,
  ADOPTED,
  EXIT,
  newPage,
  rendered,
  prerenderedSnippet,
  PRERENDER_QUERIES,
  server,
  browser,
  startSite,
} from './builder-helpers.js';

startSite();

describe('pre-rendered snippets', () => {
  const snippets = new Map<Tag, string>();
  before(async () => {
    for (const tag of TAGS) snippets.set(tag, await prerenderedSnippet(PRERENDER_QUERIES[tag]));
  });

  for (const tag of TAGS) {
    for (const version of ['same', 'other'] as const) {
      it(`${tag}: upgraded by the ${version} version in place, at the same size, with no layout shift and no error`, async (t) => {
        let snippet = snippets.get(tag)!;
        assert.match(snippet, new RegExp(`data-hart-version="${data.version}"`));
        if (version === 'other')
          snippet = snippet.replace(`data-hart-version="${data.version}"`, 'data-hart-version="0.0.1"');
        server.pages.set(
          '/t/prerendered.html',
          partnerPage(snippet, { after: '<p id="below">Text below the widget.</p>' }),
        );
        // The CDN scripts wait until the test has looked at the snapshot (a fixed delay was too short on a busy machine).
        const release = server.holdCdn();
        try {
          const { page, errors } = await newPage();
          // Layout Instability is Chromium's alone: elsewhere the score is null and the test says so.
          await page.addInitScript(OBSERVE_LAYOUT_SHIFTS);
          // Module scripts run before DOMContentLoaded: look as soon as the page is parsed.
          await page.goto(`${server.url}/t/prerendered.html`, { waitUntil: 'commit' });
          await page.waitForSelector('#below', { state: 'attached' });
          const beforeUpgrade = await page.evaluate(
            (t) => ({
              defined: !!customElements.get(t),
              height: document.querySelector(t)!.getBoundingClientRect().height,
              below: document.getElementById('below')!.getBoundingClientRect().top,
              containers: document.querySelector(t)!.shadowRoot?.querySelectorAll('[part~="container"]').length,
            }),
            tag,
          );
          assert.equal(beforeUpgrade.defined, false, 'the script should still be on its way');
          assert.equal(beforeUpgrade.containers, 1, 'the snapshot shows before the script');
          release();
          await rendered(page);
          if (ADOPTED.includes(tag))
            await page.waitForFunction((t) => !document.querySelector(t)!.hasAttribute('data-hart-version'), tag);
          const cls = await layoutShiftScore(page);
          const afterUpgrade = await page.evaluate(
            (t) => ({
              height: document.querySelector(t)!.getBoundingClientRect().height,
              below: document.getElementById('below')!.getBoundingClientRect().top,
              containers: document.querySelector(t)!.shadowRoot!.querySelectorAll('[part~="container"]').length,
              styles: document.querySelector(t)!.shadowRoot!.querySelectorAll('style').length,
            }),
            tag,
          );
          assert.equal(afterUpgrade.containers, 1, 'the element replaced the snapshot');
          assert.equal(afterUpgrade.styles, 0, 'the snapshot’s styles are gone');
          assert.ok(
            Math.abs(afterUpgrade.height - beforeUpgrade.height) < 1,
            `height ${beforeUpgrade.height} → ${afterUpgrade.height}`,
          );
          assert.equal(afterUpgrade.below, beforeUpgrade.below);
          // The quiz's first render is a loading state until its questions arrive: it keeps the
          // snapshot through it only once it adopts the controller with `ready`.
          if (cls === null)
            t.diagnostic(
              `SKIPPED in ${ENGINE}: the layout-shift score (the Layout Instability API is Chromium's; the height and the text below are checked)`,
            );
          else assert.ok(cls < NO_VISIBLE_SHIFT, `layout shift ${cls}`);
          assert.deepEqual(await errors(), []);
          await page.context.close();
        } finally {
          release();
        }
      });
    }

    it(`${tag}: without JavaScript the snapshot is readable and its links work`, async () => {
      server.pages.set('/t/nojs.html', partnerPage(snippets.get(tag)!));
      const context = await browser.newContext({ javaScriptEnabled: false });
      await browser.answerHttps(context, '<title>Exited</title>');
      const page = await context.newPage();
      await page.goto(`${server.url}/t/nojs.html`);
      const host = page.locator(tag);
      assert.ok(await host.locator('[part~="container"]').isVisible(), 'the snapshot shows');
      if (tag === 'hart-training-request') {
        assert.ok((await host.locator('a[href^="mailto:DCFHART@ct.gov"]').count()) >= 1, 'a mailto: path');
      } else {
        const text = await host.locator('[part~="container"]').innerText();
        // The quiz shows its first question (the help lines come at its end); the others, the numbers.
        assert.match(text, tag === 'hart-red-flag-quiz' ? /\?/ : /1-888-373-7888|911/);
        const exit = host.locator('a[part~="exit-button"]');
        assert.equal(await exit.getAttribute('href'), EXIT);
        await exit.click();
        await page.waitForURL(EXIT);
      }
      await context.close();
    });
  }
});
