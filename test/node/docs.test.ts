// Docs that repeat a contract are checked against the code, so they cannot drift.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { trainingRequestJsonSchema } from '../../packages/sdk/src/json-schema.js';
import { TrainingRequest } from '../../packages/sdk/src/schema/training-request.js';

const doc = readFileSync('docs/training-request.md', 'utf8');

describe('docs/training-request.md', () => {
  it('shows the JSON Schema an endpoint receives exactly as the SDK publishes it', () => {
    const block = doc.match(/```json\n([\s\S]*?)\n```/)?.[1];
    assert.ok(block, 'no json block');
    assert.deepEqual(JSON.parse(block), trainingRequestJsonSchema());
  });

  it('shows an example body that the SDK schema accepts', () => {
    const body = doc.match(/```http\n[\s\S]*?\n\n([\s\S]*?)\n```/)?.[1];
    assert.ok(body, 'no example body');
    const example = JSON.parse(body.replace(/\n\s*/g, ''));
    for (const date of example.preferredDates) assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    // The example's date will be in the past one day; the rest must stay valid.
    const result = TrainingRequest.safeParse({ ...example, preferredDates: ['2999-01-12'] });
    assert.ok(result.success, JSON.stringify(result.error?.issues));
  });
});

describe('docs/embedding.md', () => {
  const embedding = readFileSync('docs/embedding.md', 'utf8');
  for (const [lang, file] of [
    ['jsx', 'test/embed/react/main.jsx'],
    ['vue', 'test/embed/vue/App.vue'],
  ] as const) {
    it(`shows the ${lang === 'jsx' ? 'React' : 'Vue'} code the embed suite runs (${file}), unchanged`, () => {
      const block = embedding.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```'))?.[1];
      assert.equal(block, readFileSync(file, 'utf8').trim());
    });
  }

  it('gives the strict policy the embed suite serves', async () => {
    const { STRICT_CSP } = await import('./../embed/server.js');
    assert.ok(
      embedding.includes(STRICT_CSP.replace("script-src 'self'", "script-src 'self' https://cdn.jsdelivr.net")),
    );
  });
});

describe('docs/security.md', () => {
  it('names only test files and fixtures that exist', () => {
    const security = readFileSync('docs/security.md', 'utf8');
    const paths = [...security.matchAll(/`((?:test|packages)\/[^`]+\.(?:ts|html|json|mjs))`/g)].map((m) => m[1]!);
    assert.ok(paths.length >= 10, `only ${paths.length} paths`);
    for (const path of paths) assert.ok(existsSync(path), `${path} does not exist`);
  });
});

describe('docs/performance.md', () => {
  it('lists the budgets of .size-limit.mjs, in its order', () => {
    const budgets = [...readFileSync('.size-limit.mjs', 'utf8').matchAll(/'(\d+(?:\.\d+)?) KB'/g)].map((m) => m[1]);
    const table = readFileSync('docs/performance.md', 'utf8').split('## Sizes (gzip)')[1]!.split('\n\n')[1]!;
    const listed = table
      .split('\n')
      .slice(2)
      .map((row) => /^\|.*?\| (\d+(?:\.\d+)?) KB \|/.exec(row)?.[1])
      .filter(Boolean);
    assert.ok(budgets.length >= 10, `${budgets.length} budgets found in .size-limit.mjs`);
    assert.deepEqual(listed, budgets);
  });
});
