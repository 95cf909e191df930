// The docs site (issue 13): Eleventy 3 builds docs/ into dist/site/, which `npm start` serves at
// http://localhost:8000/. Everything the site loads is served from dist/site itself (the CDN bundles
// are copied to /cdn/), so the site makes no request to another origin.
import { previewFence } from './site/preview-fence.mjs';

/** @param {import('@11ty/eleventy').UserConfig} config */
export default function (config) {
  config.addPassthroughCopy({ 'site/assets': 'assets', 'packages/elements/dist/cdn': 'cdn', demo: 'demo' });
  // The demo page loads the bundle by its repository path (so bench/cls.ts can serve the repository as is).
  config.addPassthroughCopy({ './packages/elements/dist/cdn/': 'packages/elements/dist/cdn' });
  // The snippet builder checks URLs with the SDK's own rules (site/assets/snippet.js imports the
  // module by its repository path; it imports nothing).
  config.addPassthroughCopy({ './packages/sdk/dist/schema/url-rules.js': 'packages/sdk/dist/schema/url-rules.js' });
  // ```html preview fences: the live widget and its code from the same text.
  config.amendLibrary('md', (md) => previewFence(md));
  // The reference pages link to each other as `x.md` (so they read well on GitHub); on the site they are /x/.
  config.addTransform('md-links', (content, outputPath) =>
    outputPath?.endsWith('.html') ? content.replace(/href="(?:\.\/)?([a-z0-9-]+)\.md(#[^"]*)?"/g, 'href="/$1/$2"') : content,
  );
  config.addFilter('json', (value) => JSON.stringify(value).replaceAll('<', '\\u003c'));
  return {
    dir: { input: 'docs', output: 'dist/site', includes: '_includes', data: '_data' },
    // The reference pages contain `{{` in code samples: Markdown is not a template language here.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
