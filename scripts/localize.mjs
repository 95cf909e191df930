// Runs lit-localize for every string group of @ct-hart/elements: one group per element folder
// (packages/elements/lit-localize.<folder>.json → xliff/<folder>/es.xlf → src/generated/<folder>/es.ts),
// so each widget's bundle carries only its own Spanish strings. `node scripts/localize.mjs extract|build`.
//
// A message used by several groups (the quick exit, the hotline links) appears in each group's
// xliff. It has one translation: `extract` fills a new copy's missing target from another group,
// and both commands fail when two copies of one message differ.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
  if (command === 'build')
    missing.push(
      ...`${result.stdout}${result.stderr}`
        .split('\n')
        .filter((line) => /message .* is missing/.test(line))
        .map((line) => `${config}: ${line.trim()}`),
    );
}
checkSharedTranslations(command === 'extract');
if (missing.length) {
  console.error(
    `Spanish translations missing (run "node scripts/localize.mjs extract" and fill the targets in packages/elements/xliff/):\n${missing.join('\n')}`,
  );
  process.exit(1);
}
if (command === 'build') shortenMessageIds();

/**
 * lit-localize keys each Spanish template by a 17-character id: `s` and a 64-bit hash of the English
 * text, in hex. Sixteen random hex digits do not compress, and a bundle carries one per message, so
 * the catalogs keep only the first MESSAGE_ID_LENGTH characters (src/shared/locale.ts looks them up
 * the same way). An id still changes with its English text, so a stale translation cannot survive an
 * edit; two messages whose short ids collide, in any group (all catalogs share one store), fail here.
 */
function shortenMessageIds() {
  const length = Number(
    /const MESSAGE_ID_LENGTH = (\d+);/.exec(readFileSync(join(cwd, 'src/shared/locale.ts'), 'utf8'))?.[1],
  );
  if (!length) throw new Error('MESSAGE_ID_LENGTH not found in src/shared/locale.ts');
  const owners = new Map();
  for (const group of readdirSync(join(cwd, 'src/generated'))) {
    const file = join(cwd, 'src/generated', group, 'es.ts');
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8').replace(/'([sh][0-9a-f]{16})':/g, (_, id) => {
      const short = id.slice(0, length);
      const owner = owners.get(short);
      if (owner && owner !== id) {
        console.error(
          `Message ids ${owner} and ${id} share their first ${length} characters: raise MESSAGE_ID_LENGTH in packages/elements/src/shared/locale.ts.`,
        );
        process.exit(1);
      }
      owners.set(short, id);
      return `'${short}':`;
    });
    writeFileSync(file, code);
  }
}

/**
 * Every copy of a message id across the groups' xliff files carries the same Spanish target. With
 * `fill`, a copy without a target takes the one other groups agree on (the file is rewritten).
 */
function checkSharedTranslations(fill) {
  const unit =
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?\s*<\/trans-unit>/g;
  const files = readdirSync(join(cwd, 'xliff'))
    .map((group) => join(cwd, 'xliff', group, 'es.xlf'))
    .filter((file) => existsSync(file));
  const copies = new Map(); // id → [{ file, target }]
  for (const file of files) {
    for (const [, id, , target] of readFileSync(file, 'utf8').matchAll(unit)) {
      if (!copies.has(id)) copies.set(id, []);
      copies.get(id).push({ file, target });
    }
  }
  const conflicts = [];
  for (const [id, list] of copies) {
    const targets = [...new Set(list.map((c) => c.target).filter((t) => t !== undefined))];
    if (targets.length > 1)
      conflicts.push(
        `${id}:\n${list.map((c) => `  ${c.file.slice(cwd.length + 1)}: ${c.target ?? '(none)'}`).join('\n')}`,
      );
  }
  if (fill) {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const filled = text.replace(unit, (whole, id, source, target) => {
        if (target !== undefined) return whole;
        const agreed = [
          ...new Set(
            copies
              .get(id)
              .map((c) => c.target)
              .filter((t) => t !== undefined),
          ),
        ];
        return agreed.length === 1 ? whole.replace(`</source>`, `</source>\n  <target>${agreed[0]}</target>`) : whole;
      });
      if (filled !== text) writeFileSync(file, filled);
    }
  }
  if (conflicts.length) {
    console.error(
      `One English message has different Spanish translations in different groups; make them the same:\n${conflicts.join('\n')}`,
    );
    process.exit(1);
  }
}
