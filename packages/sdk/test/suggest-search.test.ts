// Suggestions while typing and the search index's preparation (split from search.test.ts by concern).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { searchTerms } from '../src/data/index.js';
import { isSearchIndexReady, prepareSearchIndex, searchResources, suggestSearch } from '../src/search.js';
import type { Resource, SearchTerms } from '../src/schema/index.js';
import { ids, resources, top } from './search-helpers.js';

describe('suggestSearch', () => {
  it('offers the closest word when a query finds nothing (en)', () => {
    assert.deepEqual(top(resources, 'fod'), []);
    assert.deepEqual(suggestSearch(resources, 'fod'), { didYouMean: 'food' });
    assert.deepEqual(suggestSearch(resources, 'fod hartford'), { didYouMean: 'food hartford' });
  });

  it('writes the word as the data does, with its accents (es)', () => {
    assert.deepEqual(top(resources, 'cunsegerria', 'es'), []);
    assert.deepEqual(suggestSearch(resources, 'cunsegerria', 'es'), { didYouMean: 'consejería' });
  });

  it('offers nothing when the query finds something, when no word is close, or when the correction would find nothing', () => {
    assert.deepEqual(suggestSearch(resources, 'shelter'), {});
    assert.deepEqual(suggestSearch(resources, 'xyzzy'), {});
    assert.deepEqual(suggestSearch(resources, { text: 'fod', categories: ['legal'] }), {});
    assert.deepEqual(suggestSearch(resources, { text: 'fod', categories: ['basic-needs'] }), { didYouMean: 'food' });
  });

  // Issue #23: "mi jefe me quitó el pasaporte" gave "Quizás quiso decir: mi jefe me equipo el
  // pasaporte", and "passport" gave "pastor".
  it('finds situations told in their words, so there is nothing to correct (en, es)', () => {
    for (const [query, locale] of [
      ['mi jefe me quitó el pasaporte', 'es'],
      ['mi jefe me quito el pasaporte', 'es'],
      ['passport', 'en'],
      ['my boss took my passport', 'en'],
    ] as const) {
      assert.ok(top(resources, query, locale).includes('national-human-trafficking-hotline'), query);
      assert.deepEqual(suggestSearch(resources, query, locale), {}, query);
    }
  });

  it('never changes a word of the language, nor suggests a word that is merely close (en, es)', () => {
    // The vocabulary without its situations: the queries of the issue find nothing again.
    const kindsOnly: SearchTerms = { ...searchTerms, situations: [] };
    assert.deepEqual(top(resources, 'mi jefe me quitó el pasaporte', 'es', { terms: kindsOnly }), []);
    assert.deepEqual(suggestSearch(resources, 'mi jefe me quitó el pasaporte', 'es', { terms: kindsOnly }), {});
    assert.deepEqual(top(resources, 'passport', 'en', { terms: kindsOnly }), []);
    assert.deepEqual(suggestSearch(resources, 'passport', 'en', { terms: kindsOnly }), {});
    // A known word is kept while a misspelt one is corrected.
    assert.deepEqual(suggestSearch(resources, 'took fod'), { didYouMean: 'took food' });
    assert.deepEqual(suggestSearch(resources, 'quitó cunsegerria', 'es'), { didYouMean: 'quitó consejería' });
    // A word neither known nor close to one: no suggestion rather than a half-made one.
    assert.deepEqual(suggestSearch(resources, 'xyzzy fod'), {});
  });
});

describe('prepareSearchIndex', () => {
  /** `count` listings made from the embedded ones, with distinct names. */
  const many = (count: number): Resource[] =>
    Array.from({ length: count }, (_, i) => {
      const r = resources[i % resources.length]!;
      return { ...r, id: `${r.id}-${i}`, name: { en: `${r.name.en} ${i}`, es: `${r.name.es} ${i}` } };
    });
  const queries = ['vivienda', 'shelter hartford', 'abogdo', 'foster care youth', 'new haven', 'the', ''];
  const scheduler = (globalThis as { scheduler?: unknown }).scheduler;
  /** Replaces `scheduler.yield` for one test, counting the turns given to the event loop. */
  const countYields = (onYield: (count: number) => void = () => {}) => {
    let count = 0;
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        onYield(++count);
        return Promise.resolve();
      },
    };
    return () => count;
  };
  const restore = () => ((globalThis as { scheduler?: unknown }).scheduler = scheduler);

  it('gives the same results as the index built at once, in en and es', async () => {
    for (const locale of ['en', 'es'] as const) {
      const prepared = many(300);
      await prepareSearchIndex(prepared, locale);
      assert.ok(isSearchIndexReady(prepared, locale));
      const direct = [...prepared];
      for (const text of queries) {
        assert.deepEqual(
          ids(searchResources(prepared, { text }, locale)),
          ids(searchResources(direct, { text }, locale)),
          `${text} (${locale})`,
        );
      }
    }
  });

  it('yields to the event loop between steps of at most 16 services', async () => {
    const list = many(400);
    const yields = countYields();
    try {
      await prepareSearchIndex(list, 'en', { budgetMs: 0 });
    } finally {
      restore();
    }
    assert.ok(yields() >= 400 / 16, `${yields()} yields`);
    assert.ok(isSearchIndexReady(list, 'en'));
  });

  it('falls back to a timer where there is no scheduler.yield', async () => {
    const list = many(40);
    (globalThis as { scheduler?: unknown }).scheduler = undefined;
    try {
      await prepareSearchIndex(list, 'es', { budgetMs: 0 });
    } finally {
      restore();
    }
    assert.ok(isSearchIndexReady(list, 'es'));
  });

  it('is finished, not restarted, by a search made while it runs', async () => {
    const list = many(200);
    const yields = countYields();
    let preparing: Promise<void>;
    try {
      preparing = prepareSearchIndex(list, 'en', { budgetMs: 0 });
      assert.ok(!isSearchIndexReady(list, 'en'));
      assert.ok(ids(searchResources(list, { text: 'lawyer' })).length > 0);
      assert.ok(isSearchIndexReady(list, 'en'));
      await preparing;
    } finally {
      restore();
    }
    assert.ok(yields() <= 2, `${yields()} yields after the search finished it`);
  });

  it('stops when its signal aborts, caching nothing', async () => {
    const list = many(400);
    const controller = new AbortController();
    countYields((count) => count === 3 && controller.abort(new Error('left the page')));
    try {
      await assert.rejects(prepareSearchIndex(list, 'en', { budgetMs: 0, signal: controller.signal }), /left the page/);
    } finally {
      restore();
    }
    assert.ok(!isSearchIndexReady(list, 'en'));
    assert.ok(ids(searchResources(list, { text: 'shelter' })).length > 0);
  });

  it('resolves on malformed input (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.array(fc.anything())), fc.anything(), async (list, locale) => {
        await prepareSearchIndex(list as Resource[], locale as never, { budgetMs: 0 });
      }),
      { numRuns: 100 },
    );
  });
});
