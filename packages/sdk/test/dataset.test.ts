import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'node:test';
import { connecticutTowns, defaultDataset, searchTerms } from '../src/data/index.js';
import * as knownSources from '../src/data/sources.js';
import type { Source } from '../src/schema/red-flag.js';
import { isSafeUrl } from '../src/schema/safe-url.js';
import { validateDataset } from '../src/validate.js';
import { POPULATIONS, RESOURCE_CATEGORIES } from '../src/schema/constants.js';
import { SearchTerms } from '../src/schema/search-terms.js';
import { z } from '../src/schema/zod.js';

const sources = ['hart-web-page-2024.txt', 'hart-2022-womens-childrens-health-committee-deck.txt']
  .map((name) => readFileSync(new URL(`./fixtures/sources/${name}`, import.meta.url), 'utf8'))
  .join('\n');
const digitsInSources = sources.replace(/\D+/g, ' ');
const sourceDigits = sources.replace(/\D/g, '');
const hartWebPage = readFileSync(new URL('./fixtures/sources/hart-web-page-2024.txt', import.meta.url), 'utf8');

/** Every `source` anywhere in a value (red flags, quiz questions, and any record that gains one), with its path. */
function* citedSources(value: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* citedSources(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (k === 'source') yield [at, v];
      else yield* citedSources(v, at);
    }
  }
}
/** The name of the source in data/sources.ts that `source` is, field for field; undefined if none. */
const knownSourceName = (source: unknown) =>
  Object.entries(knownSources).find(([, known]) => isDeepStrictEqual(known, source))?.[0];

