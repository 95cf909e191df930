// Every page under docs/ gets the site's page layout, in English, unless its front matter says
// otherwise. Reference pages (the Markdown files, which stay readable on GitHub without front
// matter) take their title from their first heading.
import { readFileSync } from 'node:fs';
import { TAGS } from '../site/site-data.mjs';

// docs/help-banner.md and the other element references are part of /en/<slug>/ (site/reference.mjs);
// their own address only redirects there, so each element has one page per language.
const WIDGET_REFERENCES = new Set(TAGS.map((tag) => `./docs/${tag.replace(/^hart-/, '')}.md`));
const isWidgetReference = (data) => WIDGET_REFERENCES.has(data.page.inputPath);

export default {
  layout: 'page.njk',
  lang: 'en',
  eleventyComputed: {
    layout: (data) => (isWidgetReference(data) ? 'redirect.njk' : data.layout),
    redirectTo: (data) => (isWidgetReference(data) ? `/en/${data.page.fileSlug}/` : undefined),
    title: (data) => {
      if (data.title) return data.title;
      if (!data.page.inputPath.endsWith('.md')) return undefined;
      const heading = readFileSync(data.page.inputPath, 'utf8').match(/^# (.+)$/m)?.[1];
      return heading?.replace(/`/g, '') ?? data.page.fileSlug;
    },
  },
};
