/**
 * The one place the SDK imports zod. `zod/mini` keeps browser bundles small; `jitless` stops zod
 * from probing `new Function`, which a strict CSP would report; and a short English error map
 * replaces zod's locale bundles, so every message says plainly what a field must be.
 */
import * as z from 'zod/mini';
import { boundMessage, oneOfMessage, wrongTypeMessage } from './rules.js';

z.config({
  jitless: true,
  customError: (issue) => {
    const { code } = issue;
    if (code === 'invalid_type') return wrongTypeMessage(issue.input, issue.expected);
    if (code === 'invalid_value' && issue.input === undefined) return wrongTypeMessage(undefined, '');
    if (code === 'too_small') return boundMessage(issue.inclusive === false ? 'greater than' : 'at least', issue.minimum, issue.input);
    if (code === 'too_big') return boundMessage('at most', issue.maximum, issue.input);
    if (code === 'invalid_value') return oneOfMessage(issue.values);
    if (code === 'unrecognized_keys') return `unknown field: ${issue.keys.join(', ')}`;
    return undefined;
  },
});

export { z };
