import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fromHsds, isHsds } from '../src/hsds.js';
import { loadResources } from '../src/resources-source.js';
import { defaultDataset } from '../src/data/index.js';
import { validateWith } from '../src/validate.js';
import { Resource } from '../src/schema/index.js';
import { MAX_LENGTH } from '../src/schema/rules.js';
import { sendJson, startServer } from './http-fixture.js';

const hsds = JSON.parse(readFileSync(new URL('../../../test/fixtures/hsds-services.json', import.meta.url), 'utf8'));

describe('HSDS 3.0 import', () => {
  it('recognises an HSDS export and not our own resources', () => {
    assert.equal(isHsds(hsds), true);
    assert.equal(isHsds(hsds.services), true);
    assert.equal(isHsds(defaultDataset.resources), false);
    assert.equal(isHsds({ resources: [] }), false);
  });

  it('maps services onto valid resources', () => {
    const [housing, legal] = fromHsds(hsds);
    assert.deepEqual(housing, {
      id: '7c2b1a9e-0001',
      organization: { en: 'Shoreline Family Services', es: 'Shoreline Family Services' },
      name: { en: 'Youth Housing Program', es: 'Youth Housing Program' },
      description: {
        en: 'Transitional housing and case management for young people.',
        es: 'Transitional housing and case management for young people.',
      },
      categories: ['housing'],
      populations: [],
      serviceArea: { regions: ['region-2'], towns: ['New Haven'] },
      languages: ['en', 'es'],
      phones: [{ number: '860-555-0142' }],
      referral: {
        methods: ['self'],
        description: { en: 'Call to make an appointment.', es: 'Call to make an appointment.' },
      },
      status: 'active',
      minAge: 16,
      maxAge: 24,
      url: 'https://shoreline.example.org',
      email: 'housing@shoreline.example.org',
      lastVerified: '2026-10-01',
    });
    assert.equal(legal!.status, 'inactive');
    assert.equal(legal!.url, undefined, 'an http: URL is dropped');
    assert.deepEqual(legal!.phones, [], 'an unreadable phone number is dropped');
    assert.deepEqual(legal!.categories.sort(), ['immigration', 'legal']);
    for (const resource of fromHsds(hsds)) assert.equal(validateWith(Resource, resource).ok, true);
  });
});

// Issue #20: the mapping ran its patterns (categories, phone digits, ids, status) on strings of any
// length before anything was validated. Each string is now cut to its field's cap first.
describe('HSDS import caps strings before any pattern runs', () => {
  const huge = 'shelter '.repeat(125_000); // 1 MB
  const service = {
    id: `x${'-'.repeat(200_000)}y`,
    name: huge,
    description: huge,
    status: huge,
    url: `https://x.example/${'a'.repeat(100_000)}`,
    email: huge,
    phones: [{ number: '1'.repeat(100_000) }],
    languages: [{ code: huge }],
    service_areas: [{ name: huge }],
    application_process: huge,
    organization: { name: huge },
  };

  it('no pattern sees more than two capped texts, and the result still fails as too long', () => {
    let longest = 0;
    const methods = ['exec', 'test', Symbol.replace, Symbol.match, Symbol.split] as const;
    const originals = methods.map((m) => RegExp.prototype[m as keyof RegExp] as (...args: unknown[]) => unknown);
    methods.forEach((m, i) => {
      (RegExp.prototype as unknown as Record<PropertyKey, unknown>)[m] = function (
        this: RegExp,
        input: unknown,
        ...rest: unknown[]
      ) {
        longest = Math.max(longest, String(input).length);
        return originals[i]!.call(this, input, ...rest);
      };
    });
    let resource;
    try {
      [resource] = fromHsds({ services: [service] });
    } finally {
      methods.forEach((m, i) => ((RegExp.prototype as unknown as Record<PropertyKey, unknown>)[m] = originals[i]));
    }
    // The category words run on name + description: two texts of at most 5,001 characters.
    assert.ok(longest <= 2 * (MAX_LENGTH.text + 1) + 1, `a pattern saw ${longest} characters`);
    assert.equal(resource!.name.en.length, MAX_LENGTH.text + 1);
    const result = validateWith(Resource, resource);
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok &&
        result.issues.some((issue) => issue.path === 'name.en' && issue.message === 'must be at most 5000 characters'),
    );
  });

  it('looks an organization up only by an id within the cap', () => {
    const long = 'o'.repeat(MAX_LENGTH.short + 1);
    const [resource] = fromHsds({
      services: [{ name: 'Shelter', organization_id: `${long}-1` }],
      organizations: [{ id: `${long}-2`, name: 'Another organization' }],
    });
    assert.equal(resource!.organization.en, 'Shelter');
  });
});

describe('loadResources', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/hsds.json') return sendJson(res, 200, hsds);
      if (req.url === '/dataset.json') return sendJson(res, 200, defaultDataset);
      if (req.url === '/list.json') return sendJson(res, 200, { resources: defaultDataset.resources.slice(0, 2) });
      if (req.url === '/bad.json') return sendJson(res, 200, { resources: [{ id: 'x' }] });
      return sendJson(res, 404, {});
    });
  });
  after(() => server.close());

  it('accepts an HSDS export, a dataset and a { resources } list', async () => {
    assert.equal((await loadResources(`${server.url}/hsds.json`)).ok && 2, 2);
    const dataset = await loadResources(`${server.url}/dataset.json`);
    assert.equal(dataset.ok && dataset.data.length, defaultDataset.resources.length);
    const list = await loadResources(`${server.url}/list.json`);
    assert.equal(list.ok && list.data.length, 2);
  });

  it('names the first problem of an invalid list, and never rejects', async () => {
    const bad = await loadResources(`${server.url}/bad.json`);
    assert.equal(bad.ok, false);
    assert.match(!bad.ok ? bad.error.message : '', /resources\[0\]\.organization: is required/);
    const missing = await loadResources(`${server.url}/missing.json`);
    assert.equal(!missing.ok && missing.error.kind, 'http');
  });
});
