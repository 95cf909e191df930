/**
 * The one place the SDK imports zod (`zod/mini`, the tree-shakable build). It changes none of
 * zod's global configuration: HART's messages and `jitless` are passed to each parse
 * (`hartParseOptions` in ./zod-options.ts, used by `validateWith`).
 */
import * as z from 'zod/mini';

export { z };