/** Every string found anywhere in a value, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

describe('embedded default dataset', () => {
  it('passes its own schema', () => {
    const result = validateDataset(defaultDataset);
    assert.deepEqual(result.ok ? [] : result.issues, []);
  });

  it('has the three banner hotlines and the HART email exactly as the HART page gives them', () => {
    const byId = Object.fromEntries(defaultDataset.hotlines.map((h) => [h.id, h]));
    assert.equal(byId['emergency-911']?.phone, '911');
    assert.equal(byId['national-human-trafficking-hotline']?.phone, '1-888-373-7888');
    assert.equal(byId['national-human-trafficking-hotline']?.sms, '233733');
    assert.equal(byId['dcf-careline']?.phone, '1-800-842-2288');
    assert.equal(byId['dcf-hart-email']?.email, 'DCFHART@ct.gov');
  });

  it('takes every phone number from the sources', () => {
    const phones = [...strings(defaultDataset)].filter(([path]) =>
      /^hotlines\[\d+\]\.(phone|sms)$|phones\[\d+\]\.number$/.test(path),
    );
    assert.ok(phones.length >= 10, `found ${phones.length} phone numbers`);
    for (const [path, phone] of phones) {
      const digits = phone.replace(/\D/g, '');
      // 10-digit numbers may appear with a leading 1- in the data; short codes must stand alone in the source.
      const found =
        digits.length <= 6
          ? new RegExp(`(^| )${digits}( |$)`).test(digitsInSources)
          : sourceDigits.includes(digits.replace(/^1(?=\d{10}$)/, ''));
      assert.ok(found, `${path}: ${phone} is not in the HART sources`);
    }
    // Phone numbers quoted inside texts too.
    for (const [path, text] of strings(defaultDataset)) {
      for (const match of text.matchAll(/\b1?-?\d{3}-\d{3}-\d{4}\b/g)) {
        assert.ok(
          sourceDigits.includes(match[0].replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')),
          `${path}: ${match[0]} is not in the sources`,
        );
      }
    }
  });

  it('has every named partner organisation and programme', () => {
    const names = defaultDataset.resources.map((r) => `${r.organization.en} ${r.name.en}`).join('\n');
    for (const expected of [
      'Love146 Not a Number',
      'Love146 Survivor Care',
      'The Village',
      'CIRI',
      'Project Rescue',
      'Bloom',
      'Connecticut Legal Services',
      'Klingberg Family Centers Therapeutic foster care',
      'We Matter!',
      'The Underground',
      'Victim Compensation',
      'VOCA Case Management',
      'CCFSA',
      'Connecticut Lodging Association',
      'NetSmartz',
    ]) {
      assert.ok(names.includes(expected), `missing ${expected}`);
    }
  });

  it('has the 2021 training figures, adding up to 240 trainings and 7,240 people', () => {
    const stats = defaultDataset.trainingStats.find((s) => s.year === 2021)!;
    assert.deepEqual(stats.totals, { trainings: 240, people: 7240 });
    assert.equal(stats.byAudience.length, 13);
    assert.equal(defaultDataset.audiences.length, 13);
    assert.equal(
      stats.byAudience.reduce((n, r) => n + r.people, 0),
      7240,
    );
    assert.equal(
      stats.byCurriculum.reduce((n, r) => n + r.trainings, 0),
      240,
    );
    for (const row of stats.byCurriculum)
      assert.ok(
        defaultDataset.curricula.some((c) => c.id === row.curriculumId),
        row.curriculumId,
      );
    for (const curriculum of defaultDataset.curricula) {
      assert.ok(
        sources.includes(curriculum.title.en) || curriculum.id === 'internet-safety',
        `curriculum title not from the deck: ${curriculum.title.en}`,
      );
    }
  });

  it('lists the public acts of 2010–2017 with numbers from the HART page', () => {
    assert.deepEqual(
      defaultDataset.publicActs.map((a) => a.year).sort(),
      [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017],
    );
    for (const act of defaultDataset.publicActs) assert.ok(sources.includes(`Public Act ${act.number}`), act.number);
  });

  it('has at least 3 quizzes (youth online safety, lodging, community) of 8 or more questions', () => {
    const ids = defaultDataset.quizzes.map((q) => q.id);
    assert.deepEqual(ids, ['youth-online-safety', 'lodging-red-flags', 'community-red-flags']);
    for (const quiz of defaultDataset.quizzes) {
      assert.ok(quiz.questions.length >= 8, `${quiz.id} has ${quiz.questions.length} questions`);
      for (const q of quiz.questions) assert.ok(q.source, `${quiz.id}/${q.id} has no source`);
    }
  });

  it('gives red flags for every context, each with a source', () => {
    for (const context of ['youth', 'online', 'lodging', 'community']) {
      assert.ok(defaultDataset.redFlags.filter((f) => f.context === context).length >= 3, context);
    }
    for (const flag of defaultDataset.redFlags) {
      assert.ok(flag.source?.name.trim(), `${flag.id} has no source`);
      if (flag.source.url) assert.ok(flag.source.url.startsWith('https://'), `${flag.id}: ${flag.source.url}`);
      assert.ok(
        knownSourceName(flag.source),
        `${flag.id}: ${JSON.stringify(flag.source)} is not one of the sources in data/sources.ts`,
      );
    }
  });

  it('cites, wherever a record has a source, one of the sources in data/sources.ts, and every red flag and quiz question has one', () => {
    const cited = [...citedSources(defaultDataset)];
    // Red flags and quiz questions are the records with a `source` field (optional on a quiz question); each of ours has one.
    const citing = new Set(cited.filter(([, source]) => source !== undefined).map(([path]) => path));
    const expected = [
      ...defaultDataset.redFlags.map((_, i) => `redFlags[${i}].source`),
      ...defaultDataset.quizzes.flatMap((quiz, i) =>
        quiz.questions.map((_, j) => `quizzes[${i}].questions[${j}].source`),
      ),
    ];
    assert.ok(expected.length >= 40, `${expected.length} red flags and quiz questions`);
    assert.deepEqual(
      expected.filter((path) => !citing.has(path)),
      [],
      'without a source',
    );
    for (const [path, source] of cited)
      assert.ok(
        knownSourceName(source),
        `${path}: ${JSON.stringify(source)} is not one of the sources in data/sources.ts`,
      );
    const citedNames = new Set(cited.map(([, source]) => knownSourceName(source)));
    for (const name of Object.keys(knownSources))
      assert.ok(citedNames.has(name), `${name} in data/sources.ts is cited by nothing`);
  });

  it('names in data/sources.ts only pages that exist: HART page sections found in the HART page, others at an https: address', () => {
    for (const [name, source] of Object.entries(knownSources) as [string, Source][]) {
      const section = /^HART web page \(2024\): (.+)$/.exec(source.name)?.[1];
      if (section) {
        for (const part of section.split(', '))
          assert.ok(hartWebPage.includes(part), `${name}: "${part}" is not in the HART web page`);
      } else {
        assert.ok(
          source.url?.startsWith('https://'),
          `${name}: a source outside the HART page needs its https: address`,
        );
      }
    }
  });

  it('writes Spanish that is not the English copied', () => {
    const texts = [...strings(defaultDataset)].filter(([path]) => path.endsWith('.en'));
    let same = 0;
    for (const [path] of texts) {
      const localized = path
        .slice(0, -3)
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], defaultDataset) as { en: string; es: string };
      if (localized.en === localized.es) same++;
    }
    // Proper names (Love146, Klingberg Family Centers, 911…) stay the same in both languages.
    assert.ok(same / texts.length < 0.2, `${same} of ${texts.length} texts are identical in en and es`);
  });

  it('links to destinations, never through a link shortener (it sees every visitor and can be repointed)', () => {
    const shorteners =
      /^https:\/\/(?:www\.)?(?:tinyurl\.com|bit\.ly|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly)\//i;
    for (const [path, value] of strings(defaultDataset)) assert.ok(!shorteners.test(value), `${path}: ${value}`);
  });

  it('links only to allowed URL schemes', () => {
    for (const [path, value] of strings(defaultDataset)) {
      if (/(^|\.)url$/.test(path)) assert.ok(isSafeUrl(value), `${path}: ${value}`);
    }
  });

  it('suggests each of the 169 Connecticut towns once, in alphabetical order, including the DCF area-office towns', () => {
    assert.equal(connecticutTowns.length, 169);
    assert.equal(new Set(connecticutTowns).size, 169);
    assert.deepEqual(
      [...connecticutTowns].sort((a, b) => a.localeCompare(b, 'en')),
      connecticutTowns,
    );
    // Area offices are named by place; Willimantic is a city within the town of Windham.
    const townOf = (place: string) => (place === 'Willimantic' ? 'Windham' : place);
    for (const region of defaultDataset.regions) {
      for (const office of region.areaOffices)
        assert.ok(connecticutTowns.includes(townOf(office)), `${region.id}: ${office}`);
    }
  });

  it('has a search vocabulary (data/search-terms.ts) with words in en and es for every category and population', () => {
    for (const [kind, ids] of [
      ['categories', RESOURCE_CATEGORIES],
      ['populations', POPULATIONS],
    ] as const) {
      for (const id of ids) {
        const lists = searchTerms[kind][id as never] as { en: string[]; es: string[] };
        assert.ok(lists.en.length > 0 && lists.es.length > 0, `${kind}.${id}`);
      }
    }
    assert.ok(searchTerms.stopWords.en.includes('the') && searchTerms.stopWords.es.includes('para'));
  });

  it('lists situations in both languages with the help they lead to, and known words that find nothing (issue #23)', () => {
    const fold = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    const situations = searchTerms.situations ?? [];
    assert.ok(situations.length >= 8, `${situations.length} situations`);
    for (const situation of situations)
      assert.ok(
        situation.en.length > 0 && situation.es.length > 0 && situation.categories.length > 0,
        situation.en.join(', '),
      );
    // Labour as well as sex trafficking, in person and online.
    for (const word of [
      'passport',
      'debt',
      'boss',
      'pimp',
      'stranger',
      'pasaporte',
      'deuda',
      'jefe',
      'proxeneta',
      'desconocido',
    ]) {
      assert.ok(
        situations.some((s) => [...s.en, ...s.es].includes(word)),
        word,
      );
    }
    // A known word is left alone by "Did you mean" and skipped by the search: it must not be a word of the vocabulary.
    const vocabulary = new Set(
      [...Object.values(searchTerms.categories), ...Object.values(searchTerms.populations), ...situations]
        .flatMap((lists) => [...lists.en, ...lists.es])
        .flatMap(fold),
    );
    for (const word of [...searchTerms.stopWords.en, ...searchTerms.stopWords.es].flatMap(fold))
      vocabulary.delete(word);
    const known = [...(searchTerms.knownWords?.en ?? []), ...(searchTerms.knownWords?.es ?? [])].flatMap(fold);
    assert.ok(known.includes('quito') && known.includes('took'));
    assert.deepEqual(
      known.filter((word) => vocabulary.has(word)),
      [],
    );
  });

  it('checks the search vocabulary: every category listed, words as people type them, no word twice', () => {
    const terms = structuredClone(searchTerms);
    assert.ok(z.safeParse(SearchTerms, terms).success);
    const broken = (change: (t: typeof terms) => void) => {
      const copy = structuredClone(terms);
      change(copy);
      return !z.safeParse(SearchTerms, copy).success;
    };
    assert.ok(
      broken((t) => delete (t.categories as Partial<typeof t.categories>).housing),
      'a category missing',
    );
    assert.ok(
      broken((t) => delete (t.populations as Partial<typeof t.populations>).youth),
      'a population missing',
    );
    assert.ok(
      broken((t) => t.categories.housing.en.push('Shelter')),
      'the same word twice, in another case',
    );
    assert.ok(
      broken((t) => t.categories.housing.es.push('albergué')),
      'the same word twice, with an accent',
    );
    assert.ok(
      broken((t) => t.categories.legal.en.push('two  spaces')),
      'two spaces',
    );
    assert.ok(
      broken((t) => t.categories.legal.en.push('<b>law</b>')),
      'markup',
    );
    assert.ok(
      broken((t) => t.categories.legal.en.push('')),
      'empty',
    );
    assert.ok(
      broken((t) => t.stopWords.en.push('two words')),
      'a stop word of two words',
    );
    assert.ok(
      !broken((t) => t.categories.legal.en.push("can't pay", 'u-visa', 'place to stay')),
      'apostrophes, hyphens, phrases',
    );
  });
});
