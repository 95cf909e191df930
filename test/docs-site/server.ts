// Serves the built docs site (dist/site/) on 127.0.0.1, as `npm start` does, plus pages a test or the
// bench writes at run time (`pages`), and optionally delays every /cdn/ script (a slow network).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { NO_SCRIPTS_QUERY, initScriptSource, injectInitScripts } from '../support/engine.js';
import { HTML_TYPE, OCTET_STREAM, contentType, requestPath } from '../support/static-files.js';

export interface SiteServer {
  url: string;
  /** Pages served at a path (e.g. `/t/1.html`), set by the caller. */
  pages: Map<string, string>;
  /** Milliseconds every /cdn/ request waits before it is answered. */
  cdnDelay: number;
  /** Holds every /cdn/ request until the returned function is called (a network as slow as the test needs). */
  holdCdn(): () => void;
  /** Scripts put first into every HTML page (init scripts where the engine's driver has none: WebKit). */
  initScripts: Set<string>;
  close(): Promise<void>;
}

/**
 * `compress`: answer with gzip where the browser accepts it, as any real host does (Lighthouse
 * counts transfer sizes; the tests leave it off).
 */
export async function serveSite(
  root = join(process.cwd(), 'dist', 'site'),
  { compress = false } = {},
): Promise<SiteServer> {
  let cdnGate: Promise<void> | undefined;
  const site: SiteServer = {
    url: '',
    pages: new Map(),
    cdnDelay: 0,
    holdCdn() {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      cdnGate = gate;
      return () => {
        if (cdnGate === gate) cdnGate = undefined;
        release();
      };
    },
    initScripts: new Set(),
    close: async () => undefined,
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = requestPath(url);
    // Firefox's "JavaScript off" (test/support/engine.ts): no script of the page may run.
    const noScripts: Record<string, string> = url.search.includes(NO_SCRIPTS_QUERY)
      ? { 'Content-Security-Policy': "script-src 'none'" }
      : {};
    if (path === '/__engine/init.js') {
      res
        .writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' })
        .end(initScriptSource(site));
      return;
    }
    if (path === '/__engine/axe.js') {
      res
        .writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' })
        .end(await readFile('node_modules/axe-core/axe.min.js'));
      return;
    }
    if (path === '/__engine/blank') {
      res
        .writeHead(200, { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store' })
        .end('<!doctype html><title>Blank</title>');
      return;
    }
    const page = site.pages.get(path);
    if (page !== undefined) {
      res
        .writeHead(200, { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store', ...noScripts })
        .end(injectInitScripts(page, site));
      return;
    }
    if (path.startsWith('/cdn/') && site.cdnDelay) await new Promise((resolve) => setTimeout(resolve, site.cdnDelay));
    if (path.startsWith('/cdn/') && cdnGate) await cdnGate;
    const file = path.endsWith('/') ? `${path}index.html` : path;
    try {
      let body: string | Buffer = await readFile(join(root, file));
      if (extname(file) === '.html') body = injectInitScripts(body.toString('utf8'), site);
      const type = contentType(file);
      if (compress && type !== OCTET_STREAM && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, {
          'Content-Type': type,
          'Content-Encoding': 'gzip',
          'Cache-Control': 'no-store',
          ...noScripts,
        });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...noScripts });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  site.close = () => new Promise((resolve) => server.close(() => resolve()));
  return site;
}

/** A snippet from the builder as a partner page would hold it, its CDN script served by this site. */
export function partnerPage(snippet: string, { lang = 'en', before = '', after = '' } = {}): string {
  const local = snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/@ct-hart\/elements@[^/]+\/dist\/cdn\//g, '/cdn/');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner page</title><link rel="icon" href="data:,"></head><body><main><h1>Partner page</h1>${before}\n${local}\n${after}</main></body></html>`;
}
