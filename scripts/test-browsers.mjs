// `npm run test:browser`: the browser tests in Chromium, Firefox and WebKit, one engine after another
// (each run is heavy; the machine has 2 cores). Extra arguments go to wtr, e.g. `--files 'test/x/*.test.ts'`.
// `HART_ENGINES=firefox,webkit` runs a subset. Prints the time per engine; fails if any engine failed.
import { spawnSync } from 'node:child_process';
import { ENGINES } from '../test/browser-engines.mjs';

const engines = process.env.HART_ENGINES ? process.env.HART_ENGINES.split(',') : ENGINES;
const results = [];
for (const engine of engines) {
  console.log(`\n=== browser tests in ${engine} ===`);
  const start = Date.now();
  const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, HART_ENGINE: engine },
  });
  results.push({ engine, ok: run.status === 0, seconds: Math.round((Date.now() - start) / 1000) });
}
console.log('\nbrowser tests per engine:');
for (const { engine, ok, seconds } of results)
  console.log(
    `  ${engine.padEnd(9)} ${ok ? 'passed' : 'FAILED'}  ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`,
  );
process.exit(results.every((r) => r.ok) ? 0 : 1);
