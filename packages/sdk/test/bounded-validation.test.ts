// Issue #20 (second security probe): a small hostile document must not freeze a page or run Node
// out of memory. 100,000 `{}` (300 KB) used to make one error object per missing field: 4 s and
// 400 MB on a page; 1.7 million ran Node out of memory; 100,000 quiz questions overflowed the
// stack. Checking now stops after MAX_ISSUES problems, in every path that validates remote data.
// The tests assert the bound on what is reported (it failed before: one issue per missing field).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHartClient } from '../src/client.js';
import { defaultDataset } from '../src/data/index.js';
import { loadRemote } from '../src/remote.js';
import { loadResources } from '../src/resources-source.js';
import {
  MAX_ISSUES,
  schemaError,
  validateDataset,
  validateDatasetInSteps,
  validateQuiz,
  validateQuizInSteps,
  validateResources,
  validateResourcesInSteps,
  type ValidationResult,
} from '../src/validate.js';
import { sendJson, startServer } from './http-fixture.js';

/** 20,000 empty objects: each misses ten fields, so 200,000 problems without a bound. */
const ITEMS = 20_000;
const empties = (): object[] => Array.from({ length: ITEMS }, () => ({}));
const quizOf = (questions: unknown[]) => ({ id: 'hostile', audience: 'youth', title: { en: 'Q', es: 'Q' }, questions });

function assertBounded(result: ValidationResult<unknown>, firstPath: RegExp): void {
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.issues.length, MAX_ISSUES, `at most ${MAX_ISSUES} problems are listed`);
  assert.equal(result.truncated, true, 'and the result says there are more');
  assert.match(result.issues[0]!.path, firstPath);
}

describe('validation stops after MAX_ISSUES problems (issue #20)', () => {
  it('a list of 20,000 {} as services, at once and in steps', async () => {
    assertBounded(validateResources(empties()), /^\[0\]\.id$/);
    assertBounded(await validateResourcesInSteps(empties()), /^\[0\]\.id$/);
  });

  it('a dataset whose resources are 20,000 {}', async () => {
    const dataset = { ...defaultDataset, resources: empties() };
    assertBounded(validateDataset(dataset), /^resources\[0\]\.id$/);
    assertBounded(await validateDatasetInSteps(dataset), /^resources\[0\]\.id$/);
  });

  it('a quiz of 20,000 {} questions (which overflowed the stack at 100,000)', async () => {
    assertBounded(validateQuiz(quizOf(empties())), /^questions\[0\]\.id$/);
    assertBounded(await validateQuizInSteps(quizOf(empties())), /^questions\[0\]\.id$/);
  });

  it('one service whose categories are 200,000 wrong values', () => {
    const [service] = defaultDataset.resources;
    assertBounded(
      validateResources([{ ...service, categories: Array.from({ length: 200_000 }, () => 0) }]),
      /^\[0\]\.categories\[0\]$/,
    );
  });

  it('says how many in the message: the first problem, and that checking stopped', () => {
    const result = validateResources(empties());
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(
      schemaError('list.json', result.issues, result.truncated).message,
      'list.json does not match the schema: [0].id: is required (and more: checking stopped after 100 problems)',
    );
  });

  it('still lists every problem, with their count, when there are fewer', () => {
    const list = defaultDataset.resources.map((r, i) => (i < 3 ? { ...r, url: 'javascript:alert(1)' } : r));
    const result = validateResources(list);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.truncated, undefined);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      ['[0].url', '[1].url', '[2].url'],
    );
    assert.match(schemaError('x', result.issues).message, /\(and 2 more\)$/);
  });

  it('gives a valid dataset back whole, as zod would, unknown fields dropped', () => {
    const resources = defaultDataset.resources.map((r, i) => (i === 0 ? { ...r, extra: 'dropped' } : r));
    const result = validateDataset({ ...defaultDataset, resources });
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.deepEqual(result.value, defaultDataset);
    const duplicate = validateDataset({ ...defaultDataset, resources: [...resources, resources[0]] });
    assert.deepEqual(!duplicate.ok && duplicate.issues, [
      { path: 'resources', message: 'resource ids must be unique' },
    ]);
  });
});

describe('remote loaders report the bound (issue #20)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/list.json') return sendJson(res, 200, empties());
      if (req.url === '/dataset.json') return sendJson(res, 200, { ...defaultDataset, resources: empties() });
      if (req.url === '/quiz.json') return sendJson(res, 200, quizOf(empties()));
      sendJson(res, 404, {});
    });
  });
  after(() => server.close());

  it('createHartClient: the embedded data, and an error saying checking stopped', async () => {
    const result = await createHartClient({ dataUrl: `${server.url}/dataset.json` }).load();
    assert.equal(result.source, 'embedded');
    assert.equal(result.error?.kind, 'schema');
    assert.equal(result.error?.issues.length, MAX_ISSUES);
    assert.match(
      result.error!.message,
      /resources\[0\]\.id: is required \(and more: checking stopped after 100 problems\)/,
    );
  });

  it('loadResources (the finder src)', async () => {
    const result = await loadResources(`${server.url}/list.json`);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.issues.length, MAX_ISSUES);
    assert.match(!result.ok ? result.error.message : '', /checking stopped after 100 problems/);
  });

  it('loadRemote with the quiz check in steps (the quiz src)', async () => {
    const result = await loadRemote(`${server.url}/quiz.json`, (json) => validateQuizInSteps(json));
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.issues.length, MAX_ISSUES);
    assert.match(
      !result.ok ? result.error.message : '',
      /questions\[0\]\.id: is required \(and more: checking stopped after 100 problems\)/,
    );
  });
});
