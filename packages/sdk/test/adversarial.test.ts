// Issue #16: no input can freeze a page or an endpoint. Every pattern of the model is run on 100 KB
// of input built to make a backtracking pattern take quadratic (or worse) time, and every string
// field of every schema is given 100 KB: each must be answered in linear time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as rules from '../src/schema/rules.js';
import { validateDataset, validateQuiz, validateResources, validateTrainingRequest } from '../src/validate.js';
import { defaultDataset as dataset } from '../src/data/dataset.js';

const SIZE = 100_000;
/**
 * Far above what linear work on 100 KB takes (a few ms; 59 ms seen on a loaded 2-core CI machine),
 * far below what a backtracking pattern takes on 100 KB (quadratic: ~10¹⁰ steps, many seconds).
 */
const LIMIT_MS = 500;

/** Inputs that make ambiguous repetition backtrack: long runs of the characters each part accepts. */
const hostile = (): string[] => {
  const run = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  return [
    `a@${run('.')}@`, `a@${run('a.')}`, `${run('a')}@`, `a@${run('a')}`, run('@'), run('.'), run(' '),
    run('a-'), `${run('1')}x`, `1-${run('1-')}`, `${run('0-')}x`, `${run('a')}-`, run('é'), `${run('ab')}!`,
  ];
};

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const patterns = Object.entries(rules).filter((entry): entry is [string, rules.PatternRule] => {
  const value = entry[1] as unknown;
  return typeof value === 'object' && value !== null && (value as rules.PatternRule).pattern instanceof RegExp;
});

describe('hostile input runs in linear time', () => {
  it('finds the patterns of the model', () => {
    assert.ok(patterns.length >= 8, `only ${patterns.length} patterns found`);
    assert.ok(patterns.some(([name]) => name === 'EMAIL'));
  });

  for (const [name, { pattern }] of patterns) {
    it(`${name} answers on 100 KB inputs in under ${LIMIT_MS} ms`, () => {
      for (const input of hostile()) {
        const ms = timed(() => pattern.test(input));
        assert.ok(ms < LIMIT_MS, `${name} took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 12))}…`);
      }
    });
  }

  it('caps every string before any pattern: a 100 KB value in any field of a request is refused at once', () => {
    const valid = {
      organization: 'Hartford Library', contactName: 'Ana', email: 'ana@example.org', town: 'Hartford',
      audience: 'school-staff', curriculumId: 'youth-online-safety', estimatedAttendees: 20, format: 'virtual', preferredDates: [],
    };
    for (const field of ['organization', 'contactName', 'email', 'phone', 'town', 'curriculumId', 'notes', 'propertyName']) {
      for (const input of hostile()) {
        let result: ReturnType<typeof validateTrainingRequest> | undefined;
        const ms = timed(() => (result = validateTrainingRequest({ ...valid, [field]: input })));
        assert.ok(ms < LIMIT_MS, `${field} took ${ms.toFixed(0)} ms`);
        assert.equal(result!.ok, false, field);
      }
    }
  });

  it('a dataset, quiz or resource list with 100 KB strings is refused in linear time', () => {
    const huge = `a@${'.'.repeat(SIZE)}@`;
    const resource = { ...dataset.resources[0]!, email: huge, url: `https://${'a'.repeat(SIZE)}`, serviceArea: { regions: ['statewide'], towns: [huge] } };
    const hotline = { ...dataset.hotlines[0]!, email: huge, phone: '1'.repeat(SIZE) };
    const quiz = { ...dataset.quizzes[0]!, id: 'a-'.repeat(SIZE / 2) };
    for (const [what, run] of [
      ['resources', () => validateResources([resource])],
      ['dataset', () => validateDataset({ ...dataset, hotlines: [hotline, ...dataset.hotlines.slice(1)], resources: [resource] })],
      ['quiz', () => validateQuiz(quiz)],
    ] as const) {
      let ok = true;
      const ms = timed(() => (ok = run().ok));
      assert.ok(ms < LIMIT_MS * 4, `${what} took ${ms.toFixed(0)} ms`);
      assert.equal(ok, false, what);
    }
  });
});

describe('emails that would change a mailto: link', () => {
  it('are refused', () => {
    for (const email of ['help@x.example?bcc=someone%40evil.example&body=hi', 'a@b.example&cc=c@d.example', 'a%40b@c.example', 'a@b.example#x', 'a,b@c.example']) {
      assert.equal(rules.EMAIL.pattern.test(email), false, email);
    }
    for (const email of ['DCFHART@ct.gov', 'first.last@sub.example.org', 'a+tag@example.co']) assert.equal(rules.EMAIL.pattern.test(email), true, email);
  });
});
