// What the builder suites share (builder*.test.ts): the built site served, the engine launched, the
// builder's choices, pages that record errors, and the pre-rendered snippets it makes.
import assert from 'node:assert/strict';
import type { Context, Page } from '../support/engine.js';
// The widgets, the builder's data, the site server and the browser: one set-up for every docs-site file.
import { TAGS, browser, data, server, startSite } from './site-helpers.js';

export { TAGS, browser, data, server, startSite };

export type Tag = (typeof TAGS)[number];
export type Choices = {
  widget: Tag;
  lang: 'en' | 'es' | 'page';
  attrs: Record<string, string | boolean>;
  colours: Record<string, string>;
};

/**
 * Elements that take over a snapshot with PrerenderedController (packages/elements/src/shared/
 * prerendered.ts). The others replace it too (they rebuild their whole shadow root), but do not yet
 * wait for `ready` or drop the stamp; add each here when its class adopts the controller.
 */
export const ADOPTED: string[] = [
  'hart-help-banner',
  'hart-red-flag-quiz',
  'hart-resource-finder',
  'hart-training-request',
];
export const EXIT = 'https://exit.example/';

/** Every value the builder offers for each setting, one setting at a time. */
export function variants(widget: Tag): Record<string, string | boolean>[] {
  const exit: Record<string, string | boolean>[] = [{ 'exit-url': EXIT }, { 'no-exit': true }];
  switch (widget) {
    case 'hart-help-banner':
      return [
        {},
        { variant: 'compact' },
        { variant: 'bar' },
        ...data.hotlines.map((h) => ({ lines: h.id })),
        {
          lines: data.hotlines
            .map((h) => h.id)
            .reverse()
            .join(' '),
        },
        ...exit,
      ];
    case 'hart-red-flag-quiz':
      return [...data.quizzes.map((q) => ({ quiz: q.id })), { shuffle: true, remember: true }, ...exit];
    case 'hart-resource-finder':
      return [
        ...data.categories.map((c) => ({ category: c.id })),
        { category: 'legal housing', age: '17', 'page-size': '3' },
        ...data.regions.map((r) => ({ region: r.id })),
        { language: 'es' },
        { language: 'en' },
        ...exit,
      ];
    default:
      return [
        {},
        ...data.audiences.map((a) => ({ audience: a.id })),
        ...data.curricula.map((c) => ({ curriculum: c.id })),
        { endpoint: 'https://training.example/requests' },
      ];
  }
}

/** A page that records uncaught errors, console errors and `hart-error` events (`errors()`; the driver leaves out the browser's own /favicon.ico). */
export async function newPage(context?: Context): Promise<{ page: Page; errors(): Promise<string[]> }> {
  const page = await (context ?? (await browser.newContext())).newPage();
  await page.addInitScript(
    'addEventListener("hart-error", (e) => console.error("hart-error " + e.detail?.code + ": " + e.detail?.message), true);',
  );
  return { page, errors: () => page.errors() };
}

export async function rendered(page: Page) {
  await page.waitForFunction(() =>
    [
      ...document.querySelectorAll('hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request'),
    ].every(
      (el) =>
        customElements.get(el.localName) &&
        el.shadowRoot?.querySelector('[part~="container"]') &&
        (el.localName !== 'hart-red-flag-quiz' || el.shadowRoot.querySelector('fieldset')),
    ),
  );
}

/** The pre-rendered snippet the builder makes for `query`. */
export async function prerenderedSnippet(query: string): Promise<string> {
  const { page } = await newPage();
  await page.goto(`${server.url}/builder/?${query}&prerender=1`);
  await page.waitForSelector('html[data-builder="ready"]');
  await page.waitForFunction(() =>
    document.getElementById('prerender-status')?.textContent?.startsWith('Pre-rendered'),
  );
  const snippet = (await page.textContent('#snippet-code'))!;
  await page.context.close();
  assert.match(snippet, /<template shadowrootmode="open">/);
  return snippet;
}

export const PRERENDER_QUERIES: Record<Tag, string> = {
  'hart-help-banner': `widget=hart-help-banner&lang=en&exit-url=${encodeURIComponent(EXIT)}`,
  'hart-red-flag-quiz': `widget=hart-red-flag-quiz&lang=es&exit-url=${encodeURIComponent(EXIT)}`,
  'hart-resource-finder': `widget=hart-resource-finder&lang=en&page-size=3&exit-url=${encodeURIComponent(EXIT)}`,
  'hart-training-request': 'widget=hart-training-request&lang=en',
};

/** The CDN files' text, every backslash dropped (a CSS escape is written twice in JavaScript source). */
export async function cdnText(): Promise<string> {
  const { readdir, readFile } = await import('node:fs/promises');
  const files = (await readdir('dist/site/cdn', { recursive: true })).filter((f) => f.endsWith('.js'));
  return (await Promise.all(files.map((f) => readFile(`dist/site/cdn/${f}`, 'utf8')))).join('\n').replace(/\\/g, '');
}

/** The pre-rendered element: `<hart-…>` to its end tag (the script and import map lines are the plain snippet's). */
export const elementOf = (snippet: string, tag: string) =>
  snippet.slice(snippet.indexOf(`<${tag}`), snippet.indexOf(`</${tag}>`) + tag.length + 3);
