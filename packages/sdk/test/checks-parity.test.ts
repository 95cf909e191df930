// The SDK defines its data model twice: as zod schemas (types, JSON Schema, the published schema
// objects) and as valibot checks (what it runs on untrusted data: small enough for a browser). These
// tests feed both the same documents — the embedded data, hand-made breakages of every rule, and
// thousands of random edits — and require the same verdict and value, the same first problem (the
// one an error message names), and no problem that zod would not report. (zod sometimes says more
// about one bad value: a list of wrong items that is also too short gets both messages from zod,
// the items' from valibot.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DatasetCheck, QuizCheck, ResourceListCheck, TrainingRequestCheck, runCheck } from '../src/checks.js';
import { defaultDataset } from '../src/data/index.js';
import { Dataset, Quiz, Resource, TrainingRequest, todayIso } from '../src/schema/index.js';
import { z } from '../src/schema/zod.js';
import { validateWith } from '../src/validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pairs = [
  { name: 'Dataset', zod: Dataset, check: DatasetCheck },
  { name: 'Quiz', zod: Quiz, check: QuizCheck },
  { name: 'Resource list', zod: z.array(Resource), check: ResourceListCheck },
  { name: 'TrainingRequest', zod: TrainingRequest, check: TrainingRequestCheck },
] as const;

/** Both verdicts, with every issue as `path: message`, in the order reported. */
function verdicts(pair: (typeof pairs)[number], input: unknown) {
  const show = (r: { ok: true; value: unknown } | { ok: false; issues: { path: string; message: string }[] }) =>
    r.ok ? { ok: true as const, value: r.value } : { ok: false as const, issues: r.issues.map((i) => `${i.path}: ${i.message}`) };
  return { zod: show(validateWith(pair.zod as z.ZodMiniType<unknown>, input)), valibot: show(runCheck(pair.check as never, input)) };
}

function assertSame(pair: (typeof pairs)[number], input: unknown): void {
  const { zod, valibot } = verdicts(pair, input);
  const on = `${pair.name}, on ${String(JSON.stringify(input)).slice(0, 300)}`;
  assert.equal(valibot.ok, zod.ok, `verdicts differ: ${JSON.stringify({ zod, valibot })} ${on}`);
  if (zod.ok || valibot.ok) return assert.deepEqual(valibot, zod, `values differ ${on}`);
  assert.equal(valibot.issues[0], zod.issues[0], `first problems differ: ${JSON.stringify({ zod: zod.issues, valibot: valibot.issues })} ${on}`);
  const extra = valibot.issues.filter((issue) => !zod.issues.includes(issue));
  assert.deepEqual(extra, [], `valibot reports what zod does not: ${JSON.stringify({ zod: zod.issues, valibot: valibot.issues })} ${on}`);
}

const dataset = JSON.parse(JSON.stringify(defaultDataset)) as Json & Record<string, Json>;
const request: Record<string, Json> = {
  organization: 'Hartford Public Library',
  contactName: 'Ana Pérez',
  email: 'ana@example.org',
  phone: '860-555-0123',
  town: 'Hartford',
  audience: 'lodging-staff',
  curriculumId: 'intro-ht-lodging',
  estimatedAttendees: 40,
  format: 'in-person',
  preferredDates: ['2999-01-12'],
  notes: 'Mornings',
  propertyName: 'Harbor Inn',
  staffCount: 35,
  locale: 'es',
};
const samples: Record<(typeof pairs)[number]['name'], Json> = {
  Dataset: dataset,
  Quiz: (dataset.quizzes as Json[])[0]!,
  'Resource list': dataset.resources!,
  TrainingRequest: request,
};

/** Every path into a JSON value, with the value there. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => paths(item, [...at, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))
      : [];
  return [at, ...inner];
}

/** A copy of `value` with the node at `path` replaced (or removed, for `undefined`). */
function edit(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (!path.length) return replacement ?? null;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

/** Values that break or bend a rule more often than random JSON does. */
const tricky = fc.constantFrom<Json>(
  '', ' ', 'x', 'ok-id', 'Not An Id', 'javascript:alert(1)', 'http://example.org', 'https://example.org', 'tel:911',
  '911', '1-888-373-7888', '2023-02-29', '2024-02-29', '1999-01-01', '2999-12-31', todayIso(), '16-71', '1.0.0',
  'en', 'es', 'EN', 'name@example.org', 'name@', 0, -1, 1, 1.5, 120, 121, 500, 501, 10000, 10001, 2009, 2018,
  [], [''], ['en'], {}, { en: 'a', es: 'b' }, { en: '', es: ' ' }, null, true, 'x'.repeat(201), 'x'.repeat(2001),
  'lodging-staff', 'virtual', 'statewide', 'housing', 'self', 'active', 'youth',
);

/** fc.assert, with the first disagreement's own message (the two verdicts) in the failure. */
function holds<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params);
  if (details.failed) assert.fail(`${(details.errorInstance as Error | undefined)?.message ?? "no error"}\ncounterexample: ${fc.stringify(details.counterexample)}`);
}

