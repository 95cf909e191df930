import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { searchTerms } from '../src/data/index.js';
import { searchResources, suggestSearch } from '../src/search.js';
import type { Resource, SearchTerms } from '../src/schema/index.js';
import { ids, resources, top } from './search-helpers.js';

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

  it('ranks the services matching every word above those matching some of them', () => {
    const found = ids(searchResources(resources, { text: 'mentoring klingberg' }));
    assert.equal(found[0], 'klingberg-we-matter');
    // The other Klingberg service matches one word only: it still appears, after.
    assert.ok(found.includes('klingberg-therapeutic-foster-care'));
    // A word that matches nothing leaves the others to decide.
    assert.deepEqual(ids(searchResources(resources, { text: 'mentoring zebra' })), ['klingberg-we-matter']);
  });

  it('filters by category, age, region and language, and combines them', () => {
    assert.ok(searchResources(resources, { categories: ['legal'] }).every((r) => r.categories.includes('legal')));
    const at10 = ids(searchResources(resources, { age: 10 }));
    assert.ok(
      !at10.includes('salvation-army-bloom') &&
        !at10.includes('klingberg-we-matter') &&
        at10.includes('klingberg-therapeutic-foster-care'),
    );
    const waterbury = ids(searchResources(resources, { region: 'waterbury' }));
    assert.ok(
      waterbury.includes('klingberg-we-matter') &&
        !waterbury.includes('salvation-army-bloom') &&
        waterbury.includes('ncmec-netsmartz'),
    );
    assert.ok(ids(searchResources(resources, { region: 'region-4' })).includes('salvation-army-bloom'));
    assert.ok(searchResources(resources, { language: 'es' }).every((r) => r.languages.includes('es')));
    assert.deepEqual(ids(searchResources(resources, { categories: ['mentoring'], age: 15, region: 'region-5' })), [
      'klingberg-we-matter',
    ]);
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
        fc.oneof(
          fc.record(
            {
              text: fc.string(),
              categories: fc.array(fc.string()),
              age: fc.double(),
              region: fc.string(),
              language: fc.string(),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        fc.anything(),
        (list, query, locale) => {
          const result = searchResources(list as Resource[], query as never, locale as never);
          assert.ok(Array.isArray(result));
          const suggestion = suggestSearch(list as Resource[], query as never, locale as never);
          assert.ok(suggestion && typeof suggestion === 'object');
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** A statewide training listing, renamed: its other words (training, professionals) are not in these queries. */
const lodging = resources.find((r) => r.id === 'connecticut-lodging-association')!;
const listing = (id: string, name: string): Resource => ({
  ...lodging,
  id,
  name: { en: name, es: name },
  organization: { en: 'Organization', es: 'Organización' },
  description: { en: 'Services.', es: 'Servicios.' },
});

describe('searchResources: typos', () => {
  const list = [
    listing('harbor', 'Harbor Center'),
    listing('food', 'Food Pantry'),
    listing('cat', 'Cat Rescue'),
    listing('other', 'Seaside Place'),
  ];

  it('matches a word of 4 or 5 letters one edit away (a letter missing, extra, wrong or two swapped)', () => {
    for (const text of ['harbr', 'harbbor', 'hxrbor', 'hrabor']) assert.deepEqual(top(list, text), ['harbor'], text);
    for (const text of ['fodo', 'foox', 'ffod']) assert.ok(top(list, text).includes('food'), text);
  });

  it('matches a word of 6 letters or more two edits away, and a shorter one not', () => {
    assert.deepEqual(top(list, 'hrbour'), ['harbor']);
    assert.deepEqual(top(list, 'hrbr'), []);
    assert.deepEqual(top(list, 'hxrbr'), []);
  });

  it('does not guess at words of 3 letters', () => {
    assert.deepEqual(top(list, 'cta'), []);
    assert.deepEqual(top(list, 'cax'), []);
    assert.deepEqual(top(list, 'cat'), ['cat']);
  });

  it('ranks the word itself first, a longer word it starts next, a misspelling last', () => {
    const three = [
      listing('typo', 'Harbour Center'),
      listing('prefix', 'Harborside Center'),
      listing('exact', 'Harbor Center'),
    ];
    assert.deepEqual(top(three, 'harbor'), ['exact', 'prefix', 'typo']);
  });

  it('ignores accents and case, in en and es', () => {
    for (const [text, locale] of [
      ['HOUSNG', 'en'],
      ['Vivíendaa', 'es'],
      ['ALBERGE', 'es'],
      ['refujio', 'es'],
    ] as const) {
      const found = top(resources, text, locale);
      assert.ok(found.includes('ciri-project-rescue') && found.includes('salvation-army-bloom'), `${text}: ${found}`);
    }
  });
});

describe('searchResources: everyday words', () => {
  const housing = ['ciri-project-rescue', 'salvation-army-bloom'];

  it('finds housing for shelter (en) and refugio, albergue (es), though no listing says them', () => {
    assert.ok(!JSON.stringify(resources).toLowerCase().includes('shelter'));
    for (const [text, locale] of [
      ['shelter', 'en'],
      ['place to stay', 'en'],
      ['refugio', 'es'],
      ['albergue', 'es'],
      ['refugio', 'en'],
    ] as const) {
      assert.deepEqual(top(resources, text, locale).slice(0, 2).sort(), housing, `${text} (${locale})`);
    }
  });

  it('finds legal help for lawyer and abogado, Connecticut Legal Services first', () => {
    for (const [text, locale] of [
      ['lawyer', 'en'],
      ['abogado', 'es'],
      ['abogada', 'es'],
      ['abogado', 'en'],
    ] as const) {
      assert.equal(top(resources, text, locale)[0], 'connecticut-legal-services', `${text} (${locale})`);
    }
  });

  it('finds a population by its everyday word (teen, jóvenes → youth services)', () => {
    const youth = resources.filter((r) => r.populations.includes('youth')).map((r) => r.id);
    for (const [text, locale] of [
      ['teen', 'en'],
      ['adolescente', 'es'],
    ] as const) {
      const found = top(resources, text, locale);
      assert.ok(found.length > 0 && found.every((id) => youth.includes(id)), `${text}: ${found}`);
    }
  });

  it('takes its words from the vocabulary data, not from code', () => {
    assert.deepEqual(top(resources, 'igloo'), []);
    const terms: SearchTerms = {
      ...searchTerms,
      categories: { ...searchTerms.categories, housing: { en: ['igloo'], es: [] } },
    };
    assert.deepEqual(ids(searchResources(resources, { text: 'igloo' }, 'en', { terms })).sort(), housing);
    assert.ok(!ids(searchResources(resources, { text: 'shelter' }, 'en', { terms })).includes('salvation-army-bloom'));
  });

  it('ignores stop words in en and es, unless there is nothing else', () => {
    assert.deepEqual(top(resources, 'I need a lawyer'), top(resources, 'lawyer'));
    assert.deepEqual(top(resources, 'necesito un abogado para mi', 'es'), top(resources, 'abogado', 'es'));
    assert.deepEqual(top(resources, 'the shelter'), top(resources, 'shelter'));
    // "the", on the way to "therapy", still finds something.
    assert.ok(top(resources, 'the').includes('the-village-clinical-services'));
  });
});

describe('searchResources: several words', () => {
  it('puts the services matching every word first, and keeps those matching one', () => {
    const found = top(resources, 'legal help immigrants');
    assert.deepEqual(found.slice(0, 2).sort(), ['ciri-project-rescue', 'connecticut-legal-services']);
    const either = top(resources, 'lawyer church');
    assert.ok(either.includes('connecticut-legal-services') && either.includes('the-underground'), `${either}`);
  });

  it('takes a single letter as the start of a word only while it is typed (the last word)', () => {
    assert.ok(top(resources, 'legal h').length > top(resources, 'legal').length);
    assert.deepEqual(top(resources, 'h legal'), top(resources, 'legal'));
  });

  it('reads the first 500 characters of a query and its first 16 words', () => {
    const filler = Array.from({ length: 16 }, (_, i) => `zq${String.fromCharCode(97 + i)}`).join(' ');
    assert.deepEqual(top(resources, `${filler} lawyer`), []);
    assert.deepEqual(top(resources, `${'x'.repeat(600)} lawyer`), []);
    assert.equal(top(resources, `${'x'.repeat(400)} lawyer`)[0], 'connecticut-legal-services');
  });

  it('in Spanish too ("terapia para niños": therapy for children first)', () => {
    const found = top(resources, 'terapia para niños', 'es');
    assert.deepEqual(found.slice(0, 2).sort(), ['klingberg-therapeutic-foster-care', 'the-village-clinical-services']);
  });
});

describe('searchResources: towns', () => {
  it('narrows to the services serving a town typed in the box, instead of looking for its name in the text', () => {
    const found = top(resources, 'hartford');
    assert.equal(found[0], 'salvation-army-bloom'); // names Hartford
    assert.ok(found.includes('dcf-careline'), 'statewide services serve Hartford');
    assert.ok(!found.includes('klingberg-we-matter'), 'We Matter! serves New Britain, Waterbury and Bridgeport');
    assert.deepEqual(top(resources, 'mentoring hartford'), []);
    assert.deepEqual(top(resources, 'Hartford, CT'), found);
    assert.deepEqual(top(resources, 'help in hartford'), found);
  });

  it('knows towns of several words (New Haven, West Hartford, New Britain)', () => {
    assert.deepEqual(top(resources, 'new haven shelter'), ['ciri-project-rescue']);
    const westHartford = top(resources, 'West Hartford');
    assert.ok(!westHartford.includes('salvation-army-bloom') && westHartford.includes('dcf-careline'));
    assert.equal(top(resources, 'new britain')[0], 'klingberg-we-matter');
    assert.ok(top(resources, 'new').length > 0, '"new" alone is a word, not a town');
  });

  it('counts a region through its area offices (Manchester is one of region 4)', () => {
    assert.equal(top(resources, 'manchester')[0], 'salvation-army-bloom');
  });

  it('in Spanish', () => {
    assert.deepEqual(top(resources, 'refugio en Hartford', 'es').slice(0, 2), [
      'salvation-army-bloom',
      'ciri-project-rescue',
    ]);
    assert.equal(top(resources, 'mentoría en Waterbury', 'es')[0], 'klingberg-we-matter');
  });
});
