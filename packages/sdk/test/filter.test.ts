import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDataset } from '../src/data/index.js';
import { filterResources, priorityRanks } from '../src/filter.js';
import { searchResources } from '../src/search.js';
import type { Resource } from '../src/schema/index.js';

const { resources } = defaultDataset;
const ids = (list: Resource[]) => list.map((r) => r.id);

describe('filterResources and the default order (issue #14)', () => {
  it('lists hotlines first, then the data in its own order', () => {
    const listed = ids(filterResources(resources));
    const hotlines = resources.filter((r) => r.categories.includes('hotline')).map((r) => r.id);
    assert.ok(hotlines.length >= 2, 'the embedded data has hotlines');
    assert.deepEqual(listed.slice(0, hotlines.length), hotlines);
    assert.deepEqual(
      listed.slice(hotlines.length),
      resources.filter((r) => !r.categories.includes('hotline')).map((r) => r.id),
    );
    assert.equal(listed[0], 'national-human-trafficking-hotline');
  });

  it('is the same order in English and Spanish, with or without words (ties keep it)', () => {
    assert.deepEqual(ids(searchResources(resources, {}, 'en')), ids(searchResources(resources, {}, 'es')));
    assert.deepEqual(ids(searchResources(resources, {}, 'es')), ids(filterResources(resources)));
    // A category filter alone: every match ties, so the default order decides.
    assert.deepEqual(
      ids(searchResources(resources, { categories: ['hotline'] }, 'es')),
      ids(filterResources(resources, { categories: ['hotline'] })),
    );
  });

  it('applies the filters as searchResources does', () => {
    for (const filters of [
      { categories: ['legal', 'housing'] },
      { age: 12 },
      { region: 'region-4' },
      { region: 'Hartford' },
      { language: 'es' },
      { includeInactive: true },
    ]) {
      assert.deepEqual(
        ids(filterResources(resources, filters)),
        ids(searchResources(resources, filters, 'en')),
        JSON.stringify(filters),
      );
    }
  });

  it('never throws on malformed input', () => {
    assert.deepEqual(filterResources(null as never), []);
    // Entries that are not objects are left out; a filter of the wrong type is ignored.
    assert.deepEqual(
      filterResources([null, 7, { id: 'x', categories: 'x' }] as never, { categories: 'legal' } as never),
      [{ id: 'x', categories: 'x' }],
    );
    assert.deepEqual([...priorityRanks([null, { categories: ['hotline'] }] as never)], [1, 0]);
  });
});
