// Issue #16: no input can freeze a page or an endpoint. Not a timed test (timings are in
// `npm run bench`, as a ratio of hostile to ordinary input): every pattern of the model is checked
// by recheck, a ReDoS analyser, for super-linear backtracking; and no pattern is ever given more
// than a field's cap + 1 characters, whatever the input's size.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSync } from 'recheck';
import * as rules from '../src/schema/rules.js';
import { validateDataset, validateQuiz, validateResources, validateTrainingRequest } from '../src/validate.js';
import { defaultDataset as dataset } from '../src/data/dataset.js';

const SIZE = 100_000;
/** Longer than any cap of the model (the longest, notes, is a few thousand characters). */
const LONGEST_CAP = 10_000;

const patterns = Object.entries(rules).filter((entry): entry is [string, rules.PatternRule] => {
  const value = entry[1] as unknown;
  return typeof value === 'object' && value !== null && (value as rules.PatternRule).pattern instanceof RegExp;
});

/** Runs `fn` and returns the length of the longest string any pattern of the model was run on. */
function longestPatternInput(fn: () => unknown): number {
  let longest = 0;
  const restore: (() => void)[] = [];
  for (const [, { pattern }] of patterns) {
    const { exec, test } = pattern;
    pattern.exec = (input: string) => {
      longest = Math.max(longest, input.length);
      return exec.call(pattern, input);
    };
    pattern.test = (input: string) => {
      longest = Math.max(longest, input.length);
      return test.call(pattern, input);
    };
    restore.push(() => {
      delete (pattern as Partial<RegExp>).exec;
      delete (pattern as Partial<RegExp>).test;
    });
  }
  try {
    fn();
  } finally {
    for (const undo of restore) undo();
  }
  return longest;
}

describe('hostile input cannot make validation backtrack', () => {
  it('finds the patterns of the model', () => {
    assert.ok(patterns.length >= 8, `only ${patterns.length} patterns found`);
    assert.ok(patterns.some(([name]) => name === 'EMAIL'));
  });

  it('recheck knows a backtracking pattern when it sees one', () => {
    assert.equal(checkSync('^(a+)+$', '').status, 'vulnerable');
    assert.equal(checkSync('^(a|a)*$', '').status, 'vulnerable');
  });

  for (const [name, { pattern }] of patterns) {
    it(`${name} cannot backtrack super-linearly (recheck)`, () => {
      const result = checkSync(pattern.source, pattern.flags);
      assert.equal(
        result.status,
        'safe',
        `${name}: ${JSON.stringify(result.status === 'vulnerable' ? result.attack : result)}`,
      );
    });
  }

  it('caps every string before any pattern: a 100 KB value in any field of a request is refused, and no pattern sees it', () => {
    const valid = {
      organization: 'Hartford Library',
      contactName: 'Ana',
      email: 'ana@example.org',
      town: 'Hartford',
      audience: 'school-staff',
      curriculumId: 'youth-online-safety',
      estimatedAttendees: 20,
      format: 'virtual',
      preferredDates: [],
    };
    const huge = `a@${'.'.repeat(SIZE)}@`;
    assert.ok(
      longestPatternInput(() => validateTrainingRequest(valid)) > 0,
      "the model's patterns are watched where validation runs them",
    );
    for (const field of [
      'organization',
      'contactName',
      'email',
      'phone',
      'town',
      'curriculumId',
      'notes',
      'propertyName',
    ]) {
      let result: ReturnType<typeof validateTrainingRequest> | undefined;
      const longest = longestPatternInput(() => (result = validateTrainingRequest({ ...valid, [field]: huge })));
      assert.ok(longest <= LONGEST_CAP, `${field}: a pattern was run on ${longest} characters`);
      assert.equal(result!.ok, false, field);
    }
  });

  it('a dataset, quiz or resource list with 100 KB strings is refused, and no pattern sees them', () => {
    const huge = `a@${'.'.repeat(SIZE)}@`;
    const resource = {
      ...dataset.resources[0]!,
      email: huge,
      url: `https://${'a'.repeat(SIZE)}`,
      serviceArea: { regions: ['statewide'], towns: [huge] },
    };
    const hotline = { ...dataset.hotlines[0]!, email: huge, phone: '1'.repeat(SIZE) };
    const quiz = { ...dataset.quizzes[0]!, id: 'a-'.repeat(SIZE / 2) };
    for (const [what, run] of [
      ['resources', () => validateResources([resource])],
      [
        'dataset',
        () => validateDataset({ ...dataset, hotlines: [hotline, ...dataset.hotlines.slice(1)], resources: [resource] }),
      ],
      ['quiz', () => validateQuiz(quiz)],
    ] as const) {
      let ok = true;
      const longest = longestPatternInput(() => (ok = run().ok));
      assert.ok(longest <= LONGEST_CAP, `${what}: a pattern was run on ${longest} characters`);
      assert.equal(ok, false, what);
    }
  });
});

describe('emails that would change a mailto: link', () => {
  it('are refused', () => {
    for (const email of [
      'help@x.example?bcc=someone%40evil.example&body=hi',
      'a@b.example&cc=c@d.example',
      'a%40b@c.example',
      'a@b.example#x',
      'a,b@c.example',
    ]) {
      assert.equal(rules.EMAIL.pattern.test(email), false, email);
    }
    for (const email of ['DCFHART@ct.gov', 'first.last@sub.example.org', 'a+tag@example.co'])
      assert.equal(rules.EMAIL.pattern.test(email), true, email);
  });
});
