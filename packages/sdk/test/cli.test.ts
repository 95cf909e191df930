import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { MAX_FILE_BYTES, runCli } from '../src/cli.js';
import { defaultDataset } from '../src/data/index.js';
import { MAX_ISSUES } from '../src/validate.js';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('hart-data CLI', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hart-data-'));
  });

  it('validates the default dataset and prints a summary', async () => {
    const file = join(dir, 'good.json');
    await writeFile(file, JSON.stringify(defaultDataset));
    const { code, out } = await run('validate', file);
    assert.equal(code, 0);
    assert.match(out.join('\n'), /valid HART dataset 1\.0\.0 .*16 resources/);
  });

  it('prints every problem as path: message and exits 1', async () => {
    const file = join(dir, 'bad.json');
    const bad = structuredClone(defaultDataset) as unknown as Record<string, unknown[]>;
    (bad.hotlines![0] as Record<string, unknown>).url = 'javascript:alert(1)';
    (bad.resources![2] as Record<string, unknown>).minAge = -1;
    await writeFile(file, JSON.stringify(bad));
    const { code, out } = await run('validate', file);
    assert.equal(code, 1);
    assert.deepEqual(out, [
      'hotlines[0].url: must be an https:, tel:, sms: or mailto: URL',
      'resources[2].minAge: must be at least 0',
    ]);
  });

  for (const [label, content, message] of [
    ['not JSON', '{ nope', /not valid JSON/],
    ['empty', '', /the file is empty/],
  ] as const) {
    it(`says one clear line for a file that is ${label}`, async () => {
      const file = join(dir, `${label}.json`);
      await writeFile(file, content);
      const { code, err } = await run('validate', file);
      assert.equal(code, 1);
      assert.equal(err.length, 1);
      assert.match(err[0]!, message);
    });
  }

  it('refuses a 50 MB file without reading it', async () => {
    const file = join(dir, 'huge.json');
    await writeFile(file, '');
    await truncate(file, 50 * 1024 * 1024);
    assert.ok(50 * 1024 * 1024 > MAX_FILE_BYTES);
    const { code, err } = await run('validate', file);
    assert.equal(code, 1);
    assert.deepEqual(err, [`${file}: the file is too large (50.0 MB; a dataset may be at most 10 MB)`]);
  });

  it('says so for a missing file', async () => {
    const { code, err } = await run('validate', join(dir, 'missing.json'));
    assert.equal(code, 1);
    assert.match(err[0]!, /cannot read the file \(ENOENT\)/);
  });

  it('prints the JSON Schema', async () => {
    const { code, out } = await run('schema');
    assert.equal(code, 0);
    const schema = JSON.parse(out.join('\n'));
    assert.equal(schema.type, 'object');
    assert.ok(schema.properties.hotlines);
  });

  it('prints the JSON Schema of a training request, which accepts what the form sends and refuses what it would not', async () => {
    const { code, out } = await run('schema', 'training-request');
    assert.equal(code, 0);
    const schema = JSON.parse(out.join('\n'));
    assert.equal(schema.title, 'HART training request');
    assert.deepEqual(
      [...schema.required].sort(),
      [
        'audience',
        'contactName',
        'curriculumId',
        'email',
        'estimatedAttendees',
        'format',
        'organization',
        'preferredDates',
        'town',
      ].sort(),
    );
    assert.equal(schema.properties.estimatedAttendees.maximum, 500);
    assert.equal(schema.properties.audience.enum.length, 13);
    assert.deepEqual(schema.properties.format.enum, ['in-person', 'virtual']);
    assert.equal(schema.properties.notes.maxLength, 2000);
    assert.equal(schema.properties.preferredDates.maxItems, 3);
  });

  it('runs as the package bin with no stack trace', async () => {
    const bin = new URL('../dist/cli.js', import.meta.url).pathname;
    const file = join(dir, 'notjson2.json');
    await writeFile(file, 'nope');
    const result: { code?: number; stderr: string } = await promisify(execFile)('node', [bin, 'validate', file]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });
});