describe('the valibot checks give the same answers as the zod schemas', () => {
  for (const pair of pairs) {
    it(`${pair.name}: the embedded sample passes both, with the same value`, () => {
      const { zod, valibot } = verdicts(pair, samples[pair.name]);
      assert.equal(zod.ok, true);
      assert.deepEqual(valibot, zod);
    });

    it(`${pair.name}: not an object or list at all`, () => {
      for (const input of [undefined, null, 0, 'text', true, [], {}]) assertSame(pair, input);
    });

    it(`${pair.name}: any one edit anywhere (a tricky value, random JSON, or removal) gets the same verdict, paths and messages`, () => {
      const sample = samples[pair.name];
      const all = paths(sample).filter((p) => p.length);
      holds(
        fc.property(
          fc.constantFrom(...all),
          fc.oneof(tricky, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, fc.constant(undefined)),
          (path, replacement) => assertSame(pair, edit(sample, path, replacement)),
        ),
        { numRuns: pair.name === 'Dataset' ? 1500 : 800 },
      );
    });

    it(`${pair.name}: two edits at once`, () => {
      const sample = samples[pair.name];
      const all = paths(sample).filter((p) => p.length);
      holds(
        fc.property(fc.constantFrom(...all), fc.constantFrom(...all), tricky, tricky, (a, b, x, y) => {
          let input = edit(sample, a, x);
          try {
            input = edit(input, b, y);
          } catch {
            // The first edit removed the place of the second.
          }
          assertSame(pair, input);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('rules that span fields: ages, figures, answers, unique ids', () => {
    const broken = structuredClone(dataset) as Record<string, Json[]>;
    const resource = broken.resources![0] as Record<string, Json>;
    resource.minAge = 18;
    resource.maxAge = 12;
    const stats = broken.trainingStats![0] as { totals: { trainings: number } };
    stats.totals.trainings += 1;
    const question = ((broken.quizzes![0] as Record<string, Json[]>).questions![0]) as Record<string, Json>;
    question.correct = ['not-a-choice'];
    (question.choices as Json[]).push((question.choices as Json[])[0]!);
    broken.hotlines!.push(broken.hotlines![0]!);
    const { zod, valibot } = verdicts(pairs[0], broken);
    assert.equal(zod.ok, false);
    assert.equal(!zod.ok && zod.issues.length, 6, JSON.stringify(zod));
    assert.deepEqual(valibot, zod);
    assert.deepEqual(!valibot.ok && valibot.issues, [
      'hotlines: hotline ids must be unique',
      'resources[0].minAge: minAge must not be greater than maxAge',
      'trainingStats[0].byAudience: the byAudience figures must add up to the totals',
      'trainingStats[0].byCurriculum: the byCurriculum figures must add up to the totals',
      'quizzes[0].questions[0].correct: every correct answer must be the id of one of the choices',
      'quizzes[0].questions[0].choices: choice ids must be unique within a question',
    ]);
  });
});

/**
 * The shape of a schema as `path → fields` (`?` marks an optional one), read from either library's
 * schema objects, so a field added to one definition and not the other fails even when no data has it.
 */
type Node = Record<string, unknown>;
function zodShape(schema: Node, path = '', out: Record<string, string[]> = {}): Record<string, string[]> {
  const def = (schema._zod as { def: Node }).def;
  if (def.type === 'optional') return zodShape(def.innerType as Node, path, out);
  if (def.type === 'array') return zodShape(def.element as Node, `${path}[]`, out);
  if (def.type === 'object') {
    const shape = def.shape as Record<string, Node>;
    out[path] = Object.entries(shape).map(([key, value]) => ((value._zod as { def: Node }).def.type === 'optional' ? `${key}?` : key)).sort();
    for (const [key, value] of Object.entries(shape)) zodShape(value, `${path}.${key}`, out);
  }
  return out;
}
function valibotShape(schema: Node, path = '', out: Record<string, string[]> = {}): Record<string, string[]> {
  // A pipe is its schemas in turn; the last one gives the output's shape.
  const schemas = (schema.pipe as Node[] | undefined)?.filter((item) => item.kind === 'schema') ?? [schema];
  const last = schemas.at(-1)!;
  if (last !== schema) return valibotShape(last, path, out);
  if (schema.type === 'optional') return valibotShape(schema.wrapped as Node, path, out);
  if (schema.type === 'array') return valibotShape(schema.item as Node, `${path}[]`, out);
  if (schema.type === 'object') {
    const entries = schema.entries as Record<string, Node>;
    out[path] = Object.entries(entries).map(([key, value]) => (value.type === 'optional' ? `${key}?` : key)).sort();
    for (const [key, value] of Object.entries(entries)) valibotShape(value, `${path}.${key}`, out);
  }
  return out;
}

describe('the two definitions have the same fields', () => {
  for (const pair of pairs) {
    it(`${pair.name}: every object has the same fields, optional in both or required in both`, () => {
      const zod = zodShape(pair.zod as unknown as Node);
      assert.ok(Object.keys(zod).length > 0);
      assert.deepEqual(valibotShape(pair.check as unknown as Node), zod);
    });
  }
});
