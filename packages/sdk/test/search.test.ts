import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultDataset } from '../src/data/index.js';
import { searchResources } from '../src/search.js';
import type { Resource } from '../src/schema/index.js';

const { resources } = defaultDataset;
const ids = (list: Resource[]) => list.map((r) => r.id);

describe('searchResources', () => {
  it('finds housing in Spanish ("vivienda"), ignoring accents and case', () => {
    for (const text of ['vivienda', 'VIVIENDA', 'Vivíenda', 'viv']) {
      const found = ids(searchResources(resources, { text }, 'es'));
      assert.ok(found.includes('ciri-project-rescue') && found.includes('salvation-army-bloom'), `${text}: ${found}`);
    }
  });

  it('matches words without their accents ("inmigracion")', () => {
    assert.ok(ids(searchResources(resources, { text: 'inmigracion' }, 'es')).includes('ciri-project-rescue'));
  });

  it('finds "legal" in en and es, best match first', () => {
    assert.equal(searchResources(resources, { text: 'legal' }, 'en')[0]?.id, 'connecticut-legal-services');
    assert.equal(searchResources(resources, { text: 'legal' }, 'es')[0]?.id, 'connecticut-legal-services');
  });

  it('finds "LGBTQ" in any case', () => {
    assert.ok(ids(searchResources(resources, { text: 'lgbtq' })).includes('dcf-hart'));
    assert.ok(ids(searchResources(resources, { text: 'LGBTQ' }, 'es')).includes('dcf-hart'));
  });

  it('requires every word to match', () => {
    assert.deepEqual(ids(searchResources(resources, { text: 'mentoring klingberg' })), ['klingberg-we-matter']);
    assert.deepEqual(searchResources(resources, { text: 'mentoring zebra' }), []);
  });

  it('filters by category, age, region and language, and combines them', () => {
    assert.ok(searchResources(resources, { categories: ['legal'] }).every((r) => r.categories.includes('legal')));
    const at10 = ids(searchResources(resources, { age: 10 }));
    assert.ok(!at10.includes('salvation-army-bloom') && !at10.includes('klingberg-we-matter') && at10.includes('klingberg-therapeutic-foster-care'));
    const waterbury = ids(searchResources(resources, { region: 'waterbury' }));
    assert.ok(waterbury.includes('klingberg-we-matter') && !waterbury.includes('salvation-army-bloom') && waterbury.includes('ncmec-netsmartz'));
    assert.ok(ids(searchResources(resources, { region: 'region-4' })).includes('salvation-army-bloom'));
    assert.ok(searchResources(resources, { language: 'es' }).every((r) => r.languages.includes('es')));
    assert.deepEqual(ids(searchResources(resources, { categories: ['mentoring'], age: 15, region: 'region-5' })), ['klingberg-we-matter']);
    assert.deepEqual(searchResources(resources, { categories: ['mentoring'], age: 30 }), []);
  });

  it('lists everything active, by name, for an empty query', () => {
    assert.equal(searchResources(resources, {}).length, resources.filter((r) => r.status === 'active').length);
  });

  it('leaves inactive listings out unless asked', () => {
    const withInactive = [...resources, { ...resources[0]!, id: 'old', status: 'inactive' as const }];
    assert.ok(!ids(searchResources(withInactive, {})).includes('old'));
    assert.ok(ids(searchResources(withInactive, { includeInactive: true })).includes('old'));
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(resources), fc.anything(), fc.array(fc.anything())),
        fc.oneof(fc.record({ text: fc.string(), categories: fc.array(fc.string()), age: fc.double(), region: fc.string(), language: fc.string() }, { requiredKeys: [] }), fc.anything()),
        fc.anything(),
        (list, query, locale) => {
          const result = searchResources(list as Resource[], query as never, locale as never);
          assert.ok(Array.isArray(result));
        },
      ),
      { numRuns: 500 },
    );
  });
});
