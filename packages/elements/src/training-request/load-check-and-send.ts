import { chunkLoader } from '../shared/chunk-loader.js';

export type CheckAndSend = typeof import('./check-and-send.js');

/**
 * Loads the code that checks and sends a request (check-and-send.ts), one loader per page: a failed
 * load is tried again under another URL (shared/chunk-loader.ts).
 */
export const loadCheckAndSend = chunkLoader(
  () => import('./check-and-send.js'),
  (retryFragment) => import(/* @vite-ignore */ /* webpackIgnore: true */ `./check-and-send.js${retryFragment}`),
);
