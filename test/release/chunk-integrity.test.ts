// Issue #24: every file a snippet can load is covered by a hash the browser enforces. The CDN
// entry's own SRI covers only the entry; the snippet's import map (site/site-data.mjs
// importMapFor, exactly what the builder writes) gives every chunk an `integrity`. Here a mirror
// changes one chunk of the quiz and one of the form, as in the issue, on a page with the strict
// CSP of the embed suite plus the import map's hash: the changed chunk must never run. Runs in
// Chromium and in Firefox (Debian's chromium and firefox-esr, both driven by puppeteer-core).
// Self-contained: its own server on a free port, its own pages.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { chunksOf, importMapFor, sri } from '../../site/site-data.mjs';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';

const CDN = 'packages/elements/dist/cdn';
const FIREFOX = '/usr/bin/firefox-esr';
/** The embed suite's strict policy (test/embed/server.ts), plus the hash of the page's import map. */
const strictCsp = (importMapHash: string) =>
  `default-src 'self'; script-src 'self' ${importMapHash}; style-src 'self'; require-trusted-types-for 'script'; trusted-types hart-red-flag-quiz hart-training-request`;

/** What the mirror appends to the chunk it changes: proof, if it ever runs. */
const TAMPER = ';globalThis.hartTampered=(globalThis.hartTampered||[]).concat(import.meta.url);';

/** A chunk of `entry` by its rollup name (e.g. `youth-online-safety`). */
function chunkNamed(entry: string, name: string): string {
  const file = chunksOf(entry).find((f) => new RegExp(`^chunks/${name}-[\\w-]+\\.js$`).test(f));
  assert.ok(file, `${entry} has no chunk named ${name}: run npm run build`);
  return file;
}

type Case = { entry: string; tag: string; changed: string; html: string };
const CASES: Case[] = [
  {
    entry: 'hart-red-flag-quiz.js',
    tag: 'hart-red-flag-quiz',
    changed: 'youth-online-safety',
    html: '<hart-red-flag-quiz quiz="youth-online-safety"><p>Fallback</p></hart-red-flag-quiz>',
  },
  {
    entry: 'hart-training-request.js',
    tag: 'hart-training-request',
    changed: 'check-and-send',
    html: '<hart-training-request><p>Fallback</p></hart-training-request>',
  },
];

/**
 * Serves, like a CDN mirror: `/cdn/…` the built files as they are, `/mirror/<chunk>/…` the same
 * files with that one chunk changed; and `/page?…` a partner page with the snippet.
 */
