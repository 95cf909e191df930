// Package checks: publint and @arethetypeswrong/cli pass for both packages, and each packed
// tarball holds no tests and no source map that points at a file missing from the package.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packages = ['packages/sdk', 'packages/elements'];
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`✗ ${message}`);
};

for (const dir of packages) {
  const out = mkdtempSync(join(tmpdir(), 'hart-pack-'));
  try {
    const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir }));
    const tarball = join(out, filename);
    const paths = new Set(files.map((f) => f.path));

    try {
      console.log(run('npx', ['publint', '--strict', tarball]).trim());
    } catch (error) {
      fail(`publint ${dir}:\n${error.stdout}${error.stderr}`);
    }
    try {
      run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
      console.log(`attw: ${dir} types resolve for ESM (node16 and bundler)`);
    } catch (error) {
      fail(`attw ${dir}:\n${error.stdout}${error.stderr}`);
    }

    const tests = [...paths].filter((p) => /(^|\/)(test|tests|__tests__)\/|\.test\.|\.spec\./.test(p));
    if (tests.length) fail(`${dir}: the tarball holds tests: ${tests.join(', ')}`);

    run('tar', ['-xzf', tarball, '-C', out]);
    for (const path of paths) {
      if (!path.endsWith('.map')) continue;
      const map = JSON.parse(readFileSync(join(out, 'package', path), 'utf8'));
      const base = path.split('/').slice(0, -1);
      for (const source of map.sources ?? []) {
        const resolved = [...base];
        for (const part of source.split('/')) {
          if (part === '..') resolved.pop();
          else if (part !== '.') resolved.push(part);
        }
        if (!paths.has(resolved.join('/'))) fail(`${dir}: ${path} points at ${source}, which is not in the package`);
      }
    }
    console.log(`✓ ${dir}: ${paths.size} files packed, no tests, source maps resolve`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
