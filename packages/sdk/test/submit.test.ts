import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { OUTBOX_MAX_AGE_MS, createOutbox } from '../src/outbox.js';
import {
  createMemoryStorage,
  clearHartStorage,
  HART_STORAGE_PREFIX,
  lockHartStorage,
  unlockHartStorage,
} from '../src/storage.js';
import { flushOutbox, outboxEntryProblem, parseRetryAfter, submitTrainingRequest } from '../src/submit.js';
import { sendJson, startServer } from './http-fixture.js';

const request = {
  organization: 'Shoreline Inn',
  contactName: 'Sam Lee',
  email: 'sam@example.org',
  town: 'Old Saybrook',
  audience: 'lodging-staff',
  curriculumId: 'intro-ht-lodging',
  estimatedAttendees: 12,
  format: 'in-person',
  preferredDates: [],
};

/** A local endpoint that fails on purpose, following a script of answers, and counts requests by key. */
describe('submitTrainingRequest', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let script: (string | number)[] = [];
  let received: { key: string; body: unknown }[] = [];
  const delivered = () => new Set(received.filter((r) => r.key).map((r) => r.key));
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  /** Called when the endpoint receives a request it will never answer: a delivery is then in flight. */
  let onHang: (() => void) | undefined;

  before(async () => {
    server = await startServer((req, res, body) => {
      const answer = script.shift() ?? 201;
      const key = String(req.headers['idempotency-key'] ?? '');
      if (answer === 'hang') return onHang?.();
      if (answer === 'drop') return req.socket.destroy();
      received.push({ key, body: JSON.parse(body) });
      if (answer === 201) return sendJson(res, 201, { reference: `HART-${received.length}` });
      if (answer === 400)
        return sendJson(res, 400, {
          message: 'Town is not in Connecticut',
          errors: { town: 'not a Connecticut town' },
        });
      if (answer === 429) return sendJson(res, 429, { message: 'slow down' }, { 'Retry-After': '2' });
      return sendJson(res, Number(answer), { message: 'server error' });
    });
  });
  after(() => server.close());
  beforeEach(() => {
    script = [];
    received = [];
    waits.length = 0;
  });

  it('POSTs JSON with an Idempotency-Key and returns the reference', async () => {
    const result = await submitTrainingRequest(request, { endpoint: `${server.url}/requests`, sleep });
    assert.equal(result.status, 'sent');
    assert.equal(result.status === 'sent' && result.reference, 'HART-1');
    assert.equal(received.length, 1);
    assert.match(received[0]!.key, /^[0-9a-f-]{36}$/);
    assert.deepEqual(received[0]!.body, request);
  });

  it('sends nothing when the request is invalid', async () => {
    const result = await submitTrainingRequest(
      { ...request, email: 'nope' },
      { endpoint: `${server.url}/requests`, sleep },
    );
    assert.equal(result.status, 'invalid');
    assert.deepEqual(result.status === 'invalid' && result.issues.map((i) => i.path), ['email']);
    assert.equal(received.length, 0);
  });

  it('retries 5xx with exponential backoff, keeping the same key', async () => {
    script = [500, 503, 201];
    const result = await submitTrainingRequest(request, {
      endpoint: `${server.url}/requests`,
      sleep,
      baseDelayMs: 100,
    });
    assert.equal(result.status, 'sent');
    assert.deepEqual(waits, [100, 200]);
    assert.equal(delivered().size, 1);
  });

  it('honours Retry-After on 429', async () => {
    script = [429, 201];
    const result = await submitTrainingRequest(request, { endpoint: `${server.url}/requests`, sleep });
    assert.equal(result.status, 'sent');
    assert.deepEqual(waits, [2000]);
  });

  it('retries a dropped connection', async () => {
    script = ['drop', 201];
    assert.equal((await submitTrainingRequest(request, { endpoint: `${server.url}/requests`, sleep })).status, 'sent');
  });

  it('never retries other 4xx and passes on the field errors', async () => {
    script = [400, 201];
    const result = await submitTrainingRequest(request, { endpoint: `${server.url}/requests`, sleep });
    assert.equal(result.status, 'rejected');
    assert.equal(result.status === 'rejected' && result.message, 'Town is not in Connecticut');
    assert.deepEqual(result.status === 'rejected' && result.fieldErrors, [
      { path: 'town', message: 'not a Connecticut town' },
    ]);
    assert.equal(received.length, 1);
    assert.deepEqual(waits, []);
  });

  it('gives up on a hanging endpoint after its timeout and queues the request', async () => {
    script = ['hang', 'hang'];
    const outbox = createOutbox(createMemoryStorage());
    const result = await submitTrainingRequest(request, {
      endpoint: `${server.url}/requests`,
      sleep,
      retries: 1,
      timeoutMs: 200,
      outbox,
    });
    assert.equal(result.status, 'queued');
    assert.equal(outbox.list().length, 1);
  });

  it('keeps a request made offline and delivers it exactly once when back online', async () => {
    const storage = createMemoryStorage();
    const outbox = createOutbox(storage);
    const offline = await submitTrainingRequest(request, {
      endpoint: 'http://127.0.0.1:9/requests',
      sleep,
      outbox,
      retries: 2,
    });
    assert.equal(offline.status, 'queued');
    assert.equal(offline.status === 'queued' && offline.stored, true);
    const [entry] = outbox.list();
    // Back online: the outbox now points at the real endpoint (as if the network returned).
    outbox.put({ ...entry!, endpoint: `${server.url}/requests` });
    script = [500];
    const endpoint = `${server.url}/requests`;
    const [first] = await flushOutbox(outbox, { sleep, endpoint });
    assert.equal(first?.result.status, 'queued');
    assert.equal(outbox.list().length, 1, 'still waiting after a 500');
    // Two flushes at once (e.g. `online` and page load) must not send it twice.
    await Promise.all([flushOutbox(outbox, { sleep, endpoint }), flushOutbox(outbox, { sleep, endpoint })]);
    assert.equal(outbox.list().length, 0);
    assert.deepEqual([...delivered()], [entry!.idempotencyKey]);
    assert.equal(received.filter((r) => r.key === entry!.idempotencyKey).length, 2, 'one 500, then one delivery');
    assert.equal(storage.getItem(`${HART_STORAGE_PREFIX}training-outbox`), null, 'the key is removed once empty');
  });

  it('once quick exit starts, aborts a delivery in flight and stores nothing (endpoint answering 503, then hanging)', async () => {
    script = [503, 'hang', 'hang'];
    const storage = createMemoryStorage();
    const outbox = createOutbox(storage);
    try {
      // Quick exit starts while the second attempt is in flight (the endpoint has it and does not answer).
      const inFlight = new Promise<void>((resolve) => (onHang = resolve));
      const pending = submitTrainingRequest(request, {
        endpoint: `${server.url}/requests`,
        outbox,
        retries: 2,
        timeoutMs: 10_000,
        sleep,
      });
      await inFlight;
      assert.equal(received.length, 1, 'the 503 came first');
      lockHartStorage();
      const result = await pending;
      assert.equal(result.status, 'abandoned');
      assert.equal(storage.getItem(`${HART_STORAGE_PREFIX}training-outbox`), null);
      // And nothing of ours writes storage afterwards, whoever asks.
      outbox.put({
        idempotencyKey: 'abcdef123456',
        endpoint: `${server.url}/requests`,
        request: request as never,
        queuedAt: new Date().toISOString(),
      });
      assert.equal(storage.getItem(`${HART_STORAGE_PREFIX}training-outbox`), null);
    } finally {
      onHang = undefined;
      unlockHartStorage();
    }
  });

  it('re-validates outbox entries before re-sending: bad or expired ones are dropped unsent, with the reason', async () => {
    const storage = createMemoryStorage();
    const endpoint = `${server.url}/requests`;
    const now = new Date().toISOString();
    const entries = [
      { idempotencyKey: 'good-key-0001', endpoint, request, queuedAt: now },
      {
        idempotencyKey: 'bad-request-01',
        endpoint,
        request: { ...request, email: 'x@y.example?bcc=evil@z.example' },
        queuedAt: now,
      },
      { idempotencyKey: 'bad-endpoint-1', endpoint: 'javascript:alert(1)', request, queuedAt: now },
      { idempotencyKey: '<script>', endpoint, request, queuedAt: now },
      {
        idempotencyKey: 'too-old-00001',
        endpoint,
        request,
        queuedAt: new Date(Date.now() - OUTBOX_MAX_AGE_MS - 1000).toISOString(),
      },
      null,
    ];
    storage.setItem(`${HART_STORAGE_PREFIX}training-outbox`, JSON.stringify(entries));
    const outbox = createOutbox(storage);
    script = [201];
    const results = await flushOutbox(outbox, { sleep, endpoint });
    assert.deepEqual(
      results.map((r) => r.result.status),
      ['sent', 'invalid', 'invalid', 'invalid', 'invalid', 'invalid'],
    );
    assert.deepEqual([...delivered()], ['good-key-0001'], 'only the valid entry reached the endpoint');
    assert.match(JSON.stringify(results[4]!.result), /more than 30 days/);
    assert.match(JSON.stringify(results[2]!.result), /endpoint is not an https: URL/);
    assert.equal(storage.getItem(`${HART_STORAGE_PREFIX}training-outbox`), null, 'every entry has left the outbox');
    assert.equal(outboxEntryProblem(entries[0]), undefined);
  });

  // Issue #20: the first POST got 503, quick exit was pressed during the retry wait, and the retry
  // (organisation, name, email) still went out: the abort listener was added to an aborted signal.
  for (const wait of [0, 1, 2]) {
    it(`sends nothing more once quick exit starts during retry wait ${wait + 1} of 3`, async () => {
      script = [503, 503, 503, 201];
      const storage = createMemoryStorage();
      let waitsSeen = 0;
      // The exit is pressed while this wait runs; then the wait ends, as a timer would.
      const pressExitDuring = async () => {
        if (waitsSeen++ === wait) lockHartStorage();
      };
      try {
        const result = await submitTrainingRequest(request, {
          endpoint: `${server.url}/requests`,
          retries: 3,
          outbox: createOutbox(storage),
          sleep: pressExitDuring,
        });
        assert.equal(result.status, 'abandoned');
        assert.equal(received.length, wait + 1, 'no attempt after the exit');
        assert.equal(storage.getItem(`${HART_STORAGE_PREFIX}training-outbox`), null);
      } finally {
        unlockHartStorage();
      }
    });

    it(`sends nothing more once the caller's signal aborts during retry wait ${wait + 1} of 3`, async () => {
      script = [503, 503, 503, 201];
      const controller = new AbortController();
      let waitsSeen = 0;
      const abortDuring = async () => {
        if (waitsSeen++ === wait) controller.abort();
      };
      const result = await submitTrainingRequest(request, {
        endpoint: `${server.url}/requests`,
        retries: 3,
        signal: controller.signal,
        sleep: abortDuring,
      });
      assert.equal(result.status, 'queued');
      assert.equal(received.length, wait + 1, 'no attempt after the abort');
    });
  }

  it('ends a retry wait as soon as quick exit starts, without waiting it out', { timeout: 5000 }, async () => {
    script = [503, 201];
    let exitPressed: () => void = () => {};
    // A wait that never ends by itself: only the exit can end it.
    const endless = () => {
      exitPressed();
      return new Promise<void>(() => {});
    };
    try {
      const pending = submitTrainingRequest(request, {
        endpoint: `${server.url}/requests`,
        retries: 1,
        sleep: endless,
      });
      await new Promise<void>((resolve) => (exitPressed = resolve));
      lockHartStorage();
      assert.equal((await pending).status, 'abandoned');
      assert.equal(received.length, 1);
    } finally {
      unlockHartStorage();
    }
  });

  it('sends nothing when quick exit started before the first attempt', async () => {
    lockHartStorage();
    try {
      const result = await submitTrainingRequest(request, { endpoint: `${server.url}/requests`, sleep });
      assert.equal(result.status, 'abandoned');
      assert.equal(received.length, 0);
    } finally {
      unlockHartStorage();
    }
  });

  // Issue #20: flushOutbox(createOutbox()) sent each entry to the endpoint written in the entry.
  describe('flushOutbox sends only to the endpoint its caller names', () => {
    let admin: Awaited<ReturnType<typeof startServer>>;
    let adminHits = 0;
    before(async () => {
      admin = await startServer((_req, res) => {
        adminHits++;
        sendJson(res, 200, {});
      });
    });
    after(() => admin.close());
    beforeEach(() => (adminHits = 0));
    const entryFor = (endpoint: string, idempotencyKey: string) => ({
      idempotencyKey,
      endpoint,
      request,
      queuedAt: new Date().toISOString(),
    });

    it('leaves an entry written for another endpoint (a local admin page) unsent, in the outbox', async () => {
      const storage = createMemoryStorage();
      const mine = `${server.url}/requests`;
      storage.setItem(
        `${HART_STORAGE_PREFIX}training-outbox`,
        JSON.stringify([entryFor(`${admin.url}/admin`, 'planted-key-01'), entryFor(mine, 'my-own-key-01')]),
      );
      const outbox = createOutbox(storage);
      const results = await flushOutbox(outbox, { sleep, endpoint: mine });
      assert.equal(adminHits, 0, 'nothing reached the endpoint written in storage');
      assert.deepEqual(
        results.map((r) => [r.entry.idempotencyKey, r.result.status]),
        [['my-own-key-01', 'sent']],
      );
      assert.deepEqual([...delivered()], ['my-own-key-01']);
      assert.deepEqual(
        outbox.list().map((e) => e.idempotencyKey),
        ['planted-key-01'],
      );
    });

    it('sends nothing without an endpoint, or to one that is not https', async () => {
      const storage = createMemoryStorage();
      storage.setItem(
        `${HART_STORAGE_PREFIX}training-outbox`,
        JSON.stringify([entryFor(`${admin.url}/admin`, 'planted-key-01')]),
      );
      const outbox = createOutbox(storage);
      assert.deepEqual(await (flushOutbox as (o: unknown) => Promise<unknown[]>)(outbox), []);
      assert.deepEqual(await flushOutbox(outbox, { sleep, endpoint: 'http://partner.example/api' }), []);
      assert.equal(adminHits, 0);
      assert.equal(received.length, 0);
      assert.equal(outbox.list().length, 1);
    });
  });

  it('parses Retry-After in seconds and as a date', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 5_000), 5000);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });
});

describe('clearHartStorage', () => {
  it("removes HART's keys and nothing else", () => {
    const map = new Map([
      [`${HART_STORAGE_PREFIX}a`, '1'],
      ['host-cart', '2'],
      [`${HART_STORAGE_PREFIX}b`, '3'],
    ]);
    const storage = {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      removeItem: (k: string) => void map.delete(k),
    };
    assert.deepEqual(clearHartStorage([storage, undefined]).sort(), [
      `${HART_STORAGE_PREFIX}a`,
      `${HART_STORAGE_PREFIX}b`,
    ]);
    assert.deepEqual([...map.keys()], ['host-cart']);
  });
});
