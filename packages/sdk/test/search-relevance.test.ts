// Issue #12: the relevance set (test/fixtures/search-relevance.ts) — queries people type, with the
// services that must be in the first five results. The hit rate must stay at 95 % or more
// (issue #23, which added situations: what happens to people, told in their words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDataset } from '../src/data/index.js';
import { searchResources } from '../src/search.js';
import { relevanceCases } from './fixtures/search-relevance.js';

const { resources } = defaultDataset;

describe('search relevance set', () => {
  it('has at least 40 queries in en and es, of every kind, naming only embedded services', () => {
    assert.ok(relevanceCases.length >= 40, `${relevanceCases.length} queries`);
    for (const locale of ['en', 'es'])
      assert.ok(relevanceCases.filter((c) => c.locale === locale).length >= 15, locale);
    for (const kind of ['everyday', 'misspelt', 'town', 'several', 'exact'])
      assert.ok(relevanceCases.filter((c) => c.kind === kind).length >= 4, kind);
    // Issue #23: at least 30 situations, in both languages.
    const situations = relevanceCases.filter((c) => c.kind === 'situation');
    assert.ok(situations.length >= 30, `${situations.length} situations`);
    for (const locale of ['en', 'es'])
      assert.ok(situations.filter((c) => c.locale === locale).length >= 12, `situations in ${locale}`);
    const known = new Set(resources.map((r) => r.id));
    for (const c of relevanceCases) {
      assert.ok(c.expected.length > 0 && c.expected.length <= 5, c.query);
      for (const id of c.expected) assert.ok(known.has(id), `${c.query}: ${id}`);
    }
  });

  it('finds the expected services in the first five for at least 95 % of the queries', () => {
    const misses: string[] = [];
    for (const c of relevanceCases) {
      const top = searchResources(resources, { text: c.query }, c.locale)
        .slice(0, 5)
        .map((r) => r.id);
      if (!c.expected.every((id) => top.includes(id))) misses.push(`${c.query} (${c.locale}): ${top.join(', ')}`);
    }
    const rate = 1 - misses.length / relevanceCases.length;
    assert.ok(rate >= 0.95, `hit rate ${(rate * 100).toFixed(1)} %; missed:\n${misses.join('\n')}`);
  });
});
