// The quiz's own module, loaded by a relative URL: a retry can then ask for it under another URL in
// every build (shared/chunk-loader.ts). Rollup folds it into the quiz's chunk.
export { quiz } from '@ct-hart/sdk/data/quizzes/youth-online-safety';
