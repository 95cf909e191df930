// A fenced block written ```html preview renders twice from the same text: the live widget, and
// its code with a Copy button (site/assets/site.js wires the buttons; no inline handlers).
/** @param {import('markdown-it').default} md */
export function previewFence(md) {
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const [lang, flag] = token.info.trim().split(/\s+/);
    if (lang !== 'html' || flag !== 'preview') return fence(tokens, index, options, env, self);
    return previewBlock(token.content, md.utils.escapeHtml, env?.lang === 'es' ? 'es' : 'en');
  };
  // Wide tables scroll inside a focusable region instead of pushing the page sideways at 320 px.
  // Each table's region is named by its column headings.
  md.renderer.rules.table_open = (tokens, index, options, env, self) => {
    const headings = [];
    for (let i = index + 1; i < tokens.length && tokens[i].type !== 'thead_close'; i++) if (tokens[i].type === 'inline') headings.push(tokens[i].content.replace(/`/g, ''));
    const label = `${env?.lang === 'es' ? 'Tabla' : 'Table'}: ${headings.join(', ')}`;
    return `<div class="table-scroll" tabindex="0" role="region" aria-label="${md.utils.escapeHtml(label)}">` + self.renderToken(tokens, index, options);
  };
  md.renderer.rules.table_close = (tokens, index, options, env, self) => self.renderToken(tokens, index, options) + '</div>';
  return md;
}

const COPY = { en: 'Copy', es: 'Copiar' };
const LIVE = { en: 'Live example', es: 'Ejemplo en vivo' };
const CODE = { en: 'Code', es: 'Código' };

let count = 0;
/** The preview figure: live markup, then the same text as code. */
export function previewBlock(code, escapeHtml, lang = 'en') {
  const id = `example-${++count}`;
  return `<figure class="preview" aria-labelledby="${id}-label">
<figcaption id="${id}-label" class="visually-hidden">${LIVE[lang]}</figcaption>
<div class="preview-live">${code}</div>
<div class="preview-code"><pre id="${id}" aria-label="${CODE[lang]}" tabindex="0"><code>${escapeHtml(code)}</code></pre>
<button type="button" class="copy" data-copy="${id}">${COPY[lang]}</button><span class="copy-status" role="status"></span></div>
</figure>\n`;
}
