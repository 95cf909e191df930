import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHartClient } from '../src/client.js';
import { defaultDataset } from '../src/data/index.js';
import { sendJson, startServer } from './http-fixture.js';

describe('createHartClient', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const remote = { ...defaultDataset, version: '2.0.0' };

  before(async () => {
    server = await startServer((req, res) => {
      switch (req.url) {
        case '/valid.json':
          return sendJson(res, 200, remote);
        case '/invalid.json': {
          const bad = structuredClone(remote) as { hotlines: { phone?: string }[] };
          bad.hotlines[1]!.phone = 'call us';
          return sendJson(res, 200, bad);
        }
        case '/not-json':
          res.writeHead(200, { 'Content-Type': 'text/html' });
          return res.end('<!doctype html><p>Not found</p>');
        case '/hang':
          return; // never answers
        default:
          return sendJson(res, 404, { message: 'not found' });
      }
    });
  });
  after(() => server.close());

  it('uses the embedded data and makes no request without a URL', async () => {
    let calls = 0;
    const result = await createHartClient({ fetch: async () => (calls++, new Response('{}')) }).load();
    assert.equal(result.source, 'embedded');
    assert.equal(result.data, defaultDataset);
    assert.equal(result.error, undefined);
    assert.equal(calls, 0);
  });

  it('loads and validates a remote dataset, sending no cookies', async () => {
    const seen: RequestInit[] = [];
    const result = await createHartClient({
      dataUrl: `${server.url}/valid.json`,
      fetch: (input, init) => (seen.push(init ?? {}), fetch(input, init)),
    }).load();
    assert.equal(result.source, 'remote');
    assert.equal(result.data.version, '2.0.0');
    assert.equal(seen[0]?.credentials, 'omit');
  });

  const failures: [string, string, RegExp, string][] = [
    ['a schema violation', '/invalid.json', /hotlines\[1\]\.phone: must look like/, 'schema'],
    ['HTTP 404', '/missing.json', /HTTP 404/, 'http'],
    ['a body that is not JSON', '/not-json', /not valid JSON/, 'parse'],
    ['a server that never answers', '/hang', /no answer within 300 ms/, 'timeout'],
  ];
  for (const [label, path, message, kind] of failures) {
    it(`falls back to the embedded data on ${label}, naming the problem`, async () => {
      const result = await createHartClient({ dataUrl: `${server.url}${path}`, timeoutMs: 300 }).load();
      assert.equal(result.source, 'embedded');
      assert.equal(result.data, defaultDataset);
      assert.equal(result.error?.kind, kind);
      assert.match(result.error!.message, message);
    });
  }

  it('falls back when offline (nothing listening)', async () => {
    const result = await createHartClient({ dataUrl: 'http://127.0.0.1:9/data.json' }).load();
    assert.equal(result.error?.kind, 'network');
    assert.equal(result.data, defaultDataset);
  });

  it('refuses a URL that is not https without fetching it', async () => {
    let calls = 0;
    const result = await createHartClient({
      dataUrl: 'http://example.org/data.json',
      fetch: async () => (calls++, new Response('{}')),
    }).load();
    assert.equal(result.error?.kind, 'config');
    assert.equal(calls, 0);
  });

  it('honours an AbortSignal', async () => {
    const controller = new AbortController();
    const pending = createHartClient({ dataUrl: `${server.url}/hang`, timeoutMs: 5000 }).load({
      signal: controller.signal,
    });
    controller.abort();
    const result = await pending;
    assert.equal(result.error?.kind, 'aborted');
  });

  it('never rejects, even when fetch itself throws synchronously', async () => {
    const result = await createHartClient({
      dataUrl: `${server.url}/valid.json`,
      fetch: () => {
        throw new TypeError('boom');
      },
    }).load();
    assert.equal(result.error?.kind, 'network');
  });
});
