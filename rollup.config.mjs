// CDN bundles: minified ES modules in packages/elements/dist/cdn/, with no bare imports. Each
// entry is its own build, so `hart-help-banner.js` carries only what the banner needs; content
// loaded on demand (a quiz by id, the validator for a custom quiz) is split into chunks loaded by
// relative path. A page with several widgets loads `hart-elements.js`, which shares Lit between them.
// (One build with shared chunks was measured: +3.4 KB gz for the banner alone, +3.8 KB for all four,
// because many small files compress worse. Two bundles on one strict-CSP page each create a Trusted
// Types policy of their own name instead: shared/trusted-types.ts, named by trustedTypesPolicy below.) Each build writes its chunks' static and dynamic imports to
// dist/chunk-graph.json, which the size budgets (.size-limit.mjs) read.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

const elements = 'packages/elements/dist';
/** `#retry-1` … : the fragments shared/chunk-loader.ts retries a chunk under (tsc builds it first). */
const { RETRY_URLS } = await import(`./${elements}/shared/chunk-loader.js`);
const RETRY_FRAGMENTS = Array.from({ length: RETRY_URLS }, (_, i) => `#retry-${i + 1}`);
const entries = {
  'hart-elements': `${elements}/define-all.js`,
  'hart-help-banner': `${elements}/hart-help-banner.js`,
  'hart-red-flag-quiz': `${elements}/hart-red-flag-quiz.js`,
  'hart-resource-finder': `${elements}/hart-resource-finder.js`,
  'hart-training-request': `${elements}/hart-training-request.js`,
};

const minify = () => terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 2 } });

/**
 * Starts from an empty dist/cdn, so chunks of earlier builds never ship in the package. In the first
 * build's buildStart (not when the config is imported: reading the config deletes nothing); the
 * later builds add to what it left.
 */
let cleaned = false;
const cleanCdn = () => ({
  name: 'hart-clean-cdn',
  buildStart() {
    if (cleaned) return;
    cleaned = true;
    rmSync(`${elements}/cdn`, { recursive: true, force: true });
    rmSync(`${elements}/chunk-graph.json`, { force: true });
  },
});

/** Writes which chunks each chunk imports, statically and on demand: rollup knows, nobody guesses. */
const chunkGraph = (retried) => ({
  name: 'hart-chunk-graph',
  writeBundle(_options, bundle) {
    // Every entry's build adds its chunks (a chunk's name has its content hash: same name, same file).
    const file = `${elements}/chunk-graph.json`;
    const graph = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    for (const [name, chunk] of Object.entries(bundle)) {
      if (chunk.type === 'chunk')
        graph[name] = {
          name: chunk.name,
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          // The URLs it is loaded again under after a failure: the import map covers them too.
          ...(retried.has(chunk.facadeModuleId) && { retryFragments: RETRY_FRAGMENTS }),
        };
    }
    writeFileSync(file, `${JSON.stringify(graph, null, 1)}\n`);
  },
});

/**
 * Names the Trusted Types policy of this bundle's Lit after the bundle (shared/trusted-types.ts): a
 * partner's CSP lists `trusted-types hart-help-banner …`, and no name is created twice.
 */
const trustedTypesPolicy = (name) => ({
  name: 'hart-trusted-types-policy',
  transform(code, id) {
    if (!id.endsWith('/shared/trusted-types.js')) return null;
    const placeholder = "const POLICY_NAME = 'lit-html';";
    if (!code.includes(placeholder)) this.error(`${id} no longer declares ${placeholder}`);
    return { code: code.replace(placeholder, `const POLICY_NAME = ${JSON.stringify(name)};`), map: null };
  },
});

/**
 * Points a retry's import at its chunk (shared/chunk-loader.ts). Source loads a chunk with
 * `import('./module.js')` and retries it with `import(`./module.js${retryFragment}`)`: rollup bundles
 * the first and keeps the template as it is; this rewrites the template's path to the first one's
 * chunk, `import(`./chunks/module-hash.js${retryFragment}`)`, so the fragment stays.
 */
const retryFragments = (retried) => {
  const targets = new Map(); // `${importer}\0${path}` → the module the path resolves to
  return {
    name: 'hart-retry-fragments',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier === 'string' || specifier.type !== 'TemplateLiteral') return null;
      const [path, rest] = specifier.quasis.map((quasi) => quasi.value.cooked);
      if (specifier.quasis.length !== 2 || rest !== '' || !path.startsWith('./'))
        this.error(`${importer}: a template import must be \`./path.js\${retryFragment}\` (shared/chunk-loader.ts)`);
      const resolved = await this.resolve(path, importer);
      if (!resolved) this.error(`${importer}: cannot resolve ${path}`);
      targets.set(`${importer}\0${path}`, resolved.id);
      retried.add(resolved.id);
      return false;
    },
    renderChunk(code, chunk, _options, { chunks }) {
      const retries = [...targets].filter(([key]) => chunk.moduleIds.includes(key.split('\0')[0]));
      if (retries.length === 0) return null;
      let out = code;
      for (const [key, target] of retries) {
        const path = key.split('\0')[1];
        const targetChunk = Object.values(chunks).find((c) => c.facadeModuleId === target);
        if (!targetChunk) this.error(`no chunk for ${target}, imported with a retry fragment`);
        const relative = posix.relative(posix.dirname(chunk.fileName), targetChunk.fileName);
        const before = out;
        // The bundler hints in source (`/* @vite-ignore */` …) may still stand between `import(` and the path.
        const retryImport = new RegExp(
          `import\\(((?:\\s*/\\*.*?\\*/)*\\s*)\`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\$\\{`,
          'g',
        );
        out = out.replace(retryImport, (_match, hints) => `import(${hints}\`./${relative}\${`);
        if (out === before) this.error(`${chunk.fileName}: the retry import of ${path} was not found`);
      }
      return { code: out, map: null };
    },
  };
};

/** One CDN build per entry. */
const cdnBuild = ([name, input], retried = new Set()) => ({
  input: { [name]: input },
  output: {
    dir: `${elements}/cdn`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  // `production` export conditions: Lit's production build, no dev-mode warnings.
  plugins: [
    cleanCdn(),
    trustedTypesPolicy(name),
    retryFragments(retried),
    literalsHtmlCssMinifier(),
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    minify(),
    chunkGraph(retried),
  ],
  preserveEntrySignatures: 'allow-extension',
});

/**
 * Not shipped: the SDK's entry points bundled for a browser, only so size-limit can measure what
 * they cost a page (the remote-load path with validation has an 8 KB budget).
 */
const sdkMeasure = {
  input: {
    remote: 'packages/sdk/dist/remote.js',
    data: 'packages/sdk/dist/data/index.js',
    search: 'packages/sdk/dist/search.js',
  },
  output: {
    dir: 'packages/sdk/dist-size',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'default'] }), minify()],
};

export default [...Object.entries(entries).map((entry) => cdnBuild(entry)), sdkMeasure];
