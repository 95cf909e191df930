// Issue 13: the element reference pages: settings tables from the manifest, Spanish pages, one
// page per element per language.
// Run after `npm run build && npm run build:site`, in the engine HART_ENGINE names (test/support/engine.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { widgetsFromManifest } from '../../site/site-data.mjs';
import { TAGS, SLUGS, data, manifest, open, PAGES, server, startSite } from './site-helpers.js';

startSite();

describe('the docs site', () => {
  it('widget pages: the settings table lists exactly the public attributes of the manifest, with values from the SDK', async () => {
    for (const tag of TAGS) {
      const declaration = manifest.modules
        .flatMap((m: { declarations?: object[] }) => m.declarations ?? [])
        .find((d: { tagName?: string }) => d.tagName === tag);
      const expected = declaration.attributes.map((a: { name: string }) => a.name);
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
            // A character that starts a line also gives WebKit an empty box at the end of the line
            // before: its own box is the last one with a width.
            const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
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
});
