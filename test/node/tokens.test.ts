// Every --hart-* custom property used in a stylesheet is documented (in the element's @cssprop
// JSDoc and in docs/theming.md), and every documented one is used.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const src = 'packages/elements/src';
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));
const tokens = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));

const used = tokens(files.filter((f) => f.endsWith('.styles.ts')).map((f) => readFileSync(f, 'utf8')).join('\n'), /var\((--hart-[a-z-]+)/g);
const elementFiles = files.filter((f) => /\/[a-z-]+\/[a-z-]+\.ts$/.test(f) && !f.endsWith('.styles.ts') && readFileSync(f, 'utf8').includes('@cssprop'));
const theming = readFileSync('docs/theming.md', 'utf8');
const documentedInTheming = tokens(theming, /`(--hart-[a-z-]+)`/g);

describe('design tokens', () => {
  it('are used at all', () => assert.ok(used.size >= 10, `${used.size} tokens`));

  it('used in styles are all listed in docs/theming.md, and vice versa', () => {
    assert.deepEqual([...used].filter((t) => !documentedInTheming.has(t)), [], 'used but not in docs/theming.md');
    assert.deepEqual([...documentedInTheming].filter((t) => !used.has(t)), [], 'in docs/theming.md but not used');
  });

  for (const file of elementFiles) {
    it(`${file}: @cssprop lists exactly the tokens its styles use`, () => {
      const documented = tokens(readFileSync(file, 'utf8'), /@cssprop (--hart-[a-z-]+)/g);
      assert.deepEqual([...used].filter((t) => !documented.has(t)).sort(), [], 'used but not documented');
      assert.deepEqual([...documented].filter((t) => !used.has(t)).sort(), [], 'documented but not used');
    });
  }
});
