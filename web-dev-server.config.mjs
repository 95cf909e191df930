// `npm start`: serves the docs site (dist/site/, built by Eleventy from docs/, see eleventy.config.mjs)
// at http://localhost:8000/. The site carries the built CDN bundles at /cdn/ and the demo page at
// /demo/, so nothing it loads comes from another origin.
export default {
  rootDir: 'dist/site',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  watch: false,
};
