// `npm run release:check` (run by `npm test` and by the release workflow): what must hold before a
// version is published (issue #24). Fails on the first broken promise, saying which.
//  1. Two builds from clean give the same bytes for every CDN file (partners' hashes stay true).
//  2. Both packages pack; the builder's hashes (site/site-data.mjs: entries and import maps)
//     equal the files in the packed @ct-hart/elements tarball.
//  3. publint + attw on the tarballs (scripts/check-packages.mjs, reused as is).
//  4. Both packages have one version, each CHANGELOG.md has a dated entry for it, and the README's
//     snippet and the docs site (site-data.mjs, from package.json) name that version.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const CDN = 'packages/elements/dist/cdn';
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
let failed = false;
const check = (ok, message) => {
  console.log(`${ok ? '✓' : '✗'} ${message}`);
  if (!ok) failed = true;
};
const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
const sha384 = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const hashes = (dir) => Object.fromEntries(files(dir).map((f) => [f, sha384(join(dir, f))]));

// 1. Reproducible CDN build.
run('npm', ['run', 'build', '--silent']);
const first = hashes(CDN);
run('npm', ['run', 'build', '--silent']);
const second = hashes(CDN);
const differing = [...new Set([...Object.keys(first), ...Object.keys(second)])].filter((f) => first[f] !== second[f]);
check(
  differing.length === 0,
  `two clean builds give the same bytes: ${Object.keys(second).length - differing.length}/${Object.keys(second).length} CDN files${differing.length ? ` (differ: ${differing.join(', ')})` : ''}`,
);

// 2. The builder's hashes equal what npm would publish.
const { builderData, version } = await import('../site/site-data.mjs');
const out = mkdtempSync(join(tmpdir(), 'hart-release-'));
try {
  for (const dir of ['packages/sdk', 'packages/elements']) {
    const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir }));
    run('tar', ['-xzf', join(out, filename), '-C', out]);
    if (dir === 'packages/elements') {
      const packed = join(out, 'package/dist/cdn');
      const data = builderData();
      let entries = 0;
      let chunks = 0;
      for (const [file, { integrity, importMap }] of Object.entries(data.files)) {
        check(sha384(join(packed, file)) === integrity, `builder hash of ${file} equals the packed file`);
        entries++;
        for (const [url, hash] of Object.entries(JSON.parse(importMap.text).integrity)) {
          // A retry URL (`…#retry-1`, shared/chunk-loader.ts) is the same file: checked the same.
          const chunk = url.slice(url.indexOf('/dist/cdn/') + '/dist/cdn/'.length).replace(/#retry-\d+$/, '');
          if (sha384(join(packed, chunk)) !== hash)
            check(false, `import map of ${file}: ${chunk} differs from the packed file`);
          chunks++;
        }
      }
      check(true, `${entries} entries and ${chunks} import-map entries checked against the tarball`);
    }
    rmSync(join(out, 'package'), { recursive: true, force: true });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

// 3. publint + attw on the tarballs, and the tarballs' contents.
try {
  run('node', ['scripts/check-packages.mjs'], { stdio: 'inherit' });
  check(true, 'check-packages (publint, attw, no tests, source maps resolve)');
} catch {
  check(false, 'check-packages (publint, attw): see above');
}

// 4. One version, recorded and named everywhere.
const sdkVersion = JSON.parse(readFileSync('packages/sdk/package.json', 'utf8')).version;
check(sdkVersion === version, `@ct-hart/sdk and @ct-hart/elements have one version (${sdkVersion}, ${version})`);
for (const dir of ['packages/sdk', 'packages/elements']) {
  const changelog = readFileSync(`${dir}/CHANGELOG.md`, 'utf8');
  check(
    new RegExp(`^## ${version.replace(/\./g, '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, 'm').test(changelog),
    `${dir}/CHANGELOG.md has a dated entry "## ${version} (YYYY-MM-DD)"`,
  );
}
const readmeVersions = [...readFileSync('README.md', 'utf8').matchAll(/@ct-hart\/elements@([\w.-]+)/g)].map(
  (m) => m[1],
);
check(
  readmeVersions.length > 0 && readmeVersions.every((v) => v === version),
  `README names version ${version} (${readmeVersions.join(', ') || 'none'})`,
);
check(
  builderData().version === version && builderData().releaseDate !== 'unreleased',
  `the docs site (builder) names ${version}, released ${builderData().releaseDate}`,
);

process.exit(failed ? 1 : 0);