function serve(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/watch.js') {
      // Loaded first (a classic script, as the CSP allows): records what the test must see.
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(`
        window.hartSeen = { violations: [], failures: [] };
        document.addEventListener('securitypolicyviolation', (e) => hartSeen.violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
        window.addEventListener('unhandledrejection', (e) => hartSeen.failures.push(String(e.reason)));
        document.addEventListener('hart-error', (e) => hartSeen.failures.push(e.detail && e.detail.message || 'hart-error'), true);`);
      return;
    }
    if (url.pathname === '/page') {
      const entry = url.searchParams.get('entry')!;
      const base = url.searchParams.get('base')!;
      const withMap = url.searchParams.get('map') !== 'none';
      // The page's own import map (another library's): `separate` keeps it before the snippet's,
      // `merged` has the snippet's integrity entries copied into it, as docs/embedding.md asks.
      const pageMap = url.searchParams.get('page-map');
      const map = importMapFor(entry, (file) => `${base}${file}`);
      const own = JSON.stringify({
        imports: { 'partner-lib': '/partner-lib.js' },
        ...(pageMap === 'merged' ? JSON.parse(map.text) : {}),
      });
      const ownHash = `'sha256-${createHash('sha256').update(own).digest('base64')}'`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script src="/watch.js"></script>
${pageMap ? `<script type="importmap">${own}</script>\n` : ''}</head><body>
${withMap && pageMap !== 'merged' ? `<script type="importmap">${map.text}</script>\n` : ''}<script type="module" src="${base}${entry}" integrity="${sri(entry)}" crossorigin="anonymous"></script>
${CASES.find((c) => c.entry === entry)!.html}
</body></html>`;
      res
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': strictCsp(`${map.csp}${pageMap ? ` ${ownHash}` : ''}`),
        })
        .end(html);
      return;
    }
    const mirror = url.pathname.match(/^\/mirror\/([\w-]+)\/(.+)$/);
    const file = mirror ? mirror[2]! : url.pathname.replace(/^\/cdn\//, '');
    const path = `${CDN}/${file}`;
    if ((!mirror && !url.pathname.startsWith('/cdn/')) || file.includes('..') || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    let body = readFileSync(path, 'utf8');
    if (mirror && new RegExp(`^chunks/${mirror[1]}-[\\w-]+\\.js$`).test(file)) body += TAMPER;
    // CORS, as jsDelivr sends it: SRI on a cross-origin module needs it (here it is same-origin).
    res
      .writeHead(200, {
        'Content-Type': 'text/javascript',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      })
      .end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server }),
    ),
  );
}

/** Opens a page and waits until the widget has used the chunk, or failed to. */
async function open(browser: Browser, url: string, c: Case): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction((tag: string) => !!document.querySelector(tag)?.shadowRoot?.childElementCount, {}, c.tag);
  // The form's validator loads at idle after first render, and sending needs it: send it empty.
  if (c.tag === 'hart-training-request') await page.click('hart-training-request >>> #submit');
  return page;
}

/** The chunk ran (the quiz shows its questions; the form's validator marks a field) or failed. */
async function settled(page: Page, c: Case): Promise<void> {
  await page.waitForFunction(
    (tag: string, title: string) => {
      const seen = (window as unknown as { hartSeen: { failures: string[] } }).hartSeen;
      const text = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
      const used =
        tag === 'hart-red-flag-quiz'
          ? text.includes(title)
          : !!document.querySelector(tag)?.shadowRoot?.querySelector('[aria-invalid="true"]');
      return used || seen.failures.length > 0 || !!(globalThis as { hartTampered?: unknown }).hartTampered;
    },
    {},
    c.tag,
    youthQuiz.title.en,
  );
}

const seen = (page: Page) =>
  page.evaluate(() => ({
    ...(window as unknown as { hartSeen: { violations: string[]; failures: string[] } }).hartSeen,
    tampered: (globalThis as { hartTampered?: string[] }).hartTampered ?? [],
  }));

const engines = [
  {
    name: 'Chromium',
    launch: () => puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true }),
    path: findChrome(),
  },
  {
    name: 'Firefox',
    launch: () => puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
    path: existsSync(FIREFOX) ? FIREFOX : undefined,
  },
];

describe("the snippet's import map covers the retry URLs", () => {
  it('every built-in quiz chunk has an entry under #retry-1 and #retry-2 with its own hash; only retried chunks (quizzes, search, check-and-send) have one', () => {
    for (const entry of ['hart-red-flag-quiz.js', 'hart-elements.js']) {
      const { integrity } = JSON.parse(importMapFor(entry, (file) => `/cdn/${file}`).text) as {
        integrity: Record<string, string>;
      };
      for (const name of ['youth-online-safety', 'lodging-red-flags', 'community-red-flags']) {
        const file = chunkNamed(entry, name);
        for (const fragment of ['', '#retry-1', '#retry-2'])
          assert.equal(integrity[`/cdn/${file}${fragment}`], sri(file), `${entry}: ${file}${fragment}`);
      }
      // The built entry asks for exactly these URLs: its retry import is the chunk's path plus the fragment.
      const code = readFileSync(`${CDN}/${entry}`, 'utf8');
      assert.match(code, new RegExp(`import\\(\`\\./${chunkNamed(entry, 'youth-online-safety')}\\$\\{`));
      const retried = Object.keys(integrity).filter((url) => url.includes('#'));
      assert.ok(
        retried.every((url) =>
          /\/(youth-online-safety|lodging-red-flags|community-red-flags|search|check-and-send)-[\w-]+\.js#retry-[12]$/.test(
            url,
          ),
        ),
        retried.join('\n'),
      );
    }
  });
});

