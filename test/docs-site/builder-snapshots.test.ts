// Pre-rendered snapshots: small, from the element's source styles, in the page's fonts (issues #25,
// #23), and without JavaScript one block in the page's language.
// Driven in the engine HART_ENGINE names (test/support/engine.ts). Run after `npm run build && npm run build:site`.
import assert from 'node:assert/strict';
import { buildSnippet } from '../../site/assets/snippet.js';
import { partnerPage } from './server.js';
import { describe, it } from 'node:test';
import {
  TAGS,
  data,
  newPage,
  rendered,
  prerenderedSnippet,
  cdnText,
  elementOf,
  server,
  browser,
  startSite,
} from './builder-helpers.js';

startSite();

describe('pre-rendered snippets: small, from the element’s source styles, in the page’s fonts (issues #25, #23)', () => {
  it('every style rule of a snapshot is the element’s own source text, whatever browser made it', async () => {
    const source = await cdnText();
    for (const tag of TAGS) {
      const snippet = await prerenderedSnippet(`widget=${tag}&lang=en`);
      const styles = [...snippet.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      const inTemplate = snippet.slice(snippet.indexOf('<template'), snippet.indexOf('</template>'));
      assert.equal([...inTemplate.matchAll(/<style>/g)].length, 1, `${tag}: one style block`);
      const rules = [...styles[0]!.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => `${m[1]!.trim()}{${m[2]}}`);
      assert.ok(rules.length > 5, `${tag}: the snapshot has its rules`);
      for (const rule of rules) {
        if (rule.startsWith('a.exit-button{')) continue; // the exit link's box (site/assets/snapshot.js)
        assert.ok(
          source.includes(rule.replace(/\\/g, '')),
          `${tag}: not in the element's source styles: ${rule.slice(0, 160)}`,
        );
      }
      // The widget's markup, not a browser's list of every property.
      assert.doesNotMatch(styles[0]!, /[;{\s](?!all:)[a-z-]+:\s*initial\b|-webkit-locale|math-depth/);
    }
  });

  for (const tag of ['hart-help-banner', 'hart-red-flag-quiz'] as const) {
    for (const lang of ['en', 'es'] as const) {
      it(`${tag}, ${lang}: the pre-rendered element is at most 6 KB`, async (t) => {
        const snippet = await prerenderedSnippet(`widget=${tag}&lang=${lang}`);
        const bytes = Buffer.byteLength(elementOf(snippet, tag));
        t.diagnostic(`${tag} ${lang}: element ${bytes} B, whole snippet ${Buffer.byteLength(snippet)} B`);
        assert.ok(bytes <= 6144, `${bytes} bytes`);
      });
    }
  }

  for (const [tag, lang] of [
    ['hart-help-banner', 'en'],
    ['hart-help-banner', 'es'],
    ['hart-red-flag-quiz', 'es'],
  ] as const) {
    it(`${tag}, ${lang}: Quick exit has the page's font and width before and after the upgrade`, async () => {
      const snippet = await prerenderedSnippet(`widget=${tag}&lang=${lang}`);
      // A page font far from the builder preview's sans-serif.
      server.pages.set(
        '/t/font.html',
        partnerPage(snippet, {
          lang,
          before: '<style>body { font-family: "DejaVu Serif", Georgia, serif; }</style><p>Page text.</p>',
        }),
      );
      const release = server.holdCdn();
      try {
        const { page, errors } = await newPage();
        await page.goto(`${server.url}/t/font.html`, { waitUntil: 'commit' });
        await page.waitForFunction(
          (t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="exit-button"]'),
          tag,
        );
        const exit = (t: string) => {
          const el = document.querySelector(t)!.shadowRoot!.querySelector('[part~="exit-button"]')!;
          const style = getComputedStyle(el);
          return {
            name: el.localName,
            font: style.fontFamily,
            size: style.fontSize,
            weight: style.fontWeight,
            width: el.getBoundingClientRect().width,
            height: el.getBoundingClientRect().height,
          };
        };
        const before = await page.evaluate(exit, tag);
        assert.equal(before.name, 'a', 'the snapshot’s exit is a link');
        release();
        await rendered(page);
        await page.waitForFunction((t) => !document.querySelector(t)!.hasAttribute('data-hart-version'), tag);
        const after = await page.evaluate(exit, tag);
        assert.equal(after.name, 'button');
        assert.equal(before.font, after.font, 'the same font family');
        assert.equal(before.size, after.size);
        assert.equal(before.weight, after.weight);
        assert.ok(
          Math.abs(before.width - after.width) < 1 && Math.abs(before.height - after.height) < 1,
          `size ${before.width}×${before.height} → ${after.width}×${after.height}`,
        );
        assert.deepEqual(await errors(), []);
        await page.context.close();
      } finally {
        release();
      }
    });
  }
});

describe('without JavaScript the fallback is one block in the page’s language (issue #23)', () => {
  const SAY = {
    en: { mine: ['Quick exit', 'Call 911 or text 911'], other: ['Salida rápida', 'Llame al', 'mensaje de texto'] },
    es: {
      mine: ['Salida rápida', 'Llame al 911 o envíe un mensaje de texto al 911'],
      other: ['Quick exit', 'Call ', 'text 911'],
    },
  };
  for (const lang of ['en', 'es'] as const) {
    for (const widget of ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder'] as const) {
      it(`"Follow my page", ${widget}, ${lang} page: only the page's language shows`, async () => {
        const snippet = buildSnippet({ widget, lang: 'page', attrs: {}, colours: {} }, data);
        server.pages.set('/t/follow.html', partnerPage(snippet, { lang }));
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`${server.url}/t/follow.html`);
        const text = await page.evaluate((t) => (document.querySelector(t) as HTMLElement).innerText, widget);
        for (const words of SAY[lang].mine) assert.ok(text.includes(words), `"${words}" in: ${text}`);
        for (const words of SAY[lang].other) assert.ok(!text.includes(words), `"${words}" not in: ${text}`);
        await context.close();
      });
    }

    it(`a bar's fallback, ${lang}: at the bottom of the screen, styled as a strip, and clear of the footer at the end`, async () => {
      const snippet = buildSnippet(
        { widget: 'hart-help-banner', lang: 'page', attrs: { variant: 'bar' }, colours: {} },
        data,
      );
      const filler = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the partner page.</p>`).join('');
      server.pages.set(
        '/t/bar.html',
        partnerPage(`${filler}<footer id="footer"><p>Partner footer.</p></footer>\n${snippet}`, { lang }),
      );
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/t/bar.html`);
      const look = () => {
        const host = document.querySelector('hart-help-banner')!;
        const block = [...host.children].find((c) => c.localName === 'div' && getComputedStyle(c).display !== 'none')!;
        const box = block.getBoundingClientRect();
        const item = block.querySelector('li')!;
        return {
          top: box.top,
          bottom: box.bottom,
          height: box.height,
          viewport: innerHeight,
          background: getComputedStyle(block).backgroundColor,
          bullet: getComputedStyle(item).display === 'list-item',
          text: (block as HTMLElement).innerText,
          footerBottom: document.getElementById('footer')!.getBoundingClientRect().bottom,
        };
      };
      const atLoad = await page.evaluate(look);
      assert.ok(
        atLoad.bottom <= atLoad.viewport + 0.5 && atLoad.top < atLoad.viewport,
        `on screen at load: ${atLoad.top}–${atLoad.bottom} of ${atLoad.viewport}`,
      );
      assert.ok(atLoad.height <= atLoad.viewport / 3, `a strip, not a page: ${atLoad.height} px`);
      assert.notEqual(atLoad.background, 'rgba(0, 0, 0, 0)', 'it has its own background');
      assert.equal(atLoad.bullet, false, 'no bulleted list');
      for (const words of SAY[lang].mine) assert.ok(atLoad.text.includes(words), `"${words}" in: ${atLoad.text}`);
      for (const words of SAY[lang].other) assert.ok(!atLoad.text.includes(words), `"${words}" not in: ${atLoad.text}`);
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      const atEnd = await page.evaluate(look);
      assert.ok(
        atEnd.footerBottom <= atEnd.top + 0.5,
        `the footer (to ${atEnd.footerBottom}) is above the bar (from ${atEnd.top})`,
      );
      await context.close();
    });
  }
});
