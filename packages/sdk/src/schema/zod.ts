/**
 * The one place the SDK imports zod. `zod/mini` keeps browser bundles small; `jitless` stops zod
 * from probing `new Function`, which a strict CSP would report; and a short English error map
 * replaces zod's locale bundles, so every message says plainly what a field must be.
 */
import * as z from 'zod/mini';

const join = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

z.config({
  jitless: true,
  customError: (issue) => {
    const { code } = issue;
    if (code === 'invalid_type') return issue.input === undefined ? 'is required' : `must be of type ${issue.expected}`;
    if (code === 'too_small' || code === 'too_big') {
      const small = code === 'too_small';
      const n = small ? issue.minimum : issue.maximum;
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return unit ? `must have ${small ? 'at least' : 'at most'} ${n}${unit}` : `must be ${small ? 'at least' : 'at most'} ${n}`;
    }
    if (code === 'invalid_value') return `must be one of ${join(issue.values)}`;
    if (code === 'unrecognized_keys') return `unknown field: ${issue.keys.join(', ')}`;
    return undefined;
  },
});

export { z };
