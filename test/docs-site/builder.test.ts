// Issue 13: the snippet builder's output, accepted by the real elements; the builder's copy equals
// its preview; it refuses URLs the element would refuse (issue #20).
// Driven in the engine HART_ENGINE names (test/support/engine.ts). Run after `npm run build && npm run build:site`.
import assert from 'node:assert/strict';
import { buildSnippet } from '../../site/assets/snippet.js';
import { ENGINE } from '../support/engine.js';
import { partnerPage } from './server.js';
import { NO_VISIBLE_SHIFT } from './layout-shift.js';
import { describe, it } from 'node:test';
import {
  TAGS,
  type Choices,
  data,
  variants,
  newPage,
  rendered,
  server,
  browser,
  startSite,
} from './builder-helpers.js';

startSite();

describe('snippet builder output', () => {
  for (const widget of TAGS) {
    for (const lang of ['en', 'es', 'page'] as const) {
      it(`${widget}, ${lang}: every setting the builder offers is accepted (SRI-checked script, no hart-error)`, async () => {
        const snippets = [...variants(widget), { colours: true }].map((attrs) => {
          const colours =
            'colours' in attrs ? Object.fromEntries(data.colours[widget]!.map((name) => [name, '#223344'])) : {};
          return buildSnippet({ widget, lang, attrs: 'colours' in attrs ? {} : attrs, colours } as Choices, data);
        });
        // One import map and script line (the first snippet's, with their hashes) and every element.
        const body = snippets.map((s, i) => (i === 0 ? s : s.replace(/^(<script[^\n]*\n)+/, ''))).join('\n');
        assert.match(
          snippets[0]!,
          new RegExp(
            `src="https://cdn\\.jsdelivr\\.net/npm/@ct-hart/elements@${data.version}/dist/cdn/${widget}\\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"`,
          ),
        );
        server.pages.set('/t/variants.html', partnerPage(body, { lang: lang === 'es' ? 'es' : 'en' }));
        const { page, errors } = await newPage();
        await page.goto(`${server.url}/t/variants.html`);
        await rendered(page);
        assert.equal(await page.locator(widget).count(), snippets.length);
        assert.deepEqual(await errors(), []);
        // The fallback carries real links, in the chosen language.
        if (widget !== 'hart-training-request') assert.match(body, /<a href="tel:\+18883737888">1-888-373-7888<\/a>/);
        else assert.match(body, /<a href="mailto:DCFHART@ct\.gov">/);
        if (lang === 'es' && widget !== 'hart-training-request') assert.match(body, /Salida rápida|Llame al/);
        await page.context.close();
      });
    }
  }
});

describe('the builder page', () => {
  it('restores choices from its address, shows exactly what Copy copies, and announces the copy', async () => {
    const context = await browser.newContext({ clipboard: server.url });
    const { page, errors } = await newPage(context);
    await page.goto(`${server.url}/builder/?widget=hart-red-flag-quiz&lang=es&quiz=lodging-red-flags&shuffle=`);
    await page.waitForSelector('html[data-builder="ready"]');
    const expected = buildSnippet(
      { widget: 'hart-red-flag-quiz', lang: 'es', attrs: { quiz: 'lodging-red-flags', shuffle: true }, colours: {} },
      data,
    );
    assert.equal(await page.textContent('#snippet-code'), expected);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Copied.'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
    // A change is reflected in the snippet and the address at once.
    await page.getByLabel('Widget', { exact: true }).selectOption('hart-help-banner');
    await page.getByLabel('compact', { exact: false }).count();
    await page.locator('#hart-help-banner-variant').selectOption('compact');
    await page.waitForFunction(() =>
      document.getElementById('snippet-code')?.textContent?.includes('variant="compact"'),
    );
    assert.match(await page.url(), /widget=hart-help-banner/);
    assert.match(await page.url(), /variant=compact/);
    assert.deepEqual(await errors(), []);
    await context.close();
  });

  for (const path of ['/builder/', '/es/builder/']) {
    it(`${path} on a phone: the form holds still at load and keeps the bar's hint; the preview loads when scrolled to (issue #25)`, async (t) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
      const { page, errors } = await newPage(context);
      await page.addInitScript(`window.cls = null;
        if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
          window.cls = 0;
          new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.cls += entry.value; }).observe({ type: 'layout-shift', buffered: true });
        }`);
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('html[data-builder="ready"]');
      // The variant's description (where to paste a bar) is shown, not emptied as a refused URL's message.
      const hint = page.locator('#hart-help-banner-variant-hint');
      assert.ok(await hint.isVisible(), 'the bar hint shows');
      assert.match((await page.textContent('#hart-help-banner-variant-hint'))!, /<\/body>/);
      // Three screens down on a phone, the preview frame has not loaded, nor has the widget's file.
      const loaded = () =>
        page.evaluate(() => ({
          frame: (document.getElementById('preview') as HTMLIFrameElement).contentDocument?.URL ?? '',
          widget: performance.getEntriesByType('resource').some((e) => e.name.includes('/cdn/')),
        }));
      assert.deepEqual(await loaded(), { frame: 'about:blank', widget: false });
      const cls = await page.evaluate(() => (window as unknown as { cls: number | null }).cls);
      if (cls === null)
        t.diagnostic(`SKIPPED in ${ENGINE}: the layout-shift score (the Layout Instability API is Chromium's)`);
      else assert.ok(cls < NO_VISIBLE_SHIFT, `no layout shift at load: ${cls}`);
      // Scrolled toward, it shows the widget.
      await page.evaluate(() => document.getElementById('preview-heading')!.scrollIntoView());
      await page.frameLocator('#preview').locator('hart-help-banner').waitFor();
      assert.deepEqual(await errors(), []);
      await context.close();
    });
  }
});

