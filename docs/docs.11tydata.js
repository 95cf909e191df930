// Every page under docs/ gets the site's page layout, in English, unless its front matter says
// otherwise. Reference pages (the Markdown files, which stay readable on GitHub without front
// matter) take their title from their first heading.
import { readFileSync } from 'node:fs';

export default {
  layout: 'page.njk',
  lang: 'en',
  eleventyComputed: {
    title: (data) => {
      if (data.title) return data.title;
      if (!data.page.inputPath.endsWith('.md')) return undefined;
      const heading = readFileSync(data.page.inputPath, 'utf8').match(/^# (.+)$/m)?.[1];
      return heading?.replace(/`/g, '') ?? data.page.fileSlug;
    },
  },
};
