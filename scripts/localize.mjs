// Runs lit-localize for every string group of @ct-hart/elements (one config per group, so each
// widget's bundle carries only its own Spanish strings): `node scripts/localize.mjs extract|build`.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('Usage: node scripts/localize.mjs extract|build');
  process.exit(2);
}
const cwd = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'elements');
for (const config of readdirSync(cwd).filter((f) => /^lit-localize(\.[a-z-]+)?\.json$/.test(f))) {
  execFileSync('npx', ['lit-localize', command, '--config', config], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}
