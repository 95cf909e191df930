// CDN bundles: self-contained, minified ES modules in packages/elements/dist/cdn/. Every entry is
// a define module; code they share (Lit, localization, the SDK data) goes into chunks loaded by
// relative path, so a page that loads two entries downloads Lit once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

const elements = 'packages/elements/dist';
const entries = {
  'hart-elements': `${elements}/define-all.js`,
  'hart-help-banner': `${elements}/hart-help-banner.js`,
};

const onwarn = (warning, warn) => {
  // TypeScript's decorator helper checks `this` at module top level; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const minify = () => terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 2 } });

/** The CDN bundles. */
const cdn = {
  input: entries,
  onwarn,
  output: {
    dir: `${elements}/cdn`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  // `production` export conditions: Lit's production build, no dev-mode warnings.
  plugins: [literalsHtmlCssMinifier(), nodeResolve({ exportConditions: ['production', 'browser', 'default'] }), minify()],
  preserveEntrySignatures: 'allow-extension',
};

/**
 * Not shipped: the SDK's entry points bundled for a browser, only so size-limit can measure what
 * they cost a page (the remote-load path with validation has an 8 KB budget).
 */
const sdkMeasure = {
  input: { remote: 'packages/sdk/dist/remote.js', data: 'packages/sdk/dist/data/index.js', search: 'packages/sdk/dist/search.js' },
  onwarn,
  output: { dir: 'packages/sdk/dist-size', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'default'] }), minify()],
};

export default [cdn, sdkMeasure];
