// Cumulative layout shift of the demo page (npm start), measured in headless Chromium: the
// fallback content shows first, then the upgraded widgets replace it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves the repository read-only on 127.0.0.1 (like `npm start`). */
export async function serveRepository(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(process.cwd(), path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function measureCls(path: string, runs = 5): Promise<number[]> {
  const server = await serveRepository();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const values: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      values.push(await page.evaluate(() => (window as unknown as { __cls: number }).__cls));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return values;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const values = await measureCls('/demo/index.html');
  console.log(`demo page CLS over ${values.length} loads: ${values.map((v) => v.toFixed(4)).join(', ')}`);
}
