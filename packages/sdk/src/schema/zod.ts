/**
 * The one place the SDK imports zod. `zod/mini` keeps browser bundles small; `jitless` stops zod
 * from probing `new Function`, which a strict CSP would report; and a short English error map
 * replaces zod's locale bundles, so every message says plainly what a field must be.
 */
import * as z from 'zod/mini';

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
const unit = (origin: string) => (origin === 'string' ? 'character' : origin === 'array' || origin === 'set' ? 'item' : '');

z.config({
  jitless: true,
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'is required' : `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
      case 'too_small': {
        const u = unit(issue.origin);
        return u ? `must have at least ${plural(issue.minimum, u)}` : `must be at least ${issue.minimum}`;
      }
      case 'too_big': {
        const u = unit(issue.origin);
        return u ? `must have at most ${plural(issue.maximum, u)}` : `must be at most ${issue.maximum}`;
      }
      case 'invalid_value':
        return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}`;
      case 'invalid_format':
        return issue.format === 'date' ? 'must be a date, YYYY-MM-DD' : `must be a valid ${issue.format}`;
      case 'unrecognized_keys':
        return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
      case 'invalid_union':
        return 'does not match any allowed shape';
      default:
        return undefined;
    }
  },
});

export { z };
