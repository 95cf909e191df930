// Issue #16: untrusted documents (HSDS exports, remote data) that used to be misread or read whole.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromHsds } from '../src/hsds.js';
import { MAX_REMOTE_BYTES, fetchJson } from '../src/fetch-json.js';
import { HartDataError } from '../src/errors.js';
import { startServer } from './http-fixture.js';

describe('HSDS import and organization ids', () => {
  const service = (extra: Record<string, unknown>) => ({ id: 's', name: 'Shelter', description: 'Beds', ...extra });

  it('skips an organization without an id instead of attaching it to every service without organization_id', () => {
    const [resource] = fromHsds({ services: [service({})], organizations: [{ name: 'Anonymous Org' }] });
    assert.equal(resource!.organization.en, 'Shelter');
  });

  it('looks organizations up by string ids only', () => {
    const organizations = [
      { id: '1', name: 'One' },
      { id: 1, name: 'Number one' },
      { id: 'constructor', name: 'C' },
    ];
    const [byString, byNumber, byObjectKey, missing] = fromHsds({
      services: [
        service({ organization_id: '1' }),
        service({ organization_id: 1 }),
        service({ organization_id: 'toString' }),
        service({ organization_id: 'nope' }),
      ],
      organizations,
    });
    assert.equal(byString!.organization.en, 'One');
    assert.equal(byNumber!.organization.en, 'Shelter');
    assert.equal(byObjectKey!.organization.en, 'Shelter');
    assert.equal(missing!.organization.en, 'Shelter');
  });
});

describe('remote documents have a size cap', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer((req, res) => {
      const size = Number(new URL(req.url!, 'http://x').searchParams.get('size'));
      const chunked = req.url!.includes('chunked');
      const body = `[${'"x",'.repeat(Math.max(0, Math.floor((size - 5) / 4)))}"x"]`;
      res.writeHead(200, {
        'Content-Type': 'application/json',
        ...(chunked ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }),
      });
      if (!chunked) return void res.end(body);
      // No Content-Length: the body arrives in pieces and must be stopped while it is read.
      for (let i = 0; i < body.length; i += 65536) res.write(body.slice(i, i + 65536));
      res.end();
    });
  });
  after(() => server.close());

  it('reads a document under the cap', async () => {
    const list = await fetchJson(`${server.url}/?size=1000`);
    assert.ok(Array.isArray(list));
  });

  for (const mode of ['declared', 'chunked']) {
    it(`refuses a document over ${MAX_REMOTE_BYTES} bytes (${mode} length) before parsing, with a clear error`, async () => {
      await assert.rejects(fetchJson(`${server.url}/${mode}?size=${MAX_REMOTE_BYTES + 100}`), (error: unknown) => {
        assert.ok(error instanceof HartDataError);
        assert.equal(error.kind, 'too-large');
        assert.match(error.message, /larger than 5,242,880 bytes/);
        return true;
      });
    });
  }
});
