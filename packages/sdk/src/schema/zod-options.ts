/**
 * How the SDK parses with its zod schemas (`validateWith`), in a module that loads no zod itself:
 * nothing here changes zod's global configuration, so an app that uses zod for its own schemas
 * keeps its own messages and settings.
 */
import type * as z from 'zod/mini';
import { boundMessage, oneOfMessage, wrongTypeMessage } from './rules.js';

type ErrorMap = NonNullable<NonNullable<Parameters<typeof z.config>[0]>['customError']>;

/** HART's words for zod's own issues (a type, a bound, a closed list): written once, here. */
const hartErrorMap: ErrorMap = (issue) => {
  const { code } = issue;
  if (code === 'invalid_type') return wrongTypeMessage(issue.input, issue.expected);
  if (code === 'invalid_value' && issue.input === undefined) return wrongTypeMessage(undefined, '');
  if (code === 'too_small')
    return boundMessage(issue.inclusive === false ? 'greater than' : 'at least', issue.minimum, issue.input);
  if (code === 'too_big') return boundMessage('at most', issue.maximum, issue.input);
  if (code === 'invalid_value') return oneOfMessage(issue.values);
  if (code === 'unrecognized_keys') return `unknown field: ${issue.keys.join(', ')}`;
  return undefined;
};

/**
 * Options for `schema.safeParse(input, hartParseOptions)`: HART's messages, and no `new Function`
 * probe (`jitless`), which a page with a strict Content-Security-Policy would report.
 */
export const hartParseOptions = { error: hartErrorMap, jitless: true } as const;
