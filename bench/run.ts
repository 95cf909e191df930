// `npm run bench`: prints figures; it is a benchmark, not a test, and fails on nothing.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { defaultDataset } from '../packages/sdk/src/data/index.js';
import { foldText, searchResources } from '../packages/sdk/src/search.js';
import { validateDataset } from '../packages/sdk/src/validate.js';
import { QUERIES, generateResources } from './generate.js';

/** Median time per call in microseconds over `rounds` rounds of `fn` on every query. */
function timePerQuery(fn: (query: string) => unknown, rounds = 30): number {
  for (const q of QUERIES) fn(q); // warm up
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const q of QUERIES) fn(q);
    samples.push(((performance.now() - start) * 1000) / QUERIES.length);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function median(fn: () => unknown, rounds = 15): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

console.log('searchResources vs MiniSearch vs Fuse.js — median µs per query (same data, same run, 10 queries, index built beforehand)');
console.log('resources   ours(µs)  MiniSearch(µs)   Fuse.js(µs)   ours/MiniSearch   ours/Fuse');
for (const size of [500, 5000]) {
  const resources = generateResources(size);
  const docs = resources.map((r, i) => ({ i, name: r.name.es, organization: r.organization.es, description: r.description.es, en: `${r.name.en} ${r.description.en}` }));
  const mini = new MiniSearch({ fields: ['name', 'organization', 'description', 'en'], idField: 'i', processTerm: (t) => foldText(t), searchOptions: { prefix: true, combineWith: 'AND', boost: { name: 4, organization: 3 } } });
  mini.addAll(docs);
  const fuse = new Fuse(docs, { keys: ['name', 'organization', 'description', 'en'], ignoreLocation: true, threshold: 0.3 });
  searchResources(resources, { text: 'warm' }, 'es'); // builds our index once, as a widget does
  const ours = timePerQuery((q) => searchResources(resources, { text: q }, 'es'));
  const miniTime = timePerQuery((q) => mini.search(q));
  const fuseTime = timePerQuery((q) => fuse.search(q), 5);
  console.log(`${String(size).padStart(9)} ${fmt(ours)} ${fmt(miniTime)}      ${fmt(fuseTime)}        ${fmt(ours / miniTime, 2)}x    ${fmt(ours / fuseTime, 3)}x`);
}
console.log('target: ours ≤ 0.5× MiniSearch');

console.log('\nDataset validation vs JSON.parse of the same bytes — median ms');
console.log('dataset                 bytes   JSON.parse(ms)  parse+validate(ms)   validate/parse');
for (const size of [16, 500, 5000]) {
  const dataset = size === 16 ? defaultDataset : { ...defaultDataset, resources: generateResources(size) };
  const text = JSON.stringify(dataset);
  const parse = median(() => JSON.parse(text));
  const validate = median(() => validateDataset(JSON.parse(text)));
  const label = size === 16 ? 'embedded (16 resources)' : `${size} resources`.padEnd(23);
  console.log(`${label} ${String(text.length).padStart(8)} ${fmt(parse, 2)}       ${fmt(validate, 2)}          ${fmt(validate / parse, 1)}x`);
}

console.log('\nDemo page (npm start) cumulative layout shift, headless Chromium, 1280 × 900');
const { measureCls } = await import('./cls.js');
const cls = await measureCls('/demo/index.html');
console.log(`CLS over ${cls.length} loads: ${cls.map((v) => v.toFixed(4)).join(', ')} (target 0)`);

console.log('\n<hart-resource-finder> keystroke to rendered (next frame), headless Chromium, typing "mentoring hartford"');
console.log('services   median(ms)   max(ms)   long tasks on keystrokes (> 50 ms)   setting the list (index + first render, ms)');
const { measureFinderTyping } = await import('./finder.js');
for (const row of await measureFinderTyping()) {
  console.log(`${String(row.size).padStart(8)} ${fmt(row.median)}    ${fmt(row.max)}    ${String(row.longTasks).padStart(4)}                                ${fmt(row.load, 0)}`);
}
console.log('target: no long task on a keystroke');

const { printPageVsStatic } = await import('./page-vs-static.js');
await printPageVsStatic();

const { printPrerendered } = await import('./prerendered.js');
await printPrerendered();
