// Issue #24: what each way of covering every CDN file with a hash costs. `node --import tsx
// bench/integrity.ts` (after `npm run build`) prints, per widget, the gzip bytes a page fetches
// before first render and after first use, and the median first-render time in Chromium:
//   chunked + import map: today's CDN build (dist/cdn), with the snippet's import map;
//   no-chunk: every entry rebuilt with its chunks inlined (rollup's inlineDynamicImports) into a
//             temporary folder, so the entry's own SRI covers everything.
// A benchmark: prints figures, asserts nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { chunksOf, importMapFor } from '../site/site-data.mjs';

const CDN = 'packages/elements/dist/cdn';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const graph = JSON.parse(readFileSync('packages/elements/dist/chunk-graph.json', 'utf8')) as Record<
  string,
  { name: string; imports: string[]; dynamicImports: string[] }
>;
const chunk = (entry: string, name: string) => chunksOf(entry).find((f) => graph[f]?.name === name)!;
const withImports = (file: string): string[] => [
  file,
  ...graph[file]!.imports.filter((f) => !f.endsWith('.js') || f.startsWith('chunks/')).flatMap(withImports),
];

/** Each widget: its entry, what it loads on first use (a quiz's questions load before its first render). */
const WIDGETS = [
  {
    entry: 'hart-help-banner.js',
    html: '<hart-help-banner></hart-help-banner>',
    firstRender: [] as string[],
    firstUse: [] as string[],
    ready: 'a',
  },
  {
    entry: 'hart-red-flag-quiz.js',
    html: '<hart-red-flag-quiz quiz="youth-online-safety"></hart-red-flag-quiz>',
    firstRender: ['youth-online-safety'],
    firstUse: [],
    ready: 'fieldset',
  },
  {
    entry: 'hart-resource-finder.js',
    html: '<hart-resource-finder></hart-resource-finder>',
    firstRender: [],
    firstUse: ['search'],
    ready: 'input',
  },
  {
    entry: 'hart-training-request.js',
    html: '<hart-training-request></hart-training-request>',
    firstRender: [],
    firstUse: ['check-and-send'],
    ready: 'form',
  },
];

async function buildNoChunk(dir: string): Promise<void> {
  for (const { entry } of WIDGETS) {
    const bundle = await rollup({
      input: `packages/elements/dist/${entry}`,
      plugins: [
        literalsHtmlCssMinifier(),
        nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
        terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 2 } }),
      ],
      onwarn: () => {},
    });
    await bundle.write({ file: join(dir, entry), format: 'es', inlineDynamicImports: true });
    await bundle.close();
  }
}

function serve(root: Record<string, string>, headOf: (entry: string) => string) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') {
      const design = url.searchParams.get('design')!;
      const w = WIDGETS.find((x) => x.entry === url.searchParams.get('entry'))!;
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(
          `<!doctype html><html lang="en"><head>${design === 'chunked' ? headOf(w.entry) : ''}<script type="module" src="/${design}/${w.entry}"></script></head><body>${w.html}</body></html>`,
        );
      return;
    }
    const [, design, ...rest] = url.pathname.split('/');
    try {
      const body = readFileSync(join(root[design!]!, rest.join('/')));
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() }),
    ),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'hart-nochunk-'));
try {
  await buildNoChunk(dir);
  console.log('Bytes (gzip -9) a page fetches for each widget, with the snippet (import map) itself:');
  console.log(
    '| widget | chunked + import map: first render | + after first use | no-chunk: first render (= all) | import map in the page |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const w of WIDGETS) {
    const map = importMapFor(w.entry).text;
    const mapBytes = chunksOf(w.entry).length
      ? gzipSync(`<script type="importmap">${map}</script>`, { level: 9 }).length
      : 0;
    const render = [w.entry, ...w.firstRender.flatMap((n) => withImports(chunk(w.entry, n)))];
    const use = [...new Set(w.firstUse.flatMap((n) => withImports(chunk(w.entry, n))))].filter(
      (f) => !render.includes(f),
    );
    const first = [...new Set(render)].reduce((sum, f) => sum + gz(`${CDN}/${f}`), 0) + mapBytes;
    const later = use.reduce((sum, f) => sum + gz(`${CDN}/${f}`), 0);
    console.log(
      `| ${w.entry} | ${kb(first)} | ${later ? `+${kb(later)} = ${kb(first + later)}` : '—'} | ${kb(gz(join(dir, w.entry)))} | ${kb(mapBytes)} |`,
    );
  }

  const site = await serve({ chunked: CDN, 'no-chunk': dir }, (entry) =>
    chunksOf(entry).length
      ? `<script type="importmap">${importMapFor(entry, (f) => `/chunked/${f}`).text}</script>`
      : '',
  );
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  console.log(
    `\nFirst render (ms from navigation start to the widget's ${'`ready`'} element in its shadow root), median of ${RUNS}, Chromium, no throttling, local server:`,
  );
  console.log('| widget | chunked + import map | no-chunk |');
  console.log('| --- | --- | --- |');
  for (const w of WIDGETS) {
    const times: Record<string, number> = {};
    for (const design of ['chunked', 'no-chunk']) {
      const samples: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const page = await browser.newPage();
        await page.goto(`${site.url}/page?design=${design}&entry=${w.entry}`);
        const tag = w.entry.replace('.js', '');
        // A string, not a function: tsx would wrap a function in a naming helper the page lacks.
        const t = (await page.evaluate(`new Promise((resolve) => {
          const check = () => (document.querySelector('${tag}')?.shadowRoot?.querySelector('${w.ready}') ? resolve(performance.now()) : requestAnimationFrame(check));
          check();
        })`)) as number;
        if (i > 0) samples.push(t); // the first run warms the server and the browser
        await page.close();
      }
      samples.sort((a, b) => a - b);
      times[design] = samples[Math.floor(samples.length / 2)]!;
    }
    console.log(`| ${w.entry} | ${times.chunked!.toFixed(0)} ms | ${times['no-chunk']!.toFixed(0)} ms |`);
  }
  await browser.close();
  site.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
