#!/usr/bin/env node
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { datasetJsonSchema, trainingRequestJsonSchema } from './json-schema.js';
import { unknownFields } from './unknown-fields.js';
import { MAX_ISSUES, validateDataset } from './validate.js';

/** Files larger than this are refused before reading: a real dataset is well under 1 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const USAGE = `Usage:
  hart-data validate FILE   check a HART dataset JSON file against the schema
  hart-data schema          print the dataset JSON Schema
  hart-data schema training-request
                            print the JSON Schema of what a training-request endpoint receives`;

// eslint-disable-next-line no-control-regex -- these control characters are exactly what must not reach a terminal
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeCharacter = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A line as it may reach a terminal: control characters (escape sequences that could move the
 * cursor, rewrite the screen or set the window title) and bidirectional overrides are shown as
 * `\u001b`-style escapes instead of being sent to the terminal. Tabs and line breaks of our own
 * text (the usage, a JSON Schema) are kept; see {@link fromInput} for what came from a file.
 */
export function printable(line: string): string {
  return line.replace(CONTROL, (c) => (c === '\n' || c === '\t' ? c : escapeCharacter(c)));
}

/**
 * Text taken from the input (a field name, a path, a file name) as one piece of one line: every
 * control character escaped, `\n` and `\t` too, so a field named `x\nfile.json: valid HART
 * dataset` cannot print a line of its own.
 */
export function fromInput(text: string): string {
  return text.replace(CONTROL, escapeCharacter);
}

/**
 * What a JSON syntax error says, without any of the file's content: V8 quotes the start of the file
 * and the unexpected character ("Unexpected token 'D', "DB_PASSWORD=…" is not valid JSON"), which
 * could be a secret in a file given by mistake. Only the kind of problem and its place are kept.
 */
function jsonProblem(cause: unknown, text: string): string {
  const message = (cause as Error)?.message ?? '';
  if (/^Unexpected end of JSON input/.test(message)) return 'it ends too early';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return /^Unexpected token/.test(message) ? 'an unexpected character' : 'a syntax error';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  return `a syntax error at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Reads a regular file of at most `max` bytes as strict UTF-8; one clear sentence on any problem. */
async function readDatasetFile(file: string, max: number): Promise<{ text: string } | { problem: string }> {
  let handle;
  try {
    // Non-blocking, so opening a FIFO does not wait for a writer; what it is is checked next.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    return { problem: `cannot read the file (${(cause as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const info = await handle.stat();
    // Devices (/dev/zero), FIFOs and sockets have no size to check and may never end.
    if (!info.isFile()) return { problem: 'not a regular file' };
    if (info.size > max)
      return {
        problem: `the file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; a dataset may be at most ${max / 1024 / 1024} MB)`,
      };
    // Read at most max + 1 bytes, whatever the size said: a file can grow after stat.
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > max) return { problem: `the file is too large (more than ${max / 1024 / 1024} MB)` };
    }
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length)) };
    } catch {
      return { problem: 'not valid UTF-8 text (save it as UTF-8)' };
    }
  } finally {
    await handle.close();
  }
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the CLI and returns its exit code; prints one clear line for any bad file, never a stack trace. */
export async function runCli(args: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { out: (line) => rawIo.out(printable(line)), err: (line) => rawIo.err(printable(line)) };
  const [command, file] = args;
  // The file name as it is echoed: a name can hold any character but a slash and NUL.
  const name = fromInput(file ?? '');
  if (command === 'schema' && (!file || file === 'training-request')) {
    io.out(JSON.stringify(file ? trainingRequestJsonSchema() : datasetJsonSchema(), null, 2));
    return 0;
  }
  if (command !== 'validate' || !file) {
    io.err(USAGE);
    return 2;
  }
  const read = await readDatasetFile(file, MAX_FILE_BYTES);
  if ('problem' in read) {
    io.err(`${name}: ${read.problem}`);
    return 1;
  }
  const text = read.text.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    io.err(`${name}: the file is empty`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    io.err(`${name}: not valid JSON (${jsonProblem(cause, text)})`);
    return 1;
  }
  const result = validateDataset(json);
  // Both lists stop after MAX_ISSUES: a hostile file cannot make one object (and one line) per problem.
  const found = result.ok ? unknownFields(json, result.value, [], MAX_ISSUES) : result.issues;
  const truncated = result.ok ? found.length > MAX_ISSUES : !!result.truncated;
  const issues = found.slice(0, MAX_ISSUES);
  if (!result.ok || issues.length) {
    for (const issue of issues) io.out(`${fromInput(issue.path)}: ${fromInput(issue.message)}`);
    io.err(
      truncated
        ? `${name}: more than ${MAX_ISSUES} problems (the first ${MAX_ISSUES} are listed)`
        : `${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
    );
    return 1;
  }
  const d = result.value;
  io.out(
    `${name}: valid HART dataset ${d.version} (updated ${d.updated}): ${d.hotlines.length} hotlines, ${d.resources.length} resources, ` +
      `${d.curricula.length} curricula, ${d.quizzes.length} quizzes, ${d.redFlags.length} red flags, ${d.publicActs.length} public acts`,
  );
  return 0;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? '\0');
if (invokedDirectly || process.argv[1]?.endsWith('hart-data')) {
  runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
    (code) => (process.exitCode = code),
    (cause: unknown) => {
      console.error(`hart-data: ${(cause as Error)?.message ?? cause}`);
      process.exitCode = 1;
    },
  );
}
