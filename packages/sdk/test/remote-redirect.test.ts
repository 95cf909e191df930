// Issue #20 (second security probe): a src that answered with a redirect was followed to another
// origin. Every remote document is fetched with redirects refused (fetchJson), with a clear error.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHartClient } from '../src/client.js';
import { defaultDataset } from '../src/data/index.js';
import { fetchJson } from '../src/fetch-json.js';
import { HartDataError } from '../src/errors.js';
import { loadResources } from '../src/resources-source.js';
import { sendJson, startServer } from './http-fixture.js';

describe('a src that answers with a redirect (issue #20)', () => {
  let target: Awaited<ReturnType<typeof startServer>>;
  let source: Awaited<ReturnType<typeof startServer>>;
  let reached = 0;
  before(async () => {
    // Another origin (another port): it must never be asked.
    target = await startServer((_req, res) => {
      reached++;
      sendJson(res, 200, defaultDataset.resources);
    });
    source = await startServer((req, res) => {
      const to = req.url === '/same-origin' ? `${source.url}/list.json` : `${target.url}/list.json`;
      if (req.url === '/list.json') return sendJson(res, 200, defaultDataset.resources);
      res.writeHead(req.url === '/permanent' ? 301 : 302, { Location: to });
      res.end();
    });
  });
  after(async () => {
    await source.close();
    await target.close();
  });

  for (const path of ['/elsewhere', '/permanent', '/same-origin']) {
    it(`refuses ${path} with a clear error and sends nothing to the target`, async () => {
      reached = 0;
      await assert.rejects(fetchJson(`${source.url}${path}`), (error: unknown) => {
        assert.ok(error instanceof HartDataError);
        assert.equal(error.kind, 'redirect');
        assert.match(error.message, /answered with a redirect, which HART widgets do not follow/);
        return true;
      });
      assert.equal(reached, 0);
    });
  }

  it('the finder src and createHartClient fall back with that error', async () => {
    const list = await loadResources(`${source.url}/elsewhere`);
    assert.equal(!list.ok && list.error.kind, 'redirect');
    const client = await createHartClient({ dataUrl: `${source.url}/elsewhere` }).load();
    assert.equal(client.source, 'embedded');
    assert.equal(client.error?.kind, 'redirect');
    assert.equal(reached, 0);
  });

  it('refuses a response a custom fetch followed anyway', async () => {
    const followed = new Response('[]', { status: 200 });
    Object.defineProperty(followed, 'redirected', { value: true });
    await assert.rejects(fetchJson(`${source.url}/list.json`, { fetch: async () => followed }), /redirect/);
  });
});