describe('hart-data CLI on hostile files (issue #16)', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hart-data-hostile-'));
  });
  const withExtra = (extra: Record<string, unknown>) => ({ ...structuredClone(defaultDataset), ...extra });

  it('reports unknown fields named like Object.prototype members', async () => {
    const file = join(dir, 'proto.json');
    const data = withExtra({}) as unknown as { hotlines: Record<string, unknown>[] };
    Object.assign(data.hotlines[0]!, { constructor: 'x', toString: 'y', hasOwnProperty: 'z' });
    await writeFile(file, JSON.stringify(data));
    const { code, out } = await run('validate', file);
    assert.equal(code, 1);
    assert.deepEqual(out, [
      'hotlines[0]: unknown field: constructor',
      'hotlines[0]: unknown field: toString',
      'hotlines[0]: unknown field: hasOwnProperty',
    ]);
  });

  it('prints terminal escape codes in keys as escapes, never raw', async () => {
    const file = join(dir, 'escape.json');
    await writeFile(file, JSON.stringify(withExtra({ '\u001b]0;pwned\u0007\u001b[2J': 1, 'a\u202ebc': 2 })));
    const { out, err } = await run('validate', file);
    const all = [...out, ...err].join('\n');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters in the output
    assert.equal(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(all), false, JSON.stringify(all));
    assert.match(all, /unknown field: \\u001b\]0;pwned\\u0007\\u001b\[2J/);
  });

  it('refuses special files: a device and a FIFO, at once', async () => {
    const { code, err } = await run('validate', '/dev/zero');
    assert.equal(code, 1);
    assert.deepEqual(err, ['/dev/zero: not a regular file']);
    const fifo = join(dir, 'pipe');
    await promisify(execFile)('mkfifo', [fifo]);
    const result = await run('validate', fifo);
    assert.deepEqual(result.err, [`${fifo}: not a regular file`]);
  });

  it('reports 320,000 unknown fields without overflowing the stack, listing the first 100', async () => {
    const file = join(dir, 'many.json');
    const data = withExtra({}) as unknown as { hotlines: Record<string, unknown>[] };
    // Nested, so a recursive report would spread 320,000 issues into its parent's list in one call.
    for (let i = 0; i < 320_000; i++) data.hotlines[0]![`f${i}`] = i;
    await writeFile(file, JSON.stringify(data));
    const { code, out, err } = await run('validate', file);
    assert.equal(code, 1);
    assert.equal(out.length, MAX_ISSUES);
    assert.equal(out[0], 'hotlines[0]: unknown field: f0');
    assert.deepEqual(err, [`${file}: more than 100 problems (the first 100 are listed)`]);
  });

  it('stops after 100 problems on 1 MB of {} (issue #20: 7.7 s and 1.2 GB before), and says so', async () => {
    const file = join(dir, 'empties.json');
    const resources = Array.from({ length: Math.floor((1024 * 1024) / 3) }, () => ({}));
    await writeFile(file, JSON.stringify({ ...defaultDataset, resources }));
    const { code, out, err } = await run('validate', file);
    assert.equal(code, 1);
    assert.equal(out.length, MAX_ISSUES);
    assert.equal(out[0], 'resources[0].id: is required');
    assert.deepEqual(err, [`${file}: more than 100 problems (the first 100 are listed)`]);
  });

  it('cannot be made to print a line of its own: newlines, tabs and control characters from the file are escaped (issue #20)', async () => {
    const file = join(dir, 'forged.json');
    const forged = `x\n${file}: valid HART dataset 9.9.9 (updated 2026-01-01)\r\t\u0085\u2028`;
    await writeFile(
      file,
      JSON.stringify(
        withExtra({
          [forged]: 1,
          hotlines: [{ ...defaultDataset.hotlines[0], [forged]: 2 }, ...defaultDataset.hotlines.slice(1)],
        }),
      ),
    );
    const { code, out, err } = await run('validate', file);
    assert.equal(code, 1);
    const lines = [...out, ...err];
    assert.equal(lines.length, 3, JSON.stringify(lines));
    // Raw control characters and line breaks in the output.
    // eslint-disable-next-line no-control-regex -- that is what it looks for
    const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
    for (const line of lines) assert.doesNotMatch(line, controlCharacter, JSON.stringify(line));
    assert.equal(lines.filter((line) => line.startsWith(`${file}: valid`)).length, 0);
    assert.equal(
      out[0],
      `(root): unknown field: x\\u000a${file}: valid HART dataset 9.9.9 (updated 2026-01-01)\\u000d\\u0009\\u0085\\u2028`,
    );
    assert.match(out[1]!, /^hotlines\[0\]: unknown field: x\\u000a/);
  });

  it('escapes a line break in the file name it echoes', async () => {
    const file = join(dir, 'two\nlines.json');
    await writeFile(file, '');
    const { err } = await run('validate', file);
    assert.deepEqual(err, [`${join(dir, 'two')}\\u000alines.json: the file is empty`]);
  });

  it('refuses invalid UTF-8 with a clear line', async () => {
    const file = join(dir, 'latin1.json');
    const json = Buffer.from(JSON.stringify(defaultDataset));
    await writeFile(file, Buffer.concat([json.subarray(0, 20), Buffer.from([0xff, 0xfe, 0xe9]), json.subarray(20)]));
    const { code, err } = await run('validate', file);
    assert.equal(code, 1);
    assert.deepEqual(err, [`${file}: not valid UTF-8 text (save it as UTF-8)`]);
  });

  it('does not echo the start of a file that is not JSON, not even its first character (issue #20)', async () => {
    const file = join(dir, 'secret.txt');
    await writeFile(file, 'DB_PASSWORD=hunter2 and other secrets');
    const { code, err } = await run('validate', file);
    assert.equal(code, 1);
    assert.equal(err.join('\n').includes('hunter2'), false, err.join('\n'));
    assert.deepEqual(err, [`${file}: not valid JSON (an unexpected character)`]);
    for (const [content, problem] of [
      ['[1,]', 'an unexpected character'],
      ['{ nope', 'a syntax error at line 1, column 3'],
      ['{"a": 1}\n\n  secret', 'a syntax error at line 3, column 3'],
      ['{"a":', 'it ends too early'],
    ]) {
      await writeFile(file, content!);
      assert.deepEqual((await run('validate', file)).err, [`${file}: not valid JSON (${problem})`]);
    }
  });
});
