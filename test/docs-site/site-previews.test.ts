// Lighthouse scored the widget pages 61–80: each preview is now pre-rendered at build time and
// its upgrade must move nothing, on a phone.
// Run after `npm run build && npm run build:site`, in the engine HART_ENGINE names (test/support/engine.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENGINE } from '../support/engine.js';
import { NO_VISIBLE_SHIFT, OBSERVE_LAYOUT_SHIFTS, layoutShiftScore } from './layout-shift.js';
import { SLUGS, widgetsRendered, server, browser, startSite } from './site-helpers.js';

startSite();

describe('the docs site', () => {
  // Lighthouse (bench/lighthouse.ts) scored the widget pages 61–80 for performance: the live preview
  // rendered after the first paint and moved the page (CLS 0.18–0.24 on a phone), and each page
  // parsed all four widgets. Now each preview is pre-rendered at build time and the page loads its
  // own widget's file.
  for (const slug of SLUGS) {
    it(`/${slug}/ pages on a phone: the preview shows at first paint and its upgrade moves nothing; only its widget's file loads`, async (t) => {
      for (const lang of ['en', 'es'] as const) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        await page.addInitScript(OBSERVE_LAYOUT_SHIFTS);
        const release = server.holdCdn();
        try {
          await page.goto(`${server.url}/${lang}/${slug}/`, { waitUntil: 'commit' });
          await page.waitForSelector('footer.site-footer', { state: 'attached' });
          // The page's own stylesheet has arrived (the first paint waits for it too).
          await page.waitForFunction(() =>
            [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => (link as HTMLLinkElement).sheet),
          );
          const before = await page.evaluate(() => {
            const el = document.querySelector('.preview-live > *')!;
            return {
              defined: !!customElements.get(el.localName),
              height: el.getBoundingClientRect().height,
              containers: el.shadowRoot?.querySelectorAll('[part~="container"]').length ?? 0,
            };
          });
          assert.equal(before.defined, false, 'the script is still on its way');
          assert.equal(before.containers, 1, `${lang}: the preview shows before its script`);
          release();
          await widgetsRendered(page);
          const cls = await layoutShiftScore(page);
          const after = await page.evaluate(() => ({
            height: document.querySelector('.preview-live > *')!.getBoundingClientRect().height,
            scripts: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
          }));
          assert.ok(Math.abs(after.height - before.height) < 1, `${lang}: height ${before.height} → ${after.height}`);
          if (cls === null)
            t.diagnostic(
              `SKIPPED in ${ENGINE}: the layout-shift score (the Layout Instability API is Chromium's; the height is checked)`,
            );
          else assert.ok(cls < NO_VISIBLE_SHIFT, `${lang}: layout shift ${cls}`);
          assert.ok(
            after.scripts.includes(`/cdn/hart-${slug}.js`) && !after.scripts.includes('/cdn/hart-elements.js'),
            `${lang}: ${after.scripts.join(' ')}`,
          );
        } finally {
          release();
          await context.close();
        }
      }
    });
  }
});
