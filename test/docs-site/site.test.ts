// Issue 13: the docs site and its snippet builder, built by Eleventy and driven in the engine
// HART_ENGINE names (chromium, firefox, webkit; test/support/engine.ts).
// Run after `npm run build && npm run build:site`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { ENGINE, launch, type Engine, type Page } from '../support/engine.js';
import { builderData, widgetsFromManifest } from '../../site/site-data.mjs';
import { buildSnippet } from '../../site/assets/snippet.js';
import { partnerPage, serveSite, type SiteServer } from './server.js';
import { OBSERVE_LAYOUT_SHIFTS, layoutShiftScore } from './layout-shift.js';

const TAGS = ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'] as const;
const SLUGS = TAGS.map((t) => t.replace('hart-', ''));
const data = builderData();
const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8'));

let server: SiteServer;
let browser: Engine;

before(async () => {
  server = await serveSite();
  browser = await launch(server);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Uncaught errors, console errors and `hart-error` events so far. */
  errors(): Promise<string[]>;
  /** Requests to another origin so far (the engine's request log, or where it has none, Resource Timing: said in the output). */
  foreign(t: TestContext): Promise<string[]>;
}

/** Every `hart-error` event also goes to the console, where the driver collects errors. */
const HART_ERRORS_TO_CONSOLE =
  'addEventListener("hart-error", (e) => console.error("hart-error " + e.detail?.code + ": " + e.detail?.message), true);';

/**
 * Opens a page, recording errors, `hart-error` events and any request to another origin. With `t`,
 * says in the output when the window could not be made as narrow as asked (WebKit's MiniBrowser is at
 * least 447 px wide: the test's checks then run at that width, the narrowest the engine offers).
 */
async function open(
  path: string,
  {
    width = 1280,
    height = 900,
    javaScriptEnabled = true,
    t,
  }: { width?: number; height?: number; javaScriptEnabled?: boolean; t?: TestContext } = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, clipboard: server.url });
  const page = await context.newPage();
  await page.addInitScript(HART_ERRORS_TO_CONSOLE);
  await page.goto(`${server.url}${path}`);
  // Only when asked: a page that redirects at once (meta refresh) has no document to ask.
  const actual = t ? await page.evaluate(() => innerWidth) : width;
  if (actual !== width)
    t!.diagnostic(
      `SKIPPED in ${ENGINE}: ${path} at ${width} px (the narrowest window is ${actual} px: MiniBrowser's cannot be narrower than its toolbar); its checks ran at ${actual} px`,
    );
  const ours = (url: string) => url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('about:');
  const foreign = async (t: TestContext) => {
    if (browser.capabilities.requestLog) return page.requests().filter((url) => !ours(url));
    t.diagnostic(
      `SKIPPED in ${ENGINE}: the request log (WebDriver classic sees no requests); checked instead: the Resource Timing entries of the page and its frames`,
    );
    const seen = await page.evaluate(() => {
      const all: string[] = [];
      const collect = (w: Window) => {
        try {
          all.push(...w.performance.getEntriesByType('resource').map((e) => e.name));
          for (let i = 0; i < w.frames.length; i++) collect(w.frames[i]!);
        } catch {
          // a cross-origin frame: its own requests are out of reach, its address is in ours
        }
      };
      collect(window);
      return all;
    });
    return seen.filter((url) => !ours(url));
  };
  return { page, errors: () => page.errors(), foreign };
}

