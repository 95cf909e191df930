// Issue 13: the docs site, built by Eleventy: its pages (axe, other origins, errors, 320 px), its
// navigation, search and footer, and the demo `npm start` serves.
// Run after `npm run build && npm run build:site`, in the engine HART_ENGINE names (test/support/engine.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { data, open, axe, widgetsRendered, PAGES, server, startSite, SLUGS } from './site-helpers.js';

startSite();

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

  it('code is highlighted at build time, with no highlighter script in the page', async () => {
    for (const path of ['/en/help-banner/', '/embedding/']) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      assert.match(
        html,
        /<pre[^>]*class="language-html"[^>]*><code class="language-html"><span class="token tag">/,
        path,
      );
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      // In WebKit the test server puts the driver's init script into every page it serves.
      const harness = ['/__engine/init.js'];
      assert.deepEqual(
        scripts.filter(
          (src) => src !== '/assets/site.js' && !harness.includes(src!) && !/^\/cdn\/hart-[a-z-]+\.js$/.test(src!),
        ),
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
