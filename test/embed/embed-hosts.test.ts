// Issue #7: loaded twice, in React 19 and Vue 3 hosts, and what they keep private with default attributes.
// In the engine HART_ENGINE names (test/support/engine.ts); `npm test` builds the pages first
// (`npm run build && npm run build:embed`).
import assert from 'node:assert/strict';
import { ENGINE } from '../support/engine.js';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { describe, it } from 'node:test';
import {
  open,
  useEveryWidget,
  fillTrainingRequest,
  completeQuiz,
  server,
  browser,
  startEmbed,
} from './embed-helpers.js';

startEmbed();

describe('embed: double load', () => {
  it('two copies of the CDN bundle and the npm modules on one page: no error, every element works', async () => {
    const { page, errors } = await open('/test/embed/double-load.html');
    await page.waitForFunction(() => document.documentElement.dataset.npmApp === 'loaded');
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search),
    );
    assert.ok(
      requested.includes('/packages/elements/dist/cdn/hart-elements.js?plugin=b'),
      'the second copy was loaded',
    );
    await useEveryWidget(page);
    // @lit/localize can be configured once per copy; the second copy says so in a warning, not an error.
    assert.deepEqual(await errors(), []);
    await page.context.close();
  });
});

for (const framework of ['react', 'vue'] as const) {
  describe(`embed: ${framework === 'react' ? 'React 19' : 'Vue 3'} host`, () => {
    it('passes attributes and properties, and hears the quiz-complete and form-submit events', async () => {
      const { page, errors } = await open(`/test/embed/dist/${framework}/index.html`);
      // A property set by the framework (an object, which no attribute can carry).
      assert.deepEqual(
        await page.evaluate(
          () =>
            (document.querySelector('hart-training-request') as unknown as { deliveryOptions: unknown })
              .deliveryOptions,
        ),
        { retries: 0, timeoutMs: 5000 },
      );
      // An attribute: lodging mode.
      await page.locator('hart-training-request #curriculumId-intro-ht-lodging').waitFor({ state: 'attached' });
      assert.equal(
        await page.evaluate(
          () =>
            (
              document
                .querySelector('hart-training-request')!
                .shadowRoot!.querySelector('#curriculumId-intro-ht-lodging') as HTMLInputElement
            ).checked,
        ),
        true,
      );
      await completeQuiz(page);
      // The framework re-renders on its own schedule: wait for its output.
      const total = youthQuiz.questions.length;
      await page.waitForFunction(
        (expected) => document.querySelector('#quiz-score')?.textContent === expected,
        `${total} of ${total}`,
        { timeout: 5000 },
      );
      await fillTrainingRequest(page);
      await page.locator('hart-training-request #submit').click();
      await page.waitForFunction(() => document.querySelector('#form-request')?.textContent === 'Harbor Inn');
      // The app cancelled the submit event, so the form composed nothing.
      assert.equal(await page.locator('hart-training-request #result').isHidden(), true);
      assert.deepEqual(await errors(), []);
      await page.context.close();
    });
  });
}

describe('embed: privacy with default attributes', () => {
  it('makes no request beyond the bundle, sets no cookie, writes no storage', async (t) => {
    const context = await browser.newContext();
    const { page, errors } = await open('/test/embed/privacy.html', context);
    await useEveryWidget(page);
    await page.locator('hart-training-request #copy').click();
    // Copied, or (where the clipboard is refused) the text selected for the visitor: either way, done.
    await page.waitForFunction(() =>
      /Copied\. Paste it|The text is selected/.test(
        document.querySelector('hart-training-request')?.shadowRoot?.textContent ?? '',
      ),
    );
    const origin = server.url;
    if (browser.capabilities.requestLog) {
      // The browser itself asks for /favicon.ico; that request is the browser's, not a widget's.
      // A data: URL (Chromium's own date-picker icon) goes nowhere.
      const foreign = page
        .requests()
        .filter(
          (url) =>
            !url.startsWith('data:') &&
            !url.startsWith(`${origin}/packages/elements/dist/cdn/`) &&
            url !== `${origin}/test/embed/privacy.html` &&
            url !== `${origin}/favicon.ico`,
        );
      assert.deepEqual(foreign, [], 'requests other than the page and the bundle (with its chunks)');
    } else {
      t.diagnostic(
        `SKIPPED in ${ENGINE}: the request log (WebDriver classic sees no requests; Chromium and Firefox check it)`,
      );
    }
    assert.deepEqual(await page.cookies(), []);
    const storage = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      cookie: document.cookie,
    }));
    assert.deepEqual(storage, { local: [], session: [], indexedDB: [], caches: [], cookie: '' });
    // What the DevTools protocol sees, not only what the page's APIs say.
    if (browser.capabilities.cdp) {
      const cdp = await browser.cdp(page);
      const usage = (await cdp.send('Storage.getUsageAndQuota', { origin })) as {
        usage: number;
        usageBreakdown: { storageType: string; usage: number }[];
      };
      assert.deepEqual(
        usage.usageBreakdown.filter((b) => b.usage > 0),
        [],
      );
    } else {
      t.diagnostic(
        `SKIPPED in ${ENGINE}: Storage.getUsageAndQuota is a DevTools Protocol call (Chromium checks it; the page's storage APIs are checked here)`,
      );
    }
    assert.deepEqual(await errors(), []);
    await context.close();
  });
});
