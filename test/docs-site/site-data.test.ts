// Issue 25: every text the docs site takes from the elements' JSDoc (custom-elements.json) has its
// Spanish in site/manifest-es.mjs, and that table holds nothing the manifest no longer says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import spanish from '../../site/manifest-es.mjs';
import { widgetsFromManifest } from '../../site/site-data.mjs';

const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8'));
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every JSDoc text the site shows, by where it comes from. */
function manifestTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (!d.tagName) continue;
      texts.set(collapse(d.summary.split('\n\n')[0]), `${d.tagName} summary`);
      const publicAttributes = new Set(
        widgetsFromManifest(manifest)
          .find((w) => w.tag === d.tagName)!
          .attributes.map((a) => a.name),
      );
      for (const a of d.attributes ?? [])
        if (publicAttributes.has(a.name)) texts.set(collapse(a.description), `${d.tagName} attribute ${a.name}`);
      for (const e of d.events ?? []) if (e.name) texts.set(collapse(e.description), `${d.tagName} event ${e.name}`);
      for (const p of d.cssParts ?? []) texts.set(collapse(p.description), `${d.tagName} part ${p.name}`);
      for (const p of d.cssProperties ?? []) texts.set(collapse(p.description), `${d.tagName} CSS property ${p.name}`);
    }
  }
  return texts;
}

describe('the Spanish of the manifest (site/manifest-es.mjs)', () => {
  it('has a Spanish text for every summary, attribute, event, part and CSS property of the manifest', () => {
    const missing = [...manifestTexts()].filter(([en]) => !(en in spanish)).map(([en, where]) => `${where}: ${en}`);
    assert.deepEqual(missing, []);
  });

  it('has no entry the manifest no longer says (a changed JSDoc leaves its old text behind)', () => {
    const texts = manifestTexts();
    assert.deepEqual(
      Object.keys(spanish).filter((en) => !texts.has(en)),
      [],
    );
  });

  it('keeps every code span of the English (what a webmaster types is not translated)', () => {
    for (const [en, es] of Object.entries(spanish as Record<string, string>)) {
      const spans = (text: string) => (text.match(/`[^`]+`/g) ?? []).sort();
      assert.deepEqual(spans(es), spans(en), en);
    }
  });
});
