// The search engine's own module, loaded by a relative URL: a retry can then ask for it under
// another URL in every build (shared/chunk-loader.ts). Rollup folds it into the engine's chunk.
export * from '@ct-hart/sdk/search';
