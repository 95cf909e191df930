import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDataset } from '../src/data/index.js';
import { validateResources, validateResourcesInSteps } from '../src/validate.js';

const { resources } = defaultDataset;

describe('validateResourcesInSteps', () => {
  it('gives what validateResources gives, with each bad entry named by its place in the whole list, pausing between steps', async () => {
    const list = Array.from({ length: 10 }, (_, i) => ({ ...resources[i % resources.length]!, id: `service-${i}` }));
    list[7] = { ...list[7]!, url: 'javascript:alert(1)' };
    let pauses = 0;
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => (pauses++, realSetTimeout(fn, ms))) as typeof setTimeout;
    try {
      const stepped = await validateResourcesInSteps(list, { step: 3 });
      const whole = validateResources(list);
      assert.equal(stepped.ok, false);
      assert.deepEqual(!stepped.ok && stepped.issues, !whole.ok && whole.issues);
      assert.match(!stepped.ok ? stepped.issues[0]!.path : '', /^\[7\]\.url$/);
      assert.equal(pauses, 3, 'a pause between each of the 4 steps');
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    const good = await validateResourcesInSteps(
      list.filter((_, i) => i !== 7),
      { step: 4 },
    );
    assert.equal(good.ok && good.value.length, 9);
    assert.equal((await validateResourcesInSteps('not a list')).ok, false);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await assert.rejects(validateResourcesInSteps(list, { step: 3, signal: controller.signal }), /stop/);
  });
});
