// The web server of the embed suite: serves the repository read-only, like a partner's site that
// hosts the CDN files, with what some pages need on top — a strict CSP header, the shared widget
// markup, the no-JavaScript page built from docs/embedding.md, and a failing training endpoint.
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { NO_SCRIPTS_QUERY, initScriptSource, injectInitScripts } from '../support/engine.js';
import { HTML_TYPE, contentType, requestPath } from '../support/static-files.js';

/** The policy of issue #7, with the one Trusted Types policy the widgets create (Lit's). */
/** The strict CSP of docs/embedding.md: each HART bundle's Trusted Types policy by its file's name (issue #20). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types hart-elements hart-help-banner hart-red-flag-quiz hart-resource-finder hart-training-request";
/**
 * The strict CSPs `third-party-policy.html` is served with, by its `?csp=` query: one page, two
 * directives — only the bundles it loads by their names, and `lit-html`, the directive of earlier versions.
 */
export const THIRD_PARTY_CSP: Record<string, string> = {
  'bundle-names':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types hart-help-banner hart-resource-finder",
  'lit-html':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
};

/** The fallback markup of every element, exactly as docs/embedding.md gives it ("Without JavaScript"). */
export async function documentedFallback(): Promise<string> {
  const doc = await readFile('docs/embedding.md', 'utf8');
  const section = doc.slice(doc.indexOf('## Without JavaScript'));
  const block = section.match(/```html\n([\s\S]*?)\n```/)?.[1];
  if (!block) throw new Error('docs/embedding.md has no "Without JavaScript" html block');
  return block;
}

export interface EmbedServer {
  url: string;
  /** Scripts put first into every HTML page (init scripts where the engine's driver has none: WebKit). */
  initScripts: Set<string>;
  /** What pages sent to /__engine/report?kind=… (navigator.sendBeacon), by kind: it outlives the page. */
  reports: Map<string, string[]>;
  /**
   * The reports of `kind` once there are `count` of them (a beacon lands after its page has gone);
   * rejects, saying what arrived, if they have not within `timeoutMs`.
   */
  reportsOf(kind: string, count: number, timeoutMs?: number): Promise<string[]>;
  close(): Promise<void>;
}

export async function serveEmbedPages(): Promise<EmbedServer> {
  const reported = new EventEmitter();
  const embed: EmbedServer = {
    url: '',
    initScripts: new Set(),
    reports: new Map(),
    async reportsOf(kind, count, timeoutMs = 5000) {
      const arrived = () => embed.reports.get(kind) ?? [];
      const signal = AbortSignal.timeout(timeoutMs);
      while (arrived().length < count) {
        await once(reported, kind, { signal }).catch(() => {
          throw new Error(
            `${count} "${kind}" report(s) expected within ${timeoutMs} ms; got ${JSON.stringify(arrived())}`,
          );
        });
      }
      return arrived();
    },
    close: async () => undefined,
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = requestPath(url);
    if (path === '/__engine/report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const kind = url.searchParams.get('kind') ?? '';
      embed.reports.set(kind, [...(embed.reports.get(kind) ?? []), body]);
      reported.emit(kind);
      res.writeHead(204).end();
      return;
    }
    if (path === '/__engine/init.js') {
      res
        .writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' })
        .end(initScriptSource(embed));
      return;
    }
    if (path === '/__engine/blank') {
      res
        .writeHead(200, { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store' })
        .end('<!doctype html><title>Blank</title>');
      return;
    }
    if (path === '/embed-endpoint/down') {
      res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"message":"down for maintenance"}');
      return;
    }
    try {
      let body: string | Buffer = await readFile(join(process.cwd(), path));
      const headers: Record<string, string> = {
        'Content-Type': contentType(path),
        'Cache-Control': 'no-store',
      };
      if ((path.startsWith('/test/embed/') || path.startsWith('/bench/')) && extname(path) === '.html') {
        let html = body.toString('utf8');
        if (html.includes('<!-- widgets -->'))
          html = html.replace('<!-- widgets -->', await readFile('test/embed/widgets.fragment.html', 'utf8'));
        if (html.includes('<!-- documented fallback -->'))
          html = html.replace('<!-- documented fallback -->', await documentedFallback());
        body = injectInitScripts(html, embed);
        const thirdPartyCsp = THIRD_PARTY_CSP[url.searchParams.get('csp') ?? ''];
        if (path.endsWith('/third-party-policy.html') && thirdPartyCsp)
          headers['Content-Security-Policy'] = thirdPartyCsp;
        else if (/\/strict-csp(-[a-z-]+)?\.html$/.test(path)) headers['Content-Security-Policy'] = STRICT_CSP;
      }
      if (url.search.includes(NO_SCRIPTS_QUERY)) headers['Content-Security-Policy'] = "script-src 'none'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  embed.url = `http://127.0.0.1:${port}`;
  embed.close = () => new Promise((resolve) => server.close(() => resolve()));
  return embed;
}
