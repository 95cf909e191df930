// What the suites' web servers (test/embed/server.ts, test/docs-site/server.ts) share: a request's
// path, safe to join to a root, and a file's content type.
import { extname, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export const HTML_TYPE = TYPES['.html']!;
export const OCTET_STREAM = 'application/octet-stream';

/** The request's path, decoded, with no `..` that would climb above the served root. */
export function requestPath(url: URL): string {
  return normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
}

/** The Content-Type a file is served with, by its extension. */
export function contentType(path: string): string {
  return TYPES[extname(path)] ?? OCTET_STREAM;
}
