import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDataset } from '../src/data/index.js';
import { Hotline, SafeUrl, TrainingRequest, TrainingStats, todayIso } from '../src/schema/index.js';
import { validateDataset, validateWith } from '../src/validate.js';

const validRequest = {
  organization: 'Hartford Public Library',
  contactName: 'Ana Pérez',
  email: 'ana@example.org',
  town: 'Hartford',
  audience: 'parents-community-public',
  curriculumId: 'intro-child-trafficking',
  estimatedAttendees: 40,
  format: 'in-person',
  preferredDates: [] as string[],
};

describe('schemas', () => {
  for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'http://example.org', 'not a url', 'vbscript:x']) {
    it(`SafeUrl refuses ${bad}, naming the field`, () => {
      const result = validateWith(Hotline, {
        id: 'x',
        name: { en: 'a', es: 'b' },
        whenToUse: { en: 'a', es: 'b' },
        url: bad,
      });
      assert.equal(result.ok, false);
      assert.deepEqual(!result.ok && result.issues.map((i) => i.path), ['url']);
    });
  }

  for (const good of [
    'https://www.missingkids.org/netsmartz',
    'tel:+18883737888',
    'sms:233733',
    'mailto:DCFHART@ct.gov',
  ]) {
    it(`SafeUrl accepts ${good}`, () => assert.equal(SafeUrl.safeParse(good).success, true));
  }

  it('reports a remote dataset problem at its JSON path', () => {
    const broken = structuredClone(defaultDataset) as unknown as { resources: { url?: string }[] };
    broken.resources[3]!.url = 'javascript:alert(1)';
    const result = validateDataset(broken);
    assert.equal(result.ok, false);
    assert.equal(
      !result.ok && `${result.issues[0]!.path}: ${result.issues[0]!.message}`,
      'resources[3].url: must be an https:, tel:, sms: or mailto: URL',
    );
  });

  it('refuses training figures that do not add up', () => {
    const stats = structuredClone(defaultDataset.trainingStats[0]!);
    stats.byAudience[0]!.people += 1;
    const result = validateWith(TrainingStats, stats);
    assert.equal(!result.ok && result.issues[0]!.path, 'byAudience');
  });

  describe('TrainingRequest', () => {
    it('accepts a complete request', () => assert.equal(TrainingRequest.safeParse(validRequest).success, true));

    const cases: [string, Record<string, unknown>, string][] = [
      ['no organisation', { organization: '  ' }, 'organization'],
      ['a bad email', { email: 'ana@' }, 'email'],
      ['0 attendees', { estimatedAttendees: 0 }, 'estimatedAttendees'],
      ['501 attendees', { estimatedAttendees: 501 }, 'estimatedAttendees'],
      ['2.5 attendees', { estimatedAttendees: 2.5 }, 'estimatedAttendees'],
      ['an unknown audience', { audience: 'pirates' }, 'audience'],
      ['a date in the past', { preferredDates: ['2020-01-01'] }, 'preferredDates[0]'],
      ['four dates', { preferredDates: ['2999-01-01', '2999-01-02', '2999-01-03', '2999-01-04'] }, 'preferredDates'],
      ['notes over 2,000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
      ['an unknown format', { format: 'carrier pigeon' }, 'format'],
    ];
    for (const [label, change, path] of cases) {
      it(`refuses ${label}`, () => {
        const result = validateWith(TrainingRequest, { ...validRequest, ...change });
        assert.equal(result.ok, false);
        assert.ok(
          !result.ok && result.issues.some((i) => i.path === path),
          JSON.stringify(!result.ok && result.issues),
        );
      });
    }

    it('accepts today as a preferred date', () => {
      assert.equal(TrainingRequest.safeParse({ ...validRequest, preferredDates: [todayIso()] }).success, true);
    });
  });
});

describe('zod in a host app', () => {
  it("loading the SDK's schemas leaves zod's global configuration alone (the host's messages and settings stay)", async () => {
    await import('../src/schema/index.js');
    const zod = await import('zod/mini');
    const config = zod.config();
    assert.equal(config.customError, undefined);
    assert.equal(config.jitless, undefined);
    // HART's messages come with validateWith, per parse.
    const result = validateWith(Hotline, { id: 'x', name: { en: 'a', es: 'b' } });
    assert.deepEqual(!result.ok && result.issues, [{ path: 'whenToUse', message: 'is required' }]);
  });
});
