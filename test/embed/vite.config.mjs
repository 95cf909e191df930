// Builds the framework hosts of the embed suite the way their docs say: React 19 with
// @vitejs/plugin-react, Vue 3 with @vitejs/plugin-vue, and a plain app that imports the npm
// modules. Output: test/embed/dist (served by test/embed/server.ts).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/test/embed/dist/',
  logLevel: 'warn',
  plugins: [
    react(),
    // Vue: every hart-* tag is a custom element, not a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hart-') } } }),
  ],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    rollupOptions: {
      // zod's sources carry comments Rollup cannot place; harmless, and not ours to fix.
      onwarn: (warning, warn) => warning.code === 'INVALID_ANNOTATION' || warn(warning),
      input: {
        react: here('react/index.html'),
        vue: here('vue/index.html'),
        'double-load-app': here('npm/double-load-app.js'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'double-load-app' ? 'npm/[name].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
