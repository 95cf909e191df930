// Size budgets, in gzip bytes, checked by `npm test`. A CDN entry is measured with every chunk it
// loads (its static imports, followed through the chunks), so each figure is what a partner page
// downloads for that tag.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const cdn = 'packages/elements/dist/cdn';

/** The entry file plus every chunk it imports, transitively. */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen].map((f) => relative('.', f));
}

/** The chunk rollup made for one built-in quiz (it is loaded with a dynamic import). */
function quizChunk(id) {
  // The quiz build's own chunk: the one whose code is imported by hart-red-flag-quiz.js.
  const entry = readFileSync(`${cdn}/hart-red-flag-quiz.js`, 'utf8');
  const file = readdirSync(`${cdn}/chunks`).find((f) => f.startsWith(`${id}-`) && entry.includes(f));
  return file ? `${cdn}/chunks/${file}` : `${cdn}/chunks/missing-${id}.js`;
}

const budget = (name, entry, limit) => ({ name, path: closure(entry), limit, gzip: true, brotli: false });

export default [
  budget('CDN hart-help-banner.js with everything it loads', `${cdn}/hart-help-banner.js`, '9 KB'),
  budget('CDN hart-red-flag-quiz.js with everything it loads up front', `${cdn}/hart-red-flag-quiz.js`, '16 KB'),
  // A built-in quiz is loaded by id when shown: the widget plus its largest quiz must fit too.
  { ...budget('CDN hart-red-flag-quiz.js + its largest built-in quiz (youth-online-safety)', `${cdn}/hart-red-flag-quiz.js`, '16 KB'), path: [...new Set([...closure(`${cdn}/hart-red-flag-quiz.js`), ...closure(quizChunk('youth-online-safety'))])] },
  budget('CDN hart-resource-finder.js with everything it loads (embedded resources, search)', `${cdn}/hart-resource-finder.js`, '22 KB'),
  budget('CDN hart-elements.js (every element) with everything it loads', `${cdn}/hart-elements.js`, '40 KB'),
  // Issue #2 asks for 8 KB. Measured: 9.2 KB = zod/mini's floor for these features (6.3 KB) + the
  // eleven-entity dataset schema with readable messages (~2.2 KB) + fetch (0.65 KB). Not met yet:
  // this line holds it from growing while that is decided (see docs/performance.md).
  budget('SDK remote-load path with validation (loadRemoteDataset, no embedded data)', 'packages/sdk/dist-size/remote.js', '9.5 KB'),
];
