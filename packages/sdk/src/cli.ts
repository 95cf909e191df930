#!/usr/bin/env node
import { readFile, stat } from 'node:fs/promises';
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

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the CLI and returns its exit code; prints one clear line for any bad file, never a stack trace. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, file] = args;
  if (command === 'schema' && (!file || file === 'training-request')) {
    io.out(JSON.stringify(file ? trainingRequestJsonSchema() : datasetJsonSchema(), null, 2));
    return 0;
  }
  if (command !== 'validate' || !file) {
    io.err(USAGE);
    return 2;
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (cause) {
    io.err(`${file}: cannot read the file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`);
    return 1;
  }
  if (size > MAX_FILE_BYTES) {
    io.err(`${file}: the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; a dataset may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
    return 1;
  }
  const text = await readFile(file, 'utf8');
  if (!text.trim()) {
    io.err(`${file}: the file is empty`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    io.err(`${file}: not valid JSON (${(cause as Error).message})`);
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
