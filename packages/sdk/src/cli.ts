#!/usr/bin/env node
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { datasetJsonSchema, trainingRequestJsonSchema } from './json-schema.js';
import { unknownFields } from './unknown-fields.js';
import { validateDataset } from './validate.js';

/** Files larger than this are refused before reading: a real dataset is well under 1 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const USAGE = `Usage:
  hart-data validate FILE   check a HART dataset JSON file against the schema
  hart-data schema          print the dataset JSON Schema
  hart-data schema training-request
                            print the JSON Schema of what a training-request endpoint receives`;

/**
 * A line as it may reach a terminal: control characters (escape sequences that could move the
 * cursor, rewrite the screen or set the window title) and bidirectional overrides are shown as
 * `\u001b`-style escapes instead of being sent to the terminal.
 */
export function printable(line: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must not reach a terminal
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What a JSON syntax error says, without the quoted start of the file V8 puts in its message. */
function jsonProblem(cause: unknown): string {
  const message = (cause as Error)?.message ?? '';
  return /^Unexpected end of JSON input/.test(message) ? 'it ends too early' : (/^(Unexpected (?:token|non-whitespace character)[^,"]*?)(?:,|$| in JSON| after JSON)/.exec(message)?.[1] ?? 'a syntax error');
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
    if (info.size > max) return { problem: `the file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; a dataset may be at most ${max / 1024 / 1024} MB)` };
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
    io.err(`${file}: ${read.problem}`);
    return 1;
  }
  const text = read.text.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    io.err(`${file}: the file is empty`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    io.err(`${file}: not valid JSON (${jsonProblem(cause)})`);
    return 1;
  }
  const result = validateDataset(json);
  const issues = result.ok ? unknownFields(json, result.value) : result.issues;
  if (!result.ok || issues.length) {
    for (const issue of issues) io.out(`${issue.path}: ${issue.message}`);
    io.err(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
    return 1;
  }
  const d = result.value;
  io.out(
    `${file}: valid HART dataset ${d.version} (updated ${d.updated}): ${d.hotlines.length} hotlines, ${d.resources.length} resources, ` +
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
