// Runs lit-localize for every string group of @ct-hart/elements (one config per group, so each
// widget's bundle carries only its own Spanish strings): `node scripts/localize.mjs extract|build`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('Usage: node scripts/localize.mjs extract|build');
  process.exit(2);
}
const cwd = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'elements');
const missing = [];
for (const config of readdirSync(cwd).filter((f) => /^lit-localize(\.[a-z-]+)?\.json$/.test(f))) {
  const result = spawnSync('npx', ['lit-localize', command, '--config', config], { cwd, encoding: 'utf8' });
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) process.exit(result.status ?? 1);
  // A message without a Spanish target would show English on a Spanish page: refuse to build.
  if (command === 'build') missing.push(...`${result.stdout}${result.stderr}`.split('\n').filter((line) => /message .* is missing/.test(line)).map((line) => `${config}: ${line.trim()}`));
}
if (missing.length) {
  console.error(`Spanish translations missing (run "node scripts/localize.mjs extract" and fill the targets in packages/elements/xliff/):\n${missing.join('\n')}`);
  process.exit(1);
}
