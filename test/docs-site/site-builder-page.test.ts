// Issue 13: the snippet builder on the site: preview fences, names in the page's language, fonts,
// the keyboard alone.
// Run after `npm run build && npm run build:site`, in the engine HART_ENGINE names (test/support/engine.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSnippet } from '../../site/assets/snippet.js';
import { partnerPage } from './server.js';
import { data, open, widgetsRendered, server, startSite } from './site-helpers.js';

startSite();

describe('the docs site', () => {
  it('a preview code fence shows the live widget and the builder’s snippet for it; Copy copies a snippet that works when pasted', async (t) => {
    for (const lang of ['en', 'es'] as const) {
      const { page } = await open(`/${lang}/help-banner/`);
      await widgetsRendered(page);
      const figure = page.locator('figure.preview').first();
      // The live markup as the server sent it; the snippet is the builder's for that markup.
      const html = await (await fetch(`${server.url}/${lang}/help-banner/`)).text();
      const live =
        html.match(/<div class="preview-live"[^>]*>([\s\S]*?)<\/hart-help-banner>/)![1]!.trim() + '</hart-help-banner>';
      // Pre-rendered at build time (scripts/prerender-previews.mjs): the tag and its snapshot.
      assert.equal(
        live
          .replace(/\n<template shadowrootmode="open">[\s\S]*<\/template>/, '')
          .replace(/ data-hart-version="[^"]*"/, ''),
        '<hart-help-banner></hart-help-banner>',
      );
      const expected = buildSnippet({ widget: 'hart-help-banner', lang: 'page', attrs: {}, colours: {} }, data);
      const shown = (await figure.locator('pre').textContent())!;
      assert.equal(shown, expected);
      assert.match(
        shown,
        /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@ct-hart\/elements@[\d.]+\/dist\/cdn\/hart-help-banner\.js" integrity="sha384-/,
      );
      await figure.getByRole('button', { name: lang === 'es' ? 'Copiar' : 'Copy' }).click();
      await page.waitForFunction(
        (text) => document.querySelector('.copy-status')?.textContent === text,
        lang === 'es' ? 'Copiado.' : 'Copied.',
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, shown);
      // The builder link opens the same choices.
      const builder = await figure
        .getByRole('link', { name: lang === 'es' ? 'generador de código' : 'snippet builder' })
        .getAttribute('href');
      assert.equal(builder, `${lang === 'es' ? '/es' : ''}/builder/?widget=hart-help-banner&lang=page`);
      await page.context.close();

      // Pasted into a partner page (its CDN URL served by this site, SRI checked by the browser), it works.
      server.pages.set('/t/copied.html', partnerPage(copied, { lang }));
      const partner = await open('/t/copied.html');
      await widgetsRendered(partner.page);
      assert.deepEqual(await partner.errors(), []);
      assert.deepEqual(await partner.foreign(t), []);
      await partner.page.context.close();
    }
  });

  it('the builder names categories, regions, languages, quizzes, audiences and widgets in its own language', async () => {
    for (const lang of ['en', 'es'] as const) {
      const { page } = await open(lang === 'es' ? '/es/builder/' : '/builder/');
      await page.waitForSelector('html[data-builder="ready"]');
      const labels = await page.evaluate(() => ({
        categories: [...document.querySelectorAll('[data-attr="category"] label')].map((l) => [
          l.querySelector('input')!.value,
          l.textContent!.trim(),
        ]),
        regions: [
          ...document.querySelectorAll<HTMLOptionElement>('#hart-resource-finder-region option[value]:not([value=""])'),
        ].map((o) => [o.value, o.textContent!.trim()]),
        languages: [
          ...document.querySelectorAll<HTMLOptionElement>('#hart-resource-finder-language option:not([value=""])'),
        ].map((o) => [o.value, o.textContent!.trim()]),
        quizzes: [...document.querySelectorAll<HTMLOptionElement>('#hart-red-flag-quiz-quiz option')].map((o) => [
          o.value,
          o.textContent!.trim(),
        ]),
        audiences: [
          ...document.querySelectorAll<HTMLOptionElement>('#hart-training-request-audience option:not([value=""])'),
        ].map((o) => [o.value, o.textContent!.trim()]),
        widgets: [...document.querySelectorAll<HTMLOptionElement>('#widget option')].map((o) => [
          o.value,
          o.textContent!.trim(),
        ]),
      }));
      assert.deepEqual(
        labels.categories,
        data.categories.map((c) => [c.id, c.name[lang]]),
        `${lang} categories`,
      );
      assert.deepEqual(
        labels.regions,
        data.regions.map((r) => [r.id, r.name[lang]]),
        `${lang} regions`,
      );
      assert.deepEqual(
        labels.languages,
        lang === 'es'
          ? [
              ['es', 'Español'],
              ['en', 'Inglés'],
            ]
          : [
              ['es', 'Spanish'],
              ['en', 'English'],
            ],
      );
      assert.deepEqual(
        labels.quizzes,
        data.quizzes.map((q) => [q.id, q.title[lang]]),
        `${lang} quizzes`,
      );
      assert.deepEqual(
        labels.audiences,
        data.audiences.map((a) => [a.id, a.name[lang]]),
        `${lang} audiences`,
      );
      for (const [tag, text] of labels.widgets)
        assert.match(text!, new RegExp(`^\\p{Lu}[^<]+ \\(<${tag}>\\)$`, 'u'), `${lang} widget option ${text}`);
      await page.context.close();
    }
  });

  it('the builder previews in the system sans-serif font, and tries the page’s own font on request', async () => {
    const { page } = await open('/builder/');
    await page.waitForSelector('html[data-builder="ready"]');
    const frame = page.frameLocator('#preview');
    const font = () =>
      page.evaluate(() => {
        const banner = (document.getElementById('preview') as HTMLIFrameElement).contentDocument!.querySelector(
          'hart-help-banner',
        )!;
        return getComputedStyle(banner.shadowRoot!.querySelector('[part~="container"]')!).fontFamily;
      });
    await frame.locator('hart-help-banner').waitFor();
    const initial = await font();
    assert.match(initial, /^system-ui,.*sans-serif$/, initial);
    assert.doesNotMatch(initial, /Times/);
    await page.getByLabel('Your page’s font, to try it in the preview').fill('Georgia, serif');
    await page.waitForFunction(
      () =>
        getComputedStyle((document.getElementById('preview') as HTMLIFrameElement).contentDocument!.documentElement)
          .fontFamily === 'Georgia, serif',
    );
    assert.equal(await font(), 'Georgia, serif');
    // The snippet does not carry the preview's font.
    assert.doesNotMatch((await page.textContent('#snippet-code'))!, /Georgia/);
    await page.getByLabel('Your page’s font, to try it in the preview').fill('');
    await page.waitForFunction(() =>
      getComputedStyle(
        (document.getElementById('preview') as HTMLIFrameElement).contentDocument!.documentElement,
      ).fontFamily.startsWith('system-ui'),
    );
    await page.context.close();
  });

  it('the builder works from the keyboard alone: Tab reaches every control and Copy, Enter copies', async (t) => {
    const { page } = await open('/builder/?widget=hart-training-request', { width: 375, height: 667, t });
    await page.waitForSelector('html[data-builder="ready"]');
    const reached = new Set<string>();
    for (let i = 0; i < 80 && !reached.has('copy-snippet'); i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.localName || ''));
    }
    for (const id of [
      'widget',
      'hart-training-request-audience',
      'hart-training-request-curriculum',
      'hart-training-request-endpoint',
      'snippet',
      'copy-snippet',
    ])
      assert.ok(reached.has(id), `Tab never reached #${id}`);
    // Choosing with the keyboard updates the snippet.
    await page.focus('#hart-training-request-audience');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.getElementById('snippet-code')?.textContent?.includes('audience='));
    await page.focus('#copy-snippet');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Copied.'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.textContent('#snippet-code'));
    await page.context.close();
  });
});