/** axe-core (a dependency of @open-wc/testing) on the page: the violations, by rule and target. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag('/__engine/axe.js');
  const result = await page.evaluate(async () => {
    const run = await (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({ resultTypes: ['violations'] });
    return result2(run);
    function result2(r: { violations: { id: string; nodes: { target: string[] }[] }[] }) {
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  });
  return result;
}

async function widgetsRendered(page: Page) {
  await page.waitForFunction(() =>
    [
      ...document.querySelectorAll('hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request'),
    ].every(
      // A pre-rendered preview is stamped until the element has taken it over.
      (el) =>
        customElements.get(el.localName) &&
        !el.hasAttribute('data-hart-version') &&
        el.shadowRoot?.querySelector('[part~="container"]') &&
        (el.localName !== 'hart-red-flag-quiz' || el.shadowRoot.querySelector('fieldset')),
    ),
  );
}

const PAGES = [
  '/',
  '/es/',
  '/builder/',
  '/es/builder/',
  '/search/',
  '/es/search/',
  ...SLUGS.flatMap((s) => [`/en/${s}/`, `/es/${s}/`]),
  ...['embedding', 'theming', 'accessibility', 'privacy-and-safety', 'security', 'content', 'performance', 'sdk'].map(
    (p) => `/${p}/`,
  ),
];

describe('the docs site', () => {
  it('builds offline: Eleventy with every network connection refused writes every page', () => {
    const out = mkdtempSync(join(tmpdir(), 'hart-site-'));
    try {
      execFileSync(
        process.execPath,
        [
          '--import',
          './test/docs-site/no-network.mjs',
          'node_modules/@11ty/eleventy/cmd.cjs',
          '--quiet',
          `--output=${out}`,
        ],
        { stdio: 'pipe' },
      );
      for (const path of [
        'index.html',
        'builder/index.html',
        'es/index.html',
        ...SLUGS.flatMap((s) => [`en/${s}/index.html`, `es/${s}/index.html`]),
        'demo/index.html',
        'cdn/hart-elements.js',
      ]) {
        assert.ok(readFileSync(join(out, path)).length > 0, path);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  for (const path of PAGES) {
    it(`${path}: axe clean, no request to another origin, no error, fits 320 px`, async (t) => {
      for (const width of [1280, 320]) {
        const { page, errors, foreign } = await open(path, { width, height: 700, t });
        if (path.endsWith('/builder/')) await page.waitForSelector('html[data-builder="ready"]');
        else await widgetsRendered(page);
        assert.deepEqual(await axe(page), [], `axe at ${width}px`);
        assert.deepEqual(await foreign(t), []);
        assert.deepEqual(await errors(), []);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at ${width}px`);
        await page.context.close();
      }
    });
  }

  it('widget pages: the settings table lists exactly the public attributes of the manifest, with values from the SDK', async () => {
    for (const tag of TAGS) {
      const declaration = manifest.modules
        .flatMap((m: { declarations?: object[] }) => m.declarations ?? [])
        .find((d: { tagName?: string }) => d.tagName === tag);
      const privateFields = new Set(
        declaration.members
          .filter((m: { privacy?: string }) => m.privacy === 'private')
          .map((m: { name: string }) => m.name),
      );
      const expected = declaration.attributes
        .filter((a: { fieldName: string }) => !privateFields.has(a.fieldName))
        .map((a: { name: string }) => a.name);
      for (const lang of ['en', 'es']) {
        const { page } = await open(`/${lang}/${tag.replace('hart-', '')}/`);
        const rows = await page.evaluate(() =>
          [...document.querySelectorAll('table.settings tbody tr')].map((tr) => (tr as HTMLElement).dataset.attribute),
        );
        assert.deepEqual(rows, expected, `${lang} ${tag}`);
        await page.context.close();
      }
    }
    const { page } = await open('/en/help-banner/');
    const lines = await page.textContent('tr[data-attribute="lines"] td:nth-child(3)');
    for (const hotline of data.hotlines) assert.ok(lines!.includes(hotline.id), hotline.id);
    await page.context.close();
  });

  it('settings tables read as a webmaster types: no source syntax, a default in every row, value names in the page language', async () => {
    const names: Record<string, { id: string; name: { en: string; es: string } }[]> = {
      'hart-help-banner lines': data.hotlines.map((h) => ({ id: h.id, name: h.name })),
      'hart-red-flag-quiz quiz': data.quizzes.map((q) => ({ id: q.id, name: q.title })),
      'hart-resource-finder category': data.categories,
      'hart-resource-finder region': data.regions,
      'hart-training-request audience': data.audiences,
      'hart-training-request curriculum': data.curricula.map((c) => ({ id: c.id, name: c.title })),
    };
    for (const tag of TAGS) {
      for (const lang of ['en', 'es'] as const) {
        const { page } = await open(`/${lang}/${tag.replace('hart-', '')}/`);
        const rows = await page.evaluate(() =>
          [...document.querySelectorAll('table.settings tbody tr')].map((tr) => ({
            name: (tr as HTMLElement).dataset.attribute!,
            text: tr.textContent!,
            values: tr.querySelector('.values')!.textContent!.trim(),
            default: tr.querySelector('.default')!.textContent!.trim(),
          })),
        );
        for (const row of rows) {
          const where = `${lang} ${tag} ${row.name}`;
          assert.doesNotMatch(row.text, /`/, `${where}: a literal backtick`);
          assert.doesNotMatch(row.text, /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/, `${where}: an internal constant`);
          assert.doesNotMatch(row.text, /'[^'\s]+'/, `${where}: a quoted value`);
          assert.doesNotMatch(
            row.text,
            /\| ?undefined|\bstring\b|\b[A-Z][a-z]+[A-Z]\w*Variant\b/,
            `${where}: a TypeScript type`,
          );
          assert.ok(row.default.replace(/^(Default|Predeterminado)/, '').trim(), `${where}: a blank default`);
          for (const value of names[`${tag} ${row.name}`] ?? [])
            assert.ok(
              row.values.includes(value.name[lang]),
              `${where}: ${value.id} without its name “${value.name[lang]}”`,
            );
        }
        await page.context.close();
      }
    }
    const { page } = await open('/en/help-banner/');
    assert.match(
      (await page.textContent('tr[data-attribute="exit-url"] .default')) ?? '',
      /neutral search page: https:\/\/www\.google\.com\//,
    );
    assert.match(
      (await page.textContent('tr[data-attribute="lines"] .default')) ?? '',
      /emergency-911 national-human-trafficking-hotline dcf-careline/,
    );
    await page.context.close();
  });

  it('settings tables at 320 px: every cell on screen, no id broken inside a word', async (t) => {
    for (const tag of TAGS) {
      const { page } = await open(`/en/${tag.replace('hart-', '')}/`, { width: 320, height: 568, t });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        for (const cell of document.querySelectorAll('table.settings :is(th, td)')) {
          const box = cell.getBoundingClientRect();
          if (box.left < 0 || box.right > document.documentElement.clientWidth + 0.5)
            found.push(`off screen: ${cell.textContent!.trim().slice(0, 40)}`);
        }
        // Where a code element wraps, the line must end after a space or a hyphen, not inside a word.
        for (const code of document.querySelectorAll('table.settings code')) {
          const text = code.textContent!;
          const node = code.firstChild!;
          let top: number | undefined;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || text[i] === ' ') continue;
            if (top !== undefined && rect.top > top + 2 && !/[\s\-/]/.test(text[i - 1]!))
              found.push(`broken mid-word: ${text.slice(0, i)}/${text.slice(i)}`);
            top = rect.top;
          }
        }
        return found;
      });
      assert.deepEqual(problems, [], tag);
      await page.context.close();
    }
  });

  it('/es/ pages are in Spanish: no English from the manifest, the SDK or the site; links to English pages say so', async () => {
    const widgets = widgetsFromManifest();
    // The English a careless page would show: every manifest text (its prose, code spans set aside),
    // every SDK name whose Spanish differs, and the site's own English words.
    const plain = (html: string) =>
      html
        .replace(/<code>[^<]*<\/code>/g, '\u0000')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    const english = new Set<string>();
    for (const w of widgets) {
      for (const text of [
        w.summary,
        ...w.attributes.map((a) => a.description),
        ...w.events.map((e) => e.description),
        ...w.parts.map((p) => p.description),
        ...w.cssProperties.map((p) => p.description),
      ]) {
        for (const fragment of plain(text.en).split('\u0000'))
          if (fragment.trim().split(/\s+/).length >= 2) english.add(fragment.trim());
      }
      for (const a of w.attributes) if (a.kind) english.add(a.kind.en);
    }
    const named = [
      ...data.hotlines.map((h) => h.name),
      ...data.quizzes.map((q) => q.title),
      ...data.categories.map((c) => c.name),
      ...data.regions.map((r) => r.name),
      ...data.audiences.map((a) => a.name),
      ...data.curricula.map((c) => c.title),
    ];
    for (const name of named) if (!name.es.includes(name.en)) english.add(name.en);
    for (const word of [
      'Default',
      'Settings',
      'What it does',
      'Values',
      'Let the person choose',
      'Events',
      'Parts',
      'Reference',
      'Skip to content',
      'Full reference',
      'absent (off)',
      'present or absent',
    ])
      english.add(word);
    for (const path of ['/es/', '/es/builder/', ...SLUGS.map((s) => `/es/${s}/`)]) {
      const { page } = await open(path);
      const { text, links } = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        // Code is what a webmaster types; the language switcher says "English" in English on purpose.
        // Text marked lang="en" still counts: English is what a Spanish reader would be left with.
        for (const el of body.querySelectorAll(
          'code, pre, script, a[hreflang="en"][lang="en"], hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request',
        ))
          el.remove();
        const attributes = [...body.querySelectorAll('[aria-label], [title], [placeholder]')].map((el) =>
          ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '),
        );
        return {
          text: `${document.title} ${body.textContent} ${attributes.join(' ')}`.replace(/\s+/g, ' '),
          links: [...document.querySelectorAll('a[href^="/"]')].map((a) => ({
            href: a.getAttribute('href')!,
            hreflang: a.getAttribute('hreflang'),
          })),
        };
      });
      const found = [...english].filter((en) =>
        new RegExp(`(^|[^\\p{L}])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
      );
      assert.deepEqual(found, [], `${path}: English on a Spanish page`);
      for (const link of links)
        assert.ok(
          link.href.startsWith('/es/') || link.hreflang === 'en',
          `${path}: ${link.href} leads to an English page without saying so`,
        );
      await page.context.close();
    }
  });

  it('one page per element per language: /help-banner/ redirects to /en/help-banner/, which holds the reference, and nothing links to the old address', async () => {
    for (const slug of SLUGS) {
      const html = await (await fetch(`${server.url}/${slug}/`)).text();
      assert.match(html, new RegExp(`<link rel="canonical" href="/en/${slug}/">`), slug);
      assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0; url=/en/${slug}/">`), slug);
      const { page } = await open(`/${slug}/`);
      await page.waitForURL(`${server.url}/en/${slug}/`);
      // The hand-written reference (docs/<slug>.md) is on the element's page, without the tables the
      // page generates from the manifest.
      await page.waitForSelector('section.reference h2#reference');
      assert.equal(
        await page.evaluate(
          () =>
            [...document.querySelectorAll('section.reference table')].filter((table) =>
              /^Attribute\b/.test(table.textContent!.replace(/\s+/g, ' ').trim()),
            ).length,
        ),
        0,
      );
      assert.equal(await page.locator('table.settings').count(), 1);
      await page.context.close();
    }
    assert.match(await (await fetch(`${server.url}/en/help-banner/`)).text(), /<h3>The bar<\/h3>/);
    for (const path of PAGES) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      for (const slug of SLUGS)
        assert.doesNotMatch(html, new RegExp(`href="/${slug}/`), `${path} links to /${slug}/, a redirect`);
    }
  });

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

  it('code is highlighted at build time, with no highlighter script in the page', async () => {
    for (const path of ['/en/help-banner/', '/embedding/']) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      assert.match(
        html,
        /<pre[^>]*class="language-html"[^>]*><code class="language-html"><span class="token tag">/,
        path,
      );
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(
        scripts.filter((src) => src !== '/assets/site.js' && !/^\/cdn\/hart-[a-z-]+\.js$/.test(src!)),
        [],
        `${path}: scripts`,
      );
    }
  });

  it('at 320 px the navigation folds under Menu (the header stays short); from 40em its links show', async (t) => {
    for (const lang of ['en', 'es'] as const) {
      const { page } = await open(lang === 'es' ? '/es/' : '/', { width: 320, height: 568, t });
      const header = await page.locator('header.site-header').boundingBox();
      assert.ok(header!.height <= 110, `${lang}: the header is ${header!.height}px tall at 320 px`);
      const builder = page
        .getByRole('link', { name: lang === 'es' ? 'Generador de código' : 'Snippet builder' })
        .first();
      assert.equal(await builder.isVisible(), false);
      await page.getByText(lang === 'es' ? 'Menú' : 'Menu', { exact: true }).click();
      await builder.waitFor({ state: 'visible' });
      assert.deepEqual(await axe(page), []);
      await page.context.close();
      const wide = await open(lang === 'es' ? '/es/' : '/', { width: 1280 });
      assert.equal(
        await wide.page
          .getByRole('link', { name: lang === 'es' ? 'Generador de código' : 'Snippet builder' })
          .first()
          .isVisible(),
        true,
      );
      assert.equal(await wide.page.locator('.site-menu > summary').isVisible(), false);
      await wide.page.context.close();
    }
  });

  it('the footer says in plain words who makes the site and what it does not do', async () => {
    for (const [path, words] of [
      [
        '/',
        /HART widgets, version [\d.]+, from the Human Anti-trafficking Response Team[\s\S]*uses no cookies and loads nothing from other websites/,
      ],
      [
        '/es/',
        /Widgets de HART, versión [\d.]+, del Equipo de Respuesta[\s\S]*no usa cookies y no carga nada de otros sitios web/,
      ],
    ] as const) {
      const { page } = await open(path);
      const footer = (await page.textContent('footer'))!;
      assert.match(footer, words);
      assert.doesNotMatch(footer, /origin|origen/);
      assert.equal(await page.locator(`footer a[href="mailto:${data.email}"]`).count(), 1);
      await page.context.close();
    }
  });

  it('the demo page has a way back to the docs', async () => {
    const { page } = await open('/demo/');
    await page.getByRole('link', { name: 'Back to the HART widgets docs' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.context.close();
  });

  it('search, indexed at build time, finds the element pages in the page’s language', async (t) => {
    for (const [path, query, expected] of [
      ['/search/', 'quick exit', '/en/help-banner/'],
      ['/es/search/', 'salida rápida', '/es/help-banner/'],
    ] as const) {
      const { page, errors, foreign } = await open(path, { width: 375, height: 667, t });
      const box = page.getByRole('textbox').first();
      await box.waitFor();
      await box.fill(query);
      await page.waitForSelector('.pagefind-ui__result-link');
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('.pagefind-ui__result-link')].map(
          (a) => new URL((a as HTMLAnchorElement).href).pathname,
        ),
      );
      assert.ok(links.includes(expected), `${path} “${query}”: ${links.join(', ')}`);
      if (path.startsWith('/es/'))
        assert.ok(
          links.every((l) => l.startsWith('/es/')),
          links.join(', '),
        );
      assert.deepEqual(await axe(page), [], `${path} with results`);
      assert.deepEqual(await foreign(t), []);
      assert.deepEqual(await errors(), []);
      await page.context.close();
    }
  });

  it('every page has a description for search results, in its language', async () => {
    for (const path of PAGES) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      const description = html.match(/<meta name="description" content="([^"]{40,})">/)?.[1];
      assert.ok(description, `${path}: no description`);
      if (path.startsWith('/es/'))
        assert.match(description, /[áéíóúñ]|\b(de|para|con|los|las)\b/, `${path}: ${description}`);
    }
  });

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
          else assert.equal(cls, 0, `${lang}: layout shift`);
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

  it('npm start serves the demo page with all four widgets at /demo/', async (t) => {
    const { page, errors, foreign } = await open('/demo/');
    await widgetsRendered(page);
    assert.equal(
      (await page
        .locator('hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request')
        .count()) >= 4,
      true,
    );
    assert.deepEqual(await foreign(t), []);
    assert.deepEqual(await errors(), []);
    await page.context.close();
  });
});
