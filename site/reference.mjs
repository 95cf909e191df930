// The hand-written reference of each element (docs/<slug>.md, which reads well on GitHub) is part of
// the element's one English page on the site, /en/<slug>/ (issue 25: /help-banner/ and
// /en/help-banner/ overlapped). What the page already generates from custom-elements.json, the
// Markdown's tables of attributes, events and parts, is left out: one source for each fact.
import { readFileSync } from 'node:fs';
const GENERATED_SECTIONS = new Set(['Attributes', 'Events', 'Parts']);

/**
 * docs/<slug>.md without its title and generated tables, headings one level down, as HTML, by
 * `markdown` (the site's own markdown-it, eleventy.config.mjs: preview fences, highlighting).
 */
export function referenceHtml(slug, markdown, root = new URL('../docs/', import.meta.url)) {
  const source = readFileSync(new URL(`${slug}.md`, root), 'utf8');
  const kept = [];
  let section = '';
  let fenced = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && /^# /.test(line)) continue;
    const heading = !fenced && line.match(/^(#{2,5}) (.+)$/);
    if (heading) {
      section = heading[1] === '##' ? heading[2] : section;
      kept.push(`#${line}`);
      continue;
    }
    if (!fenced && GENERATED_SECTIONS.has(section) && line.startsWith('|')) continue;
    kept.push(line);
  }
  // A section left with nothing but its heading goes too.
  const text = kept
    .join('\n')
    .replace(/^### (.+)\n\s*(?=^#{2,3} |$(?![\s\S]))/gm, (match, title) =>
      GENERATED_SECTIONS.has(title) ? '' : match,
    );
  return markdown.render(text, { lang: 'en' });
}