describe('the builder refuses URLs the element would refuse (issue #20)', () => {
  const exitUrls = [
    'javascript:alert(1)',
    'http://evil.example/',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/',
    'JaVaScRiPt:alert(1)',
  ];
  for (const bad of exitUrls) {
    it(`exit-url=${bad}: said next to the field, never written into the snippet, fallback or snapshot`, async () => {
      const { page, errors } = await newPage();
      await page.goto(
        `${server.url}/builder/?widget=hart-help-banner&lang=en&exit-url=${encodeURIComponent(bad)}&prerender=1`,
      );
      await page.waitForSelector('html[data-builder="ready"]');
      await page.waitForFunction(() =>
        document.getElementById('prerender-status')?.textContent?.startsWith('Pre-rendered'),
      );
      const snippet = (await page.textContent('#snippet-code'))!;
      const field = page.getByLabel('Quick exit goes to (https)', { exact: true }).first();
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      const message = page.locator('#hart-help-banner-exit-url-refused');
      assert.ok(await message.isVisible(), 'the reason is shown next to the field');
      assert.match((await message.textContent())!, /https:\/\//);
      // The field's accessible description is the reason.
      assert.equal(await field.getAttribute('aria-describedby'), 'hart-help-banner-exit-url-refused');
      assert.ok(
        !snippet.includes(bad) && !snippet.includes(bad.replace(/</g, '&lt;')),
        'the refused value is nowhere in the snippet',
      );
      assert.doesNotMatch(snippet, /javascript:|http:\/\/evil|data:text/i);
      // Every exit link (fallback and pre-rendered) goes to the default, and sends no Referer.
      const exits = [...snippet.matchAll(/<a [^>]*>(?:Quick exit|<[^<]*Quick exit)/g)].map((m) => m[0]);
      assert.ok(exits.length >= 1);
      for (const href of snippet.matchAll(
        /<a href="([^"]*)"[^>]*part="[^"]*exit-button|<a [^>]*part="[^"]*exit-button[^"]*"[^>]*href="([^"]*)"/g,
      )) {
        assert.equal(href[1] ?? href[2], 'https://www.google.com/');
      }
      assert.match(
        snippet,
        /<p><a href="https:\/\/www\.google\.com\/" rel="noreferrer" referrerpolicy="no-referrer">Quick exit<\/a><\/p>/,
      );
      assert.deepEqual(await errors(), []);
      await page.context.close();
    });
  }

  it('a refused value typed in the field is not written; fixing it writes it and clears the message', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.url}/es/builder/?widget=hart-training-request&lang=es`);
    await page.waitForSelector('html[data-builder="ready"]');
    const endpoint = page.locator('#hart-training-request-endpoint');
    await endpoint.fill('http://training.example/requests');
    await page.waitForFunction(
      () => document.getElementById('hart-training-request-endpoint')?.getAttribute('aria-invalid') === 'true',
    );
    assert.doesNotMatch((await page.textContent('#snippet-code'))!, /endpoint=/);
    assert.ok(await page.locator('#hart-training-request-endpoint-refused').isVisible());
    assert.match((await page.textContent('#hart-training-request-endpoint-refused'))!, /No se usa/);
    await endpoint.fill('https://training.example/requests');
    await page.waitForFunction(() =>
      document.getElementById('snippet-code')?.textContent?.includes('endpoint="https://training.example/requests"'),
    );
    assert.equal(await endpoint.getAttribute('aria-invalid'), null);
    assert.ok(await page.locator('#hart-training-request-endpoint-refused').isHidden());
    assert.deepEqual(await errors(), []);
    await page.context.close();
  });

  it('an unknown widget in the address (?widget=x"]) is ignored: the page works with the default', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.url}/builder/?widget=${encodeURIComponent('x"]')}&lang=en`);
    await page.waitForSelector('html[data-builder="ready"]');
    assert.match((await page.textContent('#snippet-code'))!, /<hart-help-banner/);
    assert.deepEqual(await errors(), []);
    await page.context.close();
  });

  it('buildSnippet itself drops a refused URL (a caller that skipped the form)', () => {
    const snippet = buildSnippet(
      { widget: 'hart-help-banner', lang: 'en', attrs: { 'exit-url': 'javascript:alert(1)' }, colours: {} },
      data,
    );
    assert.doesNotMatch(snippet, /javascript:/);
    const form = buildSnippet(
      { widget: 'hart-training-request', lang: 'en', attrs: { endpoint: 'http://evil.example/' }, colours: {} },
      data,
    );
    assert.doesNotMatch(form, /evil/);
  });
});
