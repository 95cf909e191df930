// A fenced block written ```html preview renders the live widget, and the snippet a webmaster pastes
// for it with a Copy button (site/assets/site.js wires the buttons; no inline handlers). The snippet
// is the builder's own (site/assets/snippet.js): the script pinned to this version with its SRI
// hash, the tag, and the fallback, so what Copy gives works when pasted (issue 25).
import { buildSnippet, choicesToQuery } from './assets/snippet.js';
import { builderData } from './site-data.mjs';

let data;
/** The builder's data, computed once per build (it hashes the CDN files). */
const snippetData = () => (data ??= builderData());

/** The builder's choices for a preview's markup: its first HART element and that element's attributes. */
export function choicesFromMarkup(code) {
  const [, widget, attributeText = ''] = code.match(/<(hart-[a-z-]+)([^>]*)>/) ?? [];
  if (!widget) throw new Error(`A preview fence without a HART element: ${code}`);
  const attrs = {};
  for (const [, name, value] of attributeText.matchAll(/([a-z][a-z-]*)(?:="([^"]*)")?/g)) attrs[name] = value ?? true;
  // The tag as the docs show it follows the page's language: so does the snippet.
  return { widget, lang: 'page', attrs, colours: {} };
}
/** @param {import('markdown-it').default} md */
export function previewFence(md) {
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const [lang, flag] = token.info.trim().split(/\s+/);
    if (lang !== 'html' || flag !== 'preview') return fence(tokens, index, options, env, self);
    // The snippet highlighted as the other code blocks are (the highlighter's own <pre><code> unwrapped).
    const highlight = (code) =>
      md.options.highlight?.(code, 'html')?.replace(/^<pre[^>]*><code[^>]*>([\s\S]*)<\/code><\/pre>$/, '$1') ||
      md.utils.escapeHtml(code);
    return previewBlock(token.content, highlight, env?.lang === 'es' ? 'es' : 'en');
  };
  // Wide tables scroll inside a focusable region instead of pushing the page sideways at 320 px.
  // Each table's region is named by its column headings.
  md.renderer.rules.table_open = (tokens, index, options, env, self) => {
    const headings = [];
    for (let i = index + 1; i < tokens.length && tokens[i].type !== 'thead_close'; i++)
      if (tokens[i].type === 'inline') headings.push(tokens[i].content.replace(/`/g, ''));
    const label = `${env?.lang === 'es' ? 'Tabla' : 'Table'}: ${headings.join(', ')}`;
    return (
      `<div class="table-scroll" tabindex="0" role="region" aria-label="${md.utils.escapeHtml(label)}">` +
      self.renderToken(tokens, index, options)
    );
  };
  md.renderer.rules.table_close = (tokens, index, options, env, self) =>
    self.renderToken(tokens, index, options) + '</div>';
  return md;
}

const COPY = { en: 'Copy', es: 'Copiar' };
const SNIPPET = { en: 'Snippet to paste', es: 'Código para pegar' };
const NOTE = {
  en: (version, builder) =>
    `The snippet loads the script pinned to version ${version} with its integrity hash, and carries a text for visitors without JavaScript. To change its settings, open it in the <a href="${builder}">snippet builder</a>.`,
  es: (version, builder) =>
    `El código carga el script fijado a la versión ${version} con su hash de integridad, y lleva un texto para quien no tenga JavaScript. Para cambiar sus ajustes, ábralo en el <a href="${builder}">generador de código</a>.`,
};
const LIVE = { en: 'Live example', es: 'Ejemplo en vivo' };

let count = 0;
/** The preview figure: the live markup, then the snippet that makes it on a partner page. */
export function previewBlock(
  code,
  highlight,
  lang = 'en',
  escapeHtml = (text) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
) {
  const id = `example-${++count}`;
  const choices = choicesFromMarkup(code);
  const snippet = buildSnippet(choices, snippetData());
  const builder = `${lang === 'es' ? '/es' : ''}/builder/?${escapeHtml(choicesToQuery(choices))}`;
  return `<figure class="preview" aria-labelledby="${id}-label">
<figcaption id="${id}-label" class="visually-hidden">${LIVE[lang]}</figcaption>
<div class="preview-live" data-pagefind-ignore>${code}</div>
<div class="preview-code"><pre id="${id}" class="language-html" aria-label="${SNIPPET[lang]}" tabindex="0"><code class="language-html">${highlight(snippet)}</code></pre>
<p class="hint">${NOTE[lang](snippetData().version, builder)}</p>
<button type="button" class="copy" data-copy="${id}">${COPY[lang]}</button><span class="copy-status" role="status"></span></div>
</figure>\n`;
}
