// The release workflow cannot run here; this parses it and checks what a release depends on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import yaml from 'js-yaml';

it('release.yml parses and publishes with provenance after npm test', () => {
  const wf = yaml.load(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    permissions: Record<string, string>;
    jobs: { release: { steps: { run?: string; uses?: string; env?: Record<string, string> }[] } };
  };
  assert.equal(wf.permissions['id-token'], 'write');
  const steps = wf.jobs.release.steps;
  const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
  const ci = at((s) => s.run === 'npm ci');
  const test = at((s) => s.run === 'npm test');
  const publish = at((s) => !!s.uses?.startsWith('changesets/action'));
  assert.ok(ci >= 0 && ci < test && test < publish, 'npm ci, then npm test, then changesets');
  assert.equal(steps[publish]!.env!.NPM_CONFIG_PROVENANCE, 'true');
  // npm test runs the browser tests in all three engines, from Debian's packages.
  const install = steps.slice(0, test).find((s) => s.run?.includes('apt-get install'))?.run ?? '';
  for (const needed of ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb'])
    assert.ok(install.split(/\s+/).includes(needed), `installs ${needed} before npm test`);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(pkg.scripts.test, /release:check/);
});