for (const engine of engines) {
  describe(`chunk integrity in ${engine.name}`, () => {
    let browser: Browser;
    let site: { url: string; server: Server };
    before(async () => {
      assert.ok(
        engine.path,
        `${engine.name} is not installed: this test needs it (Debian: apt-get install chromium firefox-esr)`,
      );
      site = await serve();
      browser = await engine.launch();
      // Import-map integrity arrived in Chrome 127 and Firefox 138: an older engine cannot pass.
      const version = await browser.version();
      const major = Number(version.match(/(\d+)\./)?.[1]);
      const needed = engine.name === 'Firefox' ? 138 : 127;
      console.log(
        `# ${engine.name}: ${version}; import-map integrity needs ${needed}+: ${major >= needed ? 'supported' : 'NOT SUPPORTED, chunks load unchecked in this browser'}`,
      );
      assert.ok(
        major >= needed,
        `${engine.name} ${version} ignores import-map integrity (needs ${needed}+): docs/security.md says what that means`,
      );
    });
    after(async () => {
      await browser?.close();
      await new Promise((resolve) => site?.server.close(resolve));
    });

    for (const c of CASES) {
      const changed = () => chunkNamed(c.entry, c.changed);
      it(`${c.tag}: the snippet's import map loads the real chunks under strict CSP with no violation`, async () => {
        const page = await open(browser, `${site.url}/page?entry=${c.entry}&base=/cdn/`, c);
        await settled(page, c);
        const result = await seen(page);
        assert.deepEqual(result.violations, []);
        assert.deepEqual(result.failures, []);
        if (c.tag === 'hart-red-flag-quiz')
          assert.match(await page.$eval(c.tag, (el) => el.shadowRoot!.textContent!), new RegExp(youthQuiz.title.en));
        await page.close();
      });

      it(`${c.tag}: a mirror that changed only ${c.changed}'s chunk: the browser refuses it, it never runs`, async () => {
        const page = await open(browser, `${site.url}/page?entry=${c.entry}&base=/mirror/${c.changed}/`, c);
        await settled(page, c);
        const result = await seen(page);
        assert.deepEqual(result.tampered, [], `the changed ${changed()} ran`);
        assert.ok(result.failures.length > 0, 'the widget saw its chunk fail to load');
        assert.deepEqual(result.violations, []);
        await page.close();
      });

      if (c.tag === 'hart-red-flag-quiz')
        it(`${c.tag}: the retry once back online (under #retry-N, shared/chunk-loader.ts) refuses the changed chunk too`, async () => {
          const page = await open(browser, `${site.url}/page?entry=${c.entry}&base=/mirror/${c.changed}/`, c);
          await settled(page, c);
          // Firefox fails the same URL again at once; every engine then asks under `#retry-1`,
          // which the import map must cover, or the changed chunk runs on the retry.
          await page.evaluate(() => dispatchEvent(new Event('online')));
          await page.waitForFunction(
            () => (window as unknown as { hartSeen: { failures: string[] } }).hartSeen.failures.length >= 2,
          );
          const result = await seen(page);
          assert.deepEqual(result.tampered, [], `the changed ${changed()} ran on the retry`);
          assert.deepEqual(result.violations, []);
          await page.close();
        });

      it(`${c.tag}: without the import map the same changed chunk runs (what the map prevents)`, async () => {
        const page = await open(browser, `${site.url}/page?entry=${c.entry}&base=/mirror/${c.changed}/&map=none`, c);
        await page.waitForFunction(() => !!(globalThis as { hartTampered?: unknown }).hartTampered);
        assert.match((await seen(page)).tampered[0]!, new RegExp(`${c.changed}-`));
        await page.close();
      });

      it(`${c.tag}: a page with its own import map that takes in the snippet's integrity entries refuses the changed chunk`, async () => {
        const page = await open(
          browser,
          `${site.url}/page?entry=${c.entry}&base=/mirror/${c.changed}/&page-map=merged`,
          c,
        );
        await settled(page, c);
        const result = await seen(page);
        assert.deepEqual(result.tampered, []);
        assert.ok(result.failures.length > 0);
        assert.deepEqual(result.violations, []);
        await page.close();
      });

      // Chrome merges a second import map (133+); Firefox uses the first and ignores the rest, so
      // the snippet's own map checks nothing there (docs/embedding.md, "A page with its own import map").
      const merges = engine.name === 'Chromium';
      it(`${c.tag}: a page with its own import map before the snippet's: ${merges ? 'merged, the changed chunk is refused' : 'the second map is ignored, the changed chunk runs (as documented)'}`, async () => {
        const page = await open(
          browser,
          `${site.url}/page?entry=${c.entry}&base=/mirror/${c.changed}/&page-map=separate`,
          c,
        );
        await settled(page, c);
        const result = await seen(page);
        console.log(
          `# ${engine.name}, ${c.tag}, snippet's map after the page's own: changed chunk ${result.tampered.length ? 'RAN' : 'refused'}`,
        );
        assert.equal(result.tampered.length > 0, !merges);
        await page.close();
      });
    }
  });
}
