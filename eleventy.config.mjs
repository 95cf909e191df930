// The docs site (issue 13): Eleventy 3 builds docs/ into dist/site/, which `npm start` serves at
// http://localhost:8000/. Everything the site loads is served from dist/site itself (the CDN bundles
// are copied to /cdn/), so the site makes no request to another origin.
import syntaxHighlight from '@11ty/eleventy-plugin-syntaxhighlight';
import { previewFence } from './site/preview-fence.mjs';
import { referenceHtml } from './site/reference.mjs';
import { TAGS } from './site/site-data.mjs';

/** An element's one English page (docs/<slug>.md is part of it; /<slug>/ redirects there). */
const WIDGET_SLUGS = new Set(TAGS.map((tag) => tag.replace(/^hart-/, '')));

/** @param {import('@11ty/eleventy').UserConfig} config */
export default function (config) {
  config.addPassthroughCopy({ 'site/assets': 'assets', 'packages/elements/dist/cdn': 'cdn', demo: 'demo' });
  // The demo page loads the bundle by its repository path (so bench/cls.ts can serve the repository as is).
  config.addPassthroughCopy({ './packages/elements/dist/cdn/': 'packages/elements/dist/cdn' });
  // Code is highlighted at build time (Prism, no client script); lines stay lines (not <br>), so
  // Copy's textContent is the code as written.
  // A language Prism lacks fails the build: the plugin would otherwise print that block unescaped.
  config.addPlugin(syntaxHighlight, { lineSeparator: '\n', errorOnInvalidLanguage: true });
  // The snippet builder checks URLs with the SDK's own rules (site/assets/snippet.js imports the
  // module by its repository path; it imports nothing).
  config.addPassthroughCopy({ './packages/sdk/dist/schema/url-rules.js': 'packages/sdk/dist/schema/url-rules.js' });
  // ```html preview fences: the live widget and its code from the same text.
  let markdown;
  config.amendLibrary('md', (md) => {
    // Vue single-file components read as HTML (Prism has no Vue grammar).
    const highlight = md.options.highlight;
    if (highlight)
      md.set({
        highlight: (code, language, attributes) => highlight(code, language === 'vue' ? 'html' : language, attributes),
      });
    markdown = previewFence(md);
  });
  // The reference pages link to each other as `x.md` (so they read well on GitHub); on the site they are /x/.
  // An element's reference (help-banner.md) is part of its page, /en/help-banner/.
  config.addTransform('md-links', (content, outputPath) =>
    outputPath?.endsWith('.html')
      ? content.replace(
          /href="(?:\.\/)?([a-z0-9-]+)\.md(#[^"]*)?"/g,
          (_, slug, hash = '') => `href="${WIDGET_SLUGS.has(slug) ? '/en' : ''}/${slug}/${hash}"`,
        )
      : content,
  );
  config.addFilter('widgetReference', (slug) => referenceHtml(slug, markdown));
  config.addFilter('json', (value) => JSON.stringify(value).replaceAll('<', '\\u003c'));
  return {
    dir: { input: 'docs', output: 'dist/site', includes: '_includes', data: '_data' },
    // The reference pages contain `{{` in code samples: Markdown is not a template language here.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
